-- Feed health and adaptive polling: per-feed schedule and failure score, and an audit row per poll.

ALTER TABLE news.feeds
    ADD COLUMN resolved_url          text,            -- the real feed found by autodiscovery
    ADD COLUMN next_poll_at          timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN poll_interval_seconds integer,         -- current adaptive interval
    ADD COLUMN error_score           real NOT NULL DEFAULT 0,  -- weighted failures since last success
    ADD COLUMN disabled_at           timestamptz,     -- set automatically past the failure limit
    ADD COLUMN disabled_reason       text,
    ADD COLUMN last_new_item_at      timestamptz,
    ADD COLUMN new_item_gap_seconds  real,            -- moving average of the gap between new items
    ADD COLUMN last_warning          text;
CREATE INDEX feeds_due_idx ON news.feeds (next_poll_at) WHERE enabled;
COMMENT ON COLUMN news.feeds.error_score IS
    'Weighted failures since the last success: hard errors (404, not a feed, ...) 1, temporary ones (timeout, 5xx) 0.25';

CREATE TABLE news.feed_polls (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id       bigint NOT NULL REFERENCES news.feeds(id) ON DELETE CASCADE,
    run_id        bigint REFERENCES news.runs(id),
    polled_at     timestamptz NOT NULL DEFAULT now(),
    url           text NOT NULL,                -- the URL actually fetched
    status        integer,
    bytes         integer,
    duration_ms   integer,
    items         integer,
    new_items     integer,
    overlapped    boolean,                      -- some items were already known
    error_kind    text,
    error         text,
    warning       text,
    next_poll_at  timestamptz
);
CREATE INDEX feed_polls_feed_idx ON news.feed_polls (feed_id, polled_at DESC);
COMMENT ON TABLE news.feed_polls IS 'Audit: one row per feed fetch, with status, size, duration, items, new items, error or warning.';

CREATE VIEW news.feed_health AS
SELECT f.id, f.url, f.name, f.enabled, f.disabled_at IS NOT NULL AS auto_disabled, f.disabled_reason,
       f.last_polled_at, f.last_success_at, f.last_status, f.consecutive_failures, f.error_score,
       f.next_poll_at, f.poll_interval_seconds, f.last_new_item_at, f.last_error, f.last_warning,
       (SELECT count(*) FROM news.feed_polls p WHERE p.feed_id = f.id
          AND p.polled_at > now() - interval '7 days') AS polls_7d,
       (SELECT coalesce(sum(p.new_items), 0) FROM news.feed_polls p WHERE p.feed_id = f.id
          AND p.polled_at > now() - interval '7 days') AS new_items_7d
FROM news.feeds f;
