-- One row: how many changes the audit trail holds for these filters (see audit/log).
-- $tables VARCHAR[], $actions VARCHAR[], $actors VARCHAR[]: NULL for all.
-- $date_from DATE, $date_to DATE: NULL for open.
-- $scope_funder VARCHAR: NULL for the whole database; within a funder's scope no row (an audit row
--   may name any project or funder, and the History page is not offered to funders).
SELECT count(*) AS changes
FROM audit_log
WHERE $scope_funder IS NULL
  AND ($tables IS NULL OR table_name = ANY($tables))
  AND ($actions IS NULL OR action = ANY($actions))
  AND ($actors IS NULL OR actor = ANY($actors))
  AND ($date_from IS NULL OR CAST("at" AS DATE) >= $date_from)
  AND ($date_to IS NULL OR CAST("at" AS DATE) <= $date_to)
