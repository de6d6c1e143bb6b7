"""The Airflow UI as a person uses it: log in, trigger news_ingest with its form, read the News feeds page.

Real parts only: `newsflow airflow` (the README's UI command: `airflow standalone` on the embedded
PostgreSQL) on free ports in a temporary state folder, the bundled sample site on 127.0.0.1, and
Debian's headless Chromium driven by Playwright. Screenshots land in test-artifacts/browser/.
Without a Chromium the test is skipped, except under CI=true, where it fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
START_TIMEOUT = 480  # s until the API server, scheduler, dag-processor and triggerer answer healthy
RUN_TIMEOUT = 600  # s for the triggered run to finish (two slow cores, other stacks running)
MAX_ARTICLES = 500  # set through the form: the run's conf must carry it


def _chromium() -> str:
    """Path of a Chromium to drive; skip (or fail under CI=true) when there is none."""
    found = os.environ.get("NEWSFLOW_CHROMIUM") or next(
        (p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    if found:
        return found
    message = ("no Chromium found (looked for NEWSFLOW_CHROMIUM, " + ", ".join(CHROMIUM_NAMES)
               + "): install Debian's package with `apt-get install -y chromium` (.ci/run does as root)")
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Stack:
    """A running `newsflow airflow`: its base URL, login and state folder."""

    base: str
    password: str
    state_dir: Path
    log_path: Path

    def token(self) -> str:
        """A JWT for the REST API (POST /auth/token)."""
        body = json.dumps({"username": "admin", "password": self.password}).encode()
        request = urllib.request.Request(f"{self.base}/auth/token", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return str(json.load(response)["access_token"])

    def get(self, path: str, token: str | None = None) -> tuple[int, str]:
        """GET a path; (status, body), also for 4xx/5xx."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            with urllib.request.urlopen(urllib.request.Request(self.base + path, headers=headers),
                                        timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def log_tail(self, n: int = 60) -> str:
        """The last lines of the stack's output (for failure messages)."""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])


