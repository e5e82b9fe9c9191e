-- One row: events, how many events the database holds (every scope's events are among them).
-- The Events page reads it (cached with the data version, so a write is counted on the next
-- run) to pick events/table_small for a small database.
-- No parameters.
SELECT count(*) AS events FROM events
