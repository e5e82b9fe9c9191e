-- One row per project $funder funds: named as the project's funder, or as the funder of one of
-- its events. events: its events in the filtered view; participants: the sum of their stated
-- totals (NULL when none states one; a lower bound when at_least_events > 0);
-- events_without_count: those giving no total; outcomes: its outcomes in the view;
-- funding_quote: the sentence naming the funder (the project's, else the earliest event's); source,
-- source_path: the report it is from (its title and file).
-- $funder VARCHAR: the funder's org_id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $organisations VARCHAR[]: NULL for all (the funder
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
-- filter is $funder itself).
WITH funded AS (
    SELECT pf.project_id, pf.source_quote AS funding_quote, 1 AS preference,
           NULL::DATE AS first_day, NULL AS event_id
    FROM project_funders AS pf
    WHERE pf.org_id = $funder AND in_scope(pf.project_id, $scope_funder)
    UNION ALL
    SELECT e.project_id, eo.source_quote, 2, e.start_date, e.event_id
    FROM event_organisations AS eo
    JOIN events AS e ON e.event_id = eo.event_id
    WHERE eo.org_id = $funder AND eo.role = 'funder' AND e.project_id IS NOT NULL
      AND in_scope(e.project_id, $scope_funder)
), funded_projects AS (
    SELECT project_id, first(funding_quote ORDER BY preference, first_day NULLS LAST, event_id) AS funding_quote
    FROM funded
    GROUP BY project_id
), ev AS (
    SELECT * FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder)
), ev_by_project AS (
    SELECT project_id, count(*) AS events, sum(participants_total) AS participants,
           count(*) FILTER (WHERE participants_at_least) AS at_least_events,
           count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count
    FROM ev
    GROUP BY project_id
), outcomes_by_project AS (
    SELECT project_id, count(*) AS outcomes
    FROM filtered_outcome_facts($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder)
    GROUP BY ALL
)
SELECT pr.project_id, pr.name, pr.start_date, pr.end_date, pr.date_precision,
       coalesce(ev_by_project.events, 0) AS events,
       ev_by_project.participants,
       coalesce(ev_by_project.at_least_events, 0) AS at_least_events,
       coalesce(ev_by_project.events_without_count, 0) AS events_without_count,
       coalesce(outcomes_by_project.outcomes, 0) AS outcomes,
       fp.funding_quote, s.title AS source, s.path_or_url AS source_path
FROM funded_projects AS fp
JOIN projects AS pr ON pr.project_id = fp.project_id
JOIN sources AS s ON s.source_id = pr.source_id
LEFT JOIN ev_by_project ON ev_by_project.project_id = pr.project_id
LEFT JOIN outcomes_by_project ON outcomes_by_project.project_id = pr.project_id
ORDER BY pr.start_date NULLS LAST, pr.name
