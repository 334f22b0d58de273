-- 0004: what story assignment needs of each article, kept at load time (tasks/stories.py, write_features).
-- Every batch compares its articles with the warehouse's articles of the date window; reading their bodies
-- and tokenizing them again each time made the story stage grow with the square of the warehouse. The
-- terms and entities are written once, next to the article, and read back without body_text. Articles
-- loaded before this migration have no row: tasks.load.story_neighbours computes theirs from body_text.
-- staging is the internal layer: derived data the pipeline needs, not part of the analysts' contract.
-- Applied once, in a transaction, by warehouse.schema.migrate(); recorded in main.schema_migrations.

CREATE SCHEMA IF NOT EXISTS staging;

CREATE TABLE staging.story_features (
    article_id VARCHAR PRIMARY KEY,
    terms      VARCHAR[] NOT NULL,
    entity_ids VARCHAR[] NOT NULL
);
COMMENT ON TABLE staging.story_features IS 'One row per loaded article: the words, figures and entities stories are matched on, so a batch never re-reads or re-tokenizes the bodies of the window.';
COMMENT ON COLUMN staging.story_features.article_id IS 'the article (articles.article_id); replaced whenever the article is';
COMMENT ON COLUMN staging.story_features.terms IS 'distinct casefolded words of four letters or more of body_text, and its figures prefixed with # (#5.25), sorted: tasks.stories.story_terms';
COMMENT ON COLUMN staging.story_features.entity_ids IS 'distinct entities mentioned in the body (entity_mentions.entity_id), sorted';
