-- One row per event of $funder's in the filtered view (its project is funded by $funder, or the
-- event names $funder as funder), earliest first (undated last): what the funder's event list
-- and its evidence show. host: the host country's name (NULL: no place named); project: the
-- project's name; source_quote: the sentence the event's figures come from; source: the report;
-- matching: how many events there are in all, so the page can say when it lists only the first.
-- $funder VARCHAR: the funder's org_id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH matched AS NOT MATERIALIZED (
    SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
           e.city, e.country_iso3, e.participants_total, e.participants_at_least,
           e.project_id, e.source_id, e.source_quote
    FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, [$funder], $organisations, $scope_funder) AS e
), shown AS (
    SELECT * FROM matched ORDER BY start_date NULLS LAST, title, event_id LIMIT $limit
)
SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
       e.city, host.name AS host, e.participants_total, e.participants_at_least,
       pr.name AS project, e.source_quote, s.title AS source,
       (SELECT count(*) FROM matched) AS matching
FROM shown AS e
LEFT JOIN countries AS host ON host.iso3 = e.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
JOIN sources AS s ON s.source_id = e.source_id
ORDER BY e.start_date NULLS LAST, e.title, e.event_id
