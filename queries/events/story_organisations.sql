-- One row per organisation named for the event $event_id: roles lists its roles at the event as
-- the report names them (organiser, funder, partner, host, visited, trainer, speaker; empty when
-- it has none there); funds_project is true when it funds the event's project.
-- $event_id VARCHAR: the event's id.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH scoped AS (
    SELECT event_id, project_id FROM events
    WHERE event_id = $event_id AND in_scope(project_id, $scope_funder)
), named AS (
    SELECT eo.org_id, eo.role, false AS funds_project
    FROM event_organisations AS eo
    WHERE eo.event_id IN (SELECT event_id FROM scoped)
    UNION ALL
    SELECT pf.org_id, NULL AS role, true AS funds_project
    FROM scoped AS e
    JOIN project_funders AS pf ON pf.project_id = e.project_id
)
SELECT o.org_id, o.name, o.short_name, o.kind,
       coalesce(list(n.role ORDER BY n.role) FILTER (WHERE n.role IS NOT NULL), []) AS roles,
       bool_or(n.funds_project) AS funds_project
FROM named AS n
JOIN organisations AS o ON o.org_id = n.org_id
WHERE o.org_id IN (SELECT org_id FROM scope_organisations($scope_funder))
GROUP BY ALL
ORDER BY o.name
