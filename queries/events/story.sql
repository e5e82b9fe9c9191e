-- One row for the event $event_id (no row when there is none), whatever the filters: its story's
-- header. counted is the sum of the per-country counts the report states (0 when none);
-- not_broken_down is participants_total - counted (NULL when the report gives no total), a lower
-- bound when participants_at_least is true. path_or_url is the source's file under data/ or a URL.
-- $event_id VARCHAR: the event's id.
-- $scope_funder VARCHAR: whose view this is (an event outside it has no row): NULL for the whole database, a funder's org_id for its projects only.
SELECT e.event_id, e.title, e.event_type, e.start_date, e.end_date, e.date_precision,
       e.city, e.venue, e.country_iso3, c.name AS country,
       e.participants_total, e.participants_at_least, e.description,
       pr.project_id, pr.name AS project,
       e.source_id, s.title AS source_title, s.path_or_url, e.source_quote,
       CAST(coalesce(p.counted, 0) AS INTEGER) AS counted,
       CAST(e.participants_total - coalesce(p.counted, 0) AS INTEGER) AS not_broken_down
FROM events AS e
LEFT JOIN countries AS c ON c.iso3 = e.country_iso3
LEFT JOIN projects AS pr ON pr.project_id = e.project_id
LEFT JOIN sources AS s ON s.source_id = e.source_id
LEFT JOIN (SELECT event_id, sum(participants) AS counted FROM participation GROUP BY event_id) AS p
       ON p.event_id = e.event_id
WHERE e.event_id = $event_id
  AND in_scope(e.project_id, $scope_funder)
