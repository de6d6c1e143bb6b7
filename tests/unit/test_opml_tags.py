"""OPML tags: the `category` attribute and folder nesting on import, `category` on export."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import dump_opml, load_opml, opml_categories
from pipeline.models import FeedSpec


def _load(tmp_path: Path, body: str) -> list[FeedSpec]:
    path = tmp_path / "subs.opml"
    path.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head>'
                    f'<body>{body}</body></opml>', encoding="utf-8")
    return load_opml(path)


def test_category_attribute_becomes_tags(tmp_path: Path) -> None:
    """category="a,b" gives tags a and b; OPML 2.0 slash paths keep their inner slashes."""
    feeds = _load(tmp_path, '<outline text="A" xmlUrl="https://a.example/rss" category="news, world ,,"/>'
                            '<outline text="B" xmlUrl="https://b.example/rss" '
                            'category="/Boston/Weather,/Politics"/>'
                            '<outline text="C" xmlUrl="https://c.example/rss"/>')
    assert feeds == [FeedSpec("https://a.example/rss", "A", ("news", "world")),
                     FeedSpec("https://b.example/rss", "B", ("Boston/Weather", "Politics")),
                     FeedSpec("https://c.example/rss", "C", ())]


def test_folders_and_categories_combine(tmp_path: Path) -> None:
    """Folder titles (outer first), a folder's own category, then the feed's category; each once."""
    feeds = _load(tmp_path, '<outline text="World" category="wire">'
                            '<outline title="Europe">'
                            '<outline text="Feed" xmlUrl="https://e.example/rss" category="Europe,de"/>'
                            '</outline></outline>')
    assert feeds == [FeedSpec("https://e.example/rss", "Feed", ("World", "wire", "Europe", "de"))]


def test_dump_then_load_round_trips_tags(tmp_path: Path) -> None:
    """What dump_opml writes, load_opml reads back: URLs, names and tags in order."""
    feeds = [FeedSpec("https://a.example/rss?x=1&y=2", "A & B", ("news", "Boston/Weather", "ü-tag")),
             FeedSpec("https://b.example/atom", None, ()),
             FeedSpec("https://c.example/feed", "C", ("single",))]
    path = tmp_path / "out.opml"
    path.write_text(dump_opml(feeds), encoding="utf-8")
    back = load_opml(path)
    assert [(f.url, f.tags) for f in back] == [(f.url, f.tags) for f in feeds]
    assert [f.name for f in back] == ["A & B", "https://b.example/atom", "C"]  # text falls back to the URL


def test_a_comma_inside_a_tag_cannot_split_it(tmp_path: Path) -> None:
    """A tag with a comma is written with a space instead, rather than becoming two tags."""
    path = tmp_path / "out.opml"
    path.write_text(dump_opml([FeedSpec("https://a.example/rss", "A", ("Kunst, Kultur", "x"))]))
    assert load_opml(path)[0].tags == ("Kunst Kultur", "x")
    assert opml_categories(None) == () and opml_categories(" , /, ") == ()
