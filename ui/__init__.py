"""The Streamlit pieces the pages share: the shell (filter bar, cached queries, chart and table
layout), the editing widgets of the pages that write, and the targets-against-actuals table
the Funders and Results pages share (targets). The page scripts are in app_pages/."""
