-- results/table for a view with no country or organisation chosen (atlas.queries.
-- statement_for): the same columns, types, values and order, the actuals counted from the
-- targets' facts (migration 010) instead of every event of the targets' projects. The events in
-- view are two disjoint sets, as on the Funders page: the whole summary groups (event types,
-- projects, scope, and the projects the funders fund when funders are chosen), read from the
-- targets' facts, and the events outside those projects that name a chosen funder as their own
-- funder (own_funder_facts' rule: about 1,200 of a million for a funder), read from event_facts.
-- Records with the same pair of dates are counted alike by every target, so each row of the
-- facts is placed in a target's window once, by target_records' rule. The dates of the view
-- never select events here: they bound each target's window, any pair of dates.
-- tests/test_funder_reads.py checks it against results/table.sql.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $organisations VARCHAR[]: NULL here (else results/table.sql answers).
-- $event_types, $projects, $funders VARCHAR[]: NULL for all.
-- $search VARCHAR: only targets whose id, project, indicator or sentence contain this text,
--   ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH naming AS MATERIALIZED (
    -- the events naming a chosen funder as their own funder, read once from funder_event_facts
    -- (migration 010: the events naming any funder); none without funders. Each chosen funder
    -- is looked for in the event's list with list_contains, as filtered_facts does for countries:
    -- list_has_any took about 4 ms of CPU more at a million events (50,000 lists)
    SELECT f.event_id, f.project_id, f.event_type, f.start_date, f.period_last_day,
           f.participants_total, f.participants_at_least, f.country_iso3, f.origin_countries, f.outcome_count
    FROM funder_event_facts AS f
    WHERE $funders IS NOT NULL AND list_bool_or(list_transform($funders, lambda x: list_contains(f.funder_ids, x)))
), in_view AS MATERIALIZED (
    -- the targets of the projects the filter selects (results/table.sql's rule, organisations open)
    SELECT t.*
    FROM targets AS t
    WHERE in_scope(t.project_id, $scope_funder)
      AND ($projects IS NULL OR t.project_id = ANY($projects))
      AND ($funders IS NULL
           OR t.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($funders))
           OR t.project_id IN (SELECT project_id FROM naming))
), t AS MATERIALIZED (
    -- the targets counted from the records, with their window: the target's period intersected
    -- with the view's date range (target_records' rule)
    SELECT target_id, project_id, indicator_kind, event_type, outcome_type,
           greatest(period_start, $date_from) AS window_start,
           least(period_end, $date_to) AS window_end
    FROM in_view
    WHERE indicator_kind <> 'manual'
), whole AS MATERIALIZED (
    -- the projects whose events in view are whole summary groups: those in the scope and the
    -- projects filter that a chosen funder funds (every such project when no funder is chosen)
    SELECT pr.project_id
    FROM projects AS pr
    WHERE in_scope(pr.project_id, $scope_funder)
      AND ($projects IS NULL OR list_contains($projects, pr.project_id) IS TRUE)
      AND ($funders IS NULL
           OR pr.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($funders)))
), own AS MATERIALIZED (
    -- the events outside them that name a chosen funder (own_funder_facts' rule, no dates)
    SELECT f.*
    FROM naming AS f
    WHERE (f.project_id IS NULL
           OR f.project_id NOT IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($funders)))
      AND ($event_types IS NULL OR list_contains($event_types, f.event_type) IS TRUE)
      AND ($projects IS NULL OR list_contains($projects, f.project_id) IS TRUE)
      AND in_scope(f.project_id, $scope_funder)
), ev_days AS (
    SELECT d.project_id, d.event_type, d.start_date, d.period_last_day, d.events AS n, d.participants,
           d.loose_events
    FROM target_days AS d
    WHERE d.project_id IN (SELECT project_id FROM t WHERE indicator_kind IN ('events', 'participants')
                           INTERSECT SELECT project_id FROM whole)
      AND ($event_types IS NULL OR list_contains($event_types, d.event_type) IS TRUE)
    UNION ALL
    SELECT project_id, event_type, start_date, period_last_day, 1, participants_total,
           CASE WHEN participants_at_least OR participants_total IS NULL THEN 1 ELSE 0 END
    FROM own
    WHERE project_id IN (SELECT project_id FROM t WHERE indicator_kind IN ('events', 'participants'))
), reached AS (
    -- countries reached: the host country and each home country named (target_countries keeps
    -- a group's country by spans of days, migration 015: a window overlaps a span exactly when it
    -- overlaps one of the events' pairs of dates merged into it)
    SELECT c.project_id, c.start_date, c.period_last_day, c.country_iso3
    FROM target_countries AS c
    WHERE c.project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'countries_reached'
                           INTERSECT SELECT project_id FROM whole)
      AND ($event_types IS NULL OR list_contains($event_types, c.event_type) IS TRUE)
    UNION ALL
    SELECT project_id, start_date, period_last_day, country_iso3
    FROM own
    WHERE country_iso3 IS NOT NULL
      AND project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'countries_reached')
    UNION ALL
    SELECT project_id, start_date, period_last_day, unnest(origin_countries)
    FROM own
    WHERE project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'countries_reached')
), active AS MATERIALIZED (
    -- the projects with an event in view
    SELECT DISTINCT s.project_id
    FROM summary_events AS s
    WHERE s.project_id IN (SELECT project_id FROM whole)
      AND ($event_types IS NULL OR list_contains($event_types, s.event_type) IS TRUE)
    UNION
    SELECT project_id FROM own
), out_days AS (
    -- the outcomes of the events in view, by the project they count for (their own, else their
    -- event's), and those of whole projects (filtered_project_outcomes' rule without dates: with
    -- no other filter, every project's in scope; else a project with an event in view)
    SELECT o.outcome_project_id AS of_project, o.outcome_type, o.record_date, o.record_last_day, o.outcomes AS n
    FROM target_outcomes AS o
    WHERE o.outcome_project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'outcomes')
      AND o.project_id IN (SELECT project_id FROM whole)
      AND ($event_types IS NULL OR list_contains($event_types, o.event_type) IS TRUE)
    UNION ALL
    -- (the own events' outcomes, placed alike, from funder_outcome_facts: migration 011)
    SELECT o.outcome_project_id, o.outcome_type, o.record_date, o.record_last_day, 1
    FROM funder_outcome_facts AS o
    WHERE o.event_id IN (SELECT event_id FROM own WHERE outcome_count > 0)
      AND o.outcome_project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'outcomes')
    UNION ALL
    SELECT o.project_id, o.outcome_type, o.date, period_end(o.date, o.date_precision), 1
    FROM project_outcome_facts AS o
    WHERE o.project_id IN (SELECT project_id FROM t WHERE indicator_kind = 'outcomes')
      AND (($event_types IS NULL AND $projects IS NULL AND $funders IS NULL AND in_scope(o.project_id, $scope_funder))
           OR o.project_id IN (SELECT project_id FROM active))
), placed AS (
    -- each (target, row of events or outcomes sharing a pair of dates); the countries are placed
    -- apart (countries_placed): one list of both, read by the two counts below, was kept whole
    -- in a table of its own for them (about 900,000 rows at a million events)
    SELECT t.target_id, t.indicator_kind, 'event' AS record_kind,
           d.start_date AS record_date, d.period_last_day AS record_last_day,
           t.window_start, t.window_end, d.n,
           CASE WHEN t.indicator_kind = 'participants' THEN d.participants ELSE d.n END AS value,
           t.indicator_kind = 'participants' AND d.loose_events > 0 AS at_least
    FROM t JOIN ev_days AS d ON d.project_id = t.project_id AND (t.event_type IS NULL OR d.event_type = t.event_type)
    WHERE t.indicator_kind IN ('events', 'participants')
    UNION ALL
    SELECT t.target_id, t.indicator_kind, 'outcome', d.record_date, d.record_last_day,
           t.window_start, t.window_end, d.n, d.n, false
    FROM t JOIN out_days AS d ON d.of_project = t.project_id AND (t.outcome_type IS NULL OR d.outcome_type = t.outcome_type)
    WHERE t.indicator_kind = 'outcomes'
), countries_placed AS (
    SELECT t.target_id, r.country_iso3, r.start_date AS record_date, r.period_last_day AS record_last_day,
           t.window_start, t.window_end
    FROM t JOIN reached AS r ON r.project_id = t.project_id
    WHERE t.indicator_kind = 'countries_reached'
), records AS (
    -- target_records' status: 'counted' in the window (with no window, every record, undated
    -- ones too), 'undated' with no date to place in a bounded window, else outside the period
    SELECT *,
           CASE WHEN window_start IS NULL AND window_end IS NULL THEN 'counted'
                WHEN record_date IS NULL THEN 'undated'
                WHEN (window_start IS NULL OR record_last_day >= window_start)
                 AND (window_end IS NULL OR record_date <= window_end) THEN 'counted'
                ELSE 'outside the period' END AS status
    FROM placed
), country_records AS (
    -- (the same status, for the countries)
    SELECT *,
           CASE WHEN window_start IS NULL AND window_end IS NULL THEN 'counted'
                WHEN record_date IS NULL THEN 'undated'
                WHEN (window_start IS NULL OR record_last_day >= window_start)
                 AND (window_end IS NULL OR record_date <= window_end) THEN 'counted'
                ELSE 'outside the period' END AS status
    FROM countries_placed
), per_record AS (
    -- a country is one record however many events reach it: its rows are grouped first
    SELECT target_id, country_iso3,
           bool_or(status = 'counted') AS counted,
           bool_or(status = 'counted') AND NOT bool_or(status = 'counted' AND record_date IS NOT NULL) AS counted_undated,
           NOT bool_or(status = 'counted') AND bool_or(status = 'undated') AS left_out
    FROM country_records
    GROUP BY target_id, country_iso3
), per_target AS (
    SELECT target_id,
           count(*) FILTER (WHERE counted) AS records,
           NULL AS value_sum,
           count(*) FILTER (WHERE counted_undated) AS undated_in_actual,
           count(*) FILTER (WHERE left_out) AS undated_left_out,
           false AS at_least
    FROM per_record
    GROUP BY target_id
    UNION ALL
    -- an event or an outcome is one record: n of them share each row here
    SELECT target_id,
           coalesce(sum(n) FILTER (WHERE status = 'counted'), 0) AS records,
           sum(value) FILTER (WHERE status = 'counted') AS value_sum,
           coalesce(sum(n) FILTER (WHERE status = 'counted' AND record_date IS NULL), 0) AS undated_in_actual,
           coalesce(sum(n) FILTER (WHERE status = 'undated'), 0) AS undated_left_out,
           bool_or(at_least AND status = 'counted') AS at_least
    FROM records
    GROUP BY target_id
), results AS (
    SELECT t.target_id, t.project_id, pr.name AS project_name, t.indicator, t.indicator_kind,
           t.event_type, t.outcome_type, t.period_start, t.period_end,
           t.baseline_value, t.baseline_year, t.target_value,
           (CASE WHEN t.indicator_kind = 'manual' THEN t.manual_actual
                 WHEN t.indicator_kind = 'participants' AND coalesce(pt.records, 0) > 0 THEN pt.value_sum
                 ELSE coalesce(pt.records, 0) END)::INTEGER AS actual,
           CASE WHEN t.indicator_kind = 'manual' THEN false
                ELSE coalesce(pt.at_least, false) OR coalesce(pt.undated_left_out, 0) > 0 END AS actual_at_least,
           coalesce(pt.undated_in_actual, 0)::INTEGER AS undated_in_actual,
           coalesce(pt.undated_left_out, 0)::INTEGER AS undated_left_out,
           t.source_id, t.source_quote, t.manual_actual_quote,
           pr.start_date AS project_start
    FROM in_view AS t
    JOIN projects AS pr ON pr.project_id = t.project_id
    LEFT JOIN per_target AS pt ON pt.target_id = t.target_id
)
SELECT target_id, project_id, project_name, indicator, indicator_kind, event_type, outcome_type,
       period_start, period_end, baseline_value, baseline_year, target_value, actual, actual_at_least,
       CASE WHEN target_value > 0 AND actual IS NOT NULL THEN round(100.0 * actual / target_value)::INTEGER END AS progress_pct,
       undated_in_actual, undated_left_out, source_id, source_quote, manual_actual_quote
FROM results
WHERE $search IS NULL
   OR contains(lower(concat_ws(' ', target_id, project_id, project_name, indicator, source_quote)), lower($search))
ORDER BY project_start NULLS LAST, project_id, target_id
