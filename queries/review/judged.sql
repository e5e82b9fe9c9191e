-- One row per report saved from the Review page, as review/reports gives it but with no text
-- (NULL report_text): what the Review page needs to say how the drafts compared with what was
-- saved, without reading every report's text.
-- $scope_funder VARCHAR: NULL for the whole database; within a funder's scope no row (a report may
--   tell of any project's events, and the Review page is offered only to editors and admins).
SELECT
    source_id,
    saved_at,
    saved_by,
    extractor,
    file_name,
    NULL::VARCHAR AS report_text,
    CAST(proposed AS VARCHAR) AS proposed,
    CAST(saved AS VARCHAR) AS saved
FROM reviewed_reports
WHERE $scope_funder IS NULL
ORDER BY saved_at, source_id