def _healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/api/v2/monitor/health", timeout=10) as response:
            health = json.load(response)
    except (OSError, ValueError):
        return False
    return all(health.get(part, {}).get("status") == "healthy"
               for part in ("metadatabase", "scheduler", "triggerer", "dag_processor"))


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """`newsflow airflow` on free ports in a fresh state folder, every DAG paused; stopped after."""
    from pipeline.warehouse.embedded import stop_server

    state_dir = tmp_path_factory.mktemp("ui-state")
    log_path = tmp_path_factory.mktemp("ui-logs") / "newsflow-airflow.log"
    port = _free_port()
    # The session's Airflow settings (SQLite, unit-test mode) and warehouse are not this stack's.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFLOW_"))}
    env.update({
        "NEWSFLOW_STATE_DIR": str(state_dir),
        "NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "127.0.0.0/8",  # the sample site is on loopback
        "NEWSFLOW_EXTRACT_PROCESSES": "1",
        "NEWSFLOW_EXTRACT_SHARDS": "1",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",  # only the run the form triggers
        "AIRFLOW__CORE__PARALLELISM": "2",
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(_free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(_free_port()),
    })
    newsflow = Path(sys.executable).with_name("newsflow")
    with log_path.open("w") as log_file:
        proc = subprocess.Popen([str(newsflow), "airflow", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    stack = Stack(base=f"http://127.0.0.1:{port}", password="", state_dir=state_dir, log_path=log_path)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _healthy(stack.base):
            if proc.poll() is not None:
                pytest.fail(f"newsflow airflow exited with {proc.returncode}:\n{stack.log_tail()}")
            if time.monotonic() > deadline:
                pytest.fail(f"Airflow not healthy after {START_TIMEOUT}s:\n{stack.log_tail()}")
            time.sleep(3)
        passwords = state_dir / "airflow" / "passwords.json"
        stack.password = json.loads(passwords.read_text())["admin"]
        yield stack
    finally:
        _stop_group(proc)
        stop_server(state_dir)


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop the process group this test started: SIGTERM, a grace period, then SIGKILL."""
    def group_alive() -> bool:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return False
        return True

    if group_alive():
        os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (proc.poll() is None or group_alive()):
        time.sleep(1)
    if group_alive():
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (the system's, no download) through Playwright."""
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):  # only this run's screenshots
        old.unlink()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True,
                                     args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield browser
        browser.close()


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _wait_for_run(stack: Stack, run_id: str) -> dict[str, Any]:
    """Poll the REST API until the run has finished; return it."""
    token = ""
    deadline = time.monotonic() + RUN_TIMEOUT
    run: dict[str, Any] = {}
    while time.monotonic() < deadline:
        try:  # a busy API server may answer slowly: keep asking until the deadline
            token = token or stack.token()
            status, body = stack.get(f"/api/v2/dags/news_ingest/dagRuns/{quote(run_id, safe='')}", token)
        except OSError:
            status, body = 0, ""
        if status == 401:
            token = ""
        elif status == 200:
            run = json.loads(body)
            if run["state"] in ("success", "failed"):
                return run
        time.sleep(5)
    pytest.fail(f"run {run_id} not finished after {RUN_TIMEOUT}s (last: {run.get('state')}):\n"
                f"{stack.log_tail()}")


@pytest.mark.slow
@pytest.mark.timeout(START_TIMEOUT + RUN_TIMEOUT + 600)
def test_trigger_from_the_form_then_read_the_news_feeds_page(
        browser: Any, stack: Stack, tmp_path: Path) -> None:
    """A logged-in user triggers news_ingest through its form and sees its feeds, counts and note."""
    from playwright.sync_api import expect

    from pipeline.demo.server import DemoSite

    for path in ("/newsflow/", "/newsflow/api/overview"):  # the real server refuses anonymous use
        status, body = stack.get(path)
        assert status == 401, (path, status)
        assert "data-feed-url" not in body and '"feeds"' not in body

    # A Param outside its JSON schema is refused by the real server, naming the Param and the rule.
    bad = urllib.request.Request(
        f"{stack.base}/api/v2/dags/news_ingest/dagRuns", method="POST",
        data=json.dumps({"logical_date": None, "conf": {"max_articles": -1}}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {stack.token()}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(bad, timeout=60)
    message = refused.value.read().decode()
    assert refused.value.code == 400 and "Max articles" in message and "minimum" in message, message

    with DemoSite(include_bad=True) as site:
        feeds_file = tmp_path / "feeds.yaml"
        site.write_feeds_file(feeds_file, include_bad=True)
        feed_urls = [f["url"] for f in yaml.safe_load(feeds_file.read_text())["feeds"]]

        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(90_000)
        page.goto(f"{stack.base}/dags/news_ingest", timeout=180_000)
        page.locator("input[name=username]").fill("admin")
        page.locator("input[name=password]").fill(stack.password)
        _shot(page, "01-login")
        page.get_by_role("button", name="Sign in").click()

        expect(page.get_by_test_id("trigger-dag-button")).to_be_visible(timeout=180_000)
        expect(page.get_by_text("newsflow", exact=True).first).to_be_visible()  # owner / tag
        _shot(page, "02-news_ingest")
        page.get_by_test_id("trigger-dag-button").click()
        dialog = page.get_by_role("dialog")
        expect(dialog.get_by_text("Trigger Dag - news_ingest")).to_be_visible()
        # The Params' titles and descriptions make the form.
        expect(dialog.get_by_text("Feeds file", exact=True)).to_be_visible()
        expect(dialog.get_by_text("At most this many pages fetched in this run (0: no cap).")).to_be_visible()
        unpause = dialog.get_by_text("Unpause news_ingest on trigger")
        expect(unpause).to_be_visible()  # the stack starts with every DAG paused
        expect(dialog.get_by_role("checkbox", name="Unpause news_ingest on trigger")).to_be_checked()
        dialog.locator("#element_feeds_file").fill(str(feeds_file))
        dialog.locator("input[name=element_max_articles]").fill(str(MAX_ARTICLES))
        _shot(page, "03-trigger-form")
        dialog.get_by_test_id("trigger-dag-submit").click()

        page.wait_for_url("**/dags/news_ingest/runs/**", timeout=120_000)
        run_id = unquote(page.url.split("/runs/", 1)[1].split("?")[0].split("/")[0])
        run = _wait_for_run(stack, run_id)

    assert run["state"] == "success", stack.log_tail()
    assert run["conf"]["feeds_file"] == str(feeds_file)
    assert run["conf"]["max_articles"] == MAX_ARTICLES
    loaded = len(site.articles)
    note = run["note"] or ""
    assert note.startswith("**newsflow run ") and f": {loaded} articles loaded" in note, note
    assert "**Failed feeds (2)**" in note and "`http_5xx`" in note, note

    page.reload()
    expect(page.get_by_text(f"{loaded} articles loaded").first).to_be_visible(timeout=120_000)
    _shot(page, "04-run-with-note")

    page.get_by_role("link", name="News feeds").click()
    page.wait_for_url("**/plugin/news-feeds**")
    frame = page.frame_locator("iframe")
    feeds = frame.locator("table#feeds")
    expect(feeds).to_be_visible(timeout=120_000)
    for url in feed_urls:
        expect(frame.locator(f'tr[data-feed-url="{url}"]')).to_have_count(1)
    expect(frame.locator('[data-figure="articles"] b')).to_have_text(str(loaded))
    expect(frame.locator('[data-figure="failing_feeds"] b')).to_have_text("2")
    error_row = frame.locator('tr[data-feed-url$="/error-feed.xml"]')
    expect(error_row.locator(".badge")).to_have_text("failing")
    expect(error_row).to_contain_text("HTTP 500")
    expect(frame.locator("tr[data-feed-url] svg.chart")).to_have_count(len(feed_urls))
    run_row = frame.locator("#runs tbody tr", has_text=run_id)
    expect(run_row.locator(".badge")).to_have_text("success")
    expect(run_row.locator('[data-count="articles_loaded"]')).to_have_text(str(loaded))
    expect(run_row.locator('[data-count="feeds_failed"]')).to_have_text("2")
    _shot(page, "05-news-feeds")

    _browse_articles(page, site.articles)
    page.close()


def _search_word(title: str, titles: list[str]) -> str:
    """The longest word of `title` (letters only) that no other title has: one search term."""
    def words(text: str) -> set[str]:
        return {w.strip(".,:;'\"()?!").lower() for w in text.split()}

    others = set().union(*(words(t) for t in titles if t != title))
    candidates = [w for w in words(title) - others if w.isalpha()]
    assert candidates, title
    return max(candidates, key=lambda w: (len(w), w))


def _browse_articles(page: Any, articles: list[Any]) -> None:
    """Articles -> search for a word of a syndicated original -> its article -> its story, which
    lists the original and its copies; then queries that cannot run show a message, not an error page."""
    from playwright.sync_api import expect

    copies = [a for a in articles if a.syndicates]
    assert copies, "the demo site has no syndicated copies"
    original = next(a for a in articles if a.url == copies[0].syndicates)
    story_urls = {original.url} | {c.url for c in copies if c.syndicates == original.url}
    word = _search_word(original.title, [a.title for a in articles])

    page.get_by_role("link", name="Articles", exact=True).click()
    page.wait_for_url("**/plugin/news-articles**")
    frame = page.frame_locator("iframe")
    expect(frame.locator("table#articles tbody tr[data-article-id]").first).to_be_visible(timeout=120_000)
    _shot(page, "06-articles")

    frame.locator("nav").get_by_role("link", name="Search", exact=True).click()
    frame.locator("input[name=q]").fill(word)
    frame.get_by_role("button", name="Apply").click()
    results = frame.locator("ol#results")
    expect(results).to_be_visible(timeout=60_000)
    hit = results.locator("li.hit").filter(has=frame.get_by_role("link", name=original.title, exact=True))
    expect(hit).to_have_count(1)
    expect(hit.locator("mark").first).to_have_text(re.compile(re.escape(word), re.IGNORECASE))
    _shot(page, "07-search")

    hit.get_by_role("link", name=original.title, exact=True).click()
    expect(frame.locator("h1")).to_have_text(original.title, timeout=60_000)
    expect(frame.locator("dl.meta")).to_contain_text(original.url)
    _shot(page, "08-article")

    frame.locator("dl.meta dd a[href*='/stories/']").click()
    story = frame.locator("table#story")
    expect(story).to_be_visible(timeout=60_000)
    expect(story.locator("tbody tr")).to_have_count(len(story_urls))
    expect(story.locator('tbody tr[data-role="root"]')).to_have_count(1)
    expect(story.locator('tbody tr[data-role="copy"]')).to_have_count(len(story_urls) - 1)
    for url in story_urls:
        expect(story.locator("tbody tr", has_text=url)).to_have_count(1)
    _shot(page, "09-story")

    # A query of punctuation only: nothing to search for, said as such.
    frame.locator("nav").get_by_role("link", name="Search", exact=True).click()
    frame.locator("input[name=q]").fill('")( & | !')
    frame.get_by_role("button", name="Apply").click()
    expect(frame.get_by_text("No articles match.")).to_be_visible(timeout=60_000)
    # A query over the length limit: the reason on the page (a 400), not a server error.
    frame.locator("input[name=q]").fill("harbour " * 80)
    frame.get_by_role("button", name="Apply").click()
    expect(frame.locator("p.err")).to_contain_text("longer than 500 characters", timeout=60_000)
    expect(frame.locator("h1")).to_have_text("Bad request")
    _shot(page, "10-search-refused")
