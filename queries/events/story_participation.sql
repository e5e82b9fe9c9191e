-- One row per home country the report names for the event $event_id: participants is the
-- stated count, NULL when the country is named without one (never an estimate). The rest of the
-- event's total is its not_broken_down (events/story).
-- $event_id VARCHAR: the event's id.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT p.country_iso3, c.name AS country, p.participants, p.source_quote
FROM participation AS p
JOIN countries AS c ON c.iso3 = p.country_iso3
WHERE p.event_id = $event_id
  AND p.event_id IN (SELECT event_id FROM events WHERE event_id = $event_id AND in_scope(project_id, $scope_funder))
ORDER BY p.participants DESC NULLS LAST, c.name
