-- One row per (project, country) for the projects $project_ids: the countries their events in
-- view took place in, with the ISO 3166-1 alpha-2 code IATI's recipient-country uses and the
-- number of those events. Participants' home countries are not recipient countries.
-- $project_ids VARCHAR[]: the projects.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT e.project_id, e.country_iso3, c.iso2, c.name, count(*) AS events
FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
JOIN countries AS c ON c.iso3 = e.country_iso3
WHERE e.project_id = ANY($project_ids)
GROUP BY ALL
ORDER BY e.project_id, events DESC, e.country_iso3
