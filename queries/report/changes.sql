-- One row per selected event or outcome added or changed on or after $since, as the audit trail
-- records it (an event counts as changed when its participation or its organisations' roles
-- change), the latest change first. kind: 'event' or 'outcome'; id, title; added: true when the
-- record was created since $since; first_change, last_change: when (UTC); changes: how many
-- audit rows; matching_events, matching_outcomes: how many there are in all, so the report can
-- say when it lists only the first $limit. A deleted record is not listed: it is no longer in
-- any selection, so whether it was in this one cannot be told.
-- $since DATE: the first day counted.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $limit INTEGER: how many rows at most.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH changed AS (
    SELECT CASE WHEN table_name = 'outcomes' THEN 'outcome' ELSE 'event' END AS kind,
           row_key->>0 AS id,
           min("at") AS first_change, max("at") AS last_change,
           bool_or(action = 'insert' AND table_name IN ('events', 'outcomes')) AS added,
           count(*) AS changes
    FROM audit_log
    WHERE CAST("at" AS DATE) >= $since
      AND table_name IN ('events', 'participation', 'event_organisations', 'outcomes')
    GROUP BY ALL
), matched AS NOT MATERIALIZED (
    SELECT c.*, e.title
    FROM changed AS c
    JOIN filtered_events($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS e
      ON c.kind = 'event' AND e.event_id = c.id
    UNION ALL
    SELECT c.*, o.title
    FROM changed AS c
    JOIN filtered_outcomes($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, $scope_funder) AS o
      ON c.kind = 'outcome' AND o.outcome_id = c.id
)
SELECT kind, id, title, added, first_change, last_change, changes,
       (SELECT count(*) FROM matched WHERE kind = 'event') AS matching_events,
       (SELECT count(*) FROM matched WHERE kind = 'outcome') AS matching_outcomes
FROM matched
ORDER BY last_change DESC, kind, title, id
LIMIT $limit
