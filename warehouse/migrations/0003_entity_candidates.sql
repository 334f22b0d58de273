-- 0003: the curation view (issue 4). Entities the pipeline discovered in text (curated = false) ranked by how
-- often they occur, so an operator can promote the frequent ones to the gazetteer with `kabar promote`
-- (tasks/curation.py). A view: it always reflects the current entities and mentions, nothing to refresh.
-- Applied once, in a transaction, by warehouse.schema.migrate(); recorded in main.schema_migrations.

CREATE VIEW entity_candidates AS
WITH usage AS (
    SELECT m.entity_id,
           count(DISTINCT m.article_id) AS article_count,
           count(*)                     AS mention_count,
           min(a.published_date)        AS first_seen,
           max(a.published_date)        AS last_seen
    FROM entity_mentions m
    LEFT JOIN articles a USING (article_id)
    GROUP BY m.entity_id
), surfaces AS (
    SELECT entity_id, surface, count(*) AS uses
    FROM entity_mentions
    GROUP BY entity_id, surface
), examples AS (
    SELECT entity_id, list(surface ORDER BY uses DESC, surface)[1:5] AS example_surfaces
    FROM surfaces
    GROUP BY entity_id
)
SELECT row_number() OVER (ORDER BY u.article_count DESC, u.mention_count DESC, e.name, e.entity_id) AS rank,
       e.entity_id,
       e.name,
       e.entity_type,
       u.article_count,
       u.mention_count,
       x.example_surfaces,
       u.first_seen,
       u.last_seen
FROM entities e
JOIN usage u USING (entity_id)
JOIN examples x USING (entity_id)
WHERE NOT e.curated;

COMMENT ON VIEW entity_candidates IS 'Discovered (non-curated) entities ranked by article count, then mention count: candidates to promote to the gazetteer with `kabar promote ENTITY_ID`.';
COMMENT ON COLUMN entity_candidates.rank IS '1 for the entity found in the most articles (ties broken by mentions, then name)';
COMMENT ON COLUMN entity_candidates.entity_id IS 'the discovered entity (entities.entity_id, x-per-..., x-org-..., x-loc-...)';
COMMENT ON COLUMN entity_candidates.name IS 'the name as discovered';
COMMENT ON COLUMN entity_candidates.entity_type IS 'person, organization or location, as discovered';
COMMENT ON COLUMN entity_candidates.article_count IS 'distinct articles that mention it';
COMMENT ON COLUMN entity_candidates.mention_count IS 'mentions in all articles';
COMMENT ON COLUMN entity_candidates.example_surfaces IS 'up to five surfaces as written, the most frequent first';
COMMENT ON COLUMN entity_candidates.first_seen IS 'earliest publication date of an article that mentions it (null when all are undated)';
COMMENT ON COLUMN entity_candidates.last_seen IS 'latest publication date of an article that mentions it';
