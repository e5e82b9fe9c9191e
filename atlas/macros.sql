-- The live SQL macros: the shared filter every named query in queries/ calls, the scope it
-- applies, and what they are built on. This file is where they are defined; nowhere else counts.
--
-- atlas.db.migrate runs it with CREATE OR REPLACE after the migrations, every time it runs (a
-- build, `python -m atlas.db refresh`, the app opening a file it may write), so a file of any
-- age ends with these definitions. The migrations that first defined them (002, 006, 007, 008, 009)
-- keep the definitions they shipped: an old file replays them on its way up, then this file
-- replaces them (tests/test_database.py checks that a fresh and a migrated file end with the
-- same text). A new or changed macro goes here, not into a migration.
--
-- DuckDB checks a macro's tables when it is created, so this runs after every migration and may
-- only use what the newest schema has. A change here that needs a new column or table comes with
-- the migration that adds it; a change to event_facts_of's columns comes with one that rewrites
-- the event_facts table. A file opened read-only (ATLAS_READ_ONLY=1) is not migrated and keeps
-- the macros it was last written with until `python -m atlas.db refresh`.

-- period_end(d, p): the last day of the period a date at precision p stands for, so that a
-- "May 2016" event matches a range starting on 15 May 2016.
CREATE OR REPLACE MACRO period_end(d, p) AS CASE p
    WHEN 'day' THEN d
    WHEN 'month' THEN CAST(d + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)
    WHEN 'season' THEN CAST(d + INTERVAL 4 MONTH - INTERVAL 1 DAY AS DATE)
    WHEN 'year' THEN CAST(d + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)
END;

