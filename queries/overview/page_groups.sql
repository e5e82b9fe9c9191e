-- overview/page for a view the summary tables answer (atlas.queries.answered_by_summary: event
-- types, projects, dates from 1 January to 31 December, any scope; no country, funder or
-- organisation): the same columns, types, values and order, read from the groups (migration 009)
-- instead of a million events' lists. The latest events are still taken from event_facts (a top-N,
-- through whole_group_facts).
-- tests/test_summary.py checks it against page.sql.
-- $date_from DATE, $date_to DATE: date range, NULL for open (1 January, 31 December).
-- $countries, $funders, $organisations VARCHAR[]: NULL here (else page.sql answers).
-- $event_types, $projects VARCHAR[]: NULL for all.
-- $limit INTEGER: how many latest events at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH g AS MATERIALIZED (
    SELECT * FROM summary_events AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
), origin_by_country AS MATERIALIZED (
    SELECT s.country_iso3, sum(s.participants) AS participants, sum(s.events)::BIGINT AS events,
           sum(s.events_without_count)::BIGINT AS events_without_count
    FROM summary_origins AS s
    WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                          $date_from, $date_to, $event_types, $projects, $scope_funder)
    GROUP BY s.country_iso3
), project_outcomes AS MATERIALIZED (
    -- filtered_project_outcomes, with the projects of the selected events read from the groups,
    -- from project_outcome_facts (migration 012: the outcomes of no event)
    SELECT o.outcome_type
    FROM project_outcome_facts AS o
    WHERE (($date_from IS NULL AND $date_to IS NULL AND $countries IS NULL AND $event_types IS NULL
            AND $projects IS NULL AND $funders IS NULL AND $organisations IS NULL
            AND in_scope(o.project_id, $scope_funder))
           OR (o.project_id IN (SELECT DISTINCT project_id FROM g)
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
    FROM g
), headline AS (
    SELECT t.events, t.participants, t.participants_at_least_events, t.events_without_count,
           (SELECT count(country_iso3) FROM origin_by_country) AS countries_of_origin,
           (SELECT CASE WHEN $countries IS NULL THEN NULL ELSE coalesce(sum(participants), 0) END FROM origin_by_country)
               AS participants_from_selected_countries,
           (SELECT count(DISTINCT s.org_id)
            FROM summary_orgs AS s
            WHERE summary_in_view(s.event_type, s.project_id, s.start_year, s.last_year,
                                  $date_from, $date_to, $event_types, $projects, $scope_funder)) AS organisations,
           CAST(t.event_outcomes + (SELECT count(*) FROM project_outcomes) AS BIGINT) AS outcomes
    FROM totals AS t
), by_year_type AS (
    SELECT start_year AS year, event_type, sum(events)::BIGINT AS events
    FROM g
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
          UNION ALL
          SELECT outcome_type, 1 FROM project_outcomes)
    GROUP BY ALL
), latest AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, c.name AS country, e.participants_total, e.participants_at_least,
           pr.name AS project
    FROM (SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3,
                 project_id, participants_total, participants_at_least
          FROM whole_group_facts($date_from, $date_to, $event_types, $projects, $scope_funder)
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
