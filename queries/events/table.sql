-- One row per selected event whose title, description, city or venue contains $search (any
-- case), latest first, undated last: the first $limit rows of the Events page's table, each
-- with how many events match in all (`matching`, the same in every row; no row, none match).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: plain text, not a pattern (% and _ match themselves); NULL or '' for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
--
-- Why the days first (issue 17): event_facts is stored oldest first, so a top-N of whole rows
-- by date descending, then title, replaces its heap on nearly every chunk of a million rows.
-- Counting the matches per start day is one narrow scan (it also keeps the numbers of the
-- undated matches); the earliest day whose later days hold fewer than $limit matches is the
-- last day the table can reach. The dated rows are then read joined to that day, a condition
-- DuckDB hands to the scan, so it reads only the row groups from that day on; the undated
-- (which sort last) are read by their numbers. `matching` is the sum of the per-day counts.
-- (The day as a scalar subquery, or `OR start_date IS NULL` in the join, is not handed to the
-- scan: every row is read whole. A third read of filtered_facts for the undated costs its
-- planning, a few ms at 10,000 events.)
WITH per_day AS (
    SELECT e.start_date, count(*) AS n, list(e.event_no) FILTER (WHERE e.start_date IS NULL) AS undated
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
    WHERE coalesce($search, '') = ''
       OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search))
    GROUP BY e.start_date
), reach AS (
    SELECT min(start_date) FILTER (WHERE later < $limit) AS first_day,
           CAST(sum(n) AS BIGINT) AS matching
    FROM (
        SELECT start_date, n,
               sum(n) OVER (ORDER BY start_date DESC NULLS LAST ROWS UNBOUNDED PRECEDING) - n AS later
        FROM per_day
    )
), matched AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least, e.project_id
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
    JOIN reach AS r ON e.start_date >= r.first_day
    WHERE coalesce($search, '') = ''
       OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search))
    UNION ALL
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least, e.project_id
    FROM event_facts AS e
    WHERE e.event_no IN (SELECT unnest(undated) FROM per_day WHERE start_date IS NULL)
), shown AS (
    SELECT * FROM matched ORDER BY start_date DESC NULLS LAST, title, event_id LIMIT $limit
)
SELECT s.event_id, s.title, s.event_type, s.start_date, s.end_date, s.date_precision,
       s.city, s.country_iso3, c.name AS country, s.participants_total, s.participants_at_least,
       pr.name AS project, r.matching
FROM shown AS s
CROSS JOIN reach AS r
LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = s.project_id
ORDER BY s.start_date DESC NULLS LAST, s.title, s.event_id
