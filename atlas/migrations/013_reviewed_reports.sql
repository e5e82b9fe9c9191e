-- 013: reviewed_reports: each report saved from the Review page, with the text the extractor read,
-- the drafts it proposed and what the person saved after correcting them. Written in the same
-- transaction as the saved rows (atlas.review.record), so a refused save keeps no record.
--
-- Why: the extractor is measured on blind sets written for it; a network's own reports, read and
-- corrected by the people who know them, are the better measure and the better examples to learn
-- from. `python -m atlas.extract.reviewed` scores the drafts as proposed (and the extractor of
-- today, reading the same text) against what was saved, and writes the reports out as a test
-- folder. Not a data table: not exported, not shown to funders, not read by any chart. A report
-- whose text should not be stored (its people's stories) is recorded without it: the person
-- unticks "Keep the report's text" before saving. A record stays when the rows it saved are later
-- changed or deleted (it is what was proposed and saved that day), so it names its source
-- without a foreign key.
CREATE TABLE reviewed_reports (
    source_id VARCHAR PRIMARY KEY,   -- the sources row the save added
    saved_at TIMESTAMP NOT NULL,     -- UTC
    saved_by VARCHAR NOT NULL,       -- who pressed Save (as the audit trail names them)
    extractor VARCHAR NOT NULL,      -- atlas.extract.fingerprint(): which extractor proposed
    file_name VARCHAR,               -- the uploaded file's name; NULL for pasted text
    report_text VARCHAR,             -- the text as the extractor read it; NULL when the person
                                     -- chose not to keep it (then no sentence is kept either)
    proposed JSON NOT NULL,          -- {"events": [...], "outcomes": [...]}: the drafts judged
    saved JSON NOT NULL              -- {"events": [...], "outcomes": []}: what the person saved
);
