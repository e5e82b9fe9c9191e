-- One row per organisation that funds a project or an event: the funder filter's choices. Within a
-- funder's scope, that funder only: it never sees another funder's name in a list.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT o.org_id, o.name
FROM organisations AS o
WHERE ($scope_funder IS NULL
       AND o.org_id IN (SELECT org_id FROM project_funders
                        UNION SELECT org_id FROM event_organisations WHERE role = 'funder'))
   OR o.org_id = $scope_funder
ORDER BY o.name