-- event_facts_of(ids): one row per event as the table event_facts (migration 006) holds it,
-- derived from the data now (atlas.facts.refresh writes the table from it); ids NULL for every
-- event.
--   Every column of events, then:
--   period_last_day DATE:  the last day the event's dates stand for (end date, else the end of the
--                          period of a start date at its precision); NULL when undated.
--   counted INTEGER:       the sum of the stated per-country counts (0 when none is stated).
--   countries_named INTEGER, countries_without_count INTEGER: participation rows, and those of
--                          them that name a country without a count.
--   origins STRUCT(country_iso3, participants)[]: the participation rows (participants NULL when
--                          the report names the country without a count).
--   origin_countries VARCHAR[], org_ids VARCHAR[] (any role), funder_ids VARCHAR[] (role
--                          'funder'): what the filter matches chosen values against.
--   outcome_count INTEGER: outcomes recorded for the event itself.
--   outcome_list STRUCT(outcome_type, year, project_id)[]: each of them with the year the
--                          Outcomes page counts it in (its own date, else the event's start) and
--                          its project (its own, else the event's).
--   event_no INTEGER:      the event's number in event_numbers (migration 014), the key the
--                          statements join its outcomes on (event_outcome_facts).
CREATE OR REPLACE MACRO event_facts_of(ids) AS TABLE
WITH chosen AS (
    SELECT e.* FROM events AS e
    WHERE ids IS NULL OR e.event_id IN (SELECT unnest(ids))
), part AS (
    SELECT p.event_id,
           coalesce(sum(p.participants), 0)::INTEGER AS counted,
           count(*)::INTEGER AS countries_named,
           count(*) FILTER (WHERE p.participants IS NULL)::INTEGER AS countries_without_count,
           list({'country_iso3': p.country_iso3, 'participants': p.participants} ORDER BY p.country_iso3) AS origins,
           list(p.country_iso3 ORDER BY p.country_iso3) AS origin_countries
    FROM participation AS p
    WHERE p.event_id IN (SELECT event_id FROM chosen)
    GROUP BY p.event_id
), roles AS (
    SELECT eo.event_id,
           list(DISTINCT eo.org_id ORDER BY eo.org_id) AS org_ids,
           coalesce(list(DISTINCT eo.org_id ORDER BY eo.org_id) FILTER (WHERE eo.role = 'funder'), []) AS funder_ids
    FROM event_organisations AS eo
    WHERE eo.event_id IN (SELECT event_id FROM chosen)
    GROUP BY eo.event_id
), outs AS (
    SELECT o.event_id, count(*)::INTEGER AS outcome_count,
           list({'outcome_type': o.outcome_type,
                 'year': year(coalesce(o.date, c.start_date))::INTEGER,
                 'project_id': coalesce(o.project_id, c.project_id)}
                ORDER BY o.outcome_id) AS outcome_list
    FROM outcomes AS o
    JOIN chosen AS c ON c.event_id = o.event_id
    GROUP BY o.event_id
), numbered AS (
    SELECT n.event_id, n.event_no FROM event_numbers AS n
    WHERE n.event_id IN (SELECT event_id FROM chosen)
)
SELECT c.*,
       coalesce(c.end_date, period_end(c.start_date, c.date_precision)) AS period_last_day,
       coalesce(part.counted, 0)::INTEGER AS counted,
       coalesce(part.countries_named, 0)::INTEGER AS countries_named,
       coalesce(part.countries_without_count, 0)::INTEGER AS countries_without_count,
       coalesce(part.origins, []) AS origins,
       coalesce(part.origin_countries, []::VARCHAR[]) AS origin_countries,
       coalesce(roles.org_ids, []::VARCHAR[]) AS org_ids,
       coalesce(roles.funder_ids, []::VARCHAR[]) AS funder_ids,
       coalesce(outs.outcome_count, 0)::INTEGER AS outcome_count,
       coalesce(outs.outcome_list, []) AS outcome_list,
       numbered.event_no
FROM chosen AS c
LEFT JOIN part USING (event_id)
LEFT JOIN roles USING (event_id)
LEFT JOIN outs USING (event_id)
LEFT JOIN numbered USING (event_id);

-- The scope: every macro of the shared filter takes scope_funder last. NULL reads the whole
-- database; an org_id keeps only the projects that organisation funds (project_funders), their
-- events, the participation and outcomes of those, and the organisations named at them. It is
-- ANDed with the filters, so a link can narrow a scope and never widen it.
--
-- in_scope(project_id, scope_funder): whether a project (an event's or an outcome's) is in the
-- scope. An event or outcome of no project is outside every funder's scope.
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

-- filtered_facts(..., scope_funder): the event_facts rows of the events the filter bar selects,
-- within the scope. Each argument is NULL for "all"; lists are matched with = ANY.
--   date_from, date_to DATE: the event's period overlaps the range; undated events are left out
--                            once either bound is set (the report gives no date to compare).
--   countries VARCHAR[]:     hosted in one of them, or with participants from one of them.
--   event_types VARCHAR[], projects VARCHAR[]: as named.
--   funders VARCHAR[]:       the event's project is funded by one, or the event names one as funder.
--   organisations VARCHAR[]: the organisation has a role in the event or is a partner, lead or
--                            funder of its project.
--   scope_funder VARCHAR:    see the scope above.
-- The rule is the one migration 002 first stated over the child tables (tests/test_facts.py
-- checks the two agree), read from event_facts' lists. (A list is searched with list_contains
-- once per chosen value: three times faster than list_has_any.)
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
       OR list_has_any(f.funder_ids, funders)
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(funders)))
  AND (organisations IS NULL
       OR list_has_any(f.org_ids, organisations)
       OR f.project_id IN (SELECT pp.project_id FROM project_partners AS pp WHERE pp.org_id = ANY(organisations))
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(organisations))
       OR f.project_id IN (SELECT pr.project_id FROM projects AS pr WHERE pr.lead_org_id = ANY(organisations)))
  AND (scope_funder IS NULL
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = scope_funder));

-- filtered_events(..., scope_funder): the events the filter bar selects (the arguments of
-- filtered_facts), every column of events and no other.
CREATE OR REPLACE MACRO filtered_events(date_from, date_to, countries, event_types, projects,
                                        funders, organisations, scope_funder) AS TABLE
SELECT * EXCLUDE (period_last_day, counted, countries_named, countries_without_count, origins,
                  origin_countries, org_ids, funder_ids, outcome_count, outcome_list, event_no)
FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations, scope_funder);

