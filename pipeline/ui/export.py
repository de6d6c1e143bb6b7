"""Export articles as JSON Lines, CSV or Parquet, streamed in constant memory.

Rows come through a server-side (named) cursor that fetches `batch_size` rows at a time, and each
batch is written before the next is fetched: the client never holds more than one batch, whatever
the size of the warehouse. Parquet needs pyarrow, the optional `parquet` extra.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Generator, Iterator
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Literal

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from pipeline.ui.search import Filters

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
CURSOR_NAME = "newsflow_export"
BATCH_SIZE = 1000
PARQUET_HINT = ("parquet export needs pyarrow, the optional 'parquet' extra: "
                "pip install 'newsflow[parquet]' (or uv sync --extra parquet)")

# Exported columns, in order. story_id is the root article of the article's story (itself for a root).
COLUMNS = ("id", "url", "title", "body", "published_at", "modified_at", "language", "site",
           "site_name", "author", "duplicate_of", "story_id", "feed_id", "word_count", "created_at")

_SELECT = """
SELECT a.id, a.url, a.title, a.body, a.published_at, a.modified_at, a.language, a.site,
       a.site_name, a.author, a.duplicate_of, coalesce(a.duplicate_of, a.id) AS story_id,
       a.feed_id, a.word_count, a.created_at
FROM news.articles a
WHERE {filters}
ORDER BY a.id
"""


class ExportError(RuntimeError):
    """The export cannot run (unknown format, pyarrow missing)."""


def iter_articles(conn: psycopg.Connection[Any], filters: Filters, *,
                  batch_size: int = BATCH_SIZE) -> Generator[dict[str, Any], None, None]:
    """The selected articles by id, one dict each, through the named cursor CURSOR_NAME.

    The cursor lives in a transaction of its own (works on autocommit connections too) and is
    closed when the iterator is exhausted or closed."""
    where, params = filters.where("a")
    with conn.transaction(), conn.cursor(name=CURSOR_NAME, row_factory=dict_row) as cur:
        cur.itersize = batch_size
        cur.execute(sql.SQL(_SELECT).format(filters=where), params)
        yield from cur


def export(conn: psycopg.Connection[Any], out: str | Path | IO[bytes], *,
           since: date | datetime | None = None, until: date | datetime | None = None,
           site: str | None = None, fmt: Format = "jsonl", duplicates: bool = True,
           lang: str | None = None, batch_size: int = BATCH_SIZE) -> int:
    """Write the selected articles to `out` (a path, or a binary stream such as sys.stdout.buffer).

    since/until: inclusive, on the publication time else the load time (a date is a whole UTC
    day); site: host[:port] or site_name; duplicates=False keeps story roots only. Returns the
    number of rows written. Raises ExportError for an unknown format or, for parquet, without
    pyarrow (before anything is written)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    if batch_size < 1:
        raise ExportError("batch_size must be at least 1")
    arrow: tuple[Any, Any] | None = _pyarrow() if fmt == "parquet" else None
    filters = Filters(site=site, since=since, until=until, lang=lang, duplicates=duplicates)
    rows = iter_articles(conn, filters, batch_size=batch_size)
    with ExitStack() as stack:
        stream: IO[bytes] = (stack.enter_context(Path(out).open("wb")) if isinstance(out, (str, Path))
                             else out)
        stack.callback(rows.close)  # -> the cursor and its transaction end even on errors
        if fmt == "parquet":
            assert arrow is not None
            return _write_parquet(rows, stream, batch_size, *arrow)
        text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=False)
        try:
            return (_write_jsonl if fmt == "jsonl" else _write_csv)(rows, text)
        finally:
            text.flush()
            text.detach()  # leave the caller's stream open


def _pyarrow() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, else ExportError naming the extra."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ExportError(PARQUET_HINT) from None
    return pyarrow, pyarrow.parquet


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (datetime, date)) else value


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def _write_jsonl(rows: Iterator[dict[str, Any]], text: IO[str]) -> int:
    # The rows' keys are COLUMNS in order (_SELECT): each row is dumped as it comes, dates by default=.
    encode = json.JSONEncoder(ensure_ascii=False, default=_json_default).encode
    n = 0
    for row in rows:
        text.write(encode(row) + "\n")
        n += 1
    return n


def _write_csv(rows: Iterator[dict[str, Any]], text: IO[str]) -> int:
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow(["" if row[k] is None else _jsonable(row[k]) for k in COLUMNS])
        n += 1
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], stream: IO[bytes], batch_size: int,
                   pa: Any, pq: Any) -> int:
    ts = pa.timestamp("us", tz="UTC")
    types = {"id": pa.int64(), "duplicate_of": pa.int64(), "story_id": pa.int64(),
             "feed_id": pa.int64(), "word_count": pa.int32(), "published_at": ts,
             "modified_at": ts, "created_at": ts}
    schema = pa.schema([(k, types.get(k, pa.string())) for k in COLUMNS])
    n = 0
    with pq.ParquetWriter(stream, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= batch_size:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
