-- One row per (selected event, home country of participants), with every column of the
-- participation table. With a country filter, only the rows of the selected countries, as the
-- Overview's "participants by home country" counts them. participants is NULL where the source
-- names the country without a count.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only rows whose event id, event title, country (code or name) or source
--   quote contain this text, ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT p.*
FROM participation AS p
JOIN filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
  ON e.event_id = p.event_id
JOIN countries AS c ON c.iso3 = p.country_iso3
WHERE ($countries IS NULL OR p.country_iso3 = ANY($countries))
  AND ($search IS NULL
       OR contains(lower(concat_ws(' ', p.event_id, e.title, p.country_iso3, c.name, p.source_quote)), lower($search)))
ORDER BY e.start_date NULLS LAST, p.event_id, p.country_iso3
