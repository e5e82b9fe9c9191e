-- One row holding the results the Outcomes page draws for every view, read from the filtered
-- events once (one statement instead of five; the chain, drawn only for a few events, stays
-- outcomes/chain). Each column is a list of rows; atlas.queries.run_parts turns each into a table
-- of its own. The values are exactly those of the single queries named:
--   by_type:      outcomes/by_type's rows.
--   by_year:      outcomes/by_year's rows.
--   by_project:   outcomes/by_project's rows.
--   chain_events: outcomes/chain_events' one row.
--   list:         outcomes/list's rows ($limit of them).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many outcomes at most in the list; its matching counts them all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS MATERIALIZED (
    SELECT event_id, title, start_date, date_precision, project_id, outcome_count, outcome_list
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
), project_outcomes AS MATERIALIZED (
    SELECT o.outcome_id, o.outcome_type, o.title, o.date, o.date_precision, o.project_id, o.country_iso3
    FROM filtered_project_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
), kinds AS MATERIALIZED (
    -- filtered_outcome_facts, from the events read above
    SELECT unnest(outcome_list, recursive := true) FROM ev
    UNION ALL
    SELECT outcome_type, year(date)::INTEGER AS year, project_id FROM project_outcomes
), by_type AS (
    SELECT outcome_type, count(*) AS outcomes FROM kinds GROUP BY ALL
), by_year AS (
    SELECT year, outcome_type, count(*) AS outcomes FROM kinds GROUP BY ALL
), by_project AS (
    SELECT pr.project_id, pr.name AS project, k.outcomes
    FROM (SELECT project_id, count(*) AS outcomes FROM kinds GROUP BY ALL) AS k
    LEFT JOIN projects AS pr ON pr.project_id = k.project_id
), o AS (
    SELECT o.outcome_id, o.outcome_type, o.title, o.date AS own_date, o.date_precision AS own_precision,
           o.project_id, o.country_iso3, o.event_id,
           e.title AS event, e.start_date AS event_start, e.date_precision AS event_precision, e.project_id AS event_project
    FROM outcomes AS o
    JOIN ev AS e ON e.event_id = o.event_id
    WHERE e.outcome_count > 0
    UNION ALL
    SELECT outcome_id, outcome_type, title, date, date_precision, project_id, country_iso3,
           NULL, NULL, NULL, NULL, NULL
    FROM project_outcomes
), shown AS (
    SELECT o.*, pr.name AS project, coalesce(o.own_date, o.event_start) AS date
    FROM o
    LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, o.event_project)
    ORDER BY pr.name NULLS LAST, date NULLS LAST, o.outcome_type, o.title, o.outcome_id
    LIMIT $limit
), listed AS (
    SELECT s.outcome_id, s.outcome_type, s.title, oc.description, oc.quantity, oc.unit,
           s.date,
           CASE WHEN s.own_date IS NOT NULL THEN s.own_precision ELSE s.event_precision END AS date_precision,
           s.own_date IS NULL AND s.event_start IS NOT NULL AS date_from_event,
           s.event_id, s.event, s.project, s.country_iso3, c.name AS country,
           oc.source_id, src.title AS source_title, src.path_or_url, oc.source_quote,
           (SELECT count(*) FROM kinds) AS matching
    FROM shown AS s
    JOIN outcomes AS oc ON oc.outcome_id = s.outcome_id
    LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
    LEFT JOIN sources AS src ON src.source_id = oc.source_id
)
SELECT
    (SELECT list(r ORDER BY r.outcomes DESC, r.outcome_type) FROM by_type AS r) AS by_type,
    (SELECT list(r ORDER BY r.year NULLS LAST, r.outcome_type) FROM by_year AS r) AS by_year,
    (SELECT list(r ORDER BY r.outcomes DESC, r.project NULLS LAST) FROM by_project AS r) AS by_project,
    (SELECT list(r) FROM (SELECT count(*) FILTER (WHERE outcome_count > 0) AS events FROM ev) AS r) AS chain_events,
    (SELECT list(r ORDER BY r.project NULLS LAST, r.date NULLS LAST, r.outcome_type, r.title, r.outcome_id)
     FROM listed AS r) AS list
