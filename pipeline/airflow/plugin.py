"""The Airflow integration of the UI: the "News feeds" page and the run summaries as DAG run notes.

Registered through the `airflow.plugins` entry point in pyproject.toml, so any Airflow that has
newsflow installed loads it (the local stack, `airflow dags test`, the Docker image):

- `fastapi_apps`: a small FastAPI app under /newsflow serving the page (`/newsflow/`) and its JSON
  (`/newsflow/api/overview`), both reading the warehouse on a read-only connection. Airflow does
  not authenticate plugin apps, so every data route depends on Airflow's own `get_user` (the JWT
  from the `Authorization: Bearer` header or the UI's `_token` cookie, validated by the configured
  auth manager) and then asks the auth manager whether that user may read the news_ingest DAG:
  no token 401, a bad or expired one 401/403, a user without DAG read access 403.
- `external_views`: the page in the UI's navigation ("News feeds"), shown in an iframe.
- `listeners`: when a news_ingest run ends, its note is set to the Markdown summary that the
  `summarize` task returned (counts per stage, failed feeds with reasons), unless someone already
  wrote a note. Runs in the scheduler (or in `airflow dags test`), which owns the DAG run row.

Imports of FastAPI and of Airflow's API server happen only when the app is built, so that task
processes, which load plugins too, stay light.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

from airflow.listeners import hookimpl
from airflow.plugins_manager import AirflowPlugin

from pipeline.airflow.support import warehouse_settings

log = logging.getLogger(__name__)

URL_PREFIX = "/newsflow"
INGEST_DAG_ID = "news_ingest"
SUMMARY_TASK_ID = "summarize"
SUMMARY_KEY = "summary_md"  # key of the Markdown summary in the summarize task's return value
NOTE_MAX_CHARS = 1000  # Airflow's dag_run_note.content is varchar(1000)

_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#2563eb" '
         'stroke-width="2"><path d="M4 11a9 9 0 0 1 9 9"/><path d="M4 4a16 16 0 0 1 16 16"/>'
         '<circle cx="5" cy="19" r="1"/></svg>')


def build_app() -> Any:
    """The FastAPI app of the page: `/` (HTML), `/api/overview` (JSON), `/icon.svg` (public)."""
    import psycopg
    from airflow.api_fastapi.app import get_auth_manager
    from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
    from airflow.api_fastapi.auth.managers.models.resource_details import DagDetails
    from airflow.api_fastapi.core_api.security import get_user
    from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
    from fastapi.responses import HTMLResponse, JSONResponse, Response

    from pipeline.ui import dashboard
    from pipeline.warehouse import db as warehouse

    def authorized_user(user: BaseUser = Depends(get_user)) -> BaseUser:  # noqa: B008
        """An authenticated Airflow user who may read the news_ingest DAG, else 403."""
        if not get_auth_manager().is_authorized_dag(
            method="GET", details=DagDetails(id=INGEST_DAG_ID), user=user
        ):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "Forbidden: no read access to news_ingest")
        return user

    def load_overview(days: int) -> dict[str, Any]:
        try:
            with warehouse.connect(warehouse_settings()) as conn:
                conn.read_only = True
                return dashboard.overview(conn, days=days)
        except psycopg.errors.UndefinedTable as exc:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE,
                                "warehouse not migrated yet: run `newsflow migrate` or news_ingest") from exc
        except psycopg.OperationalError as exc:
            log.warning("newsflow page: warehouse unreachable: %s", exc)
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "warehouse unreachable") from exc

    app = FastAPI(title="newsflow", description="News feeds page (read-only warehouse figures)")

    @app.exception_handler(HTTPException)
    async def html_errors(request: Request, exc: HTTPException) -> Response:
        """Errors as a short HTML page for the page route, as JSON elsewhere."""
        if request.url.path.rstrip("/") == (request.scope.get("root_path") or "").rstrip("/"):
            return HTMLResponse(dashboard.render_login_required(str(exc.detail)),
                                status_code=exc.status_code, headers=exc.headers)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.get("/", response_class=HTMLResponse)
    def page(
        _user: BaseUser = Depends(authorized_user),  # noqa: B008
        days: int = Query(14, ge=1, le=90),
    ) -> HTMLResponse:
        """The News feeds page."""
        return HTMLResponse(dashboard.render_page(load_overview(days)),
                            headers={"Cache-Control": "no-store"})

    @app.get("/api/overview")
    def api_overview(
        _user: BaseUser = Depends(authorized_user),  # noqa: B008
        days: int = Query(14, ge=1, le=90),
    ) -> JSONResponse:
        """The page's figures as JSON: feeds (health, articles per day, duplicates), totals, runs."""
        return JSONResponse(load_overview(days), headers={"Cache-Control": "no-store"})

    from pipeline.ui.articles import articles_router

    app.include_router(articles_router(lambda: warehouse.connect(warehouse_settings()), authorized_user))

    @app.get("/icon.svg")
    def icon() -> Response:
        """The navigation icon (public: it holds no data)."""
        return Response(_ICON, media_type="image/svg+xml")

    return app


