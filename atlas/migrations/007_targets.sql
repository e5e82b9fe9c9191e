-- 007: targets, a project's planned outputs, and the identifiers an IATI 2.03 export needs.
--
-- A target is what a source says a project planned: an indicator (events of a type, participants,
-- countries reached, outcomes of a type, or a count entered by hand), a target value, an optional
-- period and baseline, and the source and sentence that state it. The actual is never stored: it
-- is counted from the records (queries/results/), so it cannot drift from them. Only an
-- indicator of kind 'manual' (something the records do not hold) carries a count entered by
-- hand, with the sentence that states it.
CREATE TABLE targets (
    target_id VARCHAR PRIMARY KEY,
    project_id VARCHAR NOT NULL REFERENCES projects (project_id),
    indicator VARCHAR NOT NULL CHECK (length(trim(indicator)) > 0),
    indicator_kind VARCHAR NOT NULL CHECK (indicator_kind IN ('events', 'participants',
        'countries_reached', 'outcomes', 'manual')),
    event_type VARCHAR CHECK (event_type IN ('workshop', 'exchange', 'consultation',
        'seminar', 'training', 'field_visit', 'exhibition', 'launch', 'meeting', 'conference',
        'other')),
    outcome_type VARCHAR CHECK (outcome_type IN ('publication', 'documentary',
        'recommendation', 'agreement', 'network', 'policy_change', 'materials_distributed',
        'media_product', 'other')),
    target_value INTEGER NOT NULL CHECK (target_value >= 0),
    baseline_value INTEGER CHECK (baseline_value >= 0),
    baseline_year INTEGER CHECK (baseline_year BETWEEN 1900 AND 2200),
    period_start DATE,
    period_end DATE,
    manual_actual INTEGER CHECK (manual_actual >= 0),
    manual_actual_quote VARCHAR,
    source_id VARCHAR NOT NULL REFERENCES sources (source_id),
    source_quote VARCHAR NOT NULL CHECK (length(trim(source_quote)) > 0),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    CHECK (event_type IS NULL OR indicator_kind IN ('events', 'participants')),
    CHECK (outcome_type IS NULL OR indicator_kind = 'outcomes'),
    CHECK (manual_actual IS NULL OR indicator_kind = 'manual'),
    CHECK (manual_actual IS NULL OR length(trim(manual_actual_quote)) > 0),
    CHECK (baseline_year IS NULL OR baseline_value IS NOT NULL)
);

-- The identifiers of the IATI standard the reports never give. They are filled by the network
-- that publishes (Manage, or an import of organisations.csv / projects.csv with these columns),
-- never guessed. DuckDB cannot add a column with a CHECK, so their allowed codes (IATI code
-- lists OrganisationType and ActivityStatus) are checked in atlas/validation.py.
ALTER TABLE organisations ADD COLUMN iati_org_id VARCHAR;
ALTER TABLE organisations ADD COLUMN iati_org_type VARCHAR;
ALTER TABLE projects ADD COLUMN iati_identifier VARCHAR;
ALTER TABLE projects ADD COLUMN iati_activity_status VARCHAR;

