-- One row per country that hosts an event or sends participants: the country filter's choices.
-- No parameters.
SELECT c.iso3, c.name
FROM countries AS c
WHERE c.iso3 IN (SELECT country_iso3 FROM events UNION SELECT country_iso3 FROM participation)
ORDER BY c.name
