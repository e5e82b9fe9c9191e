-- One row per selected event, for the timeline of projects and events: the event's period from
-- its first to its last day at its precision ("May 2016" runs 1-31 May), its project, and the
-- project's own dates where the report states them. start_date is NULL for an undated event;
-- the page lists those instead of dropping them. events is the number of selected events in all.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many events at most (earliest first).
SELECT e.event_id, e.title, e.event_type, e.start_date, e.date_precision, e.end_date,
       coalesce(e.end_date, period_end(e.start_date, e.date_precision)) AS last_day,
       pr.name AS project,
       pr.start_date AS project_start,
       period_end(pr.end_date, pr.date_precision) AS project_end,
       count(*) OVER () AS events
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations) AS e
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
ORDER BY e.start_date NULLS LAST, e.title, e.event_id
LIMIT $limit
