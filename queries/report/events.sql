-- One row per selected event, earliest first (undated last): the report's list of events and the
-- evidence note of each. host: the host country's name (NULL: no place named), host_iso3 its
-- code; project: the project's name; origins: its home countries as "Lao PDR: 7" or "Thailand:
-- named, no count", in country order; origin_counts: the same as structs (iso3, country,
-- participants: NULL when named without a count), for a report in another language; source,
-- source_path: the report's title and file; source_quote: the sentence(s) the event's figures
-- come from; participation_quotes: the sentences its home countries come from (distinct);
-- matching: how many events match in all, so the report can say when it lists only the first
-- $limit.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH matched AS NOT MATERIALIZED (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least,
           e.project_id, e.source_id, e.source_quote
    FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
), shown AS (
    SELECT * FROM matched ORDER BY start_date NULLS LAST, title, event_id LIMIT $limit
), origins AS (
    SELECT p.event_id,
           list(c.name || ': ' || coalesce(format('{:,}', p.participants), 'named, no count') ORDER BY c.name) AS origins,
           list({'iso3': p.country_iso3, 'country': c.name, 'participants': p.participants} ORDER BY c.name) AS origin_counts,
           list(DISTINCT p.source_quote) FILTER (WHERE p.source_quote IS NOT NULL) AS participation_quotes
    FROM participation AS p
    JOIN countries AS c ON c.iso3 = p.country_iso3
    WHERE p.event_id IN (SELECT event_id FROM shown)
    GROUP BY p.event_id
)
SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
       e.city, host.name AS host, e.country_iso3 AS host_iso3, e.participants_total, e.participants_at_least,
       pr.name AS project, coalesce(o.origins, []) AS origins, coalesce(o.origin_counts, []) AS origin_counts,
       s.title AS source, s.path_or_url AS source_path, e.source_quote,
       coalesce(o.participation_quotes, []) AS participation_quotes,
       (SELECT count(*) FROM matched) AS matching
FROM shown AS e
LEFT JOIN countries AS host ON host.iso3 = e.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
LEFT JOIN origins AS o ON o.event_id = e.event_id
JOIN sources AS s ON s.source_id = e.source_id
ORDER BY e.start_date NULLS LAST, e.title, e.event_id
