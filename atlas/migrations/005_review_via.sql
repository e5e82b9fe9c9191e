-- 005: rows saved from a reviewed narrative report are recorded as coming through the Review
-- page (via 'review'). DuckDB cannot change a CHECK in place, so audit_log is copied into a table
-- with the wider CHECK; every existing row is kept as it was.
CREATE TABLE audit_log_005 (
    audit_id BIGINT PRIMARY KEY DEFAULT nextval('audit_log_seq'),
    "at" TIMESTAMP NOT NULL,
    actor VARCHAR NOT NULL,
    action VARCHAR NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name VARCHAR NOT NULL,
    row_key JSON NOT NULL,
    before JSON,
    after JSON,
    via VARCHAR NOT NULL CHECK (via IN ('form', 'import', 'undo', 'review')),
    import_id BIGINT,
    CHECK ((action = 'insert') = (before IS NULL)),
    CHECK ((action = 'delete') = (after IS NULL))
);
INSERT INTO audit_log_005 SELECT * FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_005 RENAME TO audit_log;
