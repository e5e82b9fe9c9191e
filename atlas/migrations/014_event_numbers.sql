-- 014: an integer key for events, carried by the facts the Outcomes and Funders statements join
-- on it. Their largest operator at a million events of the synthetic network was a join of the
-- outcomes at an event (425,426 of 500,000) to the events in view on event_id, which is text
-- ('ev-0000123'): hashing and comparing strings. On an INTEGER key, with the outcomes read from a
-- table of their own, the two statements (queries/outcomes/page_groups.sql and
-- queries/funders/page_groups.sql) took 0.79x and 0.82x the CPU at that size (about 25-30 ms
-- each per new filter state), the same at 10,000 events and on the seed.
--
--   event_numbers(event_id, event_no): one number per event, unique. A number is not derivable
--       from the data (a new event takes the next after the largest; a bulk refresh numbers every
--       event afresh in event_facts' build order, start date then id, so the same data get the
--       same numbers), so this table is the one piece facts.stale() checks by its rules (every
--       event numbered once, every number used once) rather than against a derivation.
--   event_facts.event_no, and so funder_event_facts.event_no: the event's number, derived from
--       event_numbers (event_facts_of joins it).
--   event_outcome_facts: the outcomes recorded for an event, every column of outcomes and the
--       event's number, so that a statement scans and joins integers and reads an outcome's other
--       columns by this table's rowid; with project_outcome_facts (012: the outcomes of no event)
--       every outcome is in one of the two.
--
-- Why derived tables and a derived column, and not a column of events or outcomes: those are
-- the tables people enter and import, export and audit; a key there would be shown, exported,
-- checked in every import and undone with it. Why not hash(event_id): two ids could share a
-- hash, and an outcome would then be listed under an event it does not belong to.
--
-- Derived data like event_facts (006), kept by event: atlas.facts.refresh numbers new events,
-- drops the numbers of deleted ones, then rewrites event_facts and the event_outcome_facts rows of
-- the events a write touches (every write to outcomes touches the event an outcome is at, before
-- and after), in the write's own transaction; a bulk refresh rebuilds them all. No key or index,
-- for the reason 006 gives: a row is deleted and written again inside one transaction, which
-- DuckDB refuses for an indexed row.
--
-- The live definitions of the macros are in atlas/macros.sql; event_outcome_facts_of below is the
-- one first shipped. event_facts and funder_event_facts are rewritten here with the new column,
-- last, as the live event_facts_of gives it.

CREATE TABLE event_numbers AS
SELECT event_id, (row_number() OVER (ORDER BY start_date NULLS LAST, event_id))::INTEGER AS event_no
FROM events;

CREATE TABLE event_facts_numbered AS
SELECT f.*, n.event_no
FROM event_facts AS f
LEFT JOIN event_numbers AS n ON n.event_id = f.event_id
ORDER BY f.start_date NULLS LAST, f.event_id;
DROP TABLE event_facts;
ALTER TABLE event_facts_numbered RENAME TO event_facts;

CREATE TABLE funder_event_facts_numbered AS
SELECT f.*, n.event_no
FROM funder_event_facts AS f
LEFT JOIN event_numbers AS n ON n.event_id = f.event_id
ORDER BY f.start_date NULLS LAST, f.event_id;
DROP TABLE funder_event_facts;
ALTER TABLE funder_event_facts_numbered RENAME TO funder_event_facts;

-- event_outcome_facts_of(ids): the outcomes of the events `ids` (NULL: of every event), every
-- column of outcomes, then their event's number.
CREATE OR REPLACE MACRO event_outcome_facts_of(ids) AS TABLE
SELECT o.*, n.event_no
FROM outcomes AS o
JOIN event_numbers AS n ON n.event_id = o.event_id
WHERE ids IS NULL OR (o.event_id IN (SELECT unnest(ids)) AND n.event_id IN (SELECT unnest(ids)));

CREATE TABLE event_outcome_facts AS
SELECT * FROM event_outcome_facts_of(NULL::VARCHAR[]) ORDER BY event_no, outcome_id;
