"""Search relevance on the embedded warehouse: rare title words find their article first, and a
word matches its inflected forms in the article's own language (sql/009's per-language vectors).

Twenty articles from pipeline/synth/prose.py's grammars (English, German, French, Spanish), whose
titles and bodies share a small vocabulary, so most words occur in several of them.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from pipeline.synth.prose import LANGUAGES, prose_for
from pipeline.ui.search import search

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
WORD = re.compile(r"[^\W\d_]+")


def _add(conn: psycopg.Connection, n: int, title: str, body: str, language: str) -> int:
    row = conn.execute(
        "INSERT INTO news.articles (url, title, body, published_at, language, site, content_hash, word_count)"
        " VALUES (%s, %s, %s, %s, %s, 'relevance.test', md5(%s), %s) RETURNING id",
        (f"http://relevance.test/{n}", title, body, T0 + timedelta(hours=n), language, f"{n}:{body}",
         len(body.split()))).fetchone()
    return int(row["id"])


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


@pytest.fixture
def generated(conn: psycopg.Connection) -> list[tuple[int, str, str]]:
    """Twenty generated articles, five per language: (id, title, body)."""
    out = []
    for n in range(20):
        lang = LANGUAGES[n % len(LANGUAGES)]
        prose = prose_for(lang, random.Random(f"relevance-{n}"))
        title = prose.title()
        body = "\n".join(prose.paragraph(60) for _ in range(3))
        out.append((_add(conn, n, title, body, lang), title, body))
    conn.commit()
    return out


def _rare_title_words(title: str, df: Counter[str], k: int = 2) -> list[str]:
    """The title's k words (3+ letters) of lowest document frequency in the set (longest first on ties)."""
    words = sorted((w for w in _words(title) if len(w) >= 3), key=lambda w: (df[w], -len(w), w))
    return words[:k]


def test_rare_title_words_find_their_article_first(conn: psycopg.Connection,
                                                   generated: list[tuple[int, str, str]]) -> None:
    df: Counter[str] = Counter()
    for _, title, body in generated:
        df.update(_words(f"{title} {body}"))
    assert sum(1 for w, n in df.items() if n > 1) > 50  # a shared vocabulary: the ranking has work to do
    for ident, title, _ in generated:
        words = _rare_title_words(title, df)
        assert words, title
        hits = search(conn, " ".join(words))
        assert hits, (title, words)
        assert hits[0].id == ident, (title, words, [(h.id, h.title, h.rank) for h in hits[:3]])
        assert "<mark>" in hits[0].title_html(), (title, words)


@pytest.mark.parametrize(("language", "title", "body", "query", "other_form"), [
    ("de", "Neue Häuser am Hafen", "Die Stadt baut Häuser für Familien am alten Hafen.", "Haus", "Häusern"),
    ("en", "Runners out early", "Residents were running along the river before the race.", "run", "runs"),
])
def test_inflected_forms_match_in_the_article_language(conn: psycopg.Connection, language: str, title: str,
                                                       body: str, query: str, other_form: str) -> None:
    """A query word finds an article that only has an inflected form of it, and the other way round;
    across languages (each article's own configuration) and with the language filter."""
    ident = _add(conn, 1, title, body, language)
    other = _add(conn, 2, "Unrelated", "Nothing about that here at all.", "fr")
    conn.commit()
    for q in (query, other_form):
        assert [h.id for h in search(conn, q)] == [ident], q
        assert [h.id for h in search(conn, q, lang=language)] == [ident], q
    hit = search(conn, query)[0]
    assert "<mark>" in hit.snippet_html()  # the inflected form is highlighted
    assert other not in [h.id for h in search(conn, "unrelated")][1:]
