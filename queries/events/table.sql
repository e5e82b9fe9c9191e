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
-- Counting the dated matches per start day is one narrow scan; the earliest day whose later
-- days hold fewer than $limit matches is the last day the table can reach, so only the rows
-- from that day on, and the undated (which sort last), go to the top-N. `matching` is those
-- dated counts plus the undated rows the top-N was given (all of them). per_day reads only
-- dated events on purpose: read under the same conditions as `matched`, DuckDB found the two
-- one subplan and kept every matching event in a table of its own (870,000 rows at a million).
WITH per_day AS (
    SELECT e.start_date, count(*) AS n
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
    WHERE e.start_date IS NOT NULL
      AND (coalesce($search, '') = ''
           OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search)))
    GROUP BY e.start_date
), reach AS (
    SELECT min(start_date) FILTER (WHERE later < $limit) AS first_day,
           CAST(sum(n) AS BIGINT) AS dated
    FROM (
        SELECT start_date, n,
               sum(n) OVER (ORDER BY start_date DESC ROWS UNBOUNDED PRECEDING) - n AS later
        FROM per_day
    )
), matched AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least, e.project_id
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
    WHERE (e.start_date >= (SELECT first_day FROM reach) OR e.start_date IS NULL)
      AND (coalesce($search, '') = ''
           OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search)))
), shown AS (
    SELECT * FROM matched ORDER BY start_date DESC NULLS LAST, title, event_id LIMIT $limit
)
SELECT s.event_id, s.title, s.event_type, s.start_date, s.end_date, s.date_precision,
       s.city, s.country_iso3, c.name AS country, s.participants_total, s.participants_at_least,
       pr.name AS project,
       coalesce(r.dated, 0) + (SELECT count(*) FROM matched WHERE start_date IS NULL) AS matching
FROM shown AS s
CROSS JOIN reach AS r
LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = s.project_id
ORDER BY s.start_date DESC NULLS LAST, s.title, s.event_id
