-- One row per selected event (see filtered_events), with every column of the events table: the
-- Data page's "Events" table and its downloads. Undated events last, then by id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only events whose id, title, type, city, venue, host country (code or name),
--   description or source quote contain this text, ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT e.*
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
WHERE $search IS NULL
   OR contains(lower(concat_ws(' ', e.event_id, e.title, e.event_type, e.city, e.venue, e.country_iso3,
                               c.name, e.description, e.source_quote)), lower($search))
ORDER BY e.start_date NULLS LAST, e.event_id
