-- One row per (year, event type): how many selected events started that year. year is NULL for
-- events whose report gives no date; the chart says how many those are instead of dropping them.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
SELECT year(start_date) AS year, event_type, count(*) AS events
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations)
GROUP BY ALL
ORDER BY year NULLS LAST, event_type
