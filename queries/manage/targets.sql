-- One row per target matching a search: the Manage page's choice of target to edit.
-- $search VARCHAR: only targets whose id, indicator or project contain this text, ignoring case;
--   NULL for all.
-- $limit INTEGER: at most this many rows.
SELECT target_id AS id, indicator || ' (' || project_id || ': ' || target_id || ')' AS label
FROM targets
WHERE $search IS NULL OR contains(lower(target_id || ' ' || indicator || ' ' || project_id), lower($search))
ORDER BY project_id, indicator, target_id
LIMIT $limit