-- filtered_project_outcomes(..., scope_funder): the outcomes of whole projects (no event) that
-- the view shows: with no filter set, those of every project in the scope; else those whose
-- project has a selected event and whose own date and country (where stated) are in range. A
-- view's outcome count is these plus the selected events' outcome_count. Read from
-- project_outcome_facts (migration 012: the outcomes of no event, every column of outcomes).
CREATE OR REPLACE MACRO filtered_project_outcomes(date_from, date_to, countries, event_types, projects,
                                                  funders, organisations, scope_funder) AS TABLE
SELECT o.*
FROM project_outcome_facts AS o
WHERE ((date_from IS NULL AND date_to IS NULL AND countries IS NULL AND event_types IS NULL
        AND projects IS NULL AND funders IS NULL AND organisations IS NULL
        AND in_scope(o.project_id, scope_funder))
       OR (o.project_id IN (SELECT DISTINCT project_id
                            FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders,
                                                organisations, scope_funder))
           AND (o.date IS NULL OR ((date_from IS NULL OR period_end(o.date, o.date_precision) >= date_from)
                                   AND (date_to IS NULL OR o.date <= date_to)))
           AND (countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY(countries))));

-- filtered_outcomes(..., scope_funder): the outcomes of the view: those of the selected events,
-- and those of whole projects by the rule above.
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

-- filtered_outcome_facts(..., scope_funder): one row per outcome of the view (the rows
-- filtered_outcomes gives) with what the Outcomes charts group by: outcome_type, year (its own
-- date, else its event's start; NULL when neither is stated) and project_id (its own, else its
-- event's).
CREATE OR REPLACE MACRO filtered_outcome_facts(date_from, date_to, countries, event_types, projects,
                                               funders, organisations, scope_funder) AS TABLE
SELECT unnest(outcome_list, recursive := true)
FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations, scope_funder)
UNION ALL
SELECT o.outcome_type, year(o.date)::INTEGER AS year, o.project_id
FROM filtered_project_outcomes(date_from, date_to, countries, event_types, projects, funders, organisations,
                               scope_funder) AS o;

-- target_records(..., only_target, scope_funder): one row per record a target's indicator counts
-- or could count, among the records of the target's project in view, within the scope (only the
-- targets of projects in it, their records read through the scoped filter). It is the one
-- statement of how an actual is counted; queries/results/ aggregate it (targets against
-- actuals) or list it (what counts, joined there to each record's title and sentence).
--   The shared filter applies (countries, event types, projects, funders, organisations select the
--   project's events and outcomes as on every page). Dates are not left to the filter, which
--   drops undated records: the window is the target's period intersected with the filter's date
--   range, and an undated record is kept and marked, never silently dropped.
--   only_target VARCHAR: one target's records, NULL for every target.
--   only_projects VARCHAR[] (optional, NULL by default): only the targets of these projects. A
--   kept target's rows are the same with or without it (an event of a project left out that has
--   an outcome of a kept project is read as other_ev instead of ev); results/table passes the
--   projects in view, so a funder's view reads its few projects' records, not every target's.
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
                                       funders, organisations, only_target, scope_funder,
                                       only_projects := NULL) AS TABLE
