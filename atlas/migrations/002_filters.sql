-- 002: the shared filter, defined once in the database so that every named query applies the
-- same rule. Each argument is NULL for "all"; lists are matched with = ANY.
--
-- The live definitions are in atlas/macros.sql, applied after the migrations on every migrate.
-- These are the first ones, kept as they shipped so that an old file is brought up the same way.
--
-- period_end(d, p): the last day of the period a date at precision p stands for, so that a
-- "May 2016" event matches a range starting on 15 May 2016.
CREATE OR REPLACE MACRO period_end(d, p) AS CASE p
    WHEN 'day' THEN d
    WHEN 'month' THEN CAST(d + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)
    WHEN 'season' THEN CAST(d + INTERVAL 4 MONTH - INTERVAL 1 DAY AS DATE)
    WHEN 'year' THEN CAST(d + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE)
END;

-- filtered_events(...): the events the filter bar selects.
--   date_from, date_to DATE: the event's period overlaps the range; undated events are left out
--                            once either bound is set (the report gives no date to compare).
--   countries VARCHAR[]:     hosted in one of them, or with participants from one of them.
--   event_types VARCHAR[], projects VARCHAR[]: as named.
--   funders VARCHAR[]:       the event's project is funded by one, or the event names one as funder.
--   organisations VARCHAR[]: the organisation has a role in the event or is a partner, lead or
--                            funder of its project.
CREATE OR REPLACE MACRO filtered_events(date_from, date_to, countries, event_types, projects,
                                        funders, organisations) AS TABLE
SELECT e.*
FROM events AS e
WHERE (date_from IS NULL OR coalesce(e.end_date, period_end(e.start_date, e.date_precision)) >= date_from)
  AND (date_to IS NULL OR e.start_date <= date_to)
  AND (countries IS NULL
       OR e.country_iso3 = ANY(countries)
       OR e.event_id IN (SELECT p.event_id FROM participation AS p WHERE p.country_iso3 = ANY(countries)))
  AND (event_types IS NULL OR e.event_type = ANY(event_types))
  AND (projects IS NULL OR e.project_id = ANY(projects))
  AND (funders IS NULL
       OR e.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(funders))
       OR e.event_id IN (SELECT eo.event_id FROM event_organisations AS eo
                         WHERE eo.role = 'funder' AND eo.org_id = ANY(funders)))
  AND (organisations IS NULL
       OR e.event_id IN (SELECT eo.event_id FROM event_organisations AS eo WHERE eo.org_id = ANY(organisations))
       OR e.project_id IN (SELECT pp.project_id FROM project_partners AS pp WHERE pp.org_id = ANY(organisations))
       OR e.project_id IN (SELECT pf.project_id FROM project_funders AS pf WHERE pf.org_id = ANY(organisations))
       OR e.project_id IN (SELECT pr.project_id FROM projects AS pr WHERE pr.lead_org_id = ANY(organisations)));

-- filtered_outcomes(...): the outcomes that belong to the selected events. An outcome of one
-- event follows its event; an outcome of a whole project is shown when no filter is set, or when
-- its project has a selected event and its own date and country (where stated) are in range.
CREATE OR REPLACE MACRO filtered_outcomes(date_from, date_to, countries, event_types, projects,
                                          funders, organisations) AS TABLE
WITH selected AS (
    SELECT event_id, project_id
    FROM filtered_events(date_from, date_to, countries, event_types, projects, funders, organisations)
)
SELECT o.*
FROM outcomes AS o
WHERE (o.event_id IS NOT NULL AND o.event_id IN (SELECT event_id FROM selected))
   OR (o.event_id IS NULL
       AND ((date_from IS NULL AND date_to IS NULL AND countries IS NULL AND event_types IS NULL
             AND projects IS NULL AND funders IS NULL AND organisations IS NULL)
            OR (o.project_id IN (SELECT project_id FROM selected)
                AND (o.date IS NULL OR ((date_from IS NULL OR period_end(o.date, o.date_precision) >= date_from)
                                        AND (date_to IS NULL OR o.date <= date_to)))
                AND (countries IS NULL OR o.country_iso3 IS NULL OR o.country_iso3 = ANY(countries)))));
