-- funders/page for a view the summary tables answer (atlas.queries.answered_by_summary: event
-- types, projects, dates from 1 January to 31 December, any scope; no country or organisation):
-- the same columns, types, values and order. The funder's events are two disjoint sets: the
-- whole groups (migration 009) of the projects it funds, read from the summary tables, and the
-- events outside those projects that name it as their own funder (own_funder_facts: about 1,100
-- of a million events), read from event_facts. Sums and counts add across the two; distinct
-- counts (countries, projects in view) are taken over the union of their values. The lists
-- ($limit events and outcomes) are still read per event (funder_facts); the outcomes of the
-- funder's events from event_outcome_facts, joined to them on event_no (migration 014: an
-- integer, where event_id is text).
-- tests/test_summary.py checks it against page.sql.
-- $funder VARCHAR: the funder's org_id.
-- $funded VARCHAR[]: the projects $funder funds within the scope (funders/funded's list, bound by
-- atlas.queries from the same transaction: DERIVED_PARAMS). A bound list is a constant, so each
-- test of a row's project is a filter in the scan ("IS TRUE": five or more values would make it
-- a join); funded_by([$funder]) here, a subquery, was a join of every row read to its one row:
-- 0.88x the CPU at a million events with the list bound. The scope's projects it leaves out are
-- out of the view anyway (every read of it is scoped).
-- $date_from DATE, $date_to DATE: date range, NULL for open (1 January, 31 December).
-- $countries, $organisations VARCHAR[]: NULL here (else page.sql answers).
-- $event_types, $projects VARCHAR[]: NULL for all.
-- $limit INTEGER: how many events and outcomes at most in the lists; matching counts them all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH g AS MATERIALIZED (
    -- the whole groups of the projects the funder funds
    SELECT * FROM summary_events AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
      AND (list_contains($funded, s.project_id) IS TRUE)
), naming AS MATERIALIZED (
    -- every event naming the funder as its own funder (about 1,200 of a million), read once for
    -- the own-funder set, its lists and the projects list's quotes, from funder_event_facts
    -- (migration 010: the events naming any funder, about 50,000 of a million)
    SELECT f.event_id, f.project_id, f.event_type, f.title, f.start_date, f.end_date, f.date_precision,
           f.period_last_day, f.city, f.country_iso3, f.participants_total, f.participants_at_least,
           f.source_id, f.source_quote, f.counted, f.origins, f.outcome_count, f.outcome_list, f.event_no
    FROM funder_event_facts AS f
    WHERE list_contains(f.funder_ids, $funder)
), own AS MATERIALIZED (
    -- the events outside them naming the funder as their own funder: own_funder_facts' rule,
    -- applied to `naming`
    SELECT f.*
    FROM naming AS f
    WHERE (f.project_id IS NULL OR NOT (list_contains($funded, f.project_id) IS TRUE))
      AND ($date_from IS NULL OR f.period_last_day >= $date_from)
      AND ($date_to IS NULL OR f.start_date <= $date_to)
      AND ($event_types IS NULL OR list_contains($event_types, f.event_type) IS TRUE)
      AND ($projects IS NULL OR list_contains($projects, f.project_id) IS TRUE)
      AND in_scope(f.project_id, $scope_funder)
), ev_projects AS MATERIALIZED (
    SELECT DISTINCT project_id FROM g
    UNION
    SELECT DISTINCT project_id FROM own
), project_outcomes AS MATERIALIZED (
    -- filtered_project_outcomes, with the projects of the selected events read from the two sets
    -- (a funder is chosen, so its "no filter" branch never applies), from project_outcome_facts
    -- (migration 012: the outcomes of no event); row_number is this table's rowid. The projects
    -- are a semi-join: list_contains over a list of them was a nested-loop join of every outcome
    SELECT o.rowid AS row_number, o.outcome_type, o.date, o.project_id
    FROM project_outcome_facts AS o
    WHERE o.project_id IN (SELECT project_id FROM ev_projects)
      AND (o.date IS NULL OR (($date_from IS NULL OR period_end(o.date, o.date_precision) >= $date_from)
                              AND ($date_to IS NULL OR o.date <= $date_to)))
      AND ($countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY($countries))
), funded AS (
    SELECT pf.project_id, pf.source_quote AS funding_quote, 1 AS preference,
           NULL::DATE AS first_day, NULL AS event_id
    FROM project_funders AS pf
    WHERE pf.org_id = $funder AND in_scope(pf.project_id, $scope_funder)
    UNION ALL
    -- the events naming the funder are found by event_facts' funder_ids (one list per event,
    -- mostly empty) rather than by joining every event to the roles
    SELECT f.project_id, eo.source_quote, 2, f.start_date, f.event_id
    FROM event_organisations AS eo
    JOIN (SELECT event_id, project_id, start_date FROM naming WHERE project_id IS NOT NULL) AS f
      ON f.event_id = eo.event_id
    WHERE eo.org_id = $funder AND eo.role = 'funder'
      AND in_scope(f.project_id, $scope_funder)
), funded_projects AS MATERIALIZED (
    SELECT project_id, first(funding_quote ORDER BY preference, first_day NULLS LAST, event_id) AS funding_quote
    FROM funded
    GROUP BY project_id
), parts AS MATERIALIZED (
    -- one row per group and one per own-funder event, with the same additive measures
    SELECT project_id, events, participants, at_least_events, events_without_count, event_outcomes,
           remainder, remainder_events, remainder_at_least
    FROM g
    UNION ALL
    SELECT project_id, 1, participants_total,
           CASE WHEN participants_at_least THEN 1 ELSE 0 END,
           CASE WHEN participants_total IS NULL THEN 1 ELSE 0 END,
           outcome_count,
           CASE WHEN participants_total IS NOT NULL THEN participants_total - counted END,
           CASE WHEN participants_total > counted THEN 1 ELSE 0 END,
           CASE WHEN participants_total IS NOT NULL THEN participants_at_least AND participants_total > counted END
    FROM own
), origin AS MATERIALIZED (
    SELECT country_iso3, sum(participants) AS participants, sum(events)::BIGINT AS events,
           sum(events_without_count)::BIGINT AS events_without_count
    FROM (SELECT s.country_iso3, s.participants, s.events, s.events_without_count
          FROM summary_origins AS s
          WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                                $date_from, $date_to, $event_types, $projects, $scope_funder)
            AND (list_contains($funded, s.project_id) IS TRUE)
          UNION ALL
          SELECT country_iso3, participants, 1, CASE WHEN participants IS NULL THEN 1 ELSE 0 END
          FROM (SELECT unnest(origins, recursive := true) FROM own))
    WHERE $countries IS NULL OR country_iso3 = ANY($countries)
    GROUP BY country_iso3
), kinds AS MATERIALIZED (
    -- the outcomes' projects, counted: n outcomes of each
    SELECT s.outcome_project_id AS project_id, s.outcomes AS n
    FROM summary_outcomes AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
      AND (list_contains($funded, s.project_id) IS TRUE)
    UNION ALL
    SELECT o.project_id, 1 FROM (SELECT unnest(outcome_list, recursive := true) FROM own) AS o
    UNION ALL
    SELECT project_id, 1 FROM project_outcomes
), totals AS MATERIALIZED (
    SELECT coalesce(sum(events), 0)::BIGINT AS events,
           coalesce(sum(participants), 0) AS participants,
           coalesce(sum(at_least_events), 0)::BIGINT AS at_least_events,
           (coalesce(sum(events), 0) - coalesce(sum(events_without_count), 0))::BIGINT AS events_with_count,
           coalesce(sum(events_without_count), 0)::BIGINT AS events_without_count,
           coalesce(sum(remainder), 0) AS not_broken_down,
           coalesce(sum(remainder_events), 0)::BIGINT AS remainder_events,
           coalesce(bool_or(remainder_at_least), false) AS remainder_at_least,
           coalesce(sum(event_outcomes), 0) AS event_outcomes
    FROM parts
), summary AS (
    SELECT
        (SELECT count(*) FROM funded_projects) AS projects_funded,
        (SELECT count(DISTINCT project_id) FROM ev_projects WHERE project_id IN (SELECT project_id FROM funded_projects)) AS projects_in_view,
        t.events, t.participants, t.at_least_events, t.events_with_count, t.events_without_count,
        (SELECT count(country_iso3) FROM origin) AS countries,
        (SELECT count(country_iso3) FILTER (WHERE participants IS NOT NULL) FROM origin) AS countries_with_count,
        (SELECT coalesce(sum(participants), 0) FROM origin) AS stated,
        t.not_broken_down,
        CAST(t.event_outcomes + (SELECT count(*) FROM project_outcomes) AS BIGINT) AS outcomes
    FROM totals AS t
), ev_by_project AS (
    SELECT project_id, sum(events)::BIGINT AS events, sum(participants) AS participants,
           sum(at_least_events)::BIGINT AS at_least_events,
           sum(events_without_count)::BIGINT AS events_without_count
    FROM parts
    GROUP BY project_id
), outcomes_by_project AS (
    SELECT project_id, sum(n)::BIGINT AS outcomes FROM kinds GROUP BY ALL
), project_rows AS (
    SELECT pr.project_id, pr.name, pr.start_date, pr.end_date, pr.date_precision,
           coalesce(ev_by_project.events, 0) AS events,
           ev_by_project.participants,
           coalesce(ev_by_project.at_least_events, 0) AS at_least_events,
           coalesce(ev_by_project.events_without_count, 0) AS events_without_count,
           coalesce(outcomes_by_project.outcomes, 0) AS outcomes,
           fp.funding_quote, s.title AS source, s.path_or_url AS source_path
    FROM funded_projects AS fp
    JOIN projects AS pr ON pr.project_id = fp.project_id
    JOIN sources AS s ON s.source_id = pr.source_id
    LEFT JOIN ev_by_project ON ev_by_project.project_id = pr.project_id
    LEFT JOIN outcomes_by_project ON outcomes_by_project.project_id = pr.project_id
), by_country AS (
    SELECT p.country_iso3, c.name AS country, p.participants, p.events, p.events_without_count
    FROM origin AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
), cut AS MATERIALIZED (
    -- the first $limit events by start date all start by the end of the first year by which
    -- $limit of the view's events have started (the groups' counts say which year); NULL when
    -- fewer than $limit are dated (undated events come last)
    SELECT make_date(min(start_year)::INTEGER, 12, 31) AS last_day
    FROM (SELECT start_year, sum(sum(n)) OVER (ORDER BY start_year) AS running
          FROM (SELECT start_year, events AS n FROM g
                UNION ALL
                SELECT year(start_date), 1 FROM own)
          WHERE start_year IS NOT NULL
          GROUP BY start_year)
    WHERE running >= $limit
), shown_events AS (
    -- funder_facts' rule with `own` read once: the groups' events started by the cut (all of
    -- them when there is no cut), and `own`
    SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3,
           participants_total, participants_at_least, project_id, source_id, source_quote
    FROM (SELECT f.event_id, f.title, f.event_type, f.start_date, f.end_date, f.date_precision, f.city,
                 f.country_iso3, f.participants_total, f.participants_at_least, f.project_id,
                 f.source_id, f.source_quote
          FROM event_facts AS f
          WHERE (SELECT last_day FROM cut) IS NOT NULL AND f.start_date <= (SELECT last_day FROM cut)
            AND (list_contains($funded, f.project_id) IS TRUE)
            AND ($date_from IS NULL OR f.period_last_day >= $date_from)
            AND ($date_to IS NULL OR f.start_date <= $date_to)
            AND ($event_types IS NULL OR list_contains($event_types, f.event_type) IS TRUE)
            AND ($projects IS NULL OR list_contains($projects, f.project_id) IS TRUE)
            AND in_scope(f.project_id, $scope_funder)
          UNION ALL
          SELECT f.event_id, f.title, f.event_type, f.start_date, f.end_date, f.date_precision, f.city,
                 f.country_iso3, f.participants_total, f.participants_at_least, f.project_id,
                 f.source_id, f.source_quote
          FROM whole_group_facts($date_from, $date_to, $event_types, $projects, $scope_funder) AS f
          WHERE (SELECT last_day FROM cut) IS NULL AND (list_contains($funded, f.project_id) IS TRUE)
          UNION ALL
          SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3,
                 participants_total, participants_at_least, project_id, source_id, source_quote
          FROM own
          WHERE (SELECT last_day FROM cut) IS NULL OR start_date <= (SELECT last_day FROM cut))
    ORDER BY start_date NULLS LAST, title, event_id
    LIMIT $limit
), events_list AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, host.name AS host, e.participants_total, e.participants_at_least,
           pr.name AS project, e.source_quote, s.title AS source,
           (SELECT events FROM totals) AS matching
    FROM shown_events AS e
    LEFT JOIN countries AS host ON host.iso3 = e.country_iso3
    LEFT JOIN projects AS pr ON pr.project_id = e.project_id
    JOIN sources AS s ON s.source_id = e.source_id
), with_outcomes AS MATERIALIZED (
    -- the groups' events with outcomes, and `own`'s
    SELECT event_no, project_id
    FROM whole_group_facts($date_from, $date_to, $event_types, $projects, $scope_funder)
    WHERE outcome_count > 0 AND (list_contains($funded, project_id) IS TRUE)
    UNION ALL
    SELECT event_no, project_id FROM own WHERE outcome_count > 0
), matched_keys AS MATERIALIZED (
    -- the funder's outcomes with only what orders them (date, type) and finds them again (the
    -- rowid in event_outcome_facts, or in project_outcome_facts for a project's: `whole`):
    -- titles are read for the few that can be among the first $limit, not for all of them
    SELECT o.rowid AS row_number, false AS whole, o.outcome_type, o.date, e.project_id AS event_project
    FROM event_outcome_facts AS o
    JOIN with_outcomes AS e ON e.event_no = o.event_no
    UNION ALL
    SELECT row_number, true, outcome_type, date, NULL FROM project_outcomes
), last_key AS MATERIALIZED (
    -- the ($limit)th outcome's (date, type) in the page's order; none when fewer are matched
    SELECT date, outcome_type FROM matched_keys
    ORDER BY date NULLS LAST, outcome_type
    LIMIT 1 OFFSET $limit - 1
), candidates AS (
    -- every outcome ordered at or before that key (ties included): the first $limit are among
    -- them. The key is joined to every row (one row or none; an outcome's type is never NULL, so
    -- a NULL type means no key): a correlated EXISTS made DuckDB group the rows by (date, type)
    -- first, about 20 ms of CPU at a million events.
    SELECT k.*
    FROM matched_keys AS k
    LEFT JOIN last_key AS c ON true
    WHERE c.outcome_type IS NULL
       OR CASE WHEN c.date IS NULL
               THEN k.date IS NOT NULL OR k.outcome_type <= c.outcome_type
               ELSE k.date < c.date OR (k.date = c.date AND k.outcome_type <= c.outcome_type) END
), candidate_rows AS (
    -- the candidates with every column of their outcome, each from the table its rowid is of
    SELECT k.row_number, k.whole, k.event_project, o.event_no, o.* EXCLUDE (event_no)
    FROM candidates AS k
    JOIN event_outcome_facts AS o ON o.rowid = k.row_number
    WHERE NOT k.whole AND o.rowid IN (SELECT row_number FROM candidates WHERE NOT whole)
    UNION ALL
    SELECT k.row_number, k.whole, NULL, NULL, o.*
    FROM candidates AS k
    JOIN project_outcome_facts AS o ON o.rowid = k.row_number
    WHERE k.whole
), shown_outcomes AS MATERIALIZED (
    SELECT k.outcome_id, k.outcome_type, k.title, k.description, k.quantity, k.unit, k.date,
           k.date_precision, k.project_id, k.source_id, k.source_quote,
           k.event_id, k.event_no, k.event_project
    FROM candidate_rows AS k
    ORDER BY k.date NULLS LAST, k.outcome_type, k.title, k.outcome_id
    LIMIT $limit
), outcomes_list AS (
    SELECT o.outcome_id, o.outcome_type, o.title, o.description, o.quantity, o.unit,
           o.date, o.date_precision, e.title AS event, pr.name AS project,
           o.source_quote, s.title AS source,
           (SELECT outcomes FROM summary) AS matching
    FROM shown_outcomes AS o
    -- the events' titles found by event_no (an integer, and event_facts is stored in its order,
    -- so the scan skips the row groups no listed event is in), not by the text event_id
    LEFT JOIN (SELECT event_no, title FROM event_facts
               WHERE event_no IN (SELECT event_no FROM shown_outcomes)) AS e ON e.event_no = o.event_no
    LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, o.event_project)
    JOIN sources AS s ON s.source_id = o.source_id
)
SELECT
    (SELECT list(r) FROM summary AS r) AS summary,
    (SELECT list(r ORDER BY r.start_date NULLS LAST, r.name) FROM project_rows AS r) AS projects,
    (SELECT list({'participants': t.not_broken_down, 'events': t.remainder_events, 'at_least': t.remainder_at_least})
     FROM totals AS t) AS not_broken_down,
    (SELECT list(r ORDER BY r.participants DESC NULLS LAST, r.country) FROM by_country AS r) AS by_country,
    (SELECT list(r ORDER BY r.start_date NULLS LAST, r.title, r.event_id) FROM events_list AS r) AS events,
    (SELECT list(r ORDER BY r.date NULLS LAST, r.outcome_type, r.title, r.outcome_id) FROM outcomes_list AS r) AS outcomes
