-- One row per (project, event, outcome type) in the filtered view: how many outcomes, for the
-- chain project -> event -> outcome. event_id/event are NULL for outcomes of a project as a
-- whole; project_id/project are NULL for an event outside any project. event_start and
-- event_precision date the event (NULL when undated).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT pr.project_id, pr.name AS project, e.event_id, e.title AS event,
       e.start_date AS event_start, e.date_precision AS event_precision,
       o.outcome_type, count(*) AS outcomes
FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
LEFT JOIN events AS e ON e.event_id = o.event_id
LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, e.project_id)
GROUP BY ALL
ORDER BY project NULLS LAST, event_start NULLS FIRST, event, outcome_type
