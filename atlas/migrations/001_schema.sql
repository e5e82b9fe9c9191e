-- 001: the data model of DESIGN.md. Keys, foreign keys and CHECKs live here so that a bad row is
-- refused by the database itself, whichever path wrote it. What SQL cannot check across rows
-- (known per-country counts never above an event's total) is in atlas/validation.py.

CREATE TABLE countries (
    iso3 VARCHAR PRIMARY KEY CHECK (length(iso3) = 3 AND iso3 = upper(iso3)),
    iso2 VARCHAR NOT NULL,
    name VARCHAR NOT NULL
);

-- Names the reports use for a country, beside the ISO names ("Burma/Myanmar", "Lao PDR").
CREATE TABLE country_aliases (
    alias VARCHAR PRIMARY KEY,
    iso3 VARCHAR NOT NULL REFERENCES countries (iso3)
);

CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY,
    title VARCHAR NOT NULL CHECK (length(trim(title)) > 0),
    kind VARCHAR NOT NULL CHECK (kind IN ('report', 'web', 'spreadsheet', 'form', 'synthetic')),
    path_or_url VARCHAR,
    published DATE
);

CREATE TABLE organisations (
    org_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    short_name VARCHAR,
    kind VARCHAR NOT NULL CHECK (kind IN ('network', 'member', 'partner', 'funder', 'government',
                                          'igo', 'academic', 'media', 'other')),
    country_iso3 VARCHAR REFERENCES countries (iso3),
    source_id VARCHAR NOT NULL REFERENCES sources (source_id),
    source_quote VARCHAR
);

-- Dates follow one rule everywhere: a date is the first day of its period and date_precision
-- says how to read it (day, month, season = early/mid/late third of a year, year).
CREATE TABLE projects (
    project_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL CHECK (length(trim(name)) > 0),
    description VARCHAR,
    start_date DATE,
    end_date DATE,
    date_precision VARCHAR CHECK (date_precision IN ('day', 'month', 'season', 'year')),
    lead_org_id VARCHAR REFERENCES organisations (org_id),
    source_id VARCHAR NOT NULL REFERENCES sources (source_id),
    source_quote VARCHAR,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CHECK ((start_date IS NULL) = (date_precision IS NULL))
);

CREATE TABLE project_funders (
    project_id VARCHAR NOT NULL REFERENCES projects (project_id),
    org_id VARCHAR NOT NULL REFERENCES organisations (org_id),
    source_quote VARCHAR,
    PRIMARY KEY (project_id, org_id)
);

-- Partners named for a whole project rather than for one event (Beyond 'Tolerance' lists five).
CREATE TABLE project_partners (
    project_id VARCHAR NOT NULL REFERENCES projects (project_id),
    org_id VARCHAR NOT NULL REFERENCES organisations (org_id),
    source_quote VARCHAR,
    PRIMARY KEY (project_id, org_id)
);

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    project_id VARCHAR REFERENCES projects (project_id),
    title VARCHAR NOT NULL CHECK (length(trim(title)) > 0),
    event_type VARCHAR NOT NULL CHECK (event_type IN ('workshop', 'exchange', 'consultation',
        'seminar', 'training', 'field_visit', 'exhibition', 'launch', 'meeting', 'conference',
        'other')),
    start_date DATE,
    end_date DATE,
    date_precision VARCHAR CHECK (date_precision IN ('day', 'month', 'season', 'year')),
    city VARCHAR,
    venue VARCHAR,
    country_iso3 VARCHAR REFERENCES countries (iso3),
    participants_total INTEGER CHECK (participants_total >= 0),
    -- true for "more than 80": participants_total is then a lower bound, never the count.
    participants_at_least BOOLEAN NOT NULL DEFAULT false,
    description VARCHAR,
    source_id VARCHAR NOT NULL REFERENCES sources (source_id),
    source_quote VARCHAR NOT NULL CHECK (length(trim(source_quote)) > 0),
    CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date)),
    CHECK ((start_date IS NULL) = (date_precision IS NULL)),
    CHECK (date_precision IS NULL OR date_precision = 'day' OR day(start_date) = 1),
    CHECK (date_precision IS NULL OR date_precision <> 'year' OR month(start_date) = 1),
    CHECK (date_precision IS NULL OR date_precision <> 'season' OR month(start_date) IN (1, 5, 9)),
    CHECK (NOT participants_at_least OR participants_total IS NOT NULL)
);

CREATE TABLE event_organisations (
    event_id VARCHAR NOT NULL REFERENCES events (event_id),
    org_id VARCHAR NOT NULL REFERENCES organisations (org_id),
    role VARCHAR NOT NULL CHECK (role IN ('organiser', 'funder', 'partner', 'host', 'visited',
                                          'trainer', 'speaker')),
    source_quote VARCHAR,
    PRIMARY KEY (event_id, org_id, role)
);

-- Participants by home country. participants is NULL when a report names the country without a
-- count; the part of the event's total that no row accounts for is "not broken down".
CREATE TABLE participation (
    event_id VARCHAR NOT NULL REFERENCES events (event_id),
    country_iso3 VARCHAR NOT NULL REFERENCES countries (iso3),
    participants INTEGER CHECK (participants >= 0),
    source_quote VARCHAR,
    PRIMARY KEY (event_id, country_iso3)
);

CREATE TABLE outcomes (
    outcome_id VARCHAR PRIMARY KEY,
    outcome_type VARCHAR NOT NULL CHECK (outcome_type IN ('publication', 'documentary',
        'recommendation', 'agreement', 'network', 'policy_change', 'materials_distributed',
        'media_product', 'other')),
    title VARCHAR NOT NULL CHECK (length(trim(title)) > 0),
    description VARCHAR,
    quantity INTEGER CHECK (quantity >= 0),
    unit VARCHAR,
    date DATE,
    date_precision VARCHAR CHECK (date_precision IN ('day', 'month', 'season', 'year')),
    project_id VARCHAR REFERENCES projects (project_id),
    event_id VARCHAR REFERENCES events (event_id),
    country_iso3 VARCHAR REFERENCES countries (iso3),
    source_id VARCHAR NOT NULL REFERENCES sources (source_id),
    source_quote VARCHAR NOT NULL CHECK (length(trim(source_quote)) > 0),
    CHECK ((date IS NULL) = (date_precision IS NULL)),
    CHECK (date_precision IS NULL OR date_precision = 'day' OR day(date) = 1),
    CHECK (project_id IS NOT NULL OR event_id IS NOT NULL),
    CHECK (quantity IS NULL OR unit IS NOT NULL)
);
