-- 0002: web fetching (issue 3). Every HTTP exchange a run makes is logged in raw.responses, and
-- raw.crawl_state keeps, per URL, what the next night needs to ask only for what changed (ETag,
-- Last-Modified, the last successful fetch). Response bodies live in raw.payloads, content-addressed:
-- a body that became an article's payload is stored by the loader; any other body (later pages of a
-- multi-page article, quarantined bytes) is stored with media_type 'application/octet-stream' so a
-- full refresh never takes it for an article of its own.
-- Applied once, in a transaction, by warehouse.schema.migrate(); recorded in main.schema_migrations.

CREATE TABLE raw.responses (
    response_id    VARCHAR PRIMARY KEY,
    run_id         VARCHAR NOT NULL,
    requested_url  VARCHAR NOT NULL,
    final_url      VARCHAR NOT NULL,
    status         INTEGER,
    headers        VARCHAR NOT NULL,
    redirect_chain VARCHAR[] NOT NULL,
    payload_hash   VARCHAR,
    byte_size      BIGINT NOT NULL,
    fetched_at     TIMESTAMPTZ NOT NULL,
    error          VARCHAR
);
COMMENT ON TABLE raw.responses IS 'One row per URL fetch of a run (redirects followed, retries included): status, headers and a pointer to the kept bytes.';
COMMENT ON COLUMN raw.responses.response_id IS 'unique id of the fetch';
COMMENT ON COLUMN raw.responses.run_id IS 'the pipeline run that made the request (pipeline_runs.run_id)';
COMMENT ON COLUMN raw.responses.requested_url IS 'the URL that was asked for, before any redirect';
COMMENT ON COLUMN raw.responses.final_url IS 'the URL that answered last, after redirects (equal to requested_url when there were none)';
COMMENT ON COLUMN raw.responses.status IS 'HTTP status of the last answer; null when no answer came (timeout, refused address, robots.txt)';
COMMENT ON COLUMN raw.responses.headers IS 'response headers of the last answer, as a JSON object text ({} when there was none)';
COMMENT ON COLUMN raw.responses.redirect_chain IS 'the URLs that redirected, in order, starting with requested_url; empty when there was no redirect';
COMMENT ON COLUMN raw.responses.payload_hash IS 'raw.payloads key of the body; null when no body was kept (304, error, over the size cap)';
COMMENT ON COLUMN raw.responses.byte_size IS 'bytes of body read (for a body cut at the size cap: how far reading went)';
COMMENT ON COLUMN raw.responses.fetched_at IS 'when the answer (or the failure) came';
COMMENT ON COLUMN raw.responses.error IS 'why the fetch did not give a usable page (a quarantine reason such as http_404, timeout, too_large); null when it did';

CREATE TABLE raw.crawl_state (
    url             VARCHAR PRIMARY KEY,
    final_url       VARCHAR,
    etag            VARCHAR,
    last_modified   VARCHAR,
    last_status     INTEGER,
    payload_hash    VARCHAR,
    last_fetched_at TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ
);
COMMENT ON TABLE raw.crawl_state IS 'One row per URL ever fetched: what the next run sends to ask only for a changed page.';
COMMENT ON COLUMN raw.crawl_state.url IS 'the URL as found in the input (sitemap, feed, list or command line)';
COMMENT ON COLUMN raw.crawl_state.final_url IS 'where it last ended after redirects';
COMMENT ON COLUMN raw.crawl_state.etag IS 'ETag of the last good answer, sent back as If-None-Match; null to force a full fetch';
COMMENT ON COLUMN raw.crawl_state.last_modified IS 'Last-Modified of the last good answer, as written by the server, sent back as If-Modified-Since';
COMMENT ON COLUMN raw.crawl_state.last_status IS 'HTTP status of the last attempt (null when no answer came)';
COMMENT ON COLUMN raw.crawl_state.payload_hash IS 'raw.payloads key of the last document built from the URL';
COMMENT ON COLUMN raw.crawl_state.last_fetched_at IS 'when the URL was last attempted, successfully or not';
COMMENT ON COLUMN raw.crawl_state.last_success_at IS 'when the URL last gave a page or a 304; a sitemap or feed lastmod not newer than this is skipped without a request';