WITH t AS (
    SELECT target_id, project_id, indicator_kind, event_type, outcome_type,
           greatest(period_start, date_from) AS window_start,
           least(period_end, date_to) AS window_end
    FROM targets
    WHERE indicator_kind <> 'manual' AND (only_target IS NULL OR target_id = only_target)
      AND in_scope(project_id, scope_funder)
      AND (only_projects IS NULL OR list_contains(only_projects, project_id))
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
    -- The outcomes filtered_outcomes gives, read the cheap way round: those of the events
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

-- summary_facts(keys): the event_facts rows with their group: (event_type, project_id,
-- start_year, last_year), the last two the years of start_date and period_last_day (NULL when
-- undated). keys STRUCT(event_type, project_id, start_year, last_year)[]: only those groups;
-- NULL for every event. A filter of event types, projects, year-aligned dates (1 January to 31
-- December) and a funder's scope selects whole groups, so the summary tables below answer it.
CREATE OR REPLACE MACRO summary_facts(keys) AS TABLE
SELECT f.*, year(f.start_date) AS start_year, year(f.period_last_day) AS last_year
FROM event_facts AS f
WHERE keys IS NULL
UNION ALL
-- (a join: a list_contains of a struct per row cost 4x as much at a million events)
SELECT f.*, year(f.start_date) AS start_year, year(f.period_last_day) AS last_year
FROM event_facts AS f
SEMI JOIN (SELECT unnest(CAST(keys AS STRUCT(event_type VARCHAR, project_id VARCHAR, start_year BIGINT,
                                             last_year BIGINT)[]), recursive := true)) AS k
  ON f.event_type = k.event_type AND f.project_id IS NOT DISTINCT FROM k.project_id
 AND year(f.start_date) IS NOT DISTINCT FROM k.start_year
 AND year(f.period_last_day) IS NOT DISTINCT FROM k.last_year;

-- summary_events_of(keys): one row per group with its events' additive measures (sums and
-- counts add across groups; the bool_or combines with bool_or).
CREATE OR REPLACE MACRO summary_events_of(keys) AS TABLE
SELECT event_type, project_id, start_year, last_year,
       count(*) AS events,
       sum(participants_total) AS participants,
       count(*) FILTER (WHERE participants_at_least) AS at_least_events,
       count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count,
       sum(outcome_count) AS event_outcomes,
       count(*) FILTER (WHERE outcome_count > 0) AS events_with_outcomes,
       sum(participants_total - counted) FILTER (WHERE participants_total IS NOT NULL) AS remainder,
       count(*) FILTER (WHERE participants_total > counted) AS remainder_events,
       bool_or(participants_at_least AND participants_total > counted) FILTER (WHERE participants_total IS NOT NULL)
           AS remainder_at_least
FROM summary_facts(keys)
GROUP BY ALL;

-- summary_origins_of(keys): one row per (group, home country) named: the participants stated
-- (NULL when none is), the events naming it and those naming it without a count. The country
-- list of a view is the distinct countries of its groups' rows.
CREATE OR REPLACE MACRO summary_origins_of(keys) AS TABLE
SELECT event_type, project_id, start_year, last_year, o.country_iso3,
       sum(o.participants) AS participants,
       count(*) AS events,
       count(*) FILTER (WHERE o.participants IS NULL) AS events_without_count
FROM (SELECT event_type, project_id, start_year, last_year, unnest(origins) AS o FROM summary_facts(keys))
GROUP BY ALL;

-- summary_orgs_of(keys): one row per (group, organisation with any role at one of its events):
-- distinct organisations do not add across groups, so a view counts the distinct org_id here.
CREATE OR REPLACE MACRO summary_orgs_of(keys) AS TABLE
SELECT DISTINCT event_type, project_id, start_year, last_year, unnest(org_ids) AS org_id
FROM summary_facts(keys);

