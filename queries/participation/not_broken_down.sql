-- One row: participants at the selected events whom no country count accounts for.
--   participants: sum over events with a stated total of (total - the stated country counts);
--   events: how many events contribute; at_least: true when any of those totals is a lower
--   bound ("more than 80"), so the remainder is one too.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
SELECT coalesce(sum(participants_total - counted), 0) AS participants,
       count(*) FILTER (WHERE participants_total > counted) AS events,
       coalesce(bool_or(participants_at_least AND participants_total > counted), false) AS at_least
FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations)
WHERE participants_total IS NOT NULL
