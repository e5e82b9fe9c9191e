-- One row per outcome matching a search: the Manage page's choice of outcome to edit.
-- $search VARCHAR: only outcomes whose id or title contain this text, ignoring case; NULL for all.
-- $limit INTEGER: at most this many rows.
SELECT outcome_id AS id, title || ' (' || outcome_id || ')' AS label
FROM outcomes
WHERE $search IS NULL OR contains(lower(outcome_id || ' ' || title), lower($search))
ORDER BY title, outcome_id
LIMIT $limit
