-- 006: event_facts, one row per event with what the filter and the charts need from the event's
-- child rows, so that a filter change reads one table instead of joining and grouping millions of
-- participation and role rows (at 1M events, grouping participation by event alone took 0.6 s).
--
-- It is derived data, never entered: every write that touches an event, its participation, its
-- roles or its outcomes rewrites that event's row in the same transaction (atlas.facts.refresh,
-- called by atlas.ingest for every write and by the database builders once at the end). It has no
-- key or reference so that a row can be deleted and written again inside one transaction, which
-- DuckDB refuses for indexed rows; tests/test_facts.py checks it against a fresh derivation after
-- every kind of write.
--
-- The live definitions of its macros are in atlas/macros.sql, applied after the migrations on
-- every migrate. These are the ones it first shipped, kept so that an old file is brought up the
-- same way (the table below is made from this event_facts_of).
--
-- event_facts_of(ids): the rows as derived from the data now; ids NULL for every event.
--   Every column of events, then:
--   period_last_day DATE:  the last day the event's dates stand for (end date, else the end of the
--                          period of a start date at its precision); NULL when undated.
--   counted INTEGER:       the sum of the stated per-country counts (0 when none is stated).
--   countries_named INTEGER, countries_without_count INTEGER: participation rows, and those of
--                          them that name a country without a count.
--   origins STRUCT(country_iso3, participants)[]: the participation rows (participants NULL when
--                          the report names the country without a count).
--   origin_countries VARCHAR[], org_ids VARCHAR[] (any role), funder_ids VARCHAR[] (role
--                          'funder'): what the filter matches chosen values against.
--   outcome_count INTEGER: outcomes recorded for the event itself.
--   outcome_list STRUCT(outcome_type, year, project_id)[]: each of them with the year the
--                          Outcomes page counts it in (its own date, else the event's start) and
--                          its project (its own, else the event's).
CREATE OR REPLACE MACRO event_facts_of(ids) AS TABLE
WITH chosen AS (
    SELECT e.* FROM events AS e
    WHERE ids IS NULL OR e.event_id IN (SELECT unnest(ids))
), part AS (
    SELECT p.event_id,
           coalesce(sum(p.participants), 0)::INTEGER AS counted,
           count(*)::INTEGER AS countries_named,
           count(*) FILTER (WHERE p.participants IS NULL)::INTEGER AS countries_without_count,
           list({'country_iso3': p.country_iso3, 'participants': p.participants} ORDER BY p.country_iso3) AS origins,
           list(p.country_iso3 ORDER BY p.country_iso3) AS origin_countries
    FROM participation AS p
    WHERE p.event_id IN (SELECT event_id FROM chosen)
    GROUP BY p.event_id
), roles AS (
    SELECT eo.event_id,
           list(DISTINCT eo.org_id ORDER BY eo.org_id) AS org_ids,
           coalesce(list(DISTINCT eo.org_id ORDER BY eo.org_id) FILTER (WHERE eo.role = 'funder'), []) AS funder_ids
    FROM event_organisations AS eo
    WHERE eo.event_id IN (SELECT event_id FROM chosen)
    GROUP BY eo.event_id
), outs AS (
    SELECT o.event_id, count(*)::INTEGER AS outcome_count,
           list({'outcome_type': o.outcome_type,
                 'year': year(coalesce(o.date, c.start_date))::INTEGER,
                 'project_id': coalesce(o.project_id, c.project_id)}
                ORDER BY o.outcome_id) AS outcome_list
    FROM outcomes AS o
    JOIN chosen AS c ON c.event_id = o.event_id
    GROUP BY o.event_id
)
SELECT c.*,
       coalesce(c.end_date, period_end(c.start_date, c.date_precision)) AS period_last_day,
       coalesce(part.counted, 0)::INTEGER AS counted,
       coalesce(part.countries_named, 0)::INTEGER AS countries_named,
       coalesce(part.countries_without_count, 0)::INTEGER AS countries_without_count,
       coalesce(part.origins, []) AS origins,
       coalesce(part.origin_countries, []::VARCHAR[]) AS origin_countries,
       coalesce(roles.org_ids, []::VARCHAR[]) AS org_ids,
       coalesce(roles.funder_ids, []::VARCHAR[]) AS funder_ids,
       coalesce(outs.outcome_count, 0)::INTEGER AS outcome_count,
       coalesce(outs.outcome_list, []) AS outcome_list
FROM chosen AS c
LEFT JOIN part USING (event_id)
LEFT JOIN roles USING (event_id)
LEFT JOIN outs USING (event_id);

CREATE TABLE event_facts AS SELECT * FROM event_facts_of(NULL::VARCHAR[]) ORDER BY start_date NULLS LAST, event_id;

-- filtered_facts(...): the event_facts rows of the events the filter bar selects; the rule is
-- the one migration 002 stated over the child tables, read from the lists above. (A list is
-- searched with list_contains once per chosen value: three times faster than list_has_any.)
CREATE OR REPLACE MACRO filtered_facts(date_from, date_to, countries, event_types, projects,
                                       funders, organisations) AS TABLE
SELECT f.*
FROM event_facts AS f
WHERE (date_from IS NULL OR f.period_last_day >= date_from)
  AND (date_to IS NULL OR f.start_date <= date_to)
  AND (countries IS NULL OR f.country_iso3 = ANY(countries) OR list_bool_or(list_transform(countries, lambda x: list_contains(f.origin_countries, x))))
  AND (event_types IS NULL OR f.event_type = ANY(event_types))
  AND (projects IS NULL OR f.project_id = ANY(projects))
  AND (funders IS NULL
       OR list_bool_or(list_transform(funders, lambda x: list_contains(f.funder_ids, x)))
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(funders)))
  AND (organisations IS NULL
       OR list_bool_or(list_transform(organisations, lambda x: list_contains(f.org_ids, x)))
       OR f.project_id IN (SELECT pp.project_id FROM project_partners AS pp WHERE pp.org_id = ANY(organisations))
       OR f.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(organisations))
       OR f.project_id IN (SELECT pr.project_id FROM projects AS pr WHERE pr.lead_org_id = ANY(organisations)));

