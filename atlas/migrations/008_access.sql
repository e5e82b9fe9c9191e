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

-- The scope: every macro of the shared filter takes scope_funder last. NULL reads the whole
-- database; an org_id keeps only the projects that organisation funds (project_funders), their
-- events, the participation and outcomes of those, and the organisations named at them. It is
-- ANDed with the filters, so a link can narrow a scope and never widen it.
--
-- in_scope(project_id, scope_funder): whether a project (an event's or an outcome's) is in the scope.
-- An event or outcome of no project is outside every funder's scope.
CREATE OR REPLACE MACRO in_scope(project_id, scope_funder) AS
    scope_funder IS NULL
    OR project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = scope_funder);

-- scope_organisations(scope_funder): the organisations a scope may name: every one for NULL; for
-- a funder, itself, the organisations with a role at its projects' events, and those projects'
-- leads and partners (not their other funders: a funder never sees another funder's name there).
CREATE OR REPLACE MACRO scope_organisations(scope_funder) AS TABLE
SELECT o.org_id FROM organisations AS o WHERE scope_funder IS NULL
UNION
SELECT scope_funder WHERE scope_funder IS NOT NULL
UNION
SELECT eo.org_id
FROM event_organisations AS eo
JOIN events AS e ON e.event_id = eo.event_id
WHERE scope_funder IS NOT NULL AND in_scope(e.project_id, scope_funder)
UNION
SELECT pr.lead_org_id FROM projects AS pr
WHERE scope_funder IS NOT NULL AND pr.lead_org_id IS NOT NULL AND in_scope(pr.project_id, scope_funder)
UNION
SELECT pp.org_id FROM project_partners AS pp
WHERE scope_funder IS NOT NULL AND in_scope(pp.project_id, scope_funder);

-- filtered_facts(..., scope_funder): as in 006, within the scope.
CREATE OR REPLACE MACRO filtered_facts(date_from, date_to, countries, event_types, projects,
                                       funders, organisations, scope_funder) AS TABLE
SELECT f.*
FROM event_facts AS f
WHERE (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (countries IS NULL OR f.country_iso3 = ANY(countries) OR list_bool_or(list_transform(countries, lambda x: list_contains(f.origin_countries, x))))
  AND (event_types IS NULL OR f.event_type = ANY(event_types))
  AND (projects IS NULL OR f.project_id = ANY(projects))
  AND (funders IS NULL
       OR list_bool_or(list_transform(funders, lambda x: list_contains(f.funder_ids, x)))
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(funders)))
  AND (organisations IS NULL
       OR list_bool_or(list_transform(organisations, lambda x: list_contains(f.org_ids, x)))
       OR f.project_id IN (SELECT pp.project_id FROM project_partners AS pp WHERE pp.org_id = ANY(organisations))
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(organisations))
       OR f.project_id IN (SELECT pr.project_id FROM projects AS pr WHERE pr.lead_org_id = ANY(organisations)))
  AND (scope_funder IS NULL
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = scope_funder));

CREATE OR REPLACE MACRO filtered_events(date_from, date_to, countries, event_types, projects,
                                        funders, organisations, scope_funder) AS TABLE
SELECT * EXCLUDE (period_last_day, counted, countries_named, countries_without_count, origins,
                  origin_countries, org_ids, funder_ids, outcome_count, outcome_list)
FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations, scope_funder);

-- filtered_project_outcomes(..., scope_funder): as in 006; with no filter set, the outcomes of
-- every project in the scope.
CREATE OR REPLACE MACRO filtered_project_outcomes(date_from, date_to, countries, event_types, projects,
                                                  funders, organisations, scope_funder) AS TABLE
SELECT o.*
FROM outcomes AS o
WHERE o.event_id IS NULL
  AND ((date_from IS NULL AND date_to IS NULL AND countries IS NULL AND event_types IS NULL
        AND projects IS NULL AND funders IS NULL AND organisations IS NULL
        AND in_scope(o.project_id, scope_funder))
       OR (o.project_id IN (SELECT DISTINCT project_id
                            FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders,
                                                organisations, scope_funder))
           AND (o.date IS NULL OR ((date_from IS NULL OR period_end(o.date, o.date_precision) >= date_from)
                                   AND (date_to IS NULL OR o.date <= date_to)))
           AND (countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY(countries))));

CREATE OR REPLACE MACRO filtered_outcomes(date_from, date_to, countries, event_types, projects,
                                          funders, organisations, scope_funder) AS TABLE
SELECT o.*
FROM outcomes AS o
WHERE o.event_id IN (SELECT event_id
                     FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders,
                                         organisations, scope_funder))
UNION ALL
SELECT * FROM filtered_project_outcomes(date_from, date_to, countries, event_types, projects, funders,
                                        organisations, scope_funder);

CREATE OR REPLACE MACRO filtered_outcome_facts(date_from, date_to, countries, event_types, projects,
                                               funders, organisations, scope_funder) AS TABLE
SELECT unnest(outcome_list, recursive := true)
FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations, scope_funder)
UNION ALL
SELECT o.outcome_type, year(o.date)::INTEGER AS year, o.project_id
FROM filtered_project_outcomes(date_from, date_to, countries, event_types, projects, funders, organisations,
                               scope_funder) AS o;
