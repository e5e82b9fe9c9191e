-- One row per selected event, latest first (undated events last): what the "latest events"
-- table shows.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
       e.city, c.name AS country, e.participants_total, e.participants_at_least,
       pr.name AS project
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations) AS e
LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
ORDER BY e.start_date DESC NULLS LAST, e.title
LIMIT $limit
