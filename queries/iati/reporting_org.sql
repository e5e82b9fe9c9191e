-- The organisation that may report the IATI file: the one named by $org_id, or, when $org_id is
-- NULL, every organisation of kind 'network' that holds an IATI identifier (the export takes it
-- when there is exactly one). Its name, IATI identifier and type.
-- $org_id VARCHAR: an org_id, or NULL.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for the organisations it may see.
SELECT org_id, name, kind, iati_org_id, iati_org_type
FROM organisations
WHERE (($org_id IS NOT NULL AND org_id = $org_id)
       OR ($org_id IS NULL AND kind = 'network' AND iati_org_id IS NOT NULL))
  AND org_id IN (SELECT org_id FROM scope_organisations($scope_funder))
ORDER BY org_id
