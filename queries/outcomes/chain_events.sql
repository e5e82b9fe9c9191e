-- One row: how many events the filtered view's outcomes come from (outcomes of a project as a
-- whole count none), so the Outcomes page can decline an unreadable chain before building it.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
SELECT count(*) FILTER (WHERE outcome_count > 0) AS events
FROM filtered_facts($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations)
