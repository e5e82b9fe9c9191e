-- One row holding every result the Countries page draws, read from the filtered events once (one
-- statement instead of five). Each column is a list of rows; atlas.queries.run_parts turns each
-- into a table of its own. The values are exactly those of the single queries named:
--   by_country:      participation/by_country's rows (the home countries).
--   not_broken_down: participation/not_broken_down's one row.
--   hosts:           countries/hosts' rows.
--   flows:           countries/flows' rows.
--   events:          countries/events' rows ($limit of them).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many events at most in the list.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS MATERIALIZED (
    SELECT country_iso3 AS host_iso3, participants_total, participants_at_least, counted, origins
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
), origin AS MATERIALIZED (
    SELECT o.host_iso3, o.country_iso3, o.participants
    FROM (SELECT host_iso3, unnest(origins, recursive := true) FROM ev) AS o
    WHERE $countries IS NULL OR o.country_iso3 = ANY($countries) OR o.host_iso3 = ANY($countries)
), totals AS (
    SELECT coalesce(sum(participants_total - counted) FILTER (WHERE participants_total IS NOT NULL), 0) AS participants,
           count(*) FILTER (WHERE participants_total > counted) AS events,
           coalesce(bool_or(participants_at_least AND participants_total > counted) FILTER (WHERE participants_total IS NOT NULL), false) AS at_least
    FROM ev
), homes AS (
    SELECT p.country_iso3, c.name AS country, p.participants, p.events, p.events_without_count
    FROM (SELECT country_iso3, sum(participants) AS participants, count(*) AS events,
                 count(*) FILTER (WHERE participants IS NULL) AS events_without_count
          FROM origin
          WHERE $countries IS NULL OR country_iso3 = ANY($countries)
          GROUP BY country_iso3) AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
), hosts AS (
    SELECT h.country_iso3, c.name AS country, h.events, h.participants, h.at_least_events, h.events_without_count
    FROM (SELECT host_iso3 AS country_iso3,
                 count(*) AS events,
                 sum(participants_total) AS participants,
                 count(*) FILTER (WHERE participants_at_least) AS at_least_events,
                 count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count
          FROM ev
          GROUP BY host_iso3) AS h
    LEFT JOIN countries AS c ON c.iso3 = h.country_iso3
), pairs AS (
    SELECT p.country_iso3 AS home_iso3, p.host_iso3,
           sum(p.participants) AS participants,
           count(*) AS events,
           count(*) FILTER (WHERE p.participants IS NULL) AS events_without_count,
           false AS at_least
    FROM origin AS p
    GROUP BY ALL
), remainder AS (
    SELECT CAST(NULL AS VARCHAR) AS home_iso3, ev.host_iso3,
           sum(ev.participants_total - ev.counted) AS participants,
           count(*) AS events,
           0 AS events_without_count,
           bool_or(ev.participants_at_least) AS at_least
    FROM ev
    WHERE ev.participants_total > ev.counted
    GROUP BY ALL
), flows AS (
    SELECT f.home_iso3, home.name AS home, f.host_iso3, host.name AS host,
           f.participants, f.events, f.events_without_count, f.at_least
    FROM (SELECT * FROM pairs UNION ALL SELECT * FROM remainder) AS f
    LEFT JOIN countries AS home ON home.iso3 = f.home_iso3
    LEFT JOIN countries AS host ON host.iso3 = f.host_iso3
), listed AS (
    SELECT event_id, title, event_type, start_date, end_date, date_precision, country_iso3,
           participants_total, participants_at_least, origins, counted, source_quote
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
    ORDER BY start_date DESC NULLS LAST, title
    LIMIT $limit
), named AS (
    SELECT o.event_id,
           list({'country': c.name, 'participants': o.participants}
                ORDER BY o.participants DESC NULLS LAST, c.name) AS origins
    FROM (SELECT event_id, unnest(origins, recursive := true) FROM listed) AS o
    JOIN countries AS c ON c.iso3 = o.country_iso3
    GROUP BY o.event_id
), event_rows AS (
    SELECT l.event_id, l.title, l.event_type, l.start_date, l.end_date, l.date_precision,
           host.name AS host, l.participants_total, l.participants_at_least,
           named.origins, l.counted AS stated,
           l.participants_total - l.counted AS not_broken_down,
           l.source_quote
    FROM listed AS l
    LEFT JOIN named ON named.event_id = l.event_id
    LEFT JOIN countries AS host ON host.iso3 = l.country_iso3
)
SELECT
    (SELECT list(r ORDER BY r.participants DESC NULLS LAST, r.country) FROM homes AS r) AS by_country,
    (SELECT list(t) FROM totals AS t) AS not_broken_down,
    (SELECT list(r ORDER BY r.country IS NULL, r.events DESC, r.country) FROM hosts AS r) AS hosts,
    (SELECT list(r ORDER BY r.home_iso3 IS NULL, r.participants DESC NULLS LAST, r.home, r.host_iso3 IS NULL, r.host)
     FROM flows AS r) AS flows,
    (SELECT list(r ORDER BY r.start_date DESC NULLS LAST, r.title) FROM event_rows AS r) AS events
