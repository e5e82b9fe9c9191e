-- One row per (project, organisation, IATI role) for the projects $project_ids: role '1'
-- (Funding) for the project's funders and the funders named at its events, role '4'
-- (Implementing) for its lead organisation and the organisers of its events. With the
-- organisation's name, IATI identifier and type (empty where the data have none).
-- $project_ids VARCHAR[]: the projects.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only (and the
--   organisations it may see: no other funder).
WITH links AS (
    SELECT project_id, org_id, '1' AS iati_role FROM project_funders WHERE project_id = ANY($project_ids)
    UNION
    SELECT e.project_id, eo.org_id, CASE eo.role WHEN 'funder' THEN '1' ELSE '4' END
    FROM event_organisations AS eo JOIN events AS e USING (event_id)
    WHERE e.project_id = ANY($project_ids) AND eo.role IN ('funder', 'organiser')
    UNION
    SELECT project_id, lead_org_id, '4' FROM projects
    WHERE project_id = ANY($project_ids) AND lead_org_id IS NOT NULL
)
SELECT l.project_id, l.iati_role, o.org_id, o.name, o.iati_org_id, o.iati_org_type
FROM links AS l JOIN organisations AS o USING (org_id)
WHERE in_scope(l.project_id, $scope_funder)
  AND o.org_id IN (SELECT org_id FROM scope_organisations($scope_funder))
ORDER BY l.project_id, l.iati_role, o.name
