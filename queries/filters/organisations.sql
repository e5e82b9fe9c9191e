-- One row per organisation: the organisation filter's choices.
-- No parameters.
SELECT org_id, coalesce(short_name, name) AS label, name FROM organisations ORDER BY label
