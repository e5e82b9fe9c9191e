-- One row holding the results the Funders page draws for $funder, read from the funder's filtered
-- events once (one statement instead of six; the targets stay queries/results/). Each column is a
-- list of rows; atlas.queries.run_parts turns each into a table of its own. The values are exactly
-- those of the single queries named, the filter's funders being [$funder]:
--   summary:         funders/summary's one row.
--   projects:        funders/projects' rows.
--   not_broken_down: participation/not_broken_down's one row.
--   by_country:      participation/by_country's rows.
--   events:          funders/events' rows ($limit of them).
--   outcomes:        funders/outcomes' rows ($limit of them).
-- $funder VARCHAR: the funder's org_id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many events and outcomes at most in the lists; matching counts them all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH ev AS MATERIALIZED (
    SELECT event_id, project_id, participants_total, participants_at_least, counted, origins,
           outcome_count, outcome_list
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder)
), project_outcomes AS MATERIALIZED (
    SELECT o.outcome_id, o.outcome_type, o.title, o.date, o.event_id, o.project_id
    FROM filtered_project_outcomes($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder) AS o
), funded AS (
    SELECT pf.project_id, pf.source_quote AS funding_quote, 1 AS preference,
           NULL::DATE AS first_day, NULL AS event_id
    FROM project_funders AS pf
    WHERE pf.org_id = $funder AND in_scope(pf.project_id, $scope_funder)
    UNION ALL
    SELECT e.project_id, eo.source_quote, 2, e.start_date, e.event_id
    FROM event_organisations AS eo
    JOIN events AS e ON e.event_id = eo.event_id
    WHERE eo.org_id = $funder AND eo.role = 'funder' AND e.project_id IS NOT NULL
      AND in_scope(e.project_id, $scope_funder)
), funded_projects AS MATERIALIZED (
    SELECT project_id, first(funding_quote ORDER BY preference, first_day NULLS LAST, event_id) AS funding_quote
    FROM funded
    GROUP BY project_id
), origin AS MATERIALIZED (
    SELECT country_iso3, sum(participants) AS participants, count(*) AS events,
           count(*) FILTER (WHERE participants IS NULL) AS events_without_count
    FROM (SELECT unnest(origins, recursive := true) FROM ev)
    WHERE $countries IS NULL OR country_iso3 = ANY($countries)
    GROUP BY country_iso3
), kinds AS MATERIALIZED (
    SELECT unnest(outcome_list, recursive := true) FROM ev
    UNION ALL
    SELECT outcome_type, year(date)::INTEGER AS year, project_id FROM project_outcomes
), totals AS MATERIALIZED (
    SELECT count(*) AS events,
           coalesce(sum(participants_total), 0) AS participants,
           count(*) FILTER (WHERE participants_at_least) AS at_least_events,
           count(*) FILTER (WHERE participants_total IS NOT NULL) AS events_with_count,
           count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count,
           coalesce(sum(participants_total - counted) FILTER (WHERE participants_total IS NOT NULL), 0) AS not_broken_down,
           count(*) FILTER (WHERE participants_total > counted) AS remainder_events,
           coalesce(bool_or(participants_at_least AND participants_total > counted) FILTER (WHERE participants_total IS NOT NULL), false) AS remainder_at_least,
           coalesce(sum(outcome_count), 0) AS event_outcomes
    FROM ev
), summary AS (
    SELECT
        (SELECT count(*) FROM funded_projects) AS projects_funded,
        (SELECT count(DISTINCT project_id) FROM ev WHERE project_id IN (SELECT project_id FROM funded_projects)) AS projects_in_view,
        t.events, t.participants, t.at_least_events, t.events_with_count, t.events_without_count,
        (SELECT count(country_iso3) FROM origin) AS countries,
        (SELECT count(country_iso3) FILTER (WHERE participants IS NOT NULL) FROM origin) AS countries_with_count,
        (SELECT coalesce(sum(participants), 0) FROM origin) AS stated,
        t.not_broken_down,
        CAST(t.event_outcomes + (SELECT count(*) FROM project_outcomes) AS BIGINT) AS outcomes
    FROM totals AS t
), ev_by_project AS (
    SELECT project_id, count(*) AS events, sum(participants_total) AS participants,
           count(*) FILTER (WHERE participants_at_least) AS at_least_events,
           count(*) FILTER (WHERE participants_total IS NULL) AS events_without_count
    FROM ev
    GROUP BY project_id
), outcomes_by_project AS (
    SELECT project_id, count(*) AS outcomes FROM kinds GROUP BY ALL
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
), shown_events AS (
    SELECT event_id, title, event_type, start_date, end_date, date_precision, city, country_iso3,
           participants_total, participants_at_least, project_id, source_id, source_quote
    FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder)
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
), matched_outcomes AS (
    SELECT o.outcome_id, o.outcome_type, o.title, o.date
    FROM outcomes AS o
    JOIN ev AS e ON e.event_id = o.event_id
    WHERE e.outcome_count > 0
    UNION ALL
    SELECT outcome_id, outcome_type, title, date FROM project_outcomes
), shown_outcomes AS (
    SELECT * FROM matched_outcomes ORDER BY date NULLS LAST, outcome_type, title, outcome_id LIMIT $limit
), outcomes_list AS (
    SELECT o.outcome_id, o.outcome_type, o.title, o.description, o.quantity, o.unit,
           o.date, o.date_precision, e.title AS event, pr.name AS project,
           o.source_quote, s.title AS source,
           (SELECT outcomes FROM summary) AS matching
    FROM shown_outcomes AS shown
    JOIN outcomes AS o ON o.outcome_id = shown.outcome_id
    LEFT JOIN events AS e ON e.event_id = o.event_id
    LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, e.project_id)
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
