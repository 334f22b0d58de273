-- 0001: the first schema of the Kabar warehouse.
-- main holds the analysts' contract (see README, "Warehouse"); raw holds every input's bytes.
-- Applied once, in a transaction, by warehouse.schema.migrate(); recorded in main.schema_migrations.

CREATE SCHEMA IF NOT EXISTS raw;

CREATE TABLE raw.payloads (
    payload_hash VARCHAR PRIMARY KEY,
    source_uri   VARCHAR NOT NULL,
    media_type   VARCHAR NOT NULL,
    encoding     VARCHAR,
    byte_size    BIGINT NOT NULL,
    payload      BLOB NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE raw.payloads IS 'Every input exactly as read, content-addressed: reprocessing never needs the source again.';
COMMENT ON COLUMN raw.payloads.payload_hash IS 'sha256 of the raw bytes; the key every other relation uses to point at a payload';
COMMENT ON COLUMN raw.payloads.source_uri IS 'where the bytes were first read from (file path or URL)';
COMMENT ON COLUMN raw.payloads.media_type IS 'text/plain or text/html as detected at ingest';
COMMENT ON COLUMN raw.payloads.encoding IS 'character encoding detected at ingest (null when the bytes are not text)';
COMMENT ON COLUMN raw.payloads.byte_size IS 'size of payload in bytes';
COMMENT ON COLUMN raw.payloads.payload IS 'the raw bytes';
COMMENT ON COLUMN raw.payloads.first_seen_at IS 'when these bytes were first ingested';

CREATE TABLE articles (
    article_id            VARCHAR PRIMARY KEY,
    source_uri            VARCHAR NOT NULL,
    source_name           VARCHAR NOT NULL,
    canonical_url         VARCHAR,
    outlet                VARCHAR,
    title                 VARCHAR,
    author                VARCHAR,
    published_at          TIMESTAMPTZ,
    published_date        DATE,
    published_date_source VARCHAR,
    dateline              VARCHAR,
    wire_source           VARCHAR,
    language              VARCHAR,
    body_text             VARCHAR NOT NULL,
    word_count            INTEGER,
    content_hash          VARCHAR,
    story_id              VARCHAR,
    run_id                VARCHAR,
    payload_hash          VARCHAR,
    record_hash           VARCHAR,
    loaded_at             TIMESTAMPTZ
);
COMMENT ON TABLE articles IS 'One row per distinct article: cleaned body and its metadata.';
COMMENT ON COLUMN articles.article_id IS 'stable key: hash of the canonical URL when known, else of the source URI';
COMMENT ON COLUMN articles.source_uri IS 'where it was ingested from: a URL, or an absolute file path';
COMMENT ON COLUMN articles.source_name IS 'the file name or the URL it was ingested as';
COMMENT ON COLUMN articles.canonical_url IS 'the article''s own URL when known (page metadata, link or a Sumber: line)';
COMMENT ON COLUMN articles.outlet IS 'the publisher, in its usual spelling (Kompas.com, IDN Times, Forbes)';
COMMENT ON COLUMN articles.title IS 'headline; null when the text has none';
COMMENT ON COLUMN articles.author IS 'byline; null when unknown';
COMMENT ON COLUMN articles.published_at IS 'publication instant when a time of day is known (WIB = UTC+7, WITA = UTC+8, WIT = UTC+9)';
COMMENT ON COLUMN articles.published_date IS 'publication day in the outlet''s zone; null when it cannot be known, never invented';
COMMENT ON COLUMN articles.published_date_source IS 'how the date was found: html_meta, url, header, lead, manifest, or null';
COMMENT ON COLUMN articles.dateline IS 'place of the dateline (Pyongyang, Seoul), title case';
COMMENT ON COLUMN articles.wire_source IS 'news agency the outlet credits (AFP), when it does';
COMMENT ON COLUMN articles.language IS 'ISO 639-1 code of the body';
COMMENT ON COLUMN articles.body_text IS 'cleaned article body; paragraphs separated by one blank line';
COMMENT ON COLUMN articles.word_count IS 'words in body_text';
COMMENT ON COLUMN articles.content_hash IS 'sha256 of the normalized body: equal for the same text under two names';
COMMENT ON COLUMN articles.story_id IS 'articles reporting the same event share it';
COMMENT ON COLUMN articles.run_id IS 'the pipeline run that last loaded (inserted or changed) the row';
COMMENT ON COLUMN articles.payload_hash IS 'raw.payloads key of the input this row was built from';
COMMENT ON COLUMN articles.record_hash IS 'hash of everything derived for the article; unchanged hash means a rerun skips it';
COMMENT ON COLUMN articles.loaded_at IS 'when run_id loaded the row';

CREATE TABLE entities (
    entity_id   VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    entity_type VARCHAR NOT NULL,
    wikidata_id VARCHAR,
    curated     BOOLEAN NOT NULL
);
COMMENT ON TABLE entities IS 'One row per canonical entity: curated from the gazetteer, or discovered in text.';
COMMENT ON COLUMN entities.entity_id IS 'stable id: the gazetteer id when curated, a hash of type and name when discovered';
COMMENT ON COLUMN entities.name IS 'canonical name';
COMMENT ON COLUMN entities.entity_type IS 'person, organization, location, product or other';
COMMENT ON COLUMN entities.wikidata_id IS 'Wikidata item (Q423) when curated and known';
COMMENT ON COLUMN entities.curated IS 'true when it comes from the curated gazetteer, false when discovered';

CREATE TABLE entity_mentions (
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    surface    VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, char_start, char_end, entity_id)
);
COMMENT ON TABLE entity_mentions IS 'One row per mention of an entity in an article body.';
COMMENT ON COLUMN entity_mentions.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN entity_mentions.entity_id IS 'the entity (entities.entity_id)';
COMMENT ON COLUMN entity_mentions.surface IS 'the text as written: substr(body_text, char_start + 1, char_end - char_start)';
COMMENT ON COLUMN entity_mentions.char_start IS '0-based start offset in articles.body_text';
COMMENT ON COLUMN entity_mentions.char_end IS '0-based end offset (exclusive) in articles.body_text';

