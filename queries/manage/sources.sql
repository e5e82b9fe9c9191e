-- One row per source matching a search: the Manage page's choice of source to edit or to refer to.
-- $search VARCHAR: only sources whose id or title contain this text, ignoring case; NULL for all.
-- $limit INTEGER: at most this many rows.
SELECT source_id AS id, title || ' (' || source_id || ')' AS label
FROM sources
WHERE $search IS NULL OR contains(lower(source_id || ' ' || title), lower($search))
ORDER BY title, source_id
LIMIT $limit
