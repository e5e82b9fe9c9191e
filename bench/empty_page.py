"""The framework floor for page-script timings: a Streamlit script that draws one title."""

import streamlit as st

st.title("Empty page")
