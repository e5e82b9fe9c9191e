-- One row per (year, event type): how many selected events started that year. year is NULL for
-- events whose report gives no date; the chart says how many those are instead of dropping them.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT year(start_date) AS year, event_type, count(*) AS events
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
GROUP BY ALL
ORDER BY year NULLS LAST, event_type
