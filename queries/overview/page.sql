-- One row holding every result the Overview draws, read from the filtered events once (one
-- statement instead of six: each of them read and bound the filtered rows again). Each column is
-- a list of rows; atlas.queries.run_parts turns each into a table of its own. The values are
-- exactly those of the single queries named:
--   headline:        overview/headline's one row.
--   not_broken_down: participation/not_broken_down's one row.
--   by_year_type:    events/by_year_type's rows.
--   by_country:      participation/by_country's rows.
--   outcomes_by_type: outcomes/by_type's rows.
--   latest:          events/latest's rows ($limit of them).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many latest events at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS MATERIALIZED (
    SELECT event_type, start_date, participants_total, participants_at_least, counted, origins, org_ids,
           outcome_count, outcome_list
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
), origin AS (
    SELECT o.country_iso3, o.participants
    FROM (SELECT unnest(origins, recursive := true) FROM ev) AS o
    WHERE $countries IS NULL OR o.country_iso3 = ANY($countries)
), project_outcomes AS MATERIALIZED (
    SELECT o.outcome_type
    FROM filtered_project_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
), origin_by_country AS MATERIALIZED (
    SELECT country_iso3, sum(participants) AS participants, count(*) AS events,
           count(*) FILTER (WHERE participants IS NULL) AS events_without_count
    FROM origin
    GROUP BY country_iso3
), totals AS (
    SELECT count(*) AS events,
           coalesce(sum(participants_total), 0) AS participants,
           count(*) FILTER (WHERE participants_at_least) AS participants_at_least_events,
           count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count,
           coalesce(sum(outcome_count), 0) AS event_outcomes,
           coalesce(sum(participants_total - counted) FILTER (WHERE participants_total IS NOT NULL), 0) AS remainder,
           count(*) FILTER (WHERE participants_total > counted) AS remainder_events,
           coalesce(bool_or(participants_at_least AND participants_total > counted) FILTER (WHERE participants_total IS NOT NULL), false) AS remainder_at_least
    FROM ev
), headline AS (
    SELECT t.events, t.participants, t.participants_at_least_events, t.events_without_count,
           (SELECT count(country_iso3) FROM origin_by_country) AS countries_of_origin,
           (SELECT CASE WHEN $countries IS NULL THEN NULL ELSE coalesce(sum(participants), 0) END FROM origin_by_country)
               AS participants_from_selected_countries,
           (SELECT count(DISTINCT org_id) FROM (SELECT unnest(org_ids) AS org_id FROM ev)) AS organisations,
           CAST(t.event_outcomes + (SELECT count(*) FROM project_outcomes) AS BIGINT) AS outcomes
    FROM totals AS t
), by_year_type AS (
    SELECT year(start_date) AS year, event_type, count(*) AS events
    FROM ev
    GROUP BY ALL
), by_country AS (
    SELECT p.country_iso3, c.name AS country, p.participants, p.events, p.events_without_count
    FROM origin_by_country AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
), outcome_types AS (
    SELECT outcome_type, count(*) AS outcomes
    FROM (SELECT unnest(outcome_list, recursive := true) FROM ev
          UNION ALL
          SELECT outcome_type, NULL, NULL FROM project_outcomes)
    GROUP BY ALL
), latest AS (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, c.name AS country, e.participants_total, e.participants_at_least,
           pr.name AS project
    FROM (SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3,
                 project_id, participants_total, participants_at_least
          FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
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
