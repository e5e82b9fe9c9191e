-- countries/page for a view the summary tables answer (atlas.queries.answered_by_summary: event
-- types, projects, dates from 1 January to 31 December, any scope; no country, funder or
-- organisation): the same columns, types, values and order, read from the groups (migration 009:
-- summary_origins, summary_events, summary_hosts, summary_flows) instead of a million events'
-- lists. The list of events is still taken from event_facts (a top-N, through whole_group_facts).
-- tests/test_summary.py checks it against page.sql.
-- $date_from DATE, $date_to DATE: date range, NULL for open (1 January, 31 December).
-- $countries, $funders, $organisations VARCHAR[]: NULL here (else page.sql answers).
-- $event_types, $projects VARCHAR[]: NULL for all.
-- $limit INTEGER: how many events at most in the list.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH hosts_in_view AS MATERIALIZED (
    SELECT * FROM summary_hosts AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
), totals AS (
    SELECT coalesce(sum(s.remainder), 0) AS participants,
           coalesce(sum(s.remainder_events), 0)::BIGINT AS events,
           coalesce(bool_or(s.remainder_at_least), false) AS at_least
    FROM summary_events AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
), homes AS (
    SELECT p.country_iso3, c.name AS country, p.participants, p.events, p.events_without_count
    FROM (SELECT s.country_iso3, sum(s.participants) AS participants, sum(s.events)::BIGINT AS events,
                 sum(s.events_without_count)::BIGINT AS events_without_count
          FROM summary_origins AS s
          WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                                $date_from, $date_to, $event_types, $projects, $scope_funder)
          GROUP BY s.country_iso3) AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
), hosts AS (
    SELECT h.country_iso3, c.name AS country, h.events, h.participants, h.at_least_events, h.events_without_count
    FROM (SELECT host_iso3 AS country_iso3,
                 sum(events)::BIGINT AS events,
                 sum(participants) AS participants,
                 sum(at_least_events)::BIGINT AS at_least_events,
                 sum(events_without_count)::BIGINT AS events_without_count
          FROM hosts_in_view
          GROUP BY host_iso3) AS h
    LEFT JOIN countries AS c ON c.iso3 = h.country_iso3
), pairs AS (
    SELECT s.home_iso3, s.host_iso3,
           sum(s.participants) AS participants,
           sum(s.events)::BIGINT AS events,
           sum(s.events_without_count)::BIGINT AS events_without_count,
           false AS at_least
    FROM summary_flows AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
    GROUP BY s.home_iso3, s.host_iso3
), remainder AS (
    SELECT CAST(NULL AS VARCHAR) AS home_iso3, host_iso3,
           sum(excess) AS participants,
           sum(excess_events)::BIGINT AS events,
           0 AS events_without_count,
           bool_or(excess_at_least) AS at_least
    FROM hosts_in_view
    WHERE excess_events > 0
    GROUP BY host_iso3
), flows AS (
    SELECT f.home_iso3, home.name AS home, f.host_iso3, host.name AS host,
           f.participants, f.events, f.events_without_count, f.at_least
    FROM (SELECT * FROM pairs UNION ALL SELECT * FROM remainder) AS f
    LEFT JOIN countries AS home ON home.iso3 = f.home_iso3
    LEFT JOIN countries AS host ON host.iso3 = f.host_iso3
), listed AS (
    SELECT event_id, title, event_type, start_date, end_date, date_precision, country_iso3,
           participants_total, participants_at_least, origins, counted, source_quote
    FROM whole_group_facts($date_from, $date_to, $event_types, $projects, $scope_funder)
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
