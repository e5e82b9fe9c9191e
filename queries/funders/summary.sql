-- One row: what $funder's money reached in the filtered view, for the page's summary sentence.
--   projects_funded: projects it funds (as projects_in_view counts them, but whatever the
--   filters); projects_in_view: those with an event in the view; events: its events in the view;
--   participants: sum of their stated totals (a lower bound when at_least_events > 0);
--   events_with_count, events_without_count: events giving / not giving a total;
--   countries: home countries named at them (only the selected countries when a country filter
--   is set); countries_with_count: those with a stated count; stated: the sum of those counts;
--   not_broken_down: the part of the totals no country count accounts for; outcomes: outcomes in
--   the view.
-- $funder VARCHAR: the funder's org_id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS (
    SELECT * FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder)
), funded AS (
    SELECT project_id FROM project_funders WHERE org_id = $funder AND in_scope(project_id, $scope_funder)
    UNION
    SELECT e.project_id
    FROM event_organisations AS eo
    JOIN events AS e ON e.event_id = eo.event_id
    WHERE eo.org_id = $funder AND eo.role = 'funder' AND e.project_id IS NOT NULL
      AND in_scope(e.project_id, $scope_funder)
), origin AS (
    SELECT o.country_iso3, o.participants
    FROM (SELECT unnest(origins, recursive := true) FROM ev) AS o
    WHERE $countries IS NULL OR o.country_iso3 = ANY($countries)
)
SELECT
    (SELECT count(*) FROM funded) AS projects_funded,
    (SELECT count(DISTINCT project_id) FROM ev WHERE project_id IN (SELECT project_id FROM funded)) AS projects_in_view,
    (SELECT count(*) FROM ev) AS events,
    (SELECT coalesce(sum(participants_total), 0) FROM ev) AS participants,
    (SELECT count(*) FROM ev WHERE participants_at_least) AS at_least_events,
    (SELECT count(*) FROM ev WHERE participants_total IS NOT NULL) AS events_with_count,
    (SELECT count(*) FROM ev WHERE participants_total IS NULL) AS events_without_count,
    (SELECT count(DISTINCT country_iso3) FROM origin) AS countries,
    (SELECT count(DISTINCT country_iso3) FROM origin WHERE participants IS NOT NULL) AS countries_with_count,
    (SELECT coalesce(sum(participants), 0) FROM origin) AS stated,
    (SELECT coalesce(sum(participants_total - counted), 0) FROM ev WHERE participants_total IS NOT NULL)
        AS not_broken_down,
    (SELECT count(*) FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder))
        AS outcomes
