-- One row per organisation in the scope (see scope_organisations), with every column of the
-- organisations table. With no filter set, every one of them; otherwise those with a role in a selected event, or that lead, fund or
-- partner the project of a selected event (the same links the organisation filter follows).
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only organisations whose id, name, short name, kind, country (code or name)
--   or source quote contain this text, ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH selected AS (
    SELECT event_id, project_id
    FROM filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
), involved AS (
    SELECT org_id FROM event_organisations WHERE event_id IN (SELECT event_id FROM selected)
    UNION SELECT org_id FROM project_partners WHERE project_id IN (SELECT project_id FROM selected)
    UNION SELECT org_id FROM project_funders WHERE project_id IN (SELECT project_id FROM selected)
    UNION SELECT lead_org_id FROM projects WHERE project_id IN (SELECT project_id FROM selected)
)
SELECT o.*
FROM organisations AS o
LEFT JOIN countries AS c ON c.iso3 = o.country_iso3
WHERE (($date_from IS NULL AND $date_to IS NULL AND $countries IS NULL AND $event_types IS NULL
        AND $projects IS NULL AND $funders IS NULL AND $organisations IS NULL)
       OR o.org_id IN (SELECT org_id FROM involved))
  AND o.org_id IN (SELECT org_id FROM scope_organisations($scope_funder))
  AND ($search IS NULL
       OR contains(lower(concat_ws(' ', o.org_id, o.name, o.short_name, o.kind, o.country_iso3, c.name,
                                   o.source_quote)), lower($search)))
ORDER BY o.name
