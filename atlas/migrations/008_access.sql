-- 008: who may see and change what. One row per grant: a person (a lower-cased email) or everyone
-- of an email domain ('@partner.org') gets one role. An exact email grant wins over a domain grant
-- (atlas.access.grants.grant_of). Roles:
--   admin:  everything, and who has access (the Access page, python -m atlas.access);
--   editor: every read page, Manage, Review a report, undoing an import;
--   viewer: every read page and export;
--   funder: read pages and exports limited to the projects funder_org_id funds (project_funders).
-- funder_org_id is checked against organisations by atlas.access.grants, not by a foreign key:
-- DuckDB refuses to change an indexed column of a referenced row, and a grant must not stop the
-- Manage page from editing an organisation.
CREATE TABLE access_grants (
    principal VARCHAR PRIMARY KEY
        CHECK (principal = lower(principal)
               AND (regexp_full_match(principal, '[^@\s]+@[^@\s]+\.[^@\s]+')
                    OR regexp_full_match(principal, '@[^@\s]+\.[^@\s]+'))),
    role VARCHAR NOT NULL CHECK (role IN ('admin', 'editor', 'viewer', 'funder')),
    funder_org_id VARCHAR,
    granted_at TIMESTAMP NOT NULL,
    granted_by VARCHAR NOT NULL,
    CHECK ((role = 'funder') = (funder_org_id IS NOT NULL))
);
COMMENT ON TABLE access_grants IS 'Who may see and change what: one role per email or email domain.';
COMMENT ON COLUMN access_grants.principal IS 'A lower-cased email (ana@partner.org), or an email domain starting with @ (@partner.org) for everyone of it.';
COMMENT ON COLUMN access_grants.role IS 'admin, editor, viewer or funder.';
COMMENT ON COLUMN access_grants.funder_org_id IS 'For role funder only: the organisation whose funded projects the person may see.';

-- Grants and revokes are recorded in the audit trail (via 'access'). DuckDB cannot change a CHECK
-- in place, so audit_log is copied into a table with the wider CHECK, as in 005; every existing
-- row is kept as it was.
CREATE TABLE audit_log_008 (
    audit_id BIGINT PRIMARY KEY DEFAULT nextval('audit_log_seq'),
    "at" TIMESTAMP NOT NULL,
    actor VARCHAR NOT NULL,
    action VARCHAR NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name VARCHAR NOT NULL,
    row_key JSON NOT NULL,
    before JSON,
    after JSON,
    via VARCHAR NOT NULL CHECK (via IN ('form', 'import', 'undo', 'review', 'access')),
    import_id BIGINT,
    CHECK ((action = 'insert') = (before IS NULL)),
    CHECK ((action = 'delete') = (after IS NULL))
);
INSERT INTO audit_log_008 SELECT * FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_008 RENAME TO audit_log;
