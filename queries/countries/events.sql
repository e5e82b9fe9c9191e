-- One row per selected event, latest first (undated last): where it was held and who came from
-- where, as the report states it.
--   host: the host country's name (NULL: no place named); participants_total, participants_at_least:
--   the stated total; origins: the home countries named, each {country, participants} with
--   participants NULL when named without a count; stated: the sum of those counts;
--   not_broken_down: total - stated (NULL without a total); source_quote: the sentence.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
WITH ev AS (
    SELECT * FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations)
), origins AS (
    SELECT p.event_id,
           list({'country': c.name, 'participants': p.participants}
                ORDER BY p.participants DESC NULLS LAST, c.name) AS origins,
           coalesce(sum(p.participants), 0) AS stated
    FROM participation AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
    WHERE p.event_id IN (SELECT event_id FROM ev)
    GROUP BY p.event_id
)
SELECT ev.event_id, ev.title, ev.event_type, ev.start_date, ev.end_date, ev.date_precision,
       host.name AS host, ev.participants_total, ev.participants_at_least,
       origins.origins, coalesce(origins.stated, 0) AS stated,
       ev.participants_total - coalesce(origins.stated, 0) AS not_broken_down,
       ev.source_quote
FROM ev
LEFT JOIN origins ON origins.event_id = ev.event_id
LEFT JOIN countries AS host ON host.iso3 = ev.country_iso3
ORDER BY ev.start_date DESC NULLS LAST, ev.title
LIMIT $limit
