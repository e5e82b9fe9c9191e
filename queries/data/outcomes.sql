-- One row per outcome of the filtered view (see filtered_outcomes), with every column of the
-- outcomes table. Undated outcomes last, then by id.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only outcomes whose id, type, title, description, unit, country (code or
--   name) or source quote contain this text, ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT o.*
FROM filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
LEFT JOIN countries AS c ON c.iso3 = o.country_iso3
WHERE $search IS NULL
   OR contains(lower(concat_ws(' ', o.outcome_id, o.outcome_type, o.title, o.description, o.unit,
                               o.country_iso3, c.name, o.source_quote)), lower($search))
ORDER BY o.date NULLS LAST, o.outcome_id
