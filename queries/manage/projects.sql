-- One row per project matching a search: the Manage page's choice of project to edit or to refer to.
-- $search VARCHAR: only projects whose id or name contain this text, ignoring case; NULL for all.
-- $limit INTEGER: at most this many rows.
SELECT project_id AS id, name || ' (' || project_id || ')' AS label
FROM projects
WHERE $search IS NULL OR contains(lower(project_id || ' ' || name), lower($search))
ORDER BY name, project_id
LIMIT $limit
