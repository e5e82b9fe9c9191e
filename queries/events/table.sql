-- One row per selected event whose title, description, city or venue contains $search (any
-- case), latest first, undated last: the Events page's table. matching is the number of events
-- that match in all, so the page can say when only the first $limit rows are shown.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: plain text, not a pattern (% and _ match themselves); NULL or '' for all.
-- $limit INTEGER: how many rows at most.
SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
       e.city, c.name AS country, e.participants_total, e.participants_at_least,
       pr.name AS project,
       count(*) OVER () AS matching
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations) AS e
LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
WHERE coalesce($search, '') = ''
   OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search))
ORDER BY e.start_date DESC NULLS LAST, e.title, e.event_id
LIMIT $limit
