-- One row: participants at the selected events whom no country count accounts for.
--   participants: sum over events with a stated total of (total - the stated country counts);
--   events: how many events contribute; at_least: true when any of those totals is a lower
--   bound ("more than 80"), so the remainder is one too.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT coalesce(sum(participants_total - counted), 0) AS participants,
       count(*) FILTER (WHERE participants_total > counted) AS events,
       coalesce(bool_or(participants_at_least AND participants_total > counted), false) AS at_least
FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder)
WHERE participants_total IS NOT NULL
