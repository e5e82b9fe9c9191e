-- One row per selected event, for the timeline of projects and events: the event's period from
-- its first to its last day at its precision ("May 2016" runs 1-31 May), its project, and the
-- project's own dates where the report states them. start_date is NULL for an undated event;
-- the page lists those instead of dropping them. How many are selected in all is events/table's
-- `matching` with no search, else events/count's (the page reads it first and runs this only
-- when the timeline has room for them all).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many events at most (earliest first).
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH matched AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.date_precision, e.end_date,
           e.period_last_day, e.project_id
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
), shown AS (
    SELECT * FROM matched ORDER BY start_date NULLS LAST, title, event_id LIMIT $limit
)
SELECT e.event_id, e.title, e.event_type, e.start_date, e.date_precision, e.end_date,
       e.period_last_day AS last_day,
       pr.name AS project,
       pr.start_date AS project_start,
       period_end(pr.end_date, pr.date_precision) AS project_end
FROM shown AS e
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
ORDER BY e.start_date NULLS LAST, e.title, e.event_id
