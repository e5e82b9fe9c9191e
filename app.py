"""Outcome Atlas: the entry point. Page config, the shared filter bar, the page registry."""

import os

import duckdb
import streamlit as st

from atlas.db import shared
from ui import shell

st.set_page_config(page_title="Outcome Atlas", page_icon="🗺️", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("app_pages/events.py", title="Events", icon=":material/event:", url_path="events"),
    st.Page("app_pages/countries.py", title="Countries", icon=":material/public:", url_path="countries"),
    st.Page("app_pages/outcomes.py", title="Outcomes", icon=":material/flag:", url_path="outcomes"),
    st.Page("app_pages/funders.py", title="Funders", icon=":material/volunteer_activism:", url_path="funders"),
    st.Page("app_pages/data.py", title="Data", icon=":material/download:", url_path="data"),
    st.Page("app_pages/history.py", title="History", icon=":material/history:", url_path="history"),
]
if os.environ.get("ATLAS_READ_ONLY") != "1":  # data can be changed only where the app may write
    PAGES.append(st.Page("app_pages/manage.py", title="Manage", icon=":material/edit:", url_path="manage"))
    PAGES.append(st.Page("app_pages/review.py", title="Review a report", icon=":material/fact_check:", url_path="review"))

page = st.navigation(PAGES)
try:
    shared.connection()  # no file, a file older than a read-only app can use, or one in use elsewhere
except (FileNotFoundError, RuntimeError, duckdb.Error) as err:
    st.error(str(err), icon=":material/error:")
    st.stop()
shell.filter_bar()
shell.synthetic_banner()
page.run()
