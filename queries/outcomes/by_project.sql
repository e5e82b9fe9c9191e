-- One row per project in the filtered view: how many outcomes it has. An outcome's project is
-- its own, else its event's; project is NULL for outcomes of an event outside any project.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT pr.project_id, pr.name AS project, count(*) AS outcomes
FROM filtered_outcome_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
LEFT JOIN projects AS pr ON pr.project_id = o.project_id
GROUP BY ALL
ORDER BY outcomes DESC, project NULLS LAST
