-- One row per change recorded in the audit trail, newest first: who changed which row of which
-- table, when, how (a form, an import or an undo) and the row before and after (JSON text).
-- $tables VARCHAR[]: only these tables; NULL for all.
-- $actions VARCHAR[]: only these actions (insert, update, delete); NULL for all.
-- $actors VARCHAR[]: only changes by these people; NULL for all.
-- $date_from DATE, $date_to DATE: only changes made on or after / on or before these days; NULL for open.
-- $limit INTEGER: at most this many rows.
-- $scope_funder VARCHAR: NULL for the whole database; within a funder's scope no row (an audit row
--   may name any project or funder, and the History page is not offered to funders).
SELECT audit_id, "at", actor, action, table_name, row_key, before, after, via, import_id
FROM audit_log
WHERE $scope_funder IS NULL
  AND ($tables IS NULL OR table_name = ANY($tables))
  AND ($actions IS NULL OR action = ANY($actions))
  AND ($actors IS NULL OR actor = ANY($actors))
  AND ($date_from IS NULL OR CAST("at" AS DATE) >= $date_from)
  AND ($date_to IS NULL OR CAST("at" AS DATE) <= $date_to)
ORDER BY audit_id DESC
LIMIT $limit
