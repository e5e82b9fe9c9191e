-- 011: funder_outcome_facts: the outcomes recorded for the events that name a funder (the events
-- of funder_event_facts, migration 010), each with what a target counts it by: the project it
-- counts for (its own, else its event's), its type and its pair of dates (its own date and the
-- last day of the period that date stands for, else its event's), as target_records places it.
-- The targets table with funders chosen (queries/results/table_groups.sql: the Funders page's,
-- and the Results page's with a funder in the filter) counts the outcomes of a funder's own events
-- from these rows instead of matching every outcome's event_id against them: at a million events
-- of the synthetic network 22,000-odd rows against 450,000 outcomes with an event.
--
-- Derived data like funder_event_facts: atlas.facts.refresh rewrites the rows of the events a
-- write touches after funder_event_facts, in the write's own transaction; a bulk refresh
-- rebuilds them all; facts.stale() compares them with a fresh derivation.
--
-- The live definition of the macro is in atlas/macros.sql; this is the one first shipped.

-- funder_outcome_facts_of(ids): the rows of funder_outcome_facts for the events `ids` of
-- funder_event_facts (NULL: all of them).
CREATE OR REPLACE MACRO funder_outcome_facts_of(ids) AS TABLE
SELECT f.event_id, coalesce(o.project_id, f.project_id) AS outcome_project_id, o.outcome_type,
       coalesce(o.date, f.start_date) AS record_date,
       CASE WHEN o.date IS NOT NULL THEN period_end(o.date, o.date_precision) ELSE f.period_last_day END
           AS record_last_day
FROM funder_event_facts AS f
JOIN outcomes AS o ON o.event_id = f.event_id
WHERE ids IS NULL OR list_contains(ids, f.event_id);

CREATE TABLE funder_outcome_facts AS
SELECT * FROM funder_outcome_facts_of(NULL::VARCHAR[]) ORDER BY ALL;
