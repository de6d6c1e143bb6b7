"""Settings from the environment, feeds files and OPML."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from pipeline.config import (
    ConfigError,
    Settings,
    dump_opml,
    load_feeds_file,
    load_opml,
    write_feeds_file,
)
from pipeline.models import FeedSpec


def test_settings_read_and_convert_environment() -> None:
    """NEWSFLOW_* variables are converted to typed settings."""
    s = Settings.from_env({"NEWSFLOW_BATCH_SIZE": "50", "NEWSFLOW_OBEY_ROBOTS": "no",
                           "NEWSFLOW_PER_HOST_DELAY": "0.5",
                           "NEWSFLOW_DATABASE_URL": "postgresql://u@h/db"})
    assert (s.batch_size, s.obey_robots, s.per_host_delay) == (50, False, 0.5)
    assert s.database_url == "postgresql://u@h/db"
    assert s.allow_private_networks is False


@pytest.mark.parametrize(("raw", "expected"), [
    ("true", True), ("0", False),
    ("127.0.0.0/8", (ipaddress.ip_network("127.0.0.0/8"),)),
    ("127.0.0.0/8, ::1", (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))),
])
def test_private_networks_setting(raw: str, expected: object) -> None:
    """NEWSFLOW_ALLOW_PRIVATE_NETWORKS takes a boolean or a list of networks."""
    s = Settings.from_env({"NEWSFLOW_ALLOW_PRIVATE_NETWORKS": raw})
    assert s.allow_private_networks == expected


@pytest.mark.parametrize(("env", "message"), [
    ({"NEWSFLOW_BATCH_SIZE": "many"}, "NEWSFLOW_BATCH_SIZE: expected a number"),
    ({"NEWSFLOW_BATCH_SIZE": "0"}, "NEWSFLOW_BATCH_SIZE must be > 0"),
    ({"NEWSFLOW_OBEY_ROBOTS": "perhaps"}, "NEWSFLOW_OBEY_ROBOTS: expected true or false"),
    ({"NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "intranet"}, "NEWSFLOW_ALLOW_PRIVATE_NETWORKS"),
    ({"NEWSFLOW_DATABASE_URL": "mysql://x"}, "must be a postgresql:// URL"),
    ({"NEWSFLOW_DEDUP_MIN_CONTAINMENT": "1.5"}, "NEWSFLOW_DEDUP_MIN_CONTAINMENT must be between 0 and 1"),
    ({"NEWSFLOW_DEDUP_MAX_CHANGED_NAMES": "-1"}, "NEWSFLOW_DEDUP_MAX_CHANGED_NAMES must be >= 0"),
])
def test_bad_settings_are_refused_with_the_variable_named(env: dict[str, str], message: str) -> None:
    """An invalid setting raises ConfigError naming the variable."""
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


def test_dedup_settings_reach_the_confirmation_rule() -> None:
    """The NEWSFLOW_DEDUP_* thresholds become the DedupSettings the loader uses."""
    s = Settings.from_env({"NEWSFLOW_DEDUP_MIN_CONTAINMENT": "0.6", "NEWSFLOW_DEDUP_MAX_FACT_CONFLICT": "0.1",
                           "NEWSFLOW_DEDUP_MAX_CHANGED_NAMES": "0", "NEWSFLOW_DEDUP_NEAR": "false"})
    assert (s.dedup.min_containment, s.dedup.max_fact_conflict, s.dedup.max_changed_names) == (0.6, 0.1, 0)
    assert s.dedup_near is False
    assert Settings().dedup == type(Settings().dedup)()  # the defaults are the measured ones


def test_feeds_file_round_trip(tmp_path: Path) -> None:
    """A feeds file written is read back identically."""
    feeds = [FeedSpec("https://a.example/rss", "A", ("world", "wire")),
             FeedSpec("https://b.example/atom")]
    path = tmp_path / "feeds.yaml"
    write_feeds_file(path, feeds)
    assert load_feeds_file(path) == feeds


@pytest.mark.parametrize(("text", "message"), [
    ("feeds: [", "not valid YAML"),
    ("urls: []", "expected a mapping with a 'feeds:' list"),
    ("feeds:\n  - name: x\n", "feed #1 needs a 'url:'"),
    ("feeds:\n  - url: ftp://x/feed\n", "must be http"),
    ("feeds:\n  - url: https://x/feed\n    tags: {a: 1}\n", "'tags:' must be a list"),
])
def test_bad_feeds_files(tmp_path: Path, text: str, message: str) -> None:
    """A malformed feeds file raises ConfigError saying what is wrong."""
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_feeds_file(path)


def test_missing_feeds_file(tmp_path: Path) -> None:
    """A missing feeds file is a ConfigError, not a traceback."""
    with pytest.raises(ConfigError, match="not found"):
        load_feeds_file(tmp_path / "nope.yaml")


def test_opml_import_keeps_folders_as_tags(tmp_path: Path) -> None:
    """Nested OPML outlines become tags of the feeds inside them."""
    path = tmp_path / "subs.opml"
    path.write_text(
        '<opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="World"><outline text="Wire" xmlUrl="https://w.example/rss"/></outline>'
        '<outline title="Tech" xmlUrl="https://t.example/atom"/></body></opml>')
    assert load_opml(path) == [FeedSpec("https://w.example/rss", "Wire", ("World",)),
                               FeedSpec("https://t.example/atom", "Tech", ())]


def test_opml_export_is_importable(tmp_path: Path) -> None:
    """dump_opml output parses back to the same feed URLs and names."""
    feeds = [FeedSpec("https://a.example/rss?x=1&y=2", "A & B")]
    path = tmp_path / "out.opml"
    path.write_text(dump_opml(feeds))
    assert load_opml(path) == feeds


def test_hostile_opml_is_refused(tmp_path: Path) -> None:
    """An OPML file with an entity-expansion bomb is refused, not expanded."""
    path = tmp_path / "bomb.opml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                    '<!ENTITY lol2 "&lol;&lol;&lol;">]><opml><body>&lol2;</body></opml>')
    with pytest.raises(ConfigError, match="not valid XML"):
        load_opml(path)
