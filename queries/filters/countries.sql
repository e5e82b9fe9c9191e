-- One row per country that hosts an event or sends participants: the country filter's choices.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT c.iso3, c.name
FROM countries AS c
WHERE ($scope_funder IS NULL
       AND c.iso3 IN (SELECT country_iso3 FROM events UNION SELECT country_iso3 FROM participation))
   OR ($scope_funder IS NOT NULL
       AND c.iso3 IN (SELECT country_iso3 FROM filtered_facts(NULL, NULL, NULL, NULL, NULL, NULL, NULL, $scope_funder)
                      UNION
                      SELECT unnest(origin_countries)
                      FROM filtered_facts(NULL, NULL, NULL, NULL, NULL, NULL, NULL, $scope_funder)))
ORDER BY c.name
