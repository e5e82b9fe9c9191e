-- 009: summary tables of event_facts by the groups a filter of event types, projects,
-- year-aligned dates and a funder's scope selects whole: (event_type, project_id, start year, last
-- year). At a million events there are about 5,000 groups (57,000 with the host country, 490,000
-- with host and home country), so a chart page in such a view reads thousands of rows instead of
-- unnesting the per-event lists of a million (queries/<page>/page_groups.sql;
-- atlas.queries.answered_by_summary decides which statement a view gets). Distinct counts do not
-- add across groups: the countries of origin and the organisations have a row per (group, value).
--
-- Derived data like event_facts (006): atlas.facts.refresh rewrites, in the write's own
-- transaction, the groups of the touched events before and after the write (an edit can move an
-- event to another group); a bulk refresh rebuilds them all. No key, for the same reason as 006.
-- facts.stale() compares them with a fresh derivation.
--
-- The live definitions of the macros are in atlas/macros.sql; these are the ones first shipped.
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

-- whole_group_facts(date_from, date_to, event_types, projects, scope_funder): filtered_facts for
-- a view with no country, funder or organisation chosen (the views the summary tables answer),
-- the same rows, written with list_contains and, for the whole database, no subquery at all, so
-- that DuckDB's top-N ("the latest ten") reaches the scan of event_facts, which is in start-date
-- order: at a million events 12 ms of CPU against 72 for filtered_facts (a subquery, even one
-- of a NULL scope, stops it: 63 ms; so does a bare list_contains of five or more values, which
-- DuckDB turns into a join, hence "IS TRUE"). tests/test_summary.py checks the two agree.
CREATE OR REPLACE MACRO whole_group_facts(date_from, date_to, event_types, projects, scope_funder) AS TABLE
SELECT f.*
FROM event_facts AS f
WHERE scope_funder IS NULL
  AND (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (event_types IS NULL OR list_contains(event_types, f.event_type) IS TRUE)
  AND (projects IS NULL OR list_contains(projects, f.project_id) IS TRUE)
UNION ALL
SELECT f.*
FROM event_facts AS f
WHERE scope_funder IS NOT NULL
  AND (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (event_types IS NULL OR list_contains(event_types, f.event_type) IS TRUE)
  AND (projects IS NULL OR list_contains(projects, f.project_id) IS TRUE)
  AND list_contains((SELECT list(pf.project_id) FROM project_funders AS pf WHERE pf.org_id = scope_funder),
                    f.project_id);

CREATE TABLE summary_events AS SELECT * FROM summary_events_of(NULL) ORDER BY ALL;
CREATE TABLE summary_origins AS SELECT * FROM summary_origins_of(NULL) ORDER BY ALL;
CREATE TABLE summary_orgs AS SELECT * FROM summary_orgs_of(NULL) ORDER BY ALL;
CREATE TABLE summary_outcomes AS SELECT * FROM summary_outcomes_of(NULL) ORDER BY ALL;
CREATE TABLE summary_hosts AS SELECT * FROM summary_hosts_of(NULL) ORDER BY ALL;
CREATE TABLE summary_flows AS SELECT * FROM summary_flows_of(NULL) ORDER BY ALL;
