-- One row per outcome type in the filtered view: how many outcomes of that type.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT outcome_type, count(*) AS outcomes
FROM filtered_outcome_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
GROUP BY ALL
ORDER BY outcomes DESC, outcome_type
