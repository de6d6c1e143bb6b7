"""The "News feeds" page: warehouse figures (feed health, articles per day, duplicates, runs, the
cleaning rules the extraction's safety net took back) and HTML.

Read-only queries and plain HTML with inline SVG charts (no scripts, no external assets), served
by the Airflow plugin in pipeline/airflow/plugin.py. No Airflow imports here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from html import escape
from typing import Any

import psycopg

# Run counts shown in the runs table, in pipeline order: (column title, key in news.runs.counts).
RUN_COLUMNS = (
    ("feeds polled", "feeds_polled"),
    ("feeds failed", "feeds_failed"),
    ("pages fetched", "pages_fetched"),
    ("fetch failed", "fetch_failed"),
    ("extracted", "articles_extracted"),
    ("exact dup.", "exact_duplicates"),
    ("near dup.", "near_duplicates"),
    ("loaded", "articles_loaded"),
)

_FEEDS_SQL = """
SELECT h.id, h.url, coalesce(h.name, f.title) AS name, h.enabled, h.auto_disabled, h.disabled_reason,
       h.last_polled_at, h.last_success_at, h.last_status, h.consecutive_failures, h.error_score,
       h.next_poll_at, h.last_error, h.last_warning, h.new_items_7d,
       (SELECT count(*) FROM news.articles a WHERE a.feed_id = h.id) AS articles
FROM news.feed_health h JOIN news.feeds f ON f.id = h.id
ORDER BY coalesce(h.name, f.title, h.url)
"""

# Pages that reached the dedup stage, per feed: exact duplicates never became an article, near
# duplicates are articles pointing at the root of their story.
_DUPLICATES_SQL = """
SELECT p.feed_id,
       count(*) FILTER (WHERE p.state = 'duplicate') AS exact,
       count(*) FILTER (WHERE p.state = 'loaded' AND a.duplicate_of IS NOT NULL) AS near,
       count(*) FILTER (WHERE p.state IN ('duplicate', 'loaded')) AS total
