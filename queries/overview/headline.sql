-- One row: the headline figures of the filtered view.
--   events: selected events; participants: sum of their stated totals (a lower bound where
--   participants_at_least_events > 0); events_without_count: selected events whose report gives
--   no total; countries_of_origin: home countries named at them (only the selected countries
--   when a country filter is set); participants_from_selected_countries: stated counts from the
--   selected countries (NULL without a country filter); organisations: organisations with a role
--   in them; outcomes: outcomes of the view (see filtered_outcomes).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS (
    SELECT participants_total, participants_at_least, origins, org_ids, outcome_count
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
), totals AS (
    SELECT count(*) AS events,
           coalesce(sum(participants_total), 0) AS participants,
           count(*) FILTER (WHERE participants_at_least) AS participants_at_least_events,
           count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count,
           coalesce(sum(outcome_count), 0) AS event_outcomes
    FROM ev
), origin AS (
    SELECT o.country_iso3, o.participants
    FROM (SELECT unnest(origins, recursive := true) FROM ev) AS o
    WHERE $countries IS NULL OR o.country_iso3 = ANY($countries)
)
SELECT
    t.events, t.participants, t.participants_at_least_events, t.events_without_count,
    (SELECT count(DISTINCT country_iso3) FROM origin) AS countries_of_origin,
    (SELECT CASE WHEN $countries IS NULL THEN NULL ELSE coalesce(sum(participants), 0) END FROM origin)
        AS participants_from_selected_countries,
    (SELECT count(DISTINCT org_id) FROM (SELECT unnest(org_ids) AS org_id FROM ev)) AS organisations,
    CAST(t.event_outcomes
         + (SELECT count(*) FROM filtered_project_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder))
         AS BIGINT) AS outcomes
FROM totals AS t