CREATE TABLE date_mentions (
    article_id     VARCHAR NOT NULL,
    surface        VARCHAR NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    resolved_value VARCHAR,
    resolved_date  DATE,
    granularity    VARCHAR NOT NULL,
    resolution     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, char_start, char_end)
);
COMMENT ON TABLE date_mentions IS 'One row per date or time expression in an article body.';
COMMENT ON COLUMN date_mentions.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN date_mentions.surface IS 'the expression as written';
COMMENT ON COLUMN date_mentions.char_start IS '0-based start offset in articles.body_text';
COMMENT ON COLUMN date_mentions.char_end IS '0-based end offset (exclusive) in articles.body_text';
COMMENT ON COLUMN date_mentions.resolved_value IS '2022-09-21, 2022-W37, 2022-09 or 2006 by granularity; null when unresolved';
COMMENT ON COLUMN date_mentions.resolved_date IS 'first day of resolved_value; null when unresolved';
COMMENT ON COLUMN date_mentions.granularity IS 'day, week, month or year';
COMMENT ON COLUMN date_mentions.resolution IS 'absolute (stands alone), relative (resolved against the publication date) or unresolved';

CREATE TABLE quotes (
    quote_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    text              VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    speaker_surface   VARCHAR,
    speaker_entity_id VARCHAR,
    quote_key         VARCHAR NOT NULL,
    is_partial        BOOLEAN NOT NULL
);
COMMENT ON TABLE quotes IS 'One row per direct quotation in an article body.';
COMMENT ON COLUMN quotes.quote_id IS 'stable id of this quotation in this article';
COMMENT ON COLUMN quotes.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN quotes.text IS 'the quoted words, without the quote marks';
COMMENT ON COLUMN quotes.char_start IS '0-based start offset of text in articles.body_text';
COMMENT ON COLUMN quotes.char_end IS '0-based end offset (exclusive) of text in articles.body_text';
COMMENT ON COLUMN quotes.speaker_surface IS 'who said it, as written (kata pejabat itu -> pejabat itu); null when not stated';
COMMENT ON COLUMN quotes.speaker_entity_id IS 'the speaker as an entity, when named';
COMMENT ON COLUMN quotes.quote_key IS 'hash of the normalized words: the same quotation in different articles shares it';
COMMENT ON COLUMN quotes.is_partial IS 'true for a fragment quoted inside the reporter''s own sentence';

CREATE TABLE cited_sources (
    article_id VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    value      VARCHAR NOT NULL,
    domain     VARCHAR,
    entity_id  VARCHAR,
    PRIMARY KEY (article_id, kind, value)
);
COMMENT ON TABLE cited_sources IS 'What an article names as its sources: reference URLs and credited outlets or agencies.';
COMMENT ON COLUMN cited_sources.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN cited_sources.kind IS 'url or outlet';
COMMENT ON COLUMN cited_sources.value IS 'the URL, or the outlet''s name';
COMMENT ON COLUMN cited_sources.domain IS 'host of the URL, or the outlet''s known domain';
COMMENT ON COLUMN cited_sources.entity_id IS 'the outlet as an entity, when known';

