-- One row per organisation matching a search: the Manage page's choice of organisation to edit or to refer to.
-- $search VARCHAR: only organisations whose id or name contain this text, ignoring case; NULL for all.
-- $limit INTEGER: at most this many rows.
SELECT org_id AS id, name || ' (' || org_id || ')' AS label
FROM organisations
WHERE $search IS NULL OR contains(lower(org_id || ' ' || name), lower($search))
ORDER BY name, org_id
LIMIT $limit
