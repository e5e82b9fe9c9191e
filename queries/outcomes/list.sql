-- One row per outcome in the filtered view, with its evidence: type, title, quantity and unit as
-- stated (NULL when none), its date (its own, else its event's start, with that date's
-- precision; NULL when neither is stated), its event and project, the source's title and file,
-- and the sentence(s) it comes from (source_quote; several are joined by " … ").
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most; matching counts them all.
SELECT o.outcome_id, o.outcome_type, o.title, o.description, o.quantity, o.unit,
       coalesce(o.date, e.start_date) AS date,
       CASE WHEN o.date IS NOT NULL THEN o.date_precision ELSE e.date_precision END AS date_precision,
       o.date IS NULL AND e.start_date IS NOT NULL AS date_from_event,
       e.event_id, e.title AS event, pr.name AS project, c.name AS country,
       o.source_id, s.title AS source_title, s.path_or_url, o.source_quote,
       count(*) OVER () AS matching
FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations) AS o
LEFT JOIN events AS e ON e.event_id = o.event_id
LEFT JOIN projects AS pr ON pr.project_id = coalesce(o.project_id, e.project_id)
LEFT JOIN countries AS c ON c.iso3 = o.country_iso3
LEFT JOIN sources AS s ON s.source_id = o.source_id
ORDER BY pr.name NULLS LAST, date NULLS LAST, o.outcome_type, o.title, o.outcome_id
LIMIT $limit
