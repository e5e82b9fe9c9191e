-- outcomes/page for a view the summary tables answer (atlas.queries.answered_by_summary: event
-- types, projects, dates from 1 January to 31 December, any scope; no country, funder or
-- organisation): the same columns, types, values and order, the counts read from the groups
-- (migration 009) instead of a million events' outcome lists. The list ($limit outcomes) joins
-- to the events in view only the outcomes that can be of the projects holding the first $limit
-- (cut), found in one scan of narrow columns, and reads the text of the candidates and of the
-- listed events by rowid (each event's rowid comes with it from whole_group_rows: no match of
-- event_id against every event for the titles). The outcomes at an event are read from
-- event_outcome_facts and joined to the events on event_no (migration 014: an integer; on the
-- text of event_id the join and its scans cost about 25 ms more CPU at a million events). The
-- join's events are only those of the needed projects and those at which an outcome of one was
-- recorded (outcome_events), so it hashes at most a few thousand events, not up to 350,000:
-- 25-33 ms of CPU less at a million events.
-- tests/test_summary.py checks it against page.sql.
-- $date_from DATE, $date_to DATE: date range, NULL for open (1 January, 31 December).
-- $countries, $funders, $organisations VARCHAR[]: NULL here (else page.sql answers).
-- $event_types, $projects VARCHAR[]: NULL for all.
-- $limit INTEGER: how many outcomes at most in the list; its matching counts them all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH g AS MATERIALIZED (
    SELECT * FROM summary_events AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
), project_outcomes AS MATERIALIZED (
    -- filtered_project_outcomes, with the projects of the selected events read from the groups,
    -- from project_outcome_facts (migration 012: the outcomes of no event); only what the counts
    -- and the list's order need (the list reads the rest for its rows, by this table's rowid)
    SELECT o.rowid AS row, o.outcome_type, o.date, o.project_id
    FROM project_outcome_facts AS o
    WHERE (($date_from IS NULL AND $date_to IS NULL AND $countries IS NULL AND $event_types IS NULL
            AND $projects IS NULL AND $funders IS NULL AND $organisations IS NULL
            AND in_scope(o.project_id, $scope_funder))
           OR (o.project_id IN (SELECT DISTINCT project_id FROM g)
               AND (o.date IS NULL OR (($date_from IS NULL OR period_end(o.date, o.date_precision) >= $date_from)
                                       AND ($date_to IS NULL OR o.date <= $date_to)))
               AND ($countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY($countries))))
), kinds AS MATERIALIZED (
    -- filtered_outcome_facts, counted: n outcomes of each kind (the whole-project outcomes,
    -- 74,574 at a million events, counted here once, not by each of the four readers below)
    SELECT s.outcome_type, s.year, s.outcome_project_id AS project_id, s.outcomes AS n
    FROM summary_outcomes AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
    UNION ALL
    SELECT outcome_type, year(date)::INTEGER AS year, project_id, count(*) FROM project_outcomes
    GROUP BY ALL
), by_type AS (
    SELECT outcome_type, sum(n)::BIGINT AS outcomes FROM kinds GROUP BY outcome_type
), by_year AS (
    SELECT year, outcome_type, sum(n)::BIGINT AS outcomes FROM kinds GROUP BY year, outcome_type
), by_project AS (
    SELECT pr.project_id, pr.name AS project, k.outcomes
    FROM (SELECT project_id, sum(n)::BIGINT AS outcomes FROM kinds GROUP BY project_id) AS k
    LEFT JOIN projects AS pr ON pr.project_id = k.project_id
), cut AS (
    -- The list shows the first $limit outcomes by project name: the counts above say which
    -- projects (by name) hold them, so only those projects' outcomes are joined to their events
    -- (NULL: every project is needed).
    SELECT min(name) AS name
    FROM (SELECT name, sum(n) OVER (ORDER BY name NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
          FROM (SELECT pr.name, sum(k.n) AS n
                FROM kinds AS k LEFT JOIN projects AS pr ON pr.project_id = k.project_id
                GROUP BY pr.name))
    WHERE running >= $limit AND name IS NOT NULL
), needed AS MATERIALIZED (
    SELECT list(project_id) AS projects FROM projects WHERE name <= (SELECT name FROM cut)
), event_outcomes AS MATERIALIZED (
    -- the outcomes at an event that may be listed, from one scan of narrow columns: of a needed
    -- project, or of none (their event's project decides, below)
    SELECT o.rowid AS row, o.event_no, o.project_id
    FROM event_outcome_facts AS o
    WHERE ((SELECT name FROM cut) IS NULL OR o.project_id IS NULL
           OR list_contains((SELECT projects FROM needed), o.project_id))
), outcome_events AS (
    -- the events in view whose outcomes may be listed: of a needed project (for their outcomes
    -- of no project), or at which an outcome of a needed project was recorded; so the join
    -- below hashes at most a few thousand events, not every event in view with an outcome (up
    -- to 350,000 at a million events)
    SELECT e.fact_row, e.event_no, e.project_id, e.start_date, e.date_precision
    FROM whole_group_rows($date_from, $date_to, $event_types, $projects, $scope_funder) AS e
    WHERE e.outcome_count > 0
      AND ((SELECT name FROM cut) IS NULL
           OR list_contains((SELECT projects FROM needed), e.project_id)
           OR e.event_no IN (SELECT event_no FROM event_outcomes WHERE project_id IS NOT NULL))
), candidates AS MATERIALIZED (
    -- the outcomes that can be among the first $limit: of a needed project (its own, else its
    -- event's), at an event in view; `row` is the rowid by which its other columns are
    -- fetched (a join on outcome_id would scan every outcome's text): in event_outcome_facts for
    -- an event's outcome, in project_outcome_facts for a project's (`whole`); event_row is its
    -- event's rowid in event_facts
    SELECT o.row, false AS whole, e.start_date AS event_start, e.date_precision AS event_precision,
           e.project_id AS event_project, e.fact_row AS event_row
    FROM event_outcomes AS o
    JOIN outcome_events AS e ON e.event_no = o.event_no
    WHERE (SELECT name FROM cut) IS NULL OR list_contains((SELECT projects FROM needed), coalesce(o.project_id, e.project_id))
    UNION ALL
    SELECT row, true, NULL, NULL, NULL, NULL
    FROM project_outcomes
    WHERE (SELECT name FROM cut) IS NULL OR list_contains((SELECT projects FROM needed), project_id)
), shown AS (
    -- DuckDB's top-N over the candidates, each read with its title and sort columns from the
    -- table its rowid is of
    SELECT k.outcome_id, k.outcome_type, k.title, k.date AS own_date, k.date_precision AS own_precision,
           k.project_id, k.country_iso3, k.event_id, k.event_row, k.event_start,
           k.event_precision,
           k.description, k.quantity, k.unit, k.source_id, k.source_quote,
           pr.name AS project, coalesce(k.date, k.event_start) AS date
    FROM (SELECT c.*, o.* EXCLUDE (event_no) FROM candidates AS c JOIN event_outcome_facts AS o ON o.rowid = c.row WHERE NOT c.whole
          UNION ALL
          SELECT c.*, o.* FROM candidates AS c JOIN project_outcome_facts AS o ON o.rowid = c.row WHERE c.whole)
        AS k
    LEFT JOIN projects AS pr ON pr.project_id = coalesce(k.project_id, k.event_project)
    ORDER BY pr.name NULLS LAST, date NULLS LAST, k.outcome_type, k.title, k.outcome_id
    LIMIT $limit
), listed AS (
    SELECT s.outcome_id, s.outcome_type, s.title, s.description, s.quantity, s.unit,
           s.date,
           CASE WHEN s.own_date IS NOT NULL THEN s.own_precision ELSE s.event_precision END AS date_precision,
           s.own_date IS NULL AND s.event_start IS NOT NULL AS date_from_event,
           s.event_id, e.title AS event, s.project, s.country_iso3, c.name AS country,
           s.source_id, src.title AS source_title, src.path_or_url, s.source_quote,
           (SELECT coalesce(sum(n), 0)::BIGINT FROM kinds) AS matching
    FROM shown AS s
    LEFT JOIN event_facts AS e ON e.rowid = s.event_row
    LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
    LEFT JOIN sources AS src ON src.source_id = s.source_id
)
SELECT
    (SELECT list(r ORDER BY r.outcomes DESC, r.outcome_type) FROM by_type AS r) AS by_type,
    (SELECT list(r ORDER BY r.year NULLS LAST, r.outcome_type) FROM by_year AS r) AS by_year,
    (SELECT list(r ORDER BY r.outcomes DESC, r.project NULLS LAST) FROM by_project AS r) AS by_project,
    (SELECT list(r) FROM (SELECT coalesce(sum(events_with_outcomes), 0)::BIGINT AS events FROM g) AS r) AS chain_events,
    (SELECT list(r ORDER BY r.project NULLS LAST, r.date NULLS LAST, r.outcome_type, r.title, r.outcome_id)
     FROM listed AS r) AS list
