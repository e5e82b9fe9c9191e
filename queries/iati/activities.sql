-- One row per project in view, with what its IATI activity needs: every column of projects and
-- the name, IATI identifier and type of its lead organisation. Which projects: as the Data
-- page's projects table (with no filter set, every project; otherwise the projects of the
-- selected events).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT pr.*, lead.name AS lead_name, lead.iati_org_id AS lead_iati_org_id,
       lead.iati_org_type AS lead_iati_org_type
FROM projects AS pr
LEFT JOIN organisations AS lead ON lead.org_id = pr.lead_org_id
WHERE in_scope(pr.project_id, $scope_funder)
  AND (($date_from IS NULL AND $date_to IS NULL AND $countries IS NULL AND $event_types IS NULL
       AND $projects IS NULL AND $funders IS NULL AND $organisations IS NULL)
   OR pr.project_id IN (
       SELECT project_id
       FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)))
ORDER BY pr.start_date NULLS LAST, pr.project_id
