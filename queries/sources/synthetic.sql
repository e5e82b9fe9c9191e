-- One row: synthetic_sources = how many sources are of kind 'synthetic' (rows made by
-- atlas.synth, not taken from any report); 0 for a database of real records.
-- No parameters.
SELECT count(*) AS synthetic_sources FROM sources WHERE kind = 'synthetic'
