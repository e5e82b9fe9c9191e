-- One row per home country of one event's participants, as stored: the Manage page's
-- participants-by-country editor of that event. participants is NULL where the source names the
-- country without a count.
-- $event_id VARCHAR: the event being edited.
SELECT country_iso3, participants, source_quote
FROM participation
WHERE event_id = $event_id
ORDER BY country_iso3