COMMENT ON TABLE targets IS 'One row per target: an output a project planned, as a source states it. The actual is counted from the records, never stored.';
COMMENT ON COLUMN targets.target_id IS 'Identifier of the target.';
COMMENT ON COLUMN targets.project_id IS 'The project that planned the output.';
COMMENT ON COLUMN targets.indicator IS 'What is counted, in words (e.g. "Field visits to the four countries").';
COMMENT ON COLUMN targets.indicator_kind IS 'How the actual is counted: events (of event_type, any type when empty), participants (stated totals of the events, of event_type when set), countries_reached (countries the events were held in or whose participants the sources name; a total not broken down reaches no country), outcomes (of outcome_type, any type when empty), manual (a count entered by hand in manual_actual).';
COMMENT ON COLUMN targets.event_type IS 'For events and participants: only events of this type count; empty for any type.';
COMMENT ON COLUMN targets.outcome_type IS 'For outcomes: only outcomes of this type count; empty for any type.';
COMMENT ON COLUMN targets.target_value IS 'The planned number.';
COMMENT ON COLUMN targets.baseline_value IS 'The value before the project, where the source states one.';
COMMENT ON COLUMN targets.baseline_year IS 'The year of the baseline value.';
COMMENT ON COLUMN targets.period_start IS 'First day of the period the target is for; empty when the source states none (the project''s whole span).';
COMMENT ON COLUMN targets.period_end IS 'Last day of the period the target is for; empty when the source states none.';
COMMENT ON COLUMN targets.manual_actual IS 'For manual indicators only: the achieved count as a source states it.';
COMMENT ON COLUMN targets.manual_actual_quote IS 'The sentence that states manual_actual.';
COMMENT ON COLUMN targets.source_id IS 'The source that states the target.';
COMMENT ON COLUMN targets.source_quote IS 'The sentence of the source that states the target.';
COMMENT ON COLUMN organisations.iati_org_id IS 'The organisation''s IATI organisation identifier ({RegistrationAgency}-{RegistrationNumber}, e.g. GB-CHC-1234567), where it has one; never guessed.';
COMMENT ON COLUMN organisations.iati_org_type IS 'IATI OrganisationType code (10 Government, 21 International NGO, 22 National NGO, 23 Regional NGO, 40 Multilateral, 60 Foundation, 80 Academic, 90 Other, ...).';
COMMENT ON COLUMN projects.iati_identifier IS 'The project''s IATI activity identifier, once published (it must never change); empty: the export uses the reporting organisation''s iati_org_id, a hyphen and project_id.';
COMMENT ON COLUMN projects.iati_activity_status IS 'IATI ActivityStatus code: 1 Pipeline, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended.';

-- The live definition of target_records is in atlas/macros.sql, applied after the migrations on
-- every migrate; this is the one 007 first shipped, kept so that an old file is brought up the
-- same way.
--
-- target_records(..., only_target): one row per record a target's indicator counts or could
-- count, among the records of the target's project in view. It is the one statement of how an
-- actual is counted; queries/results/ aggregate it (targets against actuals) or list it (what
-- counts, joined there to each record's title and sentence).
--   The shared filter applies (countries, event types, projects, funders, organisations select the
--   project's events and outcomes as on every page). Dates are not left to the filter, which
--   drops undated records: the window is the target's period intersected with the filter's date
--   range, and an undated record is kept and marked, never silently dropped.
--   only_target VARCHAR: one target's records, NULL for every target.
--   Columns: target_id, indicator_kind, record_kind ('event', 'outcome' or 'country'), record_id
--   (event_id, outcome_id or country ISO-3), event_id, outcome_id, country_iso3, record_date,
--   date_precision, record_last_day (NULL when undated), value (1 per record; for participants
--   the event's stated total, NULL when it states none), at_least (participants: a "more than"
--   total or none stated), status:
--     'counted'             in the window (with no window, every record: undated ones too);
--     'undated'             no date to place in a bounded window: not counted, shown apart;
--     'outside the period'  dated outside the window.
--   countries_reached: one row per (event, country) with the host country and each home country
--   the sources name, with or without a count; a total not broken down reaches no country. With
--   a country filter, only those countries.
-- No text column is carried: at a million events the rows of every target are many, and the
-- lists join titles and sentences for the few rows they show.
CREATE OR REPLACE MACRO target_records(date_from, date_to, countries, event_types, projects,
                                       funders, organisations, only_target) AS TABLE
WITH t AS (
    SELECT target_id, project_id, indicator_kind, event_type, outcome_type,
           greatest(period_start, date_from) AS window_start,
           least(period_end, date_to) AS window_end
    FROM targets
    WHERE indicator_kind <> 'manual' AND (only_target IS NULL OR target_id = only_target)
), ev AS (
    SELECT f.event_id, f.project_id, f.event_type, f.start_date, f.date_precision, f.period_last_day,
           f.participants_total, f.participants_at_least, f.country_iso3, f.origin_countries
    FROM filtered_facts(NULL, NULL, countries, event_types, projects, funders, organisations) AS f
    WHERE f.project_id IN (SELECT project_id FROM t)
), other_ev AS (
    -- Events of projects with no target that have an outcome of a project with one (an outcome
    -- belongs to its own project first): rare, and found without joining every event.
    SELECT f.event_id, f.start_date, f.date_precision, f.period_last_day
    FROM outcomes AS o
    JOIN filtered_facts(NULL, NULL, countries, event_types, projects, funders, organisations) AS f
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
    FROM filtered_project_outcomes(NULL, NULL, countries, event_types, projects, funders, organisations) AS o
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
