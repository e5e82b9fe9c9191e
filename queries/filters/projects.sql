-- One row per project in the scope: the project filter's choices.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT project_id, name FROM projects WHERE in_scope(project_id, $scope_funder) ORDER BY name
