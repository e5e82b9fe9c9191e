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

-- The live definitions of these macros are in atlas/macros.sql, applied after the migrations on
-- every migrate; these are the ones 008 first shipped, kept so that an old file is brought up the
-- same way.
--
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

-- target_records(..., only_target, scope_funder): as in 007, within the scope: only the targets
-- of projects in it, and their records read through the scoped filter.
CREATE OR REPLACE MACRO target_records(date_from, date_to, countries, event_types, projects,
                                       funders, organisations, only_target, scope_funder) AS TABLE
WITH t AS (
    SELECT target_id, project_id, indicator_kind, event_type, outcome_type,
           greatest(period_start, date_from) AS window_start,
           least(period_end, date_to) AS window_end
    FROM targets
    WHERE indicator_kind <> 'manual' AND (only_target IS NULL OR target_id = only_target)
      AND in_scope(project_id, scope_funder)
), ev AS (
    SELECT f.event_id, f.project_id, f.event_type, f.start_date, f.date_precision, f.period_last_day,
           f.participants_total, f.participants_at_least, f.country_iso3, f.origin_countries
    FROM filtered_facts(NULL, NULL, countries, event_types, projects, funders, organisations, scope_funder) AS f
    WHERE f.project_id IN (SELECT project_id FROM t)
), other_ev AS (
    -- Events of projects with no target that have an outcome of a project with one (an outcome
    -- belongs to its own project first): rare, and found without joining every event.
    SELECT f.event_id, f.start_date, f.date_precision, f.period_last_day
    FROM outcomes AS o
    JOIN filtered_facts(NULL, NULL, countries, event_types, projects, funders, organisations, scope_funder) AS f
      ON f.event_id = o.event_id
    WHERE o.project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'outcomes')
      AND f.project_id IS DISTINCT FROM o.project_id
      AND (f.project_id IS NULL OR f.project_id NOT IN (SELECT project_id FROM t))
), ev_rows AS (
    SELECT t.target_id, t.indicator_kind, t.window_start, t.window_end,
           'event' AS record_kind, ev.event_id AS record_id, ev.event_id,
           NULL::VARCHAR AS outcome_id, NULL::VARCHAR AS country_iso3,
           ev.start_date AS record_date, ev.date_precision, ev.period_last_day AS record_last_day,
           CASE WHEN t.indicator_kind = 'participants' THEN ev.participants_total ELSE 1 END AS value,
           t.indicator_kind = 'participants' AND (ev.participants_at_least OR ev.participants_total IS NULL) AS at_least
    FROM t JOIN ev ON ev.project_id = t.project_id AND (t.event_type IS NULL OR ev.event_type = t.event_type)
    WHERE t.indicator_kind IN ('events', 'participants')
), reached AS (
    -- The host country, then each home country named (unnest of the facts' list: a list_distinct
    -- over a million lists cost 1.7 s). A country both hosts and sends: two rows, one record.
    SELECT ev.event_id, ev.project_id, ev.start_date, ev.date_precision, ev.period_last_day, ev.country_iso3
    FROM ev
    WHERE ev.country_iso3 IS NOT NULL
      AND ev.project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'countries_reached')
    UNION ALL
    SELECT ev.event_id, ev.project_id, ev.start_date, ev.date_precision, ev.period_last_day,
           unnest(ev.origin_countries) AS country_iso3
    FROM ev
    WHERE ev.project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'countries_reached')
), country_rows AS (
    SELECT t.target_id, t.indicator_kind, t.window_start, t.window_end,
           'country' AS record_kind, r.country_iso3 AS record_id, r.event_id,
           NULL::VARCHAR AS outcome_id, r.country_iso3,
           r.start_date AS record_date, r.date_precision, r.period_last_day AS record_last_day,
           1 AS value, false AS at_least
    FROM t JOIN reached AS r ON r.project_id = t.project_id
    WHERE t.indicator_kind = 'countries_reached'
      AND (countries IS NULL OR r.country_iso3 = ANY(countries))
), outs AS (
    -- The outcomes filtered_outcomes (006) gives, read the cheap way round: those of the events
    -- in view of a target's project, those of other events whose own project has a target
    -- (other_ev), and those of whole projects by filtered_project_outcomes' rule.
    SELECT o.outcome_id, o.event_id, o.outcome_type, o.date, o.date_precision,
           ev.start_date AS event_start, ev.date_precision AS event_precision,
           ev.period_last_day AS event_last_day, coalesce(o.project_id, ev.project_id) AS of_project
    FROM outcomes AS o JOIN ev ON ev.event_id = o.event_id
    UNION ALL
    SELECT o.outcome_id, o.event_id, o.outcome_type, o.date, o.date_precision,
           x.start_date, x.date_precision, x.period_last_day, o.project_id
    FROM outcomes AS o JOIN other_ev AS x ON x.event_id = o.event_id
    WHERE o.project_id IN (SELECT project_id FROM t)
    UNION ALL
    SELECT o.outcome_id, o.event_id, o.outcome_type, o.date, o.date_precision, NULL, NULL, NULL, o.project_id
    FROM filtered_project_outcomes(NULL, NULL, countries, event_types, projects, funders, organisations, scope_funder) AS o
), out_rows AS (
    SELECT t.target_id, t.indicator_kind, t.window_start, t.window_end,
           'outcome' AS record_kind, o.outcome_id AS record_id, o.event_id, o.outcome_id,
           NULL::VARCHAR AS country_iso3,
           coalesce(o.date, o.event_start) AS record_date,
           CASE WHEN o.date IS NOT NULL THEN o.date_precision ELSE o.event_precision END AS date_precision,
           CASE WHEN o.date IS NOT NULL THEN period_end(o.date, o.date_precision) ELSE o.event_last_day END AS record_last_day,
           1 AS value, false AS at_least
    FROM outs AS o JOIN t ON t.project_id = o.of_project
    WHERE t.indicator_kind = 'outcomes'
      AND (t.outcome_type IS NULL OR o.outcome_type = t.outcome_type)
), rows AS (
    SELECT * FROM ev_rows
    UNION ALL SELECT * FROM country_rows
    UNION ALL SELECT * FROM out_rows
)
SELECT target_id, indicator_kind, record_kind, record_id, event_id, outcome_id, country_iso3,
       record_date, date_precision, record_last_day, value, at_least,
       CASE WHEN window_start IS NULL AND window_end IS NULL THEN 'counted'
            WHEN record_date IS NULL THEN 'undated'
            WHEN (window_start IS NULL OR record_last_day >= window_start)
             AND (window_end IS NULL OR record_date <= window_end) THEN 'counted'
            ELSE 'outside the period' END AS status
FROM rows;
