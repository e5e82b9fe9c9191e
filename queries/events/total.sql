-- One row: events, how many events this view holds (the whole database, or a funder's projects'
-- events). The Events page reads it (cached with the data version, so a write is counted on the
-- next run) to pick events/table_small for a small database or a funder's small share of one.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT count(*) AS events
FROM filtered_facts(NULL, NULL, NULL, NULL, NULL, NULL, NULL, $scope_funder)
