-- One row per (year, outcome type) in the filtered view: how many outcomes. The year is the
-- outcome's own date where the report gives one, else the start of the event it came from;
-- year is NULL when neither is stated (the chart counts those in a note, never drops them).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT year, outcome_type, count(*) AS outcomes
FROM filtered_outcome_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
GROUP BY ALL
ORDER BY year NULLS LAST, outcome_type
