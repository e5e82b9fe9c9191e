-- One row per organisation named for the event $event_id: roles lists its roles at the event as
-- the report names them (organiser, funder, partner, host, visited, trainer, speaker; empty when
-- it has none there); funds_project is true when it funds the event's project.
-- $event_id VARCHAR: the event's id.
WITH named AS (
    SELECT eo.org_id, eo.role, false AS funds_project
    FROM event_organisations AS eo
    WHERE eo.event_id = $event_id
    UNION ALL
    SELECT pf.org_id, NULL AS role, true AS funds_project
    FROM events AS e
    JOIN project_funders AS pf ON pf.project_id = e.project_id
    WHERE e.event_id = $event_id
)
SELECT o.org_id, o.name, o.short_name, o.kind,
       coalesce(list(n.role ORDER BY n.role) FILTER (WHERE n.role IS NOT NULL), []) AS roles,
       bool_or(n.funds_project) AS funds_project
FROM named AS n
JOIN organisations AS o ON o.org_id = n.org_id
GROUP BY ALL
ORDER BY o.name