def run_note(dag_run: Any, summary: Any, session: Any = None) -> str | None:
    """The note for a finished news_ingest run: the summary Markdown, with the failed tasks if any."""
    from airflow.utils.state import DagRunState, TaskInstanceState

    text = summary.get(SUMMARY_KEY) if isinstance(summary, dict) else None
    if dag_run.state == DagRunState.FAILED:
        failed = sorted({ti.task_id for ti in dag_run.get_task_instances(
            state=[TaskInstanceState.FAILED, TaskInstanceState.UPSTREAM_FAILED], session=session)})
        head = f"**Run failed** at: {', '.join(failed) or 'unknown task'} (see these tasks' logs)."
        text = head if not text else f"{head}\n\n{text}"
    if not text:
        return None
    return text[:NOTE_MAX_CHARS]


class RunNoteListener:
    """Sets the DAG run note of each finished news_ingest run to its summary."""

    @hookimpl
    def on_dag_run_success(self, dag_run: Any, msg: str) -> None:
        """A news_ingest run succeeded."""
        self._note(dag_run)

    @hookimpl
    def on_dag_run_failed(self, dag_run: Any, msg: str) -> None:
        """A news_ingest run failed."""
        self._note(dag_run)

    @staticmethod
    def _note(dag_run: Any) -> None:
        if getattr(dag_run, "dag_id", None) != INGEST_DAG_ID:
            return
        from airflow.models.dagrun import DagRun
        from airflow.utils.session import create_session
        from sqlalchemy import inspect, select

        try:
            session = inspect(dag_run).session
            if session is not None:  # the scheduler: its session owns (and may lock) the row
                _fill_note(session, dag_run)
                return
            with create_session() as own:  # dag.test() hands over a detached run
                run = own.scalars(select(DagRun).where(
                    DagRun.dag_id == dag_run.dag_id, DagRun.run_id == dag_run.run_id)).one_or_none()
                if run is not None:
                    _fill_note(own, run)
        except Exception:  # a summary must never break the scheduler loop
            log.exception("newsflow: could not set the note of %s", dag_run.run_id)


def _fill_note(session: Any, dag_run: Any) -> None:
    """Set the run's note from the summarize task's XCom, unless it already has one."""
    from airflow.models.xcom import XComModel

    if dag_run.note:
        return  # a note a person wrote: keep it
    row = session.scalars(XComModel.get_many(
        run_id=dag_run.run_id, dag_ids=INGEST_DAG_ID, task_ids=SUMMARY_TASK_ID,
        key="return_value", limit=1)).first()
    note = run_note(dag_run, XComModel.deserialize_value(row) if row is not None else None, session)
    if note:
        dag_run.note = note


class NewsflowPlugin(AirflowPlugin):
    """newsflow in the Airflow UI: the News feeds page and run summaries."""

    name = "newsflow"
    external_views = [{
        "name": name,
        "href": URL_PREFIX.lstrip("/") + path,
        "url_route": route,
        "destination": "nav",
        "icon": URL_PREFIX.lstrip("/") + "/icon.svg",
        "nav_top_level": True,
    } for name, path, route in (("News feeds", "/", "news-feeds"), ("Articles", "/articles", "news-articles"),
                                ("Search news", "/search", "news-search"))]
    listeners = [RunNoteListener()]

    @cached_property
    def fastapi_apps(self) -> list[dict[str, Any]]:  # type: ignore[override]
        """The page's app, built on first use (only the API server asks for it)."""
        return [{"app": build_app(), "url_prefix": URL_PREFIX, "name": "newsflow news feeds"}]
