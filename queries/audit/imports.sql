-- One row per import, newest first: when, by whom, which file into which table, how many rows it
-- added and changed, and when it was undone (NULL if it stands).
-- No parameters.
SELECT import_id, "at", actor, file_name, table_name, rows_new, rows_changed, undone_at, undone_by
FROM imports
ORDER BY import_id DESC
