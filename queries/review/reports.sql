-- One row per report saved from the Review page (table reviewed_reports, migration 013): its
-- sources row, when and by whom it was saved, the extractor that proposed its drafts, its text,
-- and the drafts as proposed and as saved (JSON text), oldest first.
-- $scope_funder VARCHAR: NULL for the whole database; within a funder's scope no row (a report may
--   tell of any project's events, and the Review page is offered only to editors and admins).
SELECT
    source_id,
    saved_at,
    saved_by,
    extractor,
    file_name,
    report_text,
    CAST(proposed AS VARCHAR) AS proposed,
    CAST(saved AS VARCHAR) AS saved
FROM reviewed_reports
WHERE $scope_funder IS NULL
ORDER BY saved_at, source_id
