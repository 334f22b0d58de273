-- 0005: page metadata that HTML articles carry (issue 3): when the page says it was last modified, and the
-- section the outlet filed it under. Both stay null for plain-text inputs and pages that do not say.
-- Applied once, in a transaction, by warehouse.schema.migrate(); recorded in main.schema_migrations.

ALTER TABLE articles ADD COLUMN modified_at TIMESTAMPTZ;
ALTER TABLE articles ADD COLUMN section VARCHAR;
COMMENT ON COLUMN articles.modified_at IS 'when the page says the article was last modified (HTML metadata: article:modified_time, JSON-LD dateModified), with its zone; null when unknown';
COMMENT ON COLUMN articles.section IS 'the outlet''s section or rubric for the article (article:section, JSON-LD articleSection, breadcrumbs), as the page names it';
