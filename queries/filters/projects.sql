-- One row per project: the project filter's choices.
-- No parameters.
SELECT project_id, name FROM projects ORDER BY name
