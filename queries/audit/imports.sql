-- One row per import, newest first: when, by whom, which file into which table, how many rows it
-- added and changed, and when it was undone (NULL if it stands).
-- $scope_funder VARCHAR: NULL for the whole database; within a funder's scope no row (an audit row
--   may name any project or funder, and the History page is not offered to funders).
SELECT import_id, "at", actor, file_name, table_name, rows_new, rows_changed, undone_at, undone_by
FROM imports
WHERE $scope_funder IS NULL
ORDER BY import_id DESC
