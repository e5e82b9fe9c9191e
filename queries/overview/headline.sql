-- One row: the headline figures of the filtered view.
--   events: selected events; participants: sum of their stated totals (a lower bound where
--   participants_at_least_events > 0); events_without_count: selected events whose report gives
--   no total; countries_of_origin: home countries named at them (only the selected countries
--   when a country filter is set); participants_from_selected_countries: stated counts from the
--   selected countries (NULL without a country filter); organisations: organisations with a role
--   in them; outcomes: outcomes of the view (see filtered_outcomes).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
WITH ev AS (
    SELECT * FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations)
), origin AS (
    SELECT p.* FROM participation AS p
    WHERE p.event_id IN (SELECT event_id FROM ev)
      AND ($countries IS NULL OR p.country_iso3 = ANY($countries))
)
SELECT
    (SELECT count(*) FROM ev) AS events,
    (SELECT coalesce(sum(participants_total), 0) FROM ev) AS participants,
    (SELECT count(*) FROM ev WHERE participants_at_least) AS participants_at_least_events,
    (SELECT count(*) FROM ev WHERE participants_total IS NULL) AS events_without_count,
    (SELECT count(DISTINCT country_iso3) FROM origin) AS countries_of_origin,
    (SELECT CASE WHEN $countries IS NULL THEN NULL ELSE coalesce(sum(participants), 0) END FROM origin)
        AS participants_from_selected_countries,
    (SELECT count(DISTINCT org_id) FROM event_organisations WHERE event_id IN (SELECT event_id FROM ev))
        AS organisations,
    (SELECT count(*) FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations))
        AS outcomes
