-- One row per report saved from the Review page (table reviewed_reports, migration 013): its
-- sources row, when and by whom it was saved, the extractor that proposed its drafts, its text,
-- and the drafts as proposed and as saved (JSON text), oldest first. No parameters.
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
ORDER BY saved_at, source_id
