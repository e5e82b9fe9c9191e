-- 004: the audit trail of every change made through the app or an import, the imports themselves
-- (so the last one can be undone exactly), and the journal of writes DuckDB makes us split.
--
-- A row's key and values are stored as JSON text: row_key is a JSON array of the key's values in
-- key order, before/after are JSON objects of the whole row (NULL before an insert, NULL after a
-- delete). Dates are ISO text. These columns are enough to put a row back exactly.

CREATE SEQUENCE imports_seq START 1;
CREATE SEQUENCE audit_log_seq START 1;

-- One row per committed import. checksum_before/after are md5 digests of the imported table's
-- content (see atlas.ingest.table_checksum): undo must bring the table back to checksum_before.
-- checksum_after is NULL only while a split write (see pending_writes) is being finished.
CREATE TABLE imports (
    import_id BIGINT PRIMARY KEY,
    "at" TIMESTAMP NOT NULL,
    actor VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    table_name VARCHAR NOT NULL,
    rows_new INTEGER NOT NULL CHECK (rows_new >= 0),
    rows_changed INTEGER NOT NULL CHECK (rows_changed >= 0),
    checksum_before VARCHAR NOT NULL,
    checksum_after VARCHAR,
    undone_at TIMESTAMP,
    undone_by VARCHAR
);

-- via: 'form' (the Manage page), 'import' (a spreadsheet), 'undo' (undoing import import_id).
CREATE TABLE audit_log (
    audit_id BIGINT PRIMARY KEY DEFAULT nextval('audit_log_seq'),
    "at" TIMESTAMP NOT NULL,
    actor VARCHAR NOT NULL,
    action VARCHAR NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name VARCHAR NOT NULL,
    row_key JSON NOT NULL,
    before JSON,
    after JSON,
    via VARCHAR NOT NULL CHECK (via IN ('form', 'import', 'undo')),
    import_id BIGINT,
    CHECK ((action = 'insert') = (before IS NULL)),
    CHECK ((action = 'delete') = (after IS NULL))
);

-- DuckDB refuses, inside one transaction, to delete a row (or change an indexed column of it:
-- its key, a UNIQUE or a foreign-key column) while rows that reference it are still committed,
-- even if the same transaction deleted them. Such a write is split into steps, one transaction
-- each. The first step commits the whole plan here with the audit rows; each later step commits
-- with next_step advanced; the last removes the row. A write cut short (process killed) is
-- finished from this journal the next time the database is opened for writing.
CREATE TABLE pending_writes (
    write_id VARCHAR PRIMARY KEY,
    "at" TIMESTAMP NOT NULL,
    next_step INTEGER NOT NULL,
    steps JSON NOT NULL
);
