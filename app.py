"""Outcome Atlas: the entry point. Page config, the shared filter bar, the page registry."""

import streamlit as st

from app_pages import shell

st.set_page_config(page_title="Outcome Atlas", page_icon="🗺️", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon="📊", default=True),
    st.Page("app_pages/events.py", title="Events", icon="📅", url_path="events"),
    st.Page("app_pages/countries.py", title="Countries", icon=":material/public:", url_path="countries"),
    st.Page("app_pages/outcomes.py", title="Outcomes", icon="🎯", url_path="outcomes"),
    st.Page("app_pages/funders.py", title="Funders", icon=":material/volunteer_activism:", url_path="funders"),
    st.Page("app_pages/data.py", title="Data", icon="⬇️", url_path="data"),
]

page = st.navigation(PAGES)
shell.filter_bar()
shell.synthetic_banner()
page.run()
