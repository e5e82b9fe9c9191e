-- One row per outcome in the filtered view, with its evidence: type, title, quantity and unit as
-- stated (NULL when none), its date (its own, else its event's start, with that date's
-- precision; NULL when neither is stated), its event and project, the source's title and file,
-- and the sentence(s) it comes from (source_quote; several are joined by " … ").
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most; matching counts them all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH o AS NOT MATERIALIZED (
    SELECT o.outcome_id, o.outcome_type, o.title, o.date AS own_date, o.date_precision AS own_precision,
           o.project_id, o.country_iso3, o.event_id,
           e.title AS event, e.start_date AS event_start, e.date_precision AS event_precision, e.project_id AS event_project
    FROM outcomes AS o
    JOIN filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
      ON e.event_id = o.event_id
    UNION ALL
    SELECT o.outcome_id, o.outcome_type, o.title, o.date, o.date_precision, o.project_id, o.country_iso3,
           NULL, NULL, NULL, NULL, NULL
    FROM filtered_project_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
), shown AS (
    SELECT o.*, pr.name AS project, coalesce(o.own_date, o.event_start) AS date
    FROM o
    LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, o.event_project)
    ORDER BY pr.name NULLS LAST, date NULLS LAST, o.outcome_type, o.title, o.outcome_id
    LIMIT $limit
)
SELECT s.outcome_id, s.outcome_type, s.title, oc.description, oc.quantity, oc.unit,
       s.date,
       CASE WHEN s.own_date IS NOT NULL THEN s.own_precision ELSE s.event_precision END AS date_precision,
       s.own_date IS NULL AND s.event_start IS NOT NULL AS date_from_event,
       s.event_id, s.event, s.project, s.country_iso3, c.name AS country,
       oc.source_id, src.title AS source_title, src.path_or_url, oc.source_quote,
       (SELECT count(*) FROM o) AS matching
FROM shown AS s
JOIN outcomes AS oc ON oc.outcome_id = s.outcome_id
LEFT JOIN countries AS c ON c.iso3 = s.country_iso3
LEFT JOIN sources AS src ON src.source_id = oc.source_id
ORDER BY s.project NULLS LAST, s.date NULLS LAST, s.outcome_type, s.title, s.outcome_id
