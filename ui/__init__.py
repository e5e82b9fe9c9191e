"""The Streamlit pieces the pages share: the shell (filter bar, cached queries, chart and table
layout) and the editing widgets of the pages that write. The page scripts are in app_pages/."""
