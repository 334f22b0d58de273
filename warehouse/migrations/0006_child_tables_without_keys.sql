-- 0006: the child relations of articles lose their composite primary keys.
--
-- Every insert into a table with a primary key makes DuckDB load that key's index into memory to check it:
-- for a warehouse of 100,000 articles each batch's load held about 50 MB per keyed child table on top of
-- the run (the memory grew with the warehouse, not with the batch). The keys guarded nothing the load does
-- not already guarantee: an article's child rows are always deleted and written together with the
-- article in one transaction; mentions and sources are checked unique per batch by the expectations
-- (expectations/*.yaml) before loading, and removed lines are numbered per article. articles.article_id, entities.entity_id and the raw payloads keep
-- their keys (the warehouse contract's unique columns, and the upserts that rely on them).
--
-- DuckDB cannot drop a constraint in place: each table is rebuilt with the same columns, NOT NULLs and
-- comments, and its rows copied.


CREATE TABLE entity_mentions_0006 (
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    surface    VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);
INSERT INTO entity_mentions_0006 SELECT * FROM entity_mentions;
DROP TABLE entity_mentions;
ALTER TABLE entity_mentions_0006 RENAME TO entity_mentions;
COMMENT ON TABLE entity_mentions IS 'One row per mention of an entity in an article body.';
COMMENT ON COLUMN entity_mentions.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN entity_mentions.entity_id IS 'the entity (entities.entity_id)';
COMMENT ON COLUMN entity_mentions.surface IS 'the text as written: substr(body_text, char_start + 1, char_end - char_start)';
COMMENT ON COLUMN entity_mentions.char_start IS '0-based start offset in articles.body_text';
COMMENT ON COLUMN entity_mentions.char_end IS '0-based end offset (exclusive) in articles.body_text';

CREATE TABLE date_mentions_0006 (
    article_id     VARCHAR NOT NULL,
    surface        VARCHAR NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    resolved_value VARCHAR,
    resolved_date  DATE,
    granularity    VARCHAR NOT NULL,
    resolution     VARCHAR NOT NULL
);
INSERT INTO date_mentions_0006 SELECT * FROM date_mentions;
DROP TABLE date_mentions;
ALTER TABLE date_mentions_0006 RENAME TO date_mentions;
COMMENT ON TABLE date_mentions IS 'One row per date or time expression in an article body.';
COMMENT ON COLUMN date_mentions.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN date_mentions.surface IS 'the expression as written';
COMMENT ON COLUMN date_mentions.char_start IS '0-based start offset in articles.body_text';
COMMENT ON COLUMN date_mentions.char_end IS '0-based end offset (exclusive) in articles.body_text';
COMMENT ON COLUMN date_mentions.resolved_value IS '2022-09-21, 2022-W37, 2022-09 or 2006 by granularity; null when unresolved';
COMMENT ON COLUMN date_mentions.resolved_date IS 'first day of resolved_value; null when unresolved';
COMMENT ON COLUMN date_mentions.granularity IS 'day, week, month or year';
COMMENT ON COLUMN date_mentions.resolution IS 'absolute (stands alone), relative (resolved against the publication date) or unresolved';

CREATE TABLE cited_sources_0006 (
    article_id VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    value      VARCHAR NOT NULL,
    domain     VARCHAR,
    entity_id  VARCHAR
);
INSERT INTO cited_sources_0006 SELECT * FROM cited_sources;
DROP TABLE cited_sources;
ALTER TABLE cited_sources_0006 RENAME TO cited_sources;
COMMENT ON TABLE cited_sources IS 'What an article names as its sources: reference URLs and credited outlets or agencies.';
COMMENT ON COLUMN cited_sources.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN cited_sources.kind IS 'url or outlet';
COMMENT ON COLUMN cited_sources.value IS 'the URL, or the outlet''s name';
COMMENT ON COLUMN cited_sources.domain IS 'host of the URL, or the outlet''s known domain';
COMMENT ON COLUMN cited_sources.entity_id IS 'the outlet as an entity, when known';

CREATE TABLE boilerplate_removed_0006 (
    article_id VARCHAR NOT NULL,
    line_no    INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    rule       VARCHAR NOT NULL
);
INSERT INTO boilerplate_removed_0006 SELECT * FROM boilerplate_removed;
DROP TABLE boilerplate_removed;
ALTER TABLE boilerplate_removed_0006 RENAME TO boilerplate_removed;
COMMENT ON TABLE boilerplate_removed IS 'Audit trail of cleaning: every line taken out of a body and the rule that took it.';
COMMENT ON COLUMN boilerplate_removed.article_id IS 'the article (articles.article_id)';
COMMENT ON COLUMN boilerplate_removed.line_no IS 'order of the removal within the article';
COMMENT ON COLUMN boilerplate_removed.text IS 'the removed text';
COMMENT ON COLUMN boilerplate_removed.rule IS 'the rule that removed it (see kabar/reference/boilerplate_rules.yaml)';
