"""Near-duplicate linking against the embedded PostgreSQL: cross-run, in-batch, no chains, stories."""

from __future__ import annotations

import threading

import psycopg
import pytest
from psycopg.rows import DictRow, dict_row

from pipeline.dedup import index as dedup

LOAD_LOCK_KEY = 0x6E657773  # the load stage's advisory lock (pipeline/stages/pages.py)

STORY = (
    "The city council voted on Tuesday to approve a new bus rapid transit line linking the "
    "northern suburbs with the central station, ending a decade of debate over the route.\n"
    "Councillor Maria Okafor said the 14-kilometre line would carry 22,000 passengers a day "
    "and cut journey times by a third. \"This is the biggest change to our streets in a "
    "generation,\" she said.\n"
    "Construction is expected to start in the spring and to cost 310 million euros, shared "
    "between the city and the regional government. Opponents argued the money would be better "
    "spent on repairing existing roads and on the tram network.\n"
    "The plan still needs approval from the transport ministry, which is due to rule in June. "
    "Local businesses along the route have asked for compensation during the works."
)
OTHER = (
    "Harbour authorities confirmed on Friday that dredging of the main shipping channel will "
    "begin next month after environmental surveys found no protected seagrass in the area.\n"
    "The work, costing 4.2 million pounds, will deepen the channel to 9 metres so that larger "
    "ferries can dock at low tide. Fishermen welcomed the decision but asked for the work to "
    "pause during the spawning season.\n"
    "Harbour master Tom Reilly said the dredged sand would be used to rebuild the eroded beach "
    "at Gull Point, which lost much of its dune during last winter's storms."
)


def insert_article(conn: psycopg.Connection[DictRow], url: str, body: str) -> int:
    """Insert an article the way the load stage does (a batch of one): find the root with the
    batch linker, insert, record bands."""
    fp = dedup.fingerprint(body)
    linker = dedup.BatchLinker(conn, [fp])
    root = linker.find_root(0, body, fp)
    article_id = _insert(conn, url, body, root, fp)
    linker.add(article_id, root, fp, body)
    linker.flush()
    return article_id


def _insert(conn: psycopg.Connection[DictRow], url: str, body: str, root: int | None,
            fp: dedup.Fingerprint) -> int:
    row = conn.execute(
        "INSERT INTO news.articles (url, title, body, duplicate_of, site, content_hash, word_count) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (url, url, body, root, url.split("/")[2], fp.content_hash, len(body.split())),
    ).fetchone()
    assert row is not None
    return int(row["id"])


def duplicate_of(conn: psycopg.Connection[DictRow], article_id: int) -> int | None:
    row = conn.execute("SELECT duplicate_of FROM news.articles WHERE id = %s", (article_id,)).fetchone()
    assert row is not None
    return row["duplicate_of"]


def test_copy_in_a_later_run_points_at_the_root(conn: psycopg.Connection[DictRow]) -> None:
    """A syndicated copy loaded in a later transaction is linked to the first article."""
    with conn.transaction():
        first = insert_article(conn, "https://a.example/story", STORY)
    with conn.transaction():
        copy = insert_article(conn, "https://b.example/copy", "LONDON (Reuters) — " + STORY.replace("said", "says"))
        other = insert_article(conn, "https://b.example/other", OTHER)
    assert duplicate_of(conn, first) is None
    assert duplicate_of(conn, copy) == first
    assert duplicate_of(conn, other) is None


def test_copy_arriving_before_its_original_is_linked(conn: psycopg.Connection[DictRow]) -> None:
    """Whatever the arrival order, copies of one story end in one story."""
    with conn.transaction():
        excerpt = insert_article(conn, "https://b.example/excerpt", STORY.split("\n")[0] + "\nRead more at A.")
        original = insert_article(conn, "https://a.example/story", STORY)
    assert duplicate_of(conn, original) == excerpt


def test_a_text_bridging_two_stories_merges_them_under_the_oldest_root(conn: psycopg.Connection[DictRow]) -> None:
    """Two fragments of one story stored apart are joined when the full text arrives."""
    paragraphs = STORY.split("\n")
    with conn.transaction():
        head = insert_article(conn, "https://a.example/head", "\n".join(paragraphs[:2]))
        tail = insert_article(conn, "https://b.example/tail", "\n".join(paragraphs[2:]))
    assert duplicate_of(conn, tail) is None
    with conn.transaction():
        full = insert_article(conn, "https://c.example/full", STORY)
    assert [duplicate_of(conn, i) for i in (head, tail, full)] == [None, head, head]


