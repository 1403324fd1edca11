-- 站内搜索: the index itself lives outside the database (Lucene, ./data/search, rebuilt from
-- content_* when lost). Here only the searches that found nothing, for editors to see what readers
-- miss.
CREATE TABLE search_zero_result
(
    site     TEXT        NOT NULL,
    text     TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 100),
    times    BIGINT      NOT NULL DEFAULT 1,
    first_at TIMESTAMPTZ NOT NULL,
    last_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site, text)
);
CREATE INDEX search_zero_result_times_idx ON search_zero_result (times DESC, last_at DESC);
