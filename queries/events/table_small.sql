-- events/table for a small database: the same rows and `matching`, read by one top-N over the
-- filtered events with the count as a window. The Events page runs it when events/total says the
-- database holds at most SMALL_DATABASE events (app_pages/events.py): there it is the cheaper
-- (CPU at 10,000 events 12 ms against events/table's 18; at 100,000 34 against 22; at a million
-- 213 against 39). tests/test_events_count.py checks the two agree for any size and limit.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: plain text, not a pattern (% and _ match themselves); NULL or '' for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH matched AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least, e.project_id,
           count(*) OVER () AS matching
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
    WHERE coalesce($search, '') = ''
       OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search))
), shown AS (
    SELECT * FROM matched ORDER BY start_date DESC NULLS LAST, title, event_id LIMIT $limit
)
SELECT s.event_id, s.title, s.event_type, s.start_date, s.end_date, s.date_precision,
       s.city, s.country_iso3, c.name AS country, s.participants_total, s.participants_at_least,
       pr.name AS project, s.matching
FROM shown AS s
LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = s.project_id
ORDER BY s.start_date DESC NULLS LAST, s.title, s.event_id