def test_copies_in_one_batch_link_without_chains(conn: psycopg.Connection[DictRow]) -> None:
    """Copies inserted in one transaction all point at the first article, never at each other."""
    paragraphs = STORY.split("\n")
    with conn.transaction():
        first = insert_article(conn, "https://a.example/story", STORY)
        second = insert_article(conn, "https://b.example/story", "\n".join(paragraphs[:3]))
        third = insert_article(conn, "https://c.example/story", "\n".join(paragraphs[1:]))
    assert [duplicate_of(conn, i) for i in (first, second, third)] == [None, first, first]


def test_database_rejects_a_chain(conn: psycopg.Connection[DictRow]) -> None:
    """The no-chain trigger refuses duplicate_of pointing at a copy."""
    with conn.transaction():
        first = insert_article(conn, "https://a.example/story", STORY)
        copy = insert_article(conn, "https://b.example/story", STORY + "\nUpdated with new figures.")
    assert duplicate_of(conn, copy) == first
    with pytest.raises(psycopg.errors.IntegrityConstraintViolation), conn.transaction():
        conn.execute(
            "INSERT INTO news.articles (url, body, duplicate_of, site, content_hash, word_count) "
            "VALUES ('https://c.example/x', 'x', %s, 'c.example', 'h', 1)", (copy,))


def test_stories_view_counts_copies_and_outlets(conn: psycopg.Connection[DictRow]) -> None:
    """news.stories has one row per story with its copies and outlets."""
    with conn.transaction():
        first = insert_article(conn, "https://a.example/story", STORY)
        insert_article(conn, "https://b.example/story", "PARIS (AFP) — " + STORY)
        other = insert_article(conn, "https://c.example/other", OTHER)
    rows = conn.execute(
        "SELECT story_id, articles, copies, outlets FROM news.stories ORDER BY story_id").fetchall()
    assert rows == [
        {"story_id": first, "articles": 2, "copies": 1, "outlets": ["a.example", "b.example"]},
        {"story_id": other, "articles": 1, "copies": 0, "outlets": ["c.example"]},
    ]


def test_two_concurrent_loaders_make_one_root(conn: psycopg.Connection[DictRow], dsn: str) -> None:
    """Two loaders storing copies of one story at the same moment produce one root, not two."""
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def load(url: str, body: str) -> None:
        try:
            with psycopg.connect(dsn, row_factory=dict_row) as other, other.transaction():
                barrier.wait(timeout=10)
                other.execute("SELECT pg_advisory_xact_lock(%s)", (LOAD_LOCK_KEY,))
                insert_article(other, url, body)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=load, args=("https://a.example/story", STORY)),
               threading.Thread(target=load, args=("https://b.example/copy", "PARIS (AFP) — " + STORY))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    rows = conn.execute("SELECT id, duplicate_of FROM news.articles ORDER BY id").fetchall()
    assert [r["duplicate_of"] for r in rows] == [None, rows[0]["id"]]


def test_stories_view_counts_sightings_of_exact_copies(conn: psycopg.Connection[DictRow]) -> None:
    """Exact copies seen under other URLs count as sightings, and their sites as outlets."""
    with conn.transaction():
        article = insert_article(conn, "https://a.example/story", STORY)
        feed = conn.execute("INSERT INTO news.feeds (url) VALUES ('https://a.example/feed') RETURNING id").fetchone()
        assert feed is not None
        for url, state in (("https://a.example/story", "loaded"), ("https://mirror.example/s", "duplicate")):
            conn.execute("INSERT INTO news.pages (url, state, article_id) VALUES (%s, %s, %s)", (url, state, article))
            conn.execute("INSERT INTO news.entries (feed_id, entry_key, url, link, first_seen_at, last_seen_at) "
                         "VALUES (%s, %s, %s, %s, '2026-03-01', '2026-03-02')", (feed["id"], url, url, url))
    row = conn.execute("SELECT articles, copies, sightings, outlets, first_seen FROM news.stories").fetchone()
    assert row is not None
    assert (row["articles"], row["copies"], row["sightings"]) == (1, 0, 2)
    assert row["outlets"] == ["a.example", "mirror.example"]
    assert row["first_seen"].isoformat().startswith("2026-03-01")


def load_batch(conn: psycopg.Connection[DictRow], items: list[tuple[str, str]]) -> list[int]:
    """Insert (url, body) pairs as one load batch does: dedup.BatchLinker, band rows at the end."""
    fps = [dedup.fingerprint(body) for _, body in items]
    ids = []
    with conn.transaction():
        linker = dedup.BatchLinker(conn, fps)
        for i, ((url, body), fp) in enumerate(zip(items, fps, strict=True)):
            root = linker.find_root(i, body, fp)
            ids.append(_insert(conn, url, body, root, fp))
            linker.add(ids[-1], root, fp, body)
        linker.flush()
    return ids


