-- One row: how many events the filtered view's outcomes come from (outcomes of a project as a
-- whole count none), so the Outcomes page can decline an unreadable chain before building it.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT count(*) FILTER (WHERE outcome_count > 0) AS events
FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