FROM news.pages p LEFT JOIN news.articles a ON a.id = p.article_id
WHERE p.feed_id IS NOT NULL
GROUP BY p.feed_id
"""

_PER_DAY_SQL = """
SELECT feed_id, (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n
FROM news.articles
WHERE feed_id IS NOT NULL AND created_at >= %s
GROUP BY feed_id, day
"""

_RUNS_SQL = """
SELECT id, source, external_id, started_at, finished_at, status, counts,
       (SELECT count(*) FROM news.errors e WHERE e.run_id = r.id) AS errors
FROM news.runs r ORDER BY id DESC LIMIT %s
"""


# The cleaning rules the extraction's safety net took back, across sites (sql/014): the rules
# that would have cost articles, most pages first.
_UNDONE_SQL = """
SELECT rule, layer, sum(pages) AS pages, count(*) AS sites, sum(chars) AS chars, max(last_seen) AS last_seen,
       (array_agg(latest_url ORDER BY last_seen DESC, latest_url))[1] AS latest_url
FROM news.undone_rules
GROUP BY rule, layer
ORDER BY pages DESC, rule, layer
LIMIT %s
"""


def overview(conn: psycopg.Connection[Any], *, today: date | None = None, days: int = 14,
             runs: int = 20, undone: int = 10) -> dict[str, Any]:
    """Everything the page shows, JSON-ready: feeds with health and per-day counts, totals, runs, and
    the cleaning rules the safety net took back (most pages first, at most `undone`)."""
    today = today or datetime.now(UTC).date()
    since = today - timedelta(days=days - 1)
    day_list = [since + timedelta(days=i) for i in range(days)]
    per_day: dict[int, dict[date, int]] = {}
    for row in conn.execute(_PER_DAY_SQL, (datetime.combine(since, datetime.min.time(), UTC),)):
        per_day.setdefault(row["feed_id"], {})[row["day"]] = int(row["n"])
    dups = {row["feed_id"]: row for row in conn.execute(_DUPLICATES_SQL)}
    feeds = []
    for row in conn.execute(_FEEDS_SQL):
        dup = dups.get(row["id"]) or {"exact": 0, "near": 0, "total": 0}
        feeds.append({
            **{k: _json(v) for k, v in row.items()},
            "status": feed_status(row),
            "articles_per_day": [per_day.get(row["id"], {}).get(d, 0) for d in day_list],
            "exact_duplicates": int(dup["exact"]),
            "near_duplicates": int(dup["near"]),
            "duplicate_rate": _rate(int(dup["exact"]) + int(dup["near"]), int(dup["total"])),
        })
    exact = sum(f["exact_duplicates"] for f in feeds)
    near = sum(f["near_duplicates"] for f in feeds)
    total = sum(int(d["total"]) for d in dups.values())
    run_rows = [
        {**{k: _json(v) for k, v in r.items() if k != "counts"},
         "counts": {key: int(r["counts"].get(key, 0)) for _, key in RUN_COLUMNS}}
        for r in conn.execute(_RUNS_SQL, (runs,))
    ]
    articles = conn.execute("SELECT count(*) AS n FROM news.articles").fetchone()
    undone_rows = [{k: int(v) if k in ("pages", "sites", "chars") else _json(v) for k, v in r.items()}
                   for r in conn.execute(_UNDONE_SQL, (undone,))]
    return {
        "days": [d.isoformat() for d in day_list],
        "feeds": feeds,
        "totals": {"feeds": len(feeds), "articles": int(articles["n"]) if articles else 0,
                   "exact_duplicates": exact, "near_duplicates": near,
                   "duplicate_rate": _rate(exact + near, total),
                   "failing_feeds": sum(f["status"] in ("failing", "disabled") for f in feeds)},
        "runs": run_rows,
        "undone_rules": undone_rows,
    }


def feed_status(row: dict[str, Any]) -> str:
    """One word for a feed's health: disabled, failing, warning, ok or never polled."""
    if not row["enabled"] or row["auto_disabled"]:
        return "disabled"
    if row["last_polled_at"] is None:
        return "never polled"
    if row["consecutive_failures"]:
        return "failing"
    if row["last_warning"]:
        return "warning"
    return "ok"


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _json(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


# ---- HTML ---------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:16px;color:#1f2937;
background:#fff;font-size:14px}
h1{font-size:20px;margin:0 0 4px} h2{font-size:16px;margin:24px 0 8px}
.muted{color:#6b7280} table{border-collapse:collapse;width:100%} th,td{padding:4px 8px;
border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top} th{background:#f9fafb;
font-weight:600} td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
.ok{background:#dcfce7;color:#166534} .warning{background:#fef9c3;color:#854d0e}
.failing{background:#fee2e2;color:#991b1b} .disabled{background:#e5e7eb;color:#374151}
.never-polled{background:#e0e7ff;color:#3730a3} .success{background:#dcfce7;color:#166534}
.running{background:#e0f2fe;color:#075985} .failed{background:#fee2e2;color:#991b1b}
.cards{display:flex;gap:12px;flex-wrap:wrap} .card{border:1px solid #e5e7eb;border-radius:8px;
padding:8px 14px;min-width:120px} .card b{display:block;font-size:20px}
.err{max-width:420px;overflow-wrap:anywhere;color:#991b1b;font-size:12px}
@media (prefers-color-scheme: dark){body{background:#111827;color:#e5e7eb}th{background:#1f2937}
th,td{border-color:#374151}.card{border-color:#374151}}
"""


def render_page(data: dict[str, Any]) -> str:
    """The whole page as HTML: summary cards, feeds table with a chart per feed, latest runs."""
    t = data["totals"]
    rate = _percent(t["duplicate_rate"])
    cards = "".join(
        f'<div class="card" data-figure="{key}"><b>{escape(str(value))}</b>{escape(label)}</div>'
        for key, label, value in (
            ("feeds", "feeds", t["feeds"]), ("articles", "articles", t["articles"]),
            ("duplicate_rate", "duplicate rate", rate),
            ("failing_feeds", "failing or disabled feeds", t["failing_feeds"]),
        )
    )
    days = data["days"]
    feed_rows = "".join(_feed_row(f, days) for f in data["feeds"]) or (
        '<tr><td colspan="9" class="muted">No feeds registered yet: trigger news_ingest with a '
        "feeds file or feed URLs.</td></tr>")
    run_rows = "".join(_run_row(r) for r in data["runs"]) or (
        f'<tr><td colspan="{5 + len(RUN_COLUMNS)}" class="muted">No runs yet.</td></tr>')
    run_heads = "".join(f'<th class="num">{escape(title)}</th>' for title, _ in RUN_COLUMNS)
    undone_rows = "".join(_undone_row(u) for u in data.get("undone_rules", [])) or (
        '<tr><td colspan="6" class="muted">Nothing undone: no cleaning rule has had to be taken back.'
        "</td></tr>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News feeds · newsflow</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}</style></head>
<body>
<h1>News feeds</h1>
<p class="muted">From the newsflow warehouse (read-only). Articles per day: {escape(days[0])} to
{escape(days[-1])} (UTC, by load day). Duplicate rate: exact + near duplicates among the pages
that reached deduplication. JSON: <a href="api/overview">api/overview</a>.</p>
<p><a href="articles">Articles</a> · <a href="search">Search</a></p>
<div class="cards">{cards}</div>
<h2>Feeds</h2>
<table id="feeds"><thead><tr><th>feed</th><th>status</th><th>last poll</th><th class="num">HTTP</th>
<th class="num">consecutive failures</th><th class="num">articles</th><th>articles per day</th>
<th class="num">duplicate rate</th><th>last error / warning</th></tr></thead>
<tbody>{feed_rows}</tbody></table>
<h2>Latest runs</h2>
<table id="runs"><thead><tr><th class="num">run</th><th>source</th><th>started</th><th>status</th>
{run_heads}<th class="num">errors</th></tr></thead><tbody>{run_rows}</tbody></table>
<h2>Cleaning rules taken back</h2>
<p class="muted">Removals the extraction's safety net undid because they would have cost the
article (most pages first): the rules to fix. Per site: <code>news.undone_rules</code>.</p>
<table id="undone"><thead><tr><th>rule</th><th>layer</th><th class="num">pages</th><th class="num">sites</th>
<th class="num">characters</th><th>latest page</th></tr></thead><tbody>{undone_rows}</tbody></table>
</body></html>
"""


def render_login_required(message: str) -> str:
    """A short page for a request without a valid Airflow login."""
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>News feeds</title>"
            f"<style>{_CSS}</style></head><body><h1>News feeds</h1><p>{escape(message)}</p>"
            "<p>Log in to Airflow, then open this page again from the Airflow menu.</p></body></html>")


def _feed_row(f: dict[str, Any], days: list[str]) -> str:
    status = f["status"]
    title = f["name"] or f["url"]
    problem = f["last_error"] if f["consecutive_failures"] or status == "disabled" else f["last_warning"]
    if status == "disabled" and f.get("disabled_reason"):
        problem = f["disabled_reason"]
    status_cls = status.replace(" ", "-")
    return (
        f'<tr data-feed-url="{escape(f["url"])}"><td><b>{escape(title)}</b><br>'
        f'<span class="muted">{escape(f["url"])}</span></td>'
        f'<td><span class="badge {status_cls}">{escape(status)}</span></td>'
        f"<td>{_when(f['last_polled_at'])}</td>"
        f'<td class="num">{escape(str(f["last_status"] or ""))}</td>'
        f'<td class="num">{int(f["consecutive_failures"])}</td>'
        f'<td class="num" data-articles="{int(f["articles"])}">{int(f["articles"])}</td>'
        f"<td>{bar_chart(f['articles_per_day'], days)}</td>"
        f'<td class="num">{_percent(f["duplicate_rate"])}</td>'
        f'<td class="err">{escape(problem or "")}</td></tr>'
    )


def _run_row(r: dict[str, Any]) -> str:
    counts = "".join(f'<td class="num" data-count="{key}">{int(r["counts"][key])}</td>'
                     for _, key in RUN_COLUMNS)
    external = f'<br><span class="muted">{escape(r["external_id"])}</span>' if r["external_id"] else ""
    return (
        f'<tr data-run-id="{int(r["id"])}"><td class="num">{int(r["id"])}</td>'
        f"<td>{escape(r['source'])}{external}</td><td>{_when(r['started_at'])}</td>"
        f'<td><span class="badge {escape(r["status"])}">{escape(r["status"])}</span></td>'
        f'{counts}<td class="num">{int(r["errors"])}</td></tr>'
    )


def _undone_row(u: dict[str, Any]) -> str:
    return (
        f'<tr data-rule="{escape(u["rule"] or "")}"><td>{escape(u["rule"] or "")}</td>'
        f'<td>{escape(u["layer"] or "")}</td>'
        f'<td class="num">{int(u["pages"])}</td><td class="num">{int(u["sites"])}</td>'
        f'<td class="num">{int(u["chars"])}</td>'
        f'<td><span class="muted">{escape(u["latest_url"] or "")}</span><br>{_when(u["last_seen"])}</td></tr>'
    )


def bar_chart(values: list[int], days: list[str], *, width: int = 168, height: int = 28) -> str:
    """An inline SVG bar chart, one bar per day, each with a tooltip (day: count)."""
    top = max(values, default=0) or 1
    step = width / max(len(values), 1)
    bars = []
    for i, (value, day) in enumerate(zip(values, days, strict=True)):
        h = round((height - 2) * value / top, 1) if value else 0
        bars.append(
            f'<rect x="{i * step + 1:.1f}" y="{height - h - 1:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{max(h, 1) if value else 1:.1f}" fill="{"#2563eb" if value else "#d1d5db"}">'
            f"<title>{escape(day)}: {value}</title></rect>"
        )
    label = f"articles per day, {days[0]} to {days[-1]}: {', '.join(map(str, values))}" if days else ""
    return (f'<svg class="chart" role="img" aria-label="{escape(label)}" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}">{"".join(bars)}</svg>')


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.1f}%"


def _when(iso: str | None) -> str:
    if not iso:
        return '<span class="muted">never</span>'
    return f'<time datetime="{escape(iso)}">{escape(iso[:16].replace("T", " "))}</time>'
