-- One row per event matching a search: the Manage page's choice of event to edit (and of an
-- outcome's event). label: title, the date it starts and the id, so two events of one title can
-- be told apart. Newest first.
-- $search VARCHAR: only events whose id or title contain this text, ignoring case; NULL for all.
-- $limit INTEGER: at most this many rows (a choice list stays short at a million events).
SELECT event_id AS id, title || ' (' || coalesce(CAST(start_date AS VARCHAR), 'no date') || ', ' || event_id || ')' AS label
FROM events
WHERE $search IS NULL OR contains(lower(event_id || ' ' || title), lower($search))
ORDER BY start_date DESC NULLS LAST, event_id
LIMIT $limit