-- filtered_events(...): as in 002 (the events the filter bar selects, every column of events and
-- no other), now read from event_facts.
CREATE OR REPLACE MACRO filtered_events(date_from, date_to, countries, event_types, projects,
                                        funders, organisations) AS TABLE
SELECT * EXCLUDE (period_last_day, counted, countries_named, countries_without_count, origins,
                  origin_countries, org_ids, funder_ids, outcome_count, outcome_list)
FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations);

-- filtered_project_outcomes(...): the outcomes of whole projects (no event) that the view shows,
-- by the rule of filtered_outcomes (002); a view's outcome count is these plus the selected
-- events' outcome_count.
CREATE OR REPLACE MACRO filtered_project_outcomes(date_from, date_to, countries, event_types, projects,
                                                  funders, organisations) AS TABLE
SELECT o.*
FROM outcomes AS o
WHERE o.event_id IS NULL
  AND ((date_from IS NULL AND date_to IS NULL AND countries IS NULL AND event_types IS NULL
        AND projects IS NULL AND funders IS NULL AND organisations IS NULL)
       OR (o.project_id IN (SELECT DISTINCT project_id
                            FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations))
           AND (o.date IS NULL OR ((date_from IS NULL OR period_end(o.date, o.date_precision) >= date_from)
                                   AND (date_to IS NULL OR o.date <= date_to)))
           AND (countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY(countries))));

-- filtered_outcomes(...): as in 002 (the outcomes of the selected events, and the outcomes of
-- whole projects by the rule above), with the selected events read from event_facts.
CREATE OR REPLACE MACRO filtered_outcomes(date_from, date_to, countries, event_types, projects,
                                          funders, organisations) AS TABLE
SELECT o.*
FROM outcomes AS o
WHERE o.event_id IN (SELECT event_id
                     FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations))
UNION ALL
SELECT * FROM filtered_project_outcomes(date_from, date_to, countries, event_types, projects, funders, organisations);

-- filtered_outcome_facts(...): one row per outcome of the view (the rows filtered_outcomes
-- gives) with what the Outcomes charts group by: outcome_type, year (its own date, else its
-- event's start; NULL when neither is stated) and project_id (its own, else its event's).
CREATE OR REPLACE MACRO filtered_outcome_facts(date_from, date_to, countries, event_types, projects,
                                               funders, organisations) AS TABLE
SELECT unnest(outcome_list, recursive := true)
FROM filtered_facts(date_from, date_to, countries, event_types, projects, funders, organisations)
UNION ALL
SELECT o.outcome_type, year(o.date)::INTEGER AS year, o.project_id
FROM filtered_project_outcomes(date_from, date_to, countries, event_types, projects, funders, organisations) AS o;
