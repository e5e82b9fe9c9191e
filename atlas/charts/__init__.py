"""Charts: DataFrame in, plotly Figure out. No queries, no Streamlit.

One palette (Okabe-Ito, safe for the common colour-vision deficiencies), one font, thousands
separators, and one grey for "not broken down" so a remainder never looks like a country.
Each title says what is counted. A builder returns None for an empty frame; the page shows a
sentence instead of an empty axis.

The package, by what it draws: `events`, `participants`, `outcomes`, `country_maps`; `style`
holds the palette, font, layout and the "not broken down" style they share. Pages call
`charts.events_per_year(df)` and so on.
"""

from atlas.charts.country_maps import country_map, events_map, participants_map
from atlas.charts.events import events_by_host, events_per_year, events_timeline
from atlas.charts.outcomes import (
    outcome_chain,
    outcomes_by_project,
    outcomes_by_type,
    outcomes_per_year,
)
from atlas.charts.participants import event_participants, flows_matrix, participants_by_country
from atlas.charts.style import (
    HOST_NOT_STATED_LABEL,
    NAMED_NO_COUNT,
    NAMED_NO_COUNT_LABEL,
    NOT_BROKEN_DOWN,
    NOT_BROKEN_DOWN_LABEL,
    PALETTE,
)

__all__ = [
    "HOST_NOT_STATED_LABEL",
    "NAMED_NO_COUNT",
    "NAMED_NO_COUNT_LABEL",
    "NOT_BROKEN_DOWN",
    "NOT_BROKEN_DOWN_LABEL",
    "PALETTE",
    "country_map",
    "event_participants",
    "events_by_host",
    "events_map",
    "events_per_year",
    "events_timeline",
    "flows_matrix",
    "outcome_chain",
    "outcomes_by_project",
    "outcomes_by_type",
    "outcomes_per_year",
    "participants_by_country",
    "participants_map",
]
