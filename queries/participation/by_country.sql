-- One row per home country named at the selected events (only the selected countries when a
-- country filter is set): participants = sum of the counts the reports state (NULL when none is
-- stated), events = events naming the country, events_without_count = those naming it without
-- a count. Counts are never estimated; see participation/not_broken_down for the remainder.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT p.country_iso3, c.name AS country,
       sum(p.participants) AS participants,
       count(*) AS events,
       count(*) FILTER (WHERE p.participants IS NULL) AS events_without_count
FROM (SELECT unnest(origins, recursive := true)
      FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)) AS p
JOIN countries AS c ON c.iso3 = p.country_iso3
WHERE $countries IS NULL OR p.country_iso3 = ANY($countries)
GROUP BY ALL
ORDER BY participants DESC NULLS LAST, country
