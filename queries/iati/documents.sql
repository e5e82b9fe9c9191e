-- One row per (project, source) for the projects $project_ids: every source their records cite
-- (the project itself, its events, their outcomes, the project's outcomes and its targets), with
-- the source's title, kind, where it can be read and when it was published.
-- $project_ids VARCHAR[]: the projects.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH cited AS (
    SELECT project_id, source_id FROM projects WHERE project_id = ANY($project_ids)
    UNION SELECT project_id, source_id FROM events WHERE project_id = ANY($project_ids)
    UNION SELECT project_id, source_id FROM targets WHERE project_id = ANY($project_ids)
    UNION SELECT coalesce(o.project_id, e.project_id), o.source_id
          FROM outcomes AS o LEFT JOIN events AS e ON e.event_id = o.event_id
          WHERE coalesce(o.project_id, e.project_id) = ANY($project_ids)
)
SELECT c.project_id, s.source_id, s.title, s.kind, s.path_or_url, s.published
FROM cited AS c JOIN sources AS s USING (source_id)
WHERE in_scope(c.project_id, $scope_funder)
ORDER BY c.project_id, s.source_id
