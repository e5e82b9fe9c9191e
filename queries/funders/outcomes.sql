-- One row per outcome of $funder's events and projects in the filtered view (see
-- filtered_outcomes), dated first: its type, title, quantity and unit (NULL when not stated),
-- the event or project it came from, and the sentence and report that state it; matching: how
-- many outcomes there are in all, so the page can say when it lists only the first.
-- $funder VARCHAR: the funder's org_id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH matched AS NOT MATERIALIZED (
    SELECT o.outcome_id, o.outcome_type, o.title, o.date, o.event_id, o.project_id
    FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder) AS o
), shown AS (
    SELECT * FROM matched ORDER BY date NULLS LAST, outcome_type, title, outcome_id LIMIT $limit
)
SELECT o.outcome_id, o.outcome_type, o.title, o.description, o.quantity, o.unit,
       o.date, o.date_precision, e.title AS event, pr.name AS project,
       o.source_quote, s.title AS source,
       (SELECT count(*) FROM matched) AS matching
FROM shown
JOIN outcomes AS o ON o.outcome_id = shown.outcome_id
LEFT JOIN events AS e ON e.event_id = o.event_id
LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, e.project_id)
JOIN sources AS s ON s.source_id = o.source_id
ORDER BY o.date NULLS LAST, o.outcome_type, o.title, o.outcome_id
