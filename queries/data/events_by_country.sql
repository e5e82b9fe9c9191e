-- One row per selected event: the event columns of the wide "events with participants by
-- country" table. atlas/export/rows.py adds one column per home country named at these events
-- (from the participation table) between participants_at_least and not_broken_down.
--   not_broken_down: participants_total minus the stated country counts; a lower bound when
--   participants_at_least; NULL when the source gives no total.
--   countries_without_count: home countries the source names without a count, comma-separated.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only events whose id, title, type, city, host country (code or name) or
--   home countries (codes) contain this text, ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH selected AS (
    SELECT e.event_id, e.project_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least,
           e.counted, e.origins
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
)
SELECT s.* EXCLUDE (counted, origins),
       CAST(s.participants_total - s.counted AS INTEGER) AS not_broken_down,
       nullif(array_to_string(list_transform(list_filter(s.origins, lambda o: o.participants IS NULL),
                                             lambda o: o.country_iso3), ','), '') AS countries_without_count
FROM selected AS s
LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
WHERE $search IS NULL
   OR contains(lower(concat_ws(' ', s.event_id, s.title, s.event_type, s.city, s.country_iso3, c.name,
                               nullif(array_to_string(list_transform(s.origins, lambda o: o.country_iso3), ','), ''))),
               lower($search))
ORDER BY s.start_date NULLS LAST, s.event_id
