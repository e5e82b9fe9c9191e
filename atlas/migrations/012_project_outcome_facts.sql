-- 012: project_outcome_facts: the outcomes recorded for a project as a whole (no event), every
-- column of outcomes, so that a page finds them without reading every outcome's event_id. At a
-- million events of the synthetic network 74,574 of 500,000 outcomes; the Overview, Outcomes and
-- Funders statements and the targets table each scanned all 500,000 for them (about 10-14 ms of
-- each at that size).
--
-- Derived data like funder_outcome_facts (011), kept by outcome rather than by event:
-- atlas.facts.refresh_project_outcomes rewrites the rows of the outcomes a write touches, in the
-- write's own transaction (atlas.ingest.steps.apply_op, the one way data change); a bulk refresh
-- rebuilds them all; facts.stale() compares them with a fresh derivation. A migration that adds
-- a column to outcomes rebuilds this table with it.
--
-- The live definition of the macro is in atlas/macros.sql; this is the one first shipped.

-- project_outcome_facts_of(ids): the outcomes `ids` (NULL: all of them) that belong to no event.
CREATE OR REPLACE MACRO project_outcome_facts_of(ids) AS TABLE
SELECT o.*
FROM outcomes AS o
WHERE o.event_id IS NULL
  AND (ids IS NULL OR list_contains(ids, o.outcome_id));

CREATE TABLE project_outcome_facts AS
SELECT * FROM project_outcome_facts_of(NULL::VARCHAR[]) ORDER BY project_id, date NULLS LAST, outcome_id;
