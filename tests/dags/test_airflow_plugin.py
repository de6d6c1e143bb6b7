"""The News feeds plugin: registered with Airflow, its data only for logged-in users who may read DAGs.

The plugin's FastAPI app is called through TestClient with real JWTs signed by Airflow's
SimpleAuthManager (the local stack's auth manager); tests/browser covers the running server.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def auth_manager() -> Any:
    """Airflow's configured auth manager (SimpleAuthManager), initialised, on a fresh metadata DB."""
    from airflow.api_fastapi.app import create_auth_manager
    from airflow.utils.db import resetdb

    resetdb()  # get_user_from_token looks revoked tokens up in the metadata database
    manager = create_auth_manager()
    manager.init()
    return manager


@pytest.fixture
def client(auth_manager: Any, newsflow_env: Any) -> Any:
    """A TestClient on the plugin's app, mounted under its prefix like the API server does."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from pipeline.airflow.plugin import NewsflowPlugin

    (entry,) = NewsflowPlugin().fastapi_apps
    root = FastAPI()
    root.mount(entry["url_prefix"], entry["app"])
    with TestClient(root) as test_client:
        yield test_client


def _token(auth_manager: Any, role: str | None, **kwargs: Any) -> str:
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return auth_manager.generate_jwt(SimpleAuthManagerUser(username="someone", role=role), **kwargs)


def test_plugin_is_registered_through_the_entry_point() -> None:
    """Airflow's plugin manager loads newsflow: the app under /newsflow, a nav view, the note listener."""
    from airflow import plugins_manager

    (plugin,) = [p for p in plugins_manager.get_plugin_info(["source", "external_views", "listeners"])
                 if p["name"] == "newsflow"]
    assert "pipeline.airflow.plugin:NewsflowPlugin" in str(plugin["source"])  # the entry point
    views = {view["name"]: view for view in plugin["external_views"]}
    assert [views[n]["href"] for n in ("News feeds", "Articles", "Search news")] == [
        "newsflow/", "newsflow/articles", "newsflow/search"]
    assert all(view["destination"] == "nav" for view in views.values())
    apps, _ = plugins_manager.get_fastapi_plugins()
    assert [a["url_prefix"] for a in apps if a["name"].startswith("newsflow")] == ["/newsflow"]
    assert [name.rsplit(".", 1)[-1] for name in plugin["listeners"]] == ["RunNoteListener"]


@pytest.mark.parametrize("path", ["/newsflow/", "/newsflow/api/overview", "/newsflow/articles", "/newsflow/search?q=x",
                                  "/newsflow/api/search?q=x", "/newsflow/articles/1", "/newsflow/stories/1"])
def test_anonymous_requests_are_refused(client: Any, path: str) -> None:
    """Without a token, the page and its JSON answer 401 and carry no warehouse data."""
    response = client.get(path)
    assert response.status_code == 401
    assert "Not authenticated" in response.text
    assert "data-feed-url" not in response.text and '"feeds"' not in response.text


def test_forged_and_expired_tokens_are_refused(client: Any, auth_manager: Any) -> None:
    """A token not signed by Airflow's key is refused (403), an expired one too (401)."""
    good = _token(auth_manager, "viewer")
    forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
    assert client.get("/newsflow/api/overview", headers={"Authorization": f"Bearer {forged}"}
                      ).status_code == 403
    expired = _token(auth_manager, "admin", expiration_time_in_seconds=-60)
    assert client.get("/newsflow/api/overview", headers={"Authorization": f"Bearer {expired}"}
                      ).status_code == 401


def test_user_without_dag_access_is_forbidden(client: Any, auth_manager: Any) -> None:
    """A valid login whose role may not read DAGs gets 403."""
    token = _token(auth_manager, None)
    response = client.get("/newsflow/api/overview", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403
    assert response.json() == {"detail": "Forbidden: no read access to news_ingest"}


def test_logged_in_user_gets_the_data(client: Any, auth_manager: Any, conn: Any) -> None:
    """A viewer's bearer token, or the UI's _token cookie, returns the warehouse figures."""
    conn.execute("INSERT INTO news.feeds (url, name, last_error, consecutive_failures, last_polled_at) "
                 "VALUES ('http://feeds.test/rss', 'Test feed', 'poll: HTTP 500', 2, now())")
    conn.execute("INSERT INTO news.runs (source, status, counts) "
                 "VALUES ('cli', 'success', '{\"articles_loaded\": 7, \"feeds_polled\": 1}')")
    conn.commit()
    token = _token(auth_manager, "viewer")
    data = client.get("/newsflow/api/overview", headers={"Authorization": f"Bearer {token}"}).json()
    (feed,) = data["feeds"]
    assert (feed["url"], feed["status"], feed["consecutive_failures"]) == ("http://feeds.test/rss", "failing", 2)
    assert data["runs"][0]["counts"]["articles_loaded"] == 7
    client.cookies.set("_token", token)
    page = client.get("/newsflow/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'data-feed-url="http://feeds.test/rss"' in page.text and "poll: HTTP 500" in page.text
    assert client.get("/newsflow/icon.svg").headers["content-type"] == "image/svg+xml"