def test_batch_linker_links_within_the_batch_and_to_stored_stories(conn: psycopg.Connection[DictRow]) -> None:
    """In one batch: copies of a stored story point at it; copies of a story new in the batch point
    at its first article (never at each other); an unrelated text stays alone; bands are written."""
    paragraphs = STORY.split("\n")
    (stored,) = load_batch(conn, [("https://a.example/story", STORY)])
    other, copy, other_copy, unrelated = load_batch(conn, [
        ("https://b.example/other", OTHER),
        ("https://c.example/copy", "LONDON (Reuters) — " + "\n".join(paragraphs[1:])),
        ("https://d.example/other-copy", OTHER.replace("Friday", "Thursday") + "\nRead more at B."),
        ("https://e.example/unrelated", "The county library will open on Sundays from March, the first time in "
         "its history, after volunteers offered to staff the reading rooms.\nLibrarian Ana Ruiz said "
         "visits had doubled since the children's wing reopened last year."),
    ])
    assert [duplicate_of(conn, i) for i in (stored, other, copy, other_copy)] == [None, None, stored, other]
    assert duplicate_of(conn, unrelated) is None
    rows = conn.execute("SELECT count(DISTINCT article_id) AS n FROM news.lsh_bands").fetchone()
    assert rows is not None and rows["n"] == 5


def test_batch_linker_merges_stories_a_text_bridges(conn: psycopg.Connection[DictRow]) -> None:
    """A full text joining two fragments stored apart merges their stories, also for later copies
    in the same batch (they follow the merge instead of pointing at the merged-away root)."""
    paragraphs = STORY.split("\n")
    head, tail = load_batch(conn, [("https://a.example/head", "\n".join(paragraphs[:2])),
                                   ("https://b.example/tail", "\n".join(paragraphs[2:]))])
    assert duplicate_of(conn, tail) is None
    full, tail_copy = load_batch(conn, [("https://c.example/full", STORY),
                                        ("https://d.example/tail", "\n".join(paragraphs[2:]) + "\nAP")])
    assert [duplicate_of(conn, i) for i in (head, tail, full, tail_copy)] == [None, head, head, head]


def test_deleting_articles_removes_their_band_rows(conn: psycopg.Connection[DictRow]) -> None:
    """Band rows carry no foreign key (sql/006): triggers remove those of deleted articles, on
    DELETE and on TRUNCATE, and a later copy of a deleted story starts a story of its own."""
    def bands(article_id: int | None = None) -> int:
        row = conn.execute("SELECT count(*) AS n FROM news.lsh_bands WHERE %s::bigint IS NULL "
                           "OR article_id = %s", (article_id, article_id)).fetchone()
        assert row is not None
        return int(row["n"])

    story = insert_article(conn, "https://a.example/story", STORY)
    other = insert_article(conn, "https://b.example/other", OTHER)
    assert bands(story) == bands(other) == len(dedup.fingerprint(STORY).band_keys)
    conn.execute("DELETE FROM news.articles WHERE id = %s", (story,))
    assert bands(story) == 0 and bands(other) > 0
    copy = insert_article(conn, "https://c.example/copy", STORY.replace("Tuesday", "Monday"))
    assert duplicate_of(conn, copy) is None  # nothing left to point at
    conn.execute("TRUNCATE news.articles CASCADE")
    assert bands() == 0


def test_record_many_stores_each_articles_bands_and_signature(conn: psycopg.Connection[DictRow]) -> None:
    """One statement stores the band rows (band number, key) and signature of every article given,
    exactly as fingerprinted, and nothing for a hash-only fingerprint (near-dedup off)."""
    fps = {"https://a.example/story": dedup.fingerprint(STORY), "https://b.example/other": dedup.fingerprint(OTHER),
           "https://c.example/plain": dedup.fingerprint(STORY + "\nMore.", near=False)}
    ids = {url: _insert(conn, url, url, None, fp) for url, fp in fps.items()}
    dedup.record_many(conn, [(ids[url], fp) for url, fp in fps.items()])
    for url, fp in fps.items():
        rows = conn.execute("SELECT band, key FROM news.lsh_bands WHERE article_id = %s ORDER BY band",
                            (ids[url],)).fetchall()
        assert [(r["band"], r["key"]) for r in rows] == list(enumerate(fp.band_keys))
        sig = conn.execute("SELECT signature FROM news.lsh_signatures WHERE article_id = %s",
                           (ids[url],)).fetchone()
        assert (bytes(sig["signature"]) if sig else None) == (fp.signature if fp.band_keys else None)
    assert len(fps["https://a.example/story"].band_keys) == 30
    assert dedup.candidates(conn, dedup.fingerprint(STORY))[0][0] == ids["https://a.example/story"]
