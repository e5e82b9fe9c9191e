-- One row: matching, the number of selected events whose title, description, city or venue
-- contains $search (any case); with no search, the number of selected events. The Events page
-- reads it for the timeline under a search (events/table counts the matches under the search,
-- from its per-day counts): a count(*) over the list's own rows in one statement made DuckDB
-- keep those events (every column the list shows) in a table of their own, 60-70 ms at a
-- million events.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: plain text, not a pattern (% and _ match themselves); NULL or '' for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
SELECT count(*) AS matching
FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
WHERE coalesce($search, '') = ''
   OR contains(lower(concat_ws(' ', e.title, e.description, e.city, e.venue)), lower($search))
