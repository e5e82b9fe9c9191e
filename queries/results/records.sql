-- One row per record the indicator of target $target_id counts or could count among its
-- project's records in view (target_records, migration 007): what a target's actual is made of,
-- each with its title, its sentence and its source. status: 'counted', 'undated' (no date to
-- place in the target's period or the view's date range: not counted, shown apart) or 'outside
-- the period'; undated: the record has no date (for a target with no period, undated records
-- are counted). For countries_reached one row per country, with the events that reach it and
-- the sentence naming it (the participation row's, else the event's).
-- $target_id VARCHAR: the target.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH r AS (
    SELECT * FROM target_records($date_from, $date_to, $countries, $event_types, $projects, $funders,
                                 $organisations, $target_id, $scope_funder)
), described AS (
    SELECT r.*,
           CASE r.record_kind WHEN 'outcome' THEN o.title WHEN 'country' THEN coalesce(c.name, r.record_id)
                ELSE e.title END AS title,
           CASE r.record_kind WHEN 'outcome' THEN o.source_quote
                WHEN 'country' THEN coalesce(p.source_quote, e.source_quote) ELSE e.source_quote END AS source_quote,
           CASE r.record_kind WHEN 'outcome' THEN o.source_id ELSE e.source_id END AS source_id
    FROM r
    LEFT JOIN events AS e ON e.event_id = r.event_id
    LEFT JOIN outcomes AS o ON o.outcome_id = r.outcome_id
    LEFT JOIN participation AS p ON p.event_id = r.event_id AND p.country_iso3 = r.country_iso3
    LEFT JOIN countries AS c ON c.iso3 = r.country_iso3
)
SELECT d.record_kind, d.record_id, any_value(d.title) AS title,
       min(d.record_date) AS record_date, any_value(d.date_precision ORDER BY d.record_date NULLS LAST) AS date_precision,
       bool_and(d.record_date IS NULL) AS undated,
       CASE WHEN bool_or(d.status = 'counted') THEN 'counted'
            WHEN bool_or(d.status = 'undated') THEN 'undated'
            ELSE 'outside the period' END AS status,
       sum(d.value) AS value, bool_or(d.at_least) AS at_least,
       string_agg(DISTINCT d.event_id, ', ' ORDER BY d.event_id) AS event_ids,
       any_value(d.outcome_id) AS outcome_id,
       any_value(d.source_quote) AS source_quote, any_value(s.title) AS source
FROM described AS d
LEFT JOIN sources AS s ON s.source_id = d.source_id
GROUP BY d.record_kind, d.record_id
ORDER BY status, record_date NULLS LAST, d.record_id
