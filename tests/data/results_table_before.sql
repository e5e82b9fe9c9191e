-- queries/results/table.sql as it was before it read only the targets in view (issue 17): the
-- reference tests/test_funder_reads.py compares the statement against. Not used by the app.
-- One row per target (a project's planned output) of the projects in view, with its actual
-- counted live from the records (the macro target_records, migration 007): the `results` table
-- of the Data page and `python -m atlas.export results`.
--   actual: events, outcomes or countries counted (for participants, the sum of the counted
--     events' stated totals, NULL when
--     events are counted and none states a total; for manual indicators, the count
--     entered by hand); actual_at_least: true when the actual is a lower bound (a "more than"
--     total, an event with no stated total, or undated records left out of a bounded window);
--   undated_in_actual: records with no date counted in the actual (a target with no period, in
--     a view with no date range); undated_left_out: records with no date not counted because
--     the target's period or the view's date range bounds the window;
--   progress_pct: actual / target_value * 100, rounded (NULL for a target of 0 or no actual).
-- Which targets: the projects filter, the funders filter (the project is funded by one, or one
-- of its events names one as funder) and the organisations filter (lead, partner, funder or a
-- role in one of its events) select projects; dates, countries and event types never hide a
-- target, they narrow what is counted.
-- $date_from DATE, $date_to DATE: date range, NULL for open.
-- $countries, $event_types, $projects, $funders, $organisations VARCHAR[]: NULL for all.
-- $search VARCHAR: only targets whose id, project, indicator or sentence contain this text,
--   ignoring case; NULL for all.
-- $scope_funder VARCHAR: whose view this is: NULL for the whole database, a funder's org_id for its projects only.
WITH per_record AS (
    SELECT target_id, record_id,
           bool_or(status = 'counted') AS counted,
           bool_or(status = 'counted') AND NOT bool_or(status = 'counted' AND record_date IS NOT NULL) AS counted_undated,
           NOT bool_or(status = 'counted') AND bool_or(status = 'undated') AS left_out,
           sum(value) FILTER (WHERE status = 'counted') AS value,
           bool_or(at_least AND status = 'counted') AS at_least
    FROM target_records($date_from, $date_to, $countries, $event_types, $projects, $funders, $organisations, NULL, $scope_funder)
    GROUP BY target_id, record_id
), per_target AS (
    SELECT target_id,
           count(*) FILTER (WHERE counted) AS records,
           sum(value) AS value_sum,
           count(*) FILTER (WHERE counted_undated) AS undated_in_actual,
           count(*) FILTER (WHERE left_out) AS undated_left_out,
           bool_or(at_least) AS at_least
    FROM per_record
    GROUP BY target_id
), in_view AS (
    SELECT t.*
    FROM targets AS t
    JOIN projects AS pr ON pr.project_id = t.project_id
    WHERE in_scope(t.project_id, $scope_funder)
      AND ($projects IS NULL OR t.project_id = ANY($projects))
      AND ($funders IS NULL
           OR t.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($funders))
           OR t.project_id IN (SELECT e.project_id FROM event_organisations AS eo JOIN events AS e USING (event_id)
                               WHERE eo.role = 'funder' AND eo.org_id = ANY($funders)))
      AND ($organisations IS NULL
           OR pr.lead_org_id = ANY($organisations)
           OR t.project_id IN (SELECT pp.project_id FROM project_partners AS pp WHERE pp.org_id = ANY($organisations))
           OR t.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY($organisations))
           OR t.project_id IN (SELECT e.project_id FROM event_organisations AS eo JOIN events AS e USING (event_id)
                               WHERE eo.org_id = ANY($organisations)))
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
