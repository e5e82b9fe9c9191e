-- overview/page for a view with funders chosen that the summary tables answer with a live read
-- of a few events (atlas.queries.statement_for: event types, projects, dates from 1 January to
-- 31 December, funders, any scope; no country or organisation): the same columns, types, values
-- and order. The funders' events are two disjoint sets: the whole groups (migration 009) of the
-- projects they fund, and the events outside those projects that name one as their own funder
-- (own_funder_facts: about 1,100 of a million events for one funder of the synthetic network),
-- read from event_facts. Sums add; distinct counts (countries, organisations) are taken over the
-- values of both. The latest events are read per event (funder_facts). A file of its own beside
-- page_groups.sql: the funders' branches cost that statement about 18 ms at every size when no
-- funder is chosen (the top-N no longer reaches the scan, and the own-funder scan runs).
-- tests/test_summary.py checks it against page.sql.
-- $date_from DATE, $date_to DATE: date range, NULL for open (1 January, 31 December).
-- $countries, $organisations VARCHAR[]: NULL here (else page.sql answers).
-- $event_types, $projects VARCHAR[]: NULL for all.
-- $funders VARCHAR[]: the funders chosen (not NULL: else page_groups.sql answers).
-- $limit INTEGER: how many latest events at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH g AS MATERIALIZED (
    SELECT * FROM summary_events AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
      AND list_contains(funded_by($funders), s.project_id)
), own AS MATERIALIZED (
    -- the events outside the funders' projects naming one as own funder
    SELECT event_type, start_date, project_id, participants_total, participants_at_least, counted, origins,
           org_ids, outcome_count, outcome_list
    FROM own_funder_facts($date_from, $date_to, $event_types, $projects, $funders, $scope_funder)
), origin_by_country AS MATERIALIZED (
    SELECT country_iso3, sum(participants) AS participants, sum(events)::BIGINT AS events,
           sum(events_without_count)::BIGINT AS events_without_count
    FROM (SELECT s.country_iso3, s.participants, s.events, s.events_without_count
          FROM summary_origins AS s
          WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                                $date_from, $date_to, $event_types, $projects, $scope_funder)
            AND list_contains(funded_by($funders), s.project_id)
          UNION ALL
          SELECT country_iso3, participants, 1, CASE WHEN participants IS NULL THEN 1 ELSE 0 END
          FROM (SELECT unnest(origins, recursive := true) FROM own))
    GROUP BY country_iso3
), parts AS (
    -- one row per group and one per own-funder event, with the same additive measures
    SELECT events, participants, at_least_events, events_without_count, event_outcomes,
           remainder, remainder_events, remainder_at_least
    FROM g
    UNION ALL
    SELECT 1, participants_total,
           CASE WHEN participants_at_least THEN 1 ELSE 0 END,
           CASE WHEN participants_total IS NULL THEN 1 ELSE 0 END,
           outcome_count,
           CASE WHEN participants_total IS NOT NULL THEN participants_total - counted END,
           CASE WHEN participants_total > counted THEN 1 ELSE 0 END,
           CASE WHEN participants_total IS NOT NULL THEN participants_at_least AND participants_total > counted END
    FROM own
), project_outcomes AS MATERIALIZED (
    -- filtered_project_outcomes, with the projects of the selected events read from the groups,
    -- from project_outcome_facts (migration 012: the outcomes of no event)
    SELECT o.outcome_type
    FROM project_outcome_facts AS o
    WHERE (($date_from IS NULL AND $date_to IS NULL AND $countries IS NULL AND $event_types IS NULL
            AND $projects IS NULL AND $funders IS NULL AND $organisations IS NULL
            AND in_scope(o.project_id, $scope_funder))
           OR (o.project_id IN (SELECT DISTINCT project_id FROM g UNION SELECT DISTINCT project_id FROM own)
               AND (o.date IS NULL OR (($date_from IS NULL OR period_end(o.date, o.date_precision) >= $date_from)
                                       AND ($date_to IS NULL OR o.date <= $date_to)))
               AND ($countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY($countries))))
), totals AS (
    SELECT coalesce(sum(events), 0)::BIGINT AS events,
           coalesce(sum(participants), 0) AS participants,
           coalesce(sum(at_least_events), 0)::BIGINT AS participants_at_least_events,
           coalesce(sum(events_without_count), 0)::BIGINT AS events_without_count,
           coalesce(sum(event_outcomes), 0) AS event_outcomes,
           coalesce(sum(remainder), 0) AS remainder,
           coalesce(sum(remainder_events), 0)::BIGINT AS remainder_events,
           coalesce(bool_or(remainder_at_least), false) AS remainder_at_least
    FROM parts
), headline AS (
    SELECT t.events, t.participants, t.participants_at_least_events, t.events_without_count,
           (SELECT count(country_iso3) FROM origin_by_country) AS countries_of_origin,
           (SELECT CASE WHEN $countries IS NULL THEN NULL ELSE coalesce(sum(participants), 0) END FROM origin_by_country)
               AS participants_from_selected_countries,
           (SELECT count(DISTINCT org_id)
            FROM (SELECT s.org_id
                  FROM summary_orgs AS s
                  WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                                        $date_from, $date_to, $event_types, $projects, $scope_funder)
                    AND list_contains(funded_by($funders), s.project_id)
                  UNION ALL
                  SELECT unnest(org_ids) FROM own)) AS organisations,
           CAST(t.event_outcomes + (SELECT count(*) FROM project_outcomes) AS BIGINT) AS outcomes
    FROM totals AS t
), by_year_type AS (
    SELECT year, event_type, sum(events)::BIGINT AS events
    FROM (SELECT start_year AS year, event_type, events FROM g
          UNION ALL
          SELECT year(start_date), event_type, 1 FROM own)
    GROUP BY ALL
), by_country AS (
    SELECT p.country_iso3, c.name AS country, p.participants, p.events, p.events_without_count
    FROM origin_by_country AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
), outcome_types AS (
    SELECT outcome_type, sum(n)::BIGINT AS outcomes
    FROM (SELECT s.outcome_type, s.outcomes AS n
          FROM summary_outcomes AS s
          WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                                $date_from, $date_to, $event_types, $projects, $scope_funder)
            AND list_contains(funded_by($funders), s.project_id)
          UNION ALL
          SELECT o.outcome_type, 1 FROM (SELECT unnest(outcome_list, recursive := true) FROM own) AS o
          UNION ALL
          SELECT outcome_type, 1 FROM project_outcomes)
    GROUP BY ALL
), latest AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, c.name AS country, e.participants_total, e.participants_at_least,
           pr.name AS project
    FROM (SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3,
                 project_id, participants_total, participants_at_least
          FROM funder_facts($date_from, $date_to, $event_types, $projects, $funders, $scope_funder, NULL)
          ORDER BY start_date DESC NULLS LAST, title
          LIMIT $limit) AS e
    LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
    LEFT JOIN projects AS pr ON pr.project_id = e.project_id
)
SELECT
    (SELECT list(h) FROM headline AS h) AS headline,
    (SELECT list({'participants': t.remainder, 'events': t.remainder_events, 'at_least': t.remainder_at_least})
     FROM totals AS t) AS not_broken_down,
    (SELECT list(r ORDER BY r.year NULLS LAST, r.event_type) FROM by_year_type AS r) AS by_year_type,
    (SELECT list(r ORDER BY r.participants DESC NULLS LAST, r.country) FROM by_country AS r) AS by_country,
    (SELECT list(r ORDER BY r.outcomes DESC, r.outcome_type) FROM outcome_types AS r) AS outcomes_by_type,
    (SELECT list(r ORDER BY r.start_date DESC NULLS LAST, r.title) FROM latest AS r) AS latest
