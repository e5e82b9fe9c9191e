-- One row: funded, the projects $funder funds (project_funders) within the scope, sorted, as a
-- list (empty when none). funders/page_groups takes it as $funded (atlas.queries DERIVED_PARAMS
-- runs this first, in the same transaction).
-- $funder VARCHAR: the funder's org_id.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT coalesce(list(DISTINCT pf.project_id ORDER BY pf.project_id), []::VARCHAR[]) AS funded
FROM project_funders AS pf
WHERE pf.org_id = $funder AND in_scope(pf.project_id, $scope_funder)
