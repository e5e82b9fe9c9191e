"""The Overview computed the way a typical Streamlit dashboard does it, for comparison: every
table loaded into pandas once (what `@st.cache_data def load(): ...` keeps in memory), then on
each interaction the filter applied and the figures aggregated in pandas.

It computes the same figures as the Overview's named queries (overview/headline,
participation/not_broken_down, events/by_year_type, participation/by_country, outcomes/by_type,
events/latest), with the same filter rules as the filtered_events/filtered_outcomes macros, so
the benchmark can check that both ways agree before it compares their cost.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from atlas.filters import Filters

TABLES = (
    "events",
    "participation",
    "event_organisations",
    "outcomes",
    "projects",
    "project_funders",
    "project_partners",
    "countries",
)


def load(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """Every table the Overview needs, whole, as DataFrames. Text columns are made plain Python
    strings (object dtype, pandas' classic and hash-based representation): with pandas 3's
    Arrow-backed strings, Series.isin(<a Series of a million ids>) builds a Python list and takes
    about 20 s, which would make this comparison flatter us."""
    frames = {}
    for t in TABLES:
        df = con.table(t).df()
        text = [c for c in df.columns if isinstance(df[c].dtype, pd.StringDtype)]
        frames[t] = df.astype(dict.fromkeys(text, object))
    return frames


def _period_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    d = start.to_numpy(dtype="datetime64[D]")
    months = precision.map({"month": 1, "season": 4, "year": 12}).fillna(0).to_numpy(dtype=np.int64)
    end = (d.astype("datetime64[M]") + months).astype("datetime64[D]") - np.timedelta64(1, "D")
    return pd.Series(np.where(months > 0, end, d), index=start.index)


def _events(t: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    ev = t["events"]
    keep = np.ones(len(ev), bool)
    if f.date_from is not None:
        last = ev["end_date"].where(
            ev["end_date"].notna(), _period_end(ev["start_date"], ev["date_precision"])
        )
        keep &= (last >= pd.Timestamp(f.date_from)).fillna(False).to_numpy(bool)
    if f.date_to is not None:
        keep &= (ev["start_date"] <= pd.Timestamp(f.date_to)).fillna(False).to_numpy(bool)
    if f.countries:
        p = t["participation"]
        from_there = p.loc[p["country_iso3"].isin(f.countries), "event_id"]
        keep &= (ev["country_iso3"].isin(f.countries) | ev["event_id"].isin(from_there)).to_numpy(
            bool
        )
    if f.event_types:
        keep &= ev["event_type"].isin(f.event_types).to_numpy(bool)
    if f.projects:
        keep &= ev["project_id"].isin(f.projects).to_numpy(bool)
    eo, pf, pp = t["event_organisations"], t["project_funders"], t["project_partners"]
    if f.funders:
        funded = pf.loc[pf["org_id"].isin(f.funders), "project_id"]
        named = eo.loc[(eo["role"] == "funder") & eo["org_id"].isin(f.funders), "event_id"]
        keep &= (ev["project_id"].isin(funded) | ev["event_id"].isin(named)).to_numpy(bool)
    if f.organisations:
        orgs = list(f.organisations)
        projects = pd.concat(
            [
                pp.loc[pp["org_id"].isin(orgs), "project_id"],
                pf.loc[pf["org_id"].isin(orgs), "project_id"],
                t["projects"].loc[t["projects"]["lead_org_id"].isin(orgs), "project_id"],
            ]
        )
        keep &= (
            ev["event_id"].isin(eo.loc[eo["org_id"].isin(orgs), "event_id"])
            | ev["project_id"].isin(projects)
        ).to_numpy(bool)
    return ev[keep]


def _outcomes(t: dict[str, pd.DataFrame], f: Filters, ev: pd.DataFrame) -> pd.DataFrame:
    o = t["outcomes"]
    of_event = o["event_id"].notna() & o["event_id"].isin(ev["event_id"])
    if f.is_empty:
        of_project = o["event_id"].isna()
    else:
        in_range = pd.Series(True, index=o.index)
        if f.date_from is not None:
            in_range &= (
                _period_end(o["date"], o["date_precision"]) >= pd.Timestamp(f.date_from)
            ).fillna(False)
        if f.date_to is not None:
            in_range &= (o["date"] <= pd.Timestamp(f.date_to)).fillna(False)
        in_range |= o["date"].isna()
        country_ok = o["country_iso3"].isna() | (
            o["country_iso3"].isin(f.countries) if f.countries else True
        )
        of_project = (
            o["event_id"].isna()
            & o["project_id"].isin(ev["project_id"].dropna())
            & in_range
            & country_ok
        )
    return o[of_event | of_project]


def overview(t: dict[str, pd.DataFrame], f: Filters) -> dict[str, object]:
    """The Overview's figures for one filter state, all in pandas."""
    ev = _events(t, f)
    p = t["participation"]
    origin = p[p["event_id"].isin(ev["event_id"])]
    if f.countries:
        origin = origin[origin["country_iso3"].isin(f.countries)]
    eo = t["event_organisations"]
    outcomes = _outcomes(t, f, ev)
    headline = {
        "events": len(ev),
        "participants": int(ev["participants_total"].sum()),
        "participants_at_least_events": int(ev["participants_at_least"].sum()),
        "events_without_count": int(ev["participants_total"].isna().sum()),
        "countries_of_origin": int(origin["country_iso3"].nunique()),
        "participants_from_selected_countries": int(origin["participants"].sum())
        if f.countries
        else None,
        "organisations": int(eo.loc[eo["event_id"].isin(ev["event_id"]), "org_id"].nunique()),
        "outcomes": len(outcomes),
    }
    counted = p.groupby("event_id")["participants"].sum()
    with_total = ev[ev["participants_total"].notna()]
    known = with_total["event_id"].map(counted).fillna(0)
    short = with_total["participants_total"] > known
    not_broken_down = {
        "participants": int((with_total["participants_total"] - known).sum()),
        "events": int(short.sum()),
        "at_least": bool((with_total["participants_at_least"] & short).any()),
    }
    by_year_type = (
        ev.assign(year=ev["start_date"].dt.year)
        .groupby(["year", "event_type"], dropna=False)
        .size()
        .rename("events")
        .reset_index()
    )
    names = t["countries"].set_index("iso3")["name"]
    by_country = (
        origin.groupby("country_iso3")
        .agg(
            participants=("participants", lambda s: s.sum(min_count=1)),
            events=("event_id", "size"),
            with_count=("participants", "count"),
        )
        .reset_index()
    )
    by_country["events_without_count"] = by_country["events"] - by_country.pop("with_count")
    by_country["country"] = by_country["country_iso3"].map(names)
    by_country = by_country.sort_values(
        ["participants", "country"], ascending=[False, True], na_position="last"
    )
    by_type = outcomes["outcome_type"].value_counts().rename("outcomes").reset_index()
    latest = (
        ev.sort_values(["start_date", "title"], ascending=[False, True], na_position="last")
        .head(10)
        .assign(country=lambda d: d["country_iso3"].map(names))
        .merge(
            t["projects"][["project_id", "name"]].rename(columns={"name": "project"}),
            on="project_id",
            how="left",
        )
    )
    return {
        "headline": headline,
        "not_broken_down": not_broken_down,
        "by_year_type": by_year_type,
        "by_country": by_country,
        "by_type": by_type,
        "latest": latest,
    }
