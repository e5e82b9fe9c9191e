-- One row per home country the report names for the event $event_id: participants is the
-- stated count, NULL when the country is named without one (never an estimate). The rest of the
-- event's total is its not_broken_down (events/story).
-- $event_id VARCHAR: the event's id.
SELECT p.country_iso3, c.name AS country, p.participants, p.source_quote
FROM participation AS p
JOIN countries AS c ON c.iso3 = p.country_iso3
WHERE p.event_id = $event_id
ORDER BY p.participants DESC NULLS LAST, c.name
