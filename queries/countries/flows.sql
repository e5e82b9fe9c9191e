-- Cross-border flows: one row per (home country, host country) pair at the selected events, and
-- one remainder row per host country.
--   Pair rows: home_iso3 = the participants' home country, host_iso3 = where the event was held
--   (NULL: the report names no place); participants = sum of the counts the reports state, NULL
--   when none is; events = events with the pair; events_without_count = those naming the home
--   country without a count. With a country filter, only pairs whose home or host country is
--   selected.
--   Remainder rows: home_iso3 NULL; participants = the part of the stated totals of the selected
--   events held in host_iso3 that no country count accounts for ("not broken down"); at_least
--   when one of those totals is a lower bound ("more than 80").
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS (
    SELECT e.event_id, e.country_iso3 AS host_iso3, e.participants_total, e.participants_at_least,
           e.counted, e.origins
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
), pairs AS (
    SELECT p.country_iso3 AS home_iso3, p.host_iso3,
           sum(p.participants) AS participants,
           count(*) AS events,
           count(*) FILTER (WHERE p.participants IS NULL) AS events_without_count,
           false AS at_least
    FROM (SELECT host_iso3, unnest(origins, recursive := true) FROM ev) AS p
    WHERE $countries IS NULL OR p.country_iso3 = ANY($countries) OR p.host_iso3 = ANY($countries)
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
)
SELECT f.home_iso3, home.name AS home, f.host_iso3, host.name AS host,
       f.participants, f.events, f.events_without_count, f.at_least
FROM (SELECT * FROM pairs UNION ALL SELECT * FROM remainder) AS f
LEFT JOIN countries AS home ON home.iso3 = f.home_iso3
LEFT JOIN countries AS host ON host.iso3 = f.host_iso3
ORDER BY f.home_iso3 IS NULL, f.participants DESC NULLS LAST, home, f.host_iso3 IS NULL, host
