-- 010: the targets' facts: what a target's actual counts (events, participants, countries
-- reached, outcomes), by each record's own pair of dates, so the targets table (queries/results/
-- table_groups.sql) reads its projects' rows of these instead of every event of the view: a
-- target's period is any pair of dates, so the summary tables' years (009) answer it only at a
-- year's edges. At a million events of the synthetic network: 510,779 rows of events and
-- participants, 1,856,165 of countries, 324,647 of outcomes (the three projects of a funder:
-- 36,538, 142,184 and 24,937 of them, against their 86,259 events read before).
--
-- Derived data like the summary tables (009): each row carries its event's summary group, and
-- atlas.facts.refresh rewrites, in the write's own transaction, the groups of the touched events
-- before and after the write, these tables with the summary tables; a bulk refresh rebuilds them
-- all. Outcomes of a project as a whole (no event) are not here: they are read as they are.
-- facts.stale() compares them with a fresh derivation.
--
-- And funder_event_facts: the event_facts rows of the events that name a funder (role 'funder':
-- about 50,000 of a million), so that a funder's own events (the Funders page, the targets
-- table with funders chosen) are found without reading every event's list of funders. Rewritten
-- with event_facts, row for row, by atlas.facts.refresh; a migration that rewrites event_facts
-- with other columns rewrites it too.
--
-- The live definitions of the macros are in atlas/macros.sql; these are the ones first shipped.
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

-- target_countries_of(keys): one row per (group, start_date, period_last_day, country reached):
-- the host country and each home country the sources name, with or without a count (distinct:
-- a country is one record however many events reach it).
CREATE OR REPLACE MACRO target_countries_of(keys) AS TABLE
SELECT DISTINCT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
FROM (SELECT project_id, event_type, start_year, last_year, start_date, period_last_day, country_iso3
      FROM summary_facts(keys)
      WHERE country_iso3 IS NOT NULL
      UNION ALL
      SELECT project_id, event_type, start_year, last_year, start_date, period_last_day,
             unnest(origin_countries) AS country_iso3
      FROM summary_facts(keys));

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

CREATE TABLE target_days AS SELECT * FROM target_days_of(NULL) ORDER BY ALL;
CREATE TABLE target_countries AS SELECT * FROM target_countries_of(NULL) ORDER BY ALL;
CREATE TABLE target_outcomes AS SELECT * FROM target_outcomes_of(NULL) ORDER BY ALL;
CREATE TABLE funder_event_facts AS
SELECT * FROM event_facts WHERE len(funder_ids) > 0 ORDER BY start_date NULLS LAST, event_id;
