-- One row per organisation in the scope (see scope_organisations): the organisation filter's choices.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT org_id, coalesce(short_name, name) AS label, name
FROM organisations
WHERE org_id IN (SELECT org_id FROM scope_organisations($scope_funder))
ORDER BY label
