-- One row per outcome of $funder's events and projects in the filtered view (see
-- filtered_outcomes), dated first: its type, title, quantity and unit (NULL when not stated),
-- the event or project it came from, and the sentence and report that state it.
-- $funder VARCHAR: the funder's org_id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $organisations VARCHAR[]: NULL for all.
SELECT o.outcome_id, o.outcome_type, o.title, o.description, o.quantity, o.unit,
       o.date, o.date_precision, e.title AS event, pr.name AS project,
       o.source_quote, s.title AS source
FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations) AS o
LEFT JOIN events AS e ON e.event_id = o.event_id
LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, e.project_id)
JOIN sources AS s ON s.source_id = o.source_id
ORDER BY o.date NULLS LAST, o.outcome_type, o.title
