-- One row per organisation that funds a project or an event: the funder filter's choices.
-- No parameters.
SELECT o.org_id, o.name
FROM organisations AS o
WHERE o.org_id IN (SELECT org_id FROM project_funders
                   UNION SELECT org_id FROM event_organisations WHERE role = 'funder')
ORDER BY o.name
