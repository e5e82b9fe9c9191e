-- 015: target_countries by spans of days. The targets table's countries reached (queries/results/
-- table_groups.sql) read every row of target_countries for the projects in view, one per group,
-- country and pair of dates (start, last day) of the events reaching it: 1,856,165 rows at a
-- million events of the synthetic network, placed against each target's window and grouped to a
-- few hundred (target, country) pairs, about half the statement's operator time on the Funders
-- and Results pages. A country counts for a target when any of those pairs overlaps the target's
-- window (any pair of whole days), so the pairs of a group and country that overlap or touch are
-- merged into one span: a window overlaps the span exactly when it overlaps one of its pairs.
-- 102,810 rows at that size; undated events keep their one row per group and country.
--
-- The table keeps its columns (start_date and period_last_day are now a span's first and last
-- day); it is rewritten here from the macro below, as atlas.facts.refresh rewrites a group's rows
-- on every write. The live definition of the macro is in atlas/macros.sql; this is the one first
-- shipped.

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

DELETE FROM target_countries;
INSERT INTO target_countries SELECT * FROM target_countries_of(NULL) ORDER BY ALL;