-- summary_outcomes_of(keys): one row per (group, outcome type, year, outcome's project) of the
-- outcomes recorded for the group's events (event_facts.outcome_list), with their count.
CREATE OR REPLACE MACRO summary_outcomes_of(keys) AS TABLE
SELECT event_type, project_id, start_year, last_year,
       o.outcome_type, o.year, o.project_id AS outcome_project_id, count(*) AS outcomes
FROM (SELECT event_type, project_id, start_year, last_year, unnest(outcome_list) AS o FROM summary_facts(keys))
GROUP BY ALL;

-- summary_hosts_of(keys): one row per (group, host country; NULL when none is stated) for the
-- Countries page: the events, participants stated, "more than" totals, totals not stated, and
-- the remainder not broken down by country where a total exceeds the per-country counts.
CREATE OR REPLACE MACRO summary_hosts_of(keys) AS TABLE
SELECT event_type, project_id, start_year, last_year, country_iso3 AS host_iso3,
       count(*) AS events,
       sum(participants_total) AS participants,
       count(*) FILTER (WHERE participants_at_least) AS at_least_events,
       count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count,
       sum(participants_total - counted) FILTER (WHERE participants_total > counted) AS excess,
       count(*) FILTER (WHERE participants_total > counted) AS excess_events,
       bool_or(participants_at_least) FILTER (WHERE participants_total > counted) AS excess_at_least
FROM summary_facts(keys)
GROUP BY ALL;

-- summary_flows_of(keys): one row per (group, host country, home country named): as
-- summary_origins_of, split by host (the Countries page's flows).
CREATE OR REPLACE MACRO summary_flows_of(keys) AS TABLE
SELECT event_type, project_id, start_year, last_year, host_iso3, o.country_iso3 AS home_iso3,
       sum(o.participants) AS participants,
       count(*) AS events,
       count(*) FILTER (WHERE o.participants IS NULL) AS events_without_count
FROM (SELECT event_type, project_id, start_year, last_year, country_iso3 AS host_iso3, unnest(origins) AS o
      FROM summary_facts(keys))
GROUP BY ALL;

-- The targets' facts (migration 010): what a target's actual counts, by the records' dates, so a
-- targets table reads a few thousand rows instead of every event of its projects. A target's
-- period is any pair of dates, so these keep each record's own pair (start, last day): records
-- that share a project, a type and a pair of dates are counted alike by every target, whatever
-- its window. Each row also carries its event's summary group (project_id, event_type,
-- start_year, last_year), which the shared filter's event types, projects and scope select
-- whole, and by which atlas.facts.refresh rewrites them with the summary tables.
--
-- target_days_of(keys): one row per (group, start_date, period_last_day): the events, the
-- participants stated (NULL when none of them states a total) and the events whose total is a
-- "more than" or not stated (a participants target's actual is then a lower bound).
CREATE OR REPLACE MACRO target_days_of(keys) AS TABLE
SELECT project_id, event_type, start_year, last_year, start_date, period_last_day,
       count(*) AS events,
       sum(participants_total) AS participants,
       count(*) FILTER (WHERE participants_at_least OR participants_total IS NULL) AS loose_events
FROM summary_facts(keys)
GROUP BY ALL;

-- target_countries_of(keys): one row per (group, country reached, span of days): the host country
-- and each home country the sources name, with or without a count (distinct: a country is one
-- record however many events reach it). A country counts for a target when any event of the group
-- reaching it overlaps the target's window, so the events' pairs of dates (start, last day) that
-- overlap or touch are merged into one span (migration 015): a window of whole days overlaps the
-- span exactly when it overlaps one of the pairs. At a million events of the synthetic network
-- 103,000 rows instead of 1,856,165. Undated events (no pair) keep one row per group and country.
CREATE OR REPLACE MACRO target_countries_of(keys) AS TABLE
WITH reached AS (
    SELECT DISTINCT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
    FROM (SELECT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
          FROM summary_facts(keys)
          WHERE country_iso3 IS NOT NULL
          UNION ALL
          SELECT project_id, event_type, start_year, last_year, start_date, period_last_day,
                 unnest(origin_countries) AS country_iso3
          FROM summary_facts(keys))
), reach AS (
    -- each dated pair with the last day reached by the pairs before it (by start, then last day)
    SELECT *,
           max(period_last_day) OVER (
               PARTITION BY project_id, event_type, start_year, last_year, country_iso3
               ORDER BY start_date, period_last_day
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached_until
    FROM reached
    WHERE start_date IS NOT NULL AND period_last_day IS NOT NULL
), spans AS (
    -- a pair starting more than a day after every earlier pair ends begins a new span
    SELECT *,
           sum(CASE WHEN start_date <= reached_until + 1 THEN 0 ELSE 1 END) OVER (
               PARTITION BY project_id, event_type, start_year, last_year, country_iso3
               ORDER BY start_date, period_last_day
               ROWS UNBOUNDED PRECEDING) AS span
    FROM reach
)
SELECT project_id, event_type, start_year, last_year,
       min(start_date) AS start_date, max(period_last_day) AS period_last_day, country_iso3
FROM spans
GROUP BY project_id, event_type, start_year, last_year, country_iso3, span
UNION ALL
SELECT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
FROM reached
WHERE start_date IS NULL OR period_last_day IS NULL;

-- target_outcomes_of(keys): one row per (group of the event, the outcome's project (its own,
-- else its event's), outcome type, record_date, record_last_day) of the outcomes recorded for
-- the groups' events, with their count. An outcome's dates are its own (the last day of the
-- period its date stands for), else its event's, as target_records places it.
CREATE OR REPLACE MACRO target_outcomes_of(keys) AS TABLE
SELECT f.project_id, f.event_type, f.start_year, f.last_year,
       coalesce(o.project_id, f.project_id) AS outcome_project_id, o.outcome_type,
       coalesce(o.date, f.start_date) AS record_date,
       CASE WHEN o.date IS NOT NULL THEN period_end(o.date, o.date_precision) ELSE f.period_last_day END
           AS record_last_day,
       count(*) AS outcomes
FROM summary_facts(keys) AS f
JOIN outcomes AS o ON o.event_id = f.event_id
GROUP BY ALL;

-- funder_outcome_facts_of(ids) (migration 011): the outcomes of the events `ids` of
-- funder_event_facts (NULL: all of them), each with the project it counts for (its own, else its
-- event's), its type and its pair of dates (its own, else its event's), as target_records places
-- it: what the targets table counts a funder's own events' outcomes by.
CREATE OR REPLACE MACRO funder_outcome_facts_of(ids) AS TABLE
SELECT f.event_id, coalesce(o.project_id, f.project_id) AS outcome_project_id, o.outcome_type,
       coalesce(o.date, f.start_date) AS record_date,
       CASE WHEN o.date IS NOT NULL THEN period_end(o.date, o.date_precision) ELSE f.period_last_day END
           AS record_last_day
FROM funder_event_facts AS f
JOIN outcomes AS o ON o.event_id = f.event_id
WHERE ids IS NULL OR list_contains(ids, f.event_id);

-- summary_in_view(...): whether a group is in a view of event types, projects, year-aligned
-- dates and a scope (atlas.queries.answered_by_summary says when a view is one): the condition
-- filtered_facts applies to each event, which for such a view is the same for every event of a
-- group.
CREATE OR REPLACE MACRO summary_in_view(event_type, project_id, start_year, last_year,
                                        date_from, date_to, event_types, projects, scope_funder) AS
    (date_from IS NULL OR last_year >= year(CAST(date_from AS DATE)))
    AND (date_to IS NULL OR start_year <= year(CAST(date_to AS DATE)))
    AND (event_types IS NULL OR list_contains(event_types, event_type) IS TRUE)
    AND (projects IS NULL OR list_contains(projects, project_id) IS TRUE)
    AND (scope_funder IS NULL
         OR project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = scope_funder));

-- whole_group_rows(date_from, date_to, event_types, projects, scope_funder): filtered_facts for
-- a view with no country, funder or organisation chosen (the views the summary tables answer),
-- the same rows, written with list_contains and, for the whole database, no subquery at all, so
-- that DuckDB's top-N ("the latest ten") reaches the scan of event_facts, which is in start-date
-- order: at a million events 12 ms of CPU against 72 for filtered_facts (a subquery, even one
-- of a NULL scope, stops it: 63 ms; so does a bare list_contains of five or more values, which
-- DuckDB turns into a join, hence "IS TRUE"). tests/test_summary.py checks the two agree.
-- Each row comes with its rowid in event_facts first (fact_row), so a statement that picks a
-- few of them (a list's first rows) reads their other columns by rowid instead of matching
-- event_id against every event; whole_group_facts is the same rows without it.
CREATE OR REPLACE MACRO whole_group_rows(date_from, date_to, event_types, projects, scope_funder) AS TABLE
SELECT f.rowid AS fact_row, f.*
FROM event_facts AS f
WHERE scope_funder IS NULL
  AND (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (event_types IS NULL OR list_contains(event_types, f.event_type) IS TRUE)
  AND (projects IS NULL OR list_contains(projects, f.project_id) IS TRUE)
UNION ALL
SELECT f.rowid AS fact_row, f.*
FROM event_facts AS f
WHERE scope_funder IS NOT NULL
  AND (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (event_types IS NULL OR list_contains(event_types, f.event_type) IS TRUE)
  AND (projects IS NULL OR list_contains(projects, f.project_id) IS TRUE)
  AND list_contains((SELECT list(pf.project_id) FROM project_funders AS pf WHERE pf.org_id = scope_funder),
                    f.project_id);

CREATE OR REPLACE MACRO whole_group_facts(date_from, date_to, event_types, projects, scope_funder) AS TABLE
SELECT * EXCLUDE (fact_row) FROM whole_group_rows(date_from, date_to, event_types, projects, scope_funder);

-- A funder filter (funders VARCHAR[]) selects the events whose project one of them funds
-- (project_funders) or that name one as their own funder (event_organisations role 'funder').
-- The first are whole summary groups (a group has one project); the second, outside those
-- projects, are few (about 1,100 of a million events for a funder of the synthetic network) and
-- are read from event_facts itself: list_contains over funder_ids, mostly empty lists, costs
-- about 6 ms of CPU at a million events. The two sets are disjoint, so additive measures add;
-- distinct counts are taken over the union of both sets' values. No table of its own: nothing
-- to keep in step, nothing to go stale.
--
-- funded_by(funders): the projects one of `funders` funds (project_funders), as a list.
CREATE OR REPLACE MACRO funded_by(funders) AS
    (SELECT coalesce(list(DISTINCT pf.project_id), []::VARCHAR[]) FROM project_funders AS pf
     WHERE pf.org_id = ANY(funders));

-- own_funder_facts(date_from, date_to, event_types, projects, funders, scope_funder): the
-- event_facts rows that name one of `funders` as their own funder and are of no project any of
-- them funds (another project or none), within the other filters (any dates), checked per event.
CREATE OR REPLACE MACRO own_funder_facts(date_from, date_to, event_types, projects, funders, scope_funder) AS TABLE
SELECT f.*
FROM event_facts AS f
WHERE list_has_any(f.funder_ids, funders)
  AND (f.project_id IS NULL OR NOT list_contains(funded_by(funders), f.project_id))
  AND (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (event_types IS NULL OR list_contains(event_types, f.event_type) IS TRUE)
  AND (projects IS NULL OR list_contains(projects, f.project_id) IS TRUE)
  AND (scope_funder IS NULL
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = scope_funder));

-- funder_facts(date_from, date_to, event_types, projects, funders, scope_funder, started_by):
-- filtered_facts for a view with funders chosen and no country or organisation: the events of the
-- projects they fund (whole groups) and own_funder_facts; started_by DATE, when not NULL, keeps
-- only the events that start on or before it (a top-N list's cut, read from the groups' counts:
-- tested first, it lets the scan of event_facts, in start-date order, stop early: about 10 ms of
-- CPU at a million events against 55). tests/test_summary.py checks it selects what
-- filtered_facts does, for any dates.
CREATE OR REPLACE MACRO funder_facts(date_from, date_to, event_types, projects, funders, scope_funder,
                                     started_by) AS TABLE
SELECT f.*
FROM event_facts AS f
WHERE started_by IS NOT NULL AND f.start_date <= started_by
  AND list_contains(funded_by(funders), f.project_id)
  AND (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (event_types IS NULL OR list_contains(event_types, f.event_type) IS TRUE)
  AND (projects IS NULL OR list_contains(projects, f.project_id) IS TRUE)
  AND (scope_funder IS NULL
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = scope_funder))
UNION ALL
SELECT f.*
FROM whole_group_facts(date_from, date_to, event_types, projects, scope_funder) AS f
WHERE started_by IS NULL AND list_contains(funded_by(funders), f.project_id)
UNION ALL
SELECT * FROM own_funder_facts(date_from, date_to, event_types, projects, funders, scope_funder)
WHERE started_by IS NULL OR start_date <= started_by;

-- project_outcome_facts_of(ids) (migration 012): the outcomes `ids` (NULL: all of them) that
-- belong to no event, every column: the rows of project_outcome_facts.
CREATE OR REPLACE MACRO project_outcome_facts_of(ids) AS TABLE
SELECT o.*
FROM outcomes AS o
WHERE o.event_id IS NULL
  AND (ids IS NULL OR list_contains(ids, o.outcome_id));

-- event_outcome_facts_of(ids) (migration 014): the outcomes of the events `ids` (NULL: of every
-- event), every column of outcomes, then their event's number (event_numbers): the rows of
-- event_outcome_facts, which the Outcomes and Funders statements join to the events in view on
-- event_no, an integer, instead of on event_id.
CREATE OR REPLACE MACRO event_outcome_facts_of(ids) AS TABLE
SELECT o.*, n.event_no
FROM outcomes AS o
JOIN event_numbers AS n ON n.event_id = o.event_id
WHERE ids IS NULL OR (o.event_id IN (SELECT unnest(ids)) AND n.event_id IN (SELECT unnest(ids)));
