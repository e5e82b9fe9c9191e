-- 003: what each table and column means, kept in the database catalogue so that the data
-- dictionary (atlas.exports.dictionary, the Data page) is generated from the schema rather than
-- copied by hand. Read back through duckdb_tables().comment and duckdb_columns().comment.
--
-- Convention: a column comment is its meaning in plain words; a last sentence "Unit: ..." names
-- the unit of a count. Type, required, allowed values and references come from the schema itself.

COMMENT ON TABLE countries IS 'One row per country or territory: its ISO 3166-1 codes and standard name.';
COMMENT ON COLUMN countries.iso3 IS 'ISO 3166-1 alpha-3 code, the country key used everywhere else.';
COMMENT ON COLUMN countries.iso2 IS 'ISO 3166-1 alpha-2 code.';
COMMENT ON COLUMN countries.name IS 'Standard English name of the country.';

COMMENT ON TABLE country_aliases IS 'One row per other name the reports use for a country (Burma/Myanmar, Lao PDR).';
COMMENT ON COLUMN country_aliases.alias IS 'A name for the country as written in a report.';
COMMENT ON COLUMN country_aliases.iso3 IS 'The country the name means.';

COMMENT ON TABLE sources IS 'One row per source document; every event, outcome, project and organisation cites one.';
COMMENT ON COLUMN sources.source_id IS 'Identifier of the source, cited by the other tables.';
COMMENT ON COLUMN sources.title IS 'Title of the source document.';
COMMENT ON COLUMN sources.kind IS 'What kind of document the source is.';
COMMENT ON COLUMN sources.path_or_url IS 'Where the source can be read: a file under data/ or a web address.';
COMMENT ON COLUMN sources.published IS 'Date the source was published, where it says so.';

COMMENT ON TABLE organisations IS 'One row per organisation named in the sources: network, members, partners, funders and others.';
COMMENT ON COLUMN organisations.org_id IS 'Identifier of the organisation.';
COMMENT ON COLUMN organisations.name IS 'Full name of the organisation as the source gives it.';
COMMENT ON COLUMN organisations.short_name IS 'Acronym or short name, where the source uses one.';
COMMENT ON COLUMN organisations.kind IS 'What kind of organisation it is.';
COMMENT ON COLUMN organisations.country_iso3 IS 'Country the organisation is based in; empty when the source does not say.';
COMMENT ON COLUMN organisations.source_id IS 'The source that names the organisation.';
COMMENT ON COLUMN organisations.source_quote IS 'The sentence of the source that names the organisation.';

COMMENT ON TABLE projects IS 'One row per project: a funded programme of events and outcomes.';
COMMENT ON COLUMN projects.project_id IS 'Identifier of the project.';
COMMENT ON COLUMN projects.name IS 'Name of the project as the source gives it.';
COMMENT ON COLUMN projects.description IS 'What the project did, in a sentence or two.';
COMMENT ON COLUMN projects.start_date IS 'First day of the period the project started in; read it at date_precision (a month-precision date stands for the whole month).';
COMMENT ON COLUMN projects.end_date IS 'Last day of the project, where the source gives one.';
COMMENT ON COLUMN projects.date_precision IS 'How precise start_date is: day, month, season (a third of a year: early, mid, late) or year.';
COMMENT ON COLUMN projects.lead_org_id IS 'The organisation that led the project, where the source says.';
COMMENT ON COLUMN projects.source_id IS 'The source that describes the project.';
COMMENT ON COLUMN projects.source_quote IS 'The sentence of the source the project is taken from.';

COMMENT ON TABLE project_funders IS 'One row per (project, funder): who funded a project.';
COMMENT ON COLUMN project_funders.project_id IS 'The funded project.';
COMMENT ON COLUMN project_funders.org_id IS 'The funding organisation.';
COMMENT ON COLUMN project_funders.source_quote IS 'The sentence of the source that names the funder.';

COMMENT ON TABLE project_partners IS 'One row per (project, partner) named for a whole project rather than for one event.';
COMMENT ON COLUMN project_partners.project_id IS 'The project.';
COMMENT ON COLUMN project_partners.org_id IS 'The partner organisation.';
COMMENT ON COLUMN project_partners.source_quote IS 'The sentence of the source that names the partner.';

