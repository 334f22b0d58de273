-- 0008: articles, quotes, raw.payloads, staging.loaded_inputs and staging.story_features lose their primary keys.
--
-- 0006 took the keys off the child relations; these five kept theirs. Each key is an ART index that DuckDB
-- loads into memory as inserts check it, and holds for the rest of the run: about 0.5 KB per article over the
-- five (48 MB for a warehouse of 100,000 articles, measured), so a nightly run's memory grew with everything
-- ever loaded (a warehouse of two million articles: 1 GB of indexes), and every automatic checkpoint wrote
-- the whole indexes again.
-- Their uniqueness is kept by the one writer instead: a run holds the warehouse's lock and its working copy;
-- the loader deletes an updated article's rows before writing its new version (in the batch's transaction;
-- its story features and its input's row likewise, each in one transaction), inserts a payload only when
-- its hash is not there yet, and the suites check each batch's keys unique before it loads
-- (expectations/articles.yaml, quotes.yaml). tests/test_load.py checks that a repeated load and an update
-- leave one row per key; tests/test_memory.py that loading into a large warehouse holds no index of it.
-- entities (its upsert; a few hundred thousand rows for millions of articles), quarantine, the web crawl's
-- tables and the run logs keep their keys.
--
-- DuckDB cannot drop a constraint in place: each table is rebuilt with the same columns, NOT NULLs and
-- comments, and its rows copied, once: 9 s for a warehouse of 100,000 articles here. The file keeps the
-- old tables' space, free, for the inserts that follow.

CREATE TABLE articles_0008 (
    article_id            VARCHAR NOT NULL,
    source_uri            VARCHAR NOT NULL,
    source_name           VARCHAR NOT NULL,
    canonical_url         VARCHAR,
    outlet                VARCHAR,
    title                 VARCHAR,
    author                VARCHAR,
    published_at          TIMESTAMP WITH TIME ZONE,
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
    loaded_at             TIMESTAMP WITH TIME ZONE,
    modified_at           TIMESTAMP WITH TIME ZONE,
    section               VARCHAR
);
INSERT INTO articles_0008 SELECT * FROM articles;
DROP TABLE articles;
ALTER TABLE articles_0008 RENAME TO articles;
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
COMMENT ON COLUMN articles.modified_at IS 'when the page says the article was last modified (HTML metadata: article:modified_time, JSON-LD dateModified), with its zone; null when unknown';
COMMENT ON COLUMN articles.section IS 'the outlet''s section or rubric for the article (article:section, JSON-LD articleSection, breadcrumbs), as the page names it';

CREATE TABLE quotes_0008 (
    quote_id          VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    text              VARCHAR NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    speaker_surface   VARCHAR,
    speaker_entity_id VARCHAR,
    quote_key         VARCHAR NOT NULL,
    is_partial        BOOLEAN NOT NULL
);
INSERT INTO quotes_0008 SELECT * FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_0008 RENAME TO quotes;
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

CREATE TABLE raw.payloads_0008 (
    payload_hash  VARCHAR NOT NULL,
    source_uri    VARCHAR NOT NULL,
    media_type    VARCHAR NOT NULL,
    encoding      VARCHAR,
    byte_size     BIGINT NOT NULL,
    payload       BLOB NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO raw.payloads_0008 SELECT * FROM raw.payloads;
DROP TABLE raw.payloads;
ALTER TABLE raw.payloads_0008 RENAME TO payloads;
COMMENT ON TABLE raw.payloads IS 'Every input exactly as read, content-addressed: reprocessing never needs the source again.';
COMMENT ON COLUMN raw.payloads.payload_hash IS 'sha256 of the raw bytes; the key every other relation uses to point at a payload';
COMMENT ON COLUMN raw.payloads.source_uri IS 'where the bytes were first read from (file path or URL)';
COMMENT ON COLUMN raw.payloads.media_type IS 'text/plain or text/html as detected at ingest';
COMMENT ON COLUMN raw.payloads.encoding IS 'character encoding detected at ingest (null when the bytes are not text)';
COMMENT ON COLUMN raw.payloads.byte_size IS 'size of payload in bytes';
COMMENT ON COLUMN raw.payloads.payload IS 'the raw bytes';
COMMENT ON COLUMN raw.payloads.first_seen_at IS 'when these bytes were first ingested';

CREATE TABLE staging.loaded_inputs_0008 (
    source_uri   VARCHAR NOT NULL,
    payload_hash VARCHAR NOT NULL,
    input_key    BIGINT NOT NULL,
    article_id   VARCHAR NOT NULL,
    superseded   BOOLEAN NOT NULL,
    release      VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL
);
INSERT INTO staging.loaded_inputs_0008 SELECT * FROM staging.loaded_inputs;
DROP TABLE staging.loaded_inputs;
ALTER TABLE staging.loaded_inputs_0008 RENAME TO loaded_inputs;
COMMENT ON TABLE staging.loaded_inputs IS 'One row per input (file or URL) whose article is loaded: the bytes it had and the Kabar release that processed them, so a later run of the same release skips it while neither changes.';
COMMENT ON COLUMN staging.loaded_inputs.source_uri IS 'where the input was read (articles.source_uri)';
COMMENT ON COLUMN staging.loaded_inputs.payload_hash IS 'sha256 of the bytes last loaded or confirmed unchanged from it (raw.payloads.payload_hash)';
COMMENT ON COLUMN staging.loaded_inputs.input_key IS 'the first 8 bytes of sha256(source_uri, payload_hash) as a signed integer: what a run looks inputs up by';
COMMENT ON COLUMN staging.loaded_inputs.article_id IS 'the article it became (articles.article_id)';
COMMENT ON COLUMN staging.loaded_inputs.superseded IS 'true for an input that gave the same article as another input read later in its run (quarantine reason load:duplicate_url): kept aside while the article is loaded, whatever its bytes';
COMMENT ON COLUMN staging.loaded_inputs.release IS 'fingerprint of the Kabar release that processed it (tasks.incremental.release_fingerprint)';
COMMENT ON COLUMN staging.loaded_inputs.run_id IS 'the run that last loaded it or found it unchanged (pipeline_runs.run_id)';

CREATE TABLE staging.story_features_0008 (
    article_id VARCHAR NOT NULL,
    terms      VARCHAR[] NOT NULL,
    entity_ids VARCHAR[] NOT NULL
);
INSERT INTO staging.story_features_0008 SELECT * FROM staging.story_features;
DROP TABLE staging.story_features;
ALTER TABLE staging.story_features_0008 RENAME TO story_features;
COMMENT ON TABLE staging.story_features IS 'One row per loaded article: the words, figures and entities stories are matched on, so a batch never re-reads or re-tokenizes the bodies of the window.';
COMMENT ON COLUMN staging.story_features.article_id IS 'the article (articles.article_id); replaced whenever the article is';
COMMENT ON COLUMN staging.story_features.terms IS 'distinct casefolded words of four letters or more of body_text, and its figures prefixed with # (#5.25), sorted: tasks.stories.story_terms';
COMMENT ON COLUMN staging.story_features.entity_ids IS 'distinct entities mentioned in the body (entity_mentions.entity_id), sorted';

