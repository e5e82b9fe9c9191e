-- One row per project in the scope, with every column of the projects table. With no filter set, every
-- project; otherwise the projects of the selected events.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only projects whose id, name, description or source quote contain this
--   text, ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT pr.*
FROM projects AS pr
WHERE (($date_from IS NULL AND $date_to IS NULL AND $countries IS NULL AND $event_types IS NULL
        AND $projects IS NULL AND $funders IS NULL AND $organisations IS NULL)
       OR pr.project_id IN (
           SELECT project_id
           FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)))
  AND in_scope(pr.project_id, $scope_funder)
  AND ($search IS NULL
       OR contains(lower(concat_ws(' ', pr.project_id, pr.name, pr.description, pr.source_quote)), lower($search)))
ORDER BY pr.start_date NULLS LAST, pr.project_id