COMMENT ON TABLE events IS 'One row per event: a workshop, exchange, consultation, seminar, training, field visit, exhibition, launch, meeting or conference.';
COMMENT ON COLUMN events.event_id IS 'Identifier of the event.';
COMMENT ON COLUMN events.project_id IS 'The project the event belongs to; empty for an event outside any project.';
COMMENT ON COLUMN events.title IS 'Title of the event.';
COMMENT ON COLUMN events.event_type IS 'What kind of event it was.';
COMMENT ON COLUMN events.start_date IS 'First day of the period the event took place in; read it at date_precision (2016-05-01 at month precision means May 2016). Empty when the source gives no date.';
COMMENT ON COLUMN events.end_date IS 'Last day of a multi-day event, where the source gives one.';
COMMENT ON COLUMN events.date_precision IS 'How precise start_date is: day, month, season (a third of a year: early, mid, late) or year.';
COMMENT ON COLUMN events.city IS 'City the event took place in, where the source names it.';
COMMENT ON COLUMN events.venue IS 'Venue of the event, where the source names it.';
COMMENT ON COLUMN events.country_iso3 IS 'Country the event took place in (host country), not the participants'' home countries.';
COMMENT ON COLUMN events.participants_total IS 'Number of participants the source states for the whole event; a lower bound when participants_at_least is true; empty when the source gives no number. Unit: people.';
COMMENT ON COLUMN events.participants_at_least IS 'True when the source gives the total as "more than N": participants_total is then a lower bound, not the count.';
COMMENT ON COLUMN events.description IS 'What happened at the event, in a sentence or two.';
COMMENT ON COLUMN events.source_id IS 'The source that reports the event.';
COMMENT ON COLUMN events.source_quote IS 'The sentences of the source the event and its figures are taken from.';

COMMENT ON TABLE event_organisations IS 'One row per (event, organisation, role): who organised, funded, hosted or spoke at an event.';
COMMENT ON COLUMN event_organisations.event_id IS 'The event.';
COMMENT ON COLUMN event_organisations.org_id IS 'The organisation.';
COMMENT ON COLUMN event_organisations.role IS 'The part the organisation played in the event.';
COMMENT ON COLUMN event_organisations.source_quote IS 'The sentence of the source that names the organisation''s role.';

COMMENT ON TABLE participation IS 'One row per (event, home country of participants). Breakdowns are often partial: the part of an event''s total that no row accounts for is "not broken down".';
COMMENT ON COLUMN participation.event_id IS 'The event.';
COMMENT ON COLUMN participation.country_iso3 IS 'Home country of participants (where they came from, not where the event was held).';
COMMENT ON COLUMN participation.participants IS 'Participants from this country as the source states them; empty when the source names the country without a count (never estimated). Unit: people.';
COMMENT ON COLUMN participation.source_quote IS 'The sentence of the source that names the country.';

COMMENT ON TABLE outcomes IS 'One row per outcome: a publication, documentary, recommendation, agreement, network formed, policy change, materials distributed or media product.';
COMMENT ON COLUMN outcomes.outcome_id IS 'Identifier of the outcome.';
COMMENT ON COLUMN outcomes.outcome_type IS 'What kind of outcome it is.';
COMMENT ON COLUMN outcomes.title IS 'Title of the outcome.';
COMMENT ON COLUMN outcomes.description IS 'What the outcome is, in a sentence or two.';
COMMENT ON COLUMN outcomes.quantity IS 'How many, where the source counts it (copies, recommendations); the unit column says of what; empty when not counted.';
COMMENT ON COLUMN outcomes.unit IS 'What quantity counts (copies, recommendations, ...); set whenever quantity is.';
COMMENT ON COLUMN outcomes.date IS 'First day of the period the outcome dates from; read it at date_precision. Empty when the source gives no date.';
COMMENT ON COLUMN outcomes.date_precision IS 'How precise date is: day, month, season (a third of a year: early, mid, late) or year.';
COMMENT ON COLUMN outcomes.project_id IS 'The project the outcome came from, for an outcome of a whole project.';
COMMENT ON COLUMN outcomes.event_id IS 'The event the outcome came from, where it came from one event.';
COMMENT ON COLUMN outcomes.country_iso3 IS 'Country the outcome concerns, where the source says.';
COMMENT ON COLUMN outcomes.source_id IS 'The source that reports the outcome.';
COMMENT ON COLUMN outcomes.source_quote IS 'The sentences of the source the outcome is taken from.';