CREATE TABLE boilerplate_removed (
    article_id VARCHAR NOT NULL,
    line_no    INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    rule       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, line_no)
);
COMMENT ON TABLE boilerplate_removed IS 'Audit trail of cleaning: every line taken out of a body and the rule that took it.';
COMMENT ON COLUMN boilerplate_removed.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN boilerplate_removed.line_no IS 'order of the removal within the article';
COMMENT ON COLUMN boilerplate_removed.text IS 'the removed text';
COMMENT ON COLUMN boilerplate_removed.rule IS 'the rule that removed it (see kabar/reference/boilerplate_rules.yaml)';

CREATE TABLE quarantine (
    quarantine_id  VARCHAR PRIMARY KEY,
    source_uri     VARCHAR NOT NULL,
    stage          VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    detail         VARCHAR,
    run_id         VARCHAR NOT NULL,
    quarantined_at TIMESTAMPTZ NOT NULL,
    payload_hash   VARCHAR
);
COMMENT ON TABLE quarantine IS 'Inputs that could not be processed, with the reason; kept, never dropped.';
COMMENT ON COLUMN quarantine.quarantine_id IS 'hash of source, stage, reason and payload: the same problem is recorded once';
COMMENT ON COLUMN quarantine.source_uri IS 'the input that failed';
COMMENT ON COLUMN quarantine.stage IS 'ingest, clean, normalize, validate or load';
COMMENT ON COLUMN quarantine.reason IS 'short machine-readable reason (empty, binary, expectation:<name>, ...)';
COMMENT ON COLUMN quarantine.detail IS 'a sentence an operator can act on';
COMMENT ON COLUMN quarantine.run_id IS 'the run that last quarantined it';
COMMENT ON COLUMN quarantine.quarantined_at IS 'when it was first quarantined';
COMMENT ON COLUMN quarantine.payload_hash IS 'raw.payloads key of the kept raw bytes (null when nothing could be read)';

CREATE TABLE pipeline_runs (
    run_id      VARCHAR PRIMARY KEY,
    flow_run_id VARCHAR,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      VARCHAR NOT NULL,
    input       VARCHAR,
    count_in          INTEGER,
    count_loaded      INTEGER,
    count_updated     INTEGER,
    count_unchanged   INTEGER,
    count_quarantined INTEGER
);
COMMENT ON TABLE pipeline_runs IS 'One row per pipeline run: an append-only log of operations.';
COMMENT ON COLUMN pipeline_runs.run_id IS 'the run''s id (also in articles.run_id)';
COMMENT ON COLUMN pipeline_runs.flow_run_id IS 'the Prefect flow run id';
COMMENT ON COLUMN pipeline_runs.started_at IS 'start of the run';
COMMENT ON COLUMN pipeline_runs.finished_at IS 'end of the run; null while running or when it died';
COMMENT ON COLUMN pipeline_runs.status IS 'running, completed or failed';
COMMENT ON COLUMN pipeline_runs.input IS 'what the run read (path or URL)';
COMMENT ON COLUMN pipeline_runs.count_in IS 'inputs read';
COMMENT ON COLUMN pipeline_runs.count_loaded IS 'articles inserted for the first time';
COMMENT ON COLUMN pipeline_runs.count_updated IS 'articles whose content changed and were replaced';
COMMENT ON COLUMN pipeline_runs.count_unchanged IS 'articles already loaded identically: skipped';
COMMENT ON COLUMN pipeline_runs.count_quarantined IS 'inputs sent to quarantine';

CREATE TABLE validation_results (
    run_id           VARCHAR NOT NULL,
    suite            VARCHAR NOT NULL,
    expectation      VARCHAR NOT NULL,
    "column"         VARCHAR,
    severity         VARCHAR NOT NULL,
    success          BOOLEAN NOT NULL,
    element_count    BIGINT,
    unexpected_count BIGINT,
    PRIMARY KEY (run_id, suite, expectation)
);
COMMENT ON TABLE validation_results IS 'Outcome of every Great Expectations expectation on every validated batch.';
COMMENT ON COLUMN validation_results.run_id IS 'the run (pipeline_runs.run_id)';
COMMENT ON COLUMN validation_results.suite IS 'the suite, one per relation (expectations/<suite>.yaml)';
COMMENT ON COLUMN validation_results.expectation IS 'the expectation''s name in the suite';
COMMENT ON COLUMN validation_results."column" IS 'the column it checks, when it checks one';
COMMENT ON COLUMN validation_results.severity IS 'critical (failing records are quarantined) or warning (kept, flagged here)';
COMMENT ON COLUMN validation_results.success IS 'true when every record met it';
COMMENT ON COLUMN validation_results.element_count IS 'records checked';
COMMENT ON COLUMN validation_results.unexpected_count IS 'records that failed it';
