"""Outcome Atlas: the entry point. Page config, the shared filter bar, the page registry."""

import streamlit as st

from pages import shell

st.set_page_config(page_title="Outcome Atlas", page_icon="🗺️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon="📊", url_path="overview", default=True),
]

page = st.navigation(PAGES)
shell.filter_bar()
page.run()
