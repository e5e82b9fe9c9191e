-- One row per (target, home country) for the targets of kind participants in view: the
-- participants the sources state from that country at the events the target counts (status
-- 'counted' in target_records). Only stated counts: a country named without a count has no row,
-- and the part of a total not broken down by country is in no row. For the IATI export's
-- `dimension`s and the project view.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT r.target_id, p.country_iso3, sum(p.participants)::BIGINT AS participants
FROM target_records($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, NULL, $scope_funder) AS r
JOIN participation AS p ON p.event_id = r.event_id
WHERE r.indicator_kind = 'participants' AND r.status = 'counted' AND p.participants IS NOT NULL
  AND ($countries IS NULL OR p.country_iso3 = ANY($countries))
GROUP BY r.target_id, p.country_iso3
ORDER BY r.target_id, p.country_iso3
