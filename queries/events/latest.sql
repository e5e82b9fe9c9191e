-- One row per selected event, latest first (undated events last): what the "latest events"
-- table shows.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
-- (The $limit-th latest start date is found first, on the date column alone, so that only the
-- events from that date on are sorted by title: 52 ms -> 12 ms at 1M events.)
WITH ev AS NOT MATERIALIZED (
    SELECT * FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
), cut AS (
    SELECT min(start_date) AS day
    FROM (SELECT start_date FROM ev WHERE start_date IS NOT NULL ORDER BY start_date DESC LIMIT $limit)
)
SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
       e.city, c.name AS country, e.participants_total, e.participants_at_least,
       pr.name AS project
FROM ev AS e
LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
WHERE e.start_date IS NULL OR e.start_date >= (SELECT day FROM cut)
ORDER BY e.start_date DESC NULLS LAST, e.title
LIMIT $limit
