-- One row per selected event, latest first (undated last): where it was held and who came from
-- where, as the report states it.
--   host: the host country's name (NULL: no place named); participants_total, participants_at_least:
--   the stated total; origins: the home countries named, each {country, participants} with
--   participants NULL when named without a count; stated: the sum of those counts;
--   not_broken_down: total - stated (NULL without a total); source_quote: the sentence.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS (
    SELECT event_id, title, event_type, start_date, end_date, date_precision, country_iso3,
           participants_total, participants_at_least, origins, counted, source_quote
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
    ORDER BY start_date DESC NULLS LAST, title
    LIMIT $limit
), named AS (
    SELECT o.event_id,
           list({'country': c.name, 'participants': o.participants}
                ORDER BY o.participants DESC NULLS LAST, c.name) AS origins
    FROM (SELECT event_id, unnest(origins, recursive := true) FROM ev) AS o
    JOIN countries AS c ON c.iso3 = o.country_iso3
    GROUP BY o.event_id
)
SELECT ev.event_id, ev.title, ev.event_type, ev.start_date, ev.end_date, ev.date_precision,
       host.name AS host, ev.participants_total, ev.participants_at_least,
       named.origins, ev.counted AS stated,
       ev.participants_total - ev.counted AS not_broken_down,
       ev.source_quote
FROM ev
LEFT JOIN named ON named.event_id = ev.event_id
LEFT JOIN countries AS host ON host.iso3 = ev.country_iso3
ORDER BY ev.start_date DESC NULLS LAST, ev.title
