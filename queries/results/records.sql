-- One row per record the indicator of target $target_id counts or could count among its
-- project's records in view (target_records, migration 007): what a target's actual is made of,
-- each with its sentence. status: 'counted', 'undated' (no date to place in the target's period
-- or the view's date range: not counted, shown apart) or 'outside the period'; undated: the
-- record has no date (for a target with no period, undated records are counted). For
-- countries_reached one row per country, with the events that reach it.
-- $target_id VARCHAR: the target.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
SELECT r.record_kind, r.record_id,
       CASE r.record_kind WHEN 'country' THEN coalesce(c.name, r.record_id) ELSE any_value(r.title) END AS title,
       min(r.record_date) AS record_date, any_value(r.date_precision ORDER BY r.record_date NULLS LAST) AS date_precision,
       bool_and(r.record_date IS NULL) AS undated,
       CASE WHEN bool_or(r.status = 'counted') THEN 'counted'
            WHEN bool_or(r.status = 'undated') THEN 'undated'
            ELSE 'outside the period' END AS status,
       sum(r.value) AS value, bool_or(r.at_least) AS at_least,
       string_agg(DISTINCT r.event_id, ', ' ORDER BY r.event_id) AS event_ids,
       any_value(r.outcome_id) AS outcome_id,
       any_value(r.source_quote) AS source_quote, any_value(s.title) AS source
FROM target_records($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations) AS r
LEFT JOIN sources AS s ON s.source_id = r.source_id
LEFT JOIN countries AS c ON c.iso3 = r.country_iso3
WHERE r.target_id = $target_id
GROUP BY r.record_kind, r.record_id, c.name
ORDER BY status, record_date NULLS LAST, r.record_id
