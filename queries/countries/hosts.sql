-- One row per host country of the selected events; country_iso3 and country are NULL for the
-- events whose report names no place. events: selected events held there; participants: the
-- sum of their stated totals (NULL when none states one; a lower bound when at_least_events > 0);
-- events_without_count: those giving no total. Every selected event is in exactly one row, so
-- the events add up to the view's total.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT e.country_iso3, c.name AS country,
       count(*) AS events,
       sum(e.participants_total) AS participants,
       count(*) FILTER (WHERE e.participants_at_least) AS at_least_events,
       count(*) FILTER (WHERE e.participants_total IS NULL) AS events_without_count
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
GROUP BY e.country_iso3, c.name
ORDER BY c.name IS NULL, events DESC, c.name
