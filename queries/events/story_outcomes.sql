-- One row per outcome of the event $event_id itself (outcomes of its project as a whole are on
-- the Outcomes page): type, title, quantity and unit as stated, and the sentence(s) it comes from.
-- $event_id VARCHAR: the event's id.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT o.outcome_id, o.outcome_type, o.title, o.description, o.quantity, o.unit,
       o.source_quote, s.title AS source_title
FROM outcomes AS o
LEFT JOIN sources AS s ON s.source_id = o.source_id
WHERE o.event_id = $event_id
  AND o.event_id IN (SELECT event_id FROM events WHERE event_id = $event_id AND in_scope(project_id, $scope_funder))
ORDER BY o.outcome_type, o.title
