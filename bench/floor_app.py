"""The browser floor: a page with the same sidebar filter as the app (event types) and
?charts=N Plotly charts of constant data, laid out two to a row like the app's pages. A filter
change reruns it and redraws every chart (their titles name the selection), with no query:
what Streamlit and Plotly cost by themselves."""

import plotly.graph_objects as go
import streamlit as st

from atlas import labels

st.set_page_config(page_title="Floor", layout="wide")
charts = int(st.query_params.get("charts", "4"))
with st.sidebar:
    chosen = st.multiselect(
        "Event types",
        list(labels.EVENT_TYPES),
        format_func=labels.event_type,
        placeholder="All event types",
    )
st.title("Floor page")
columns = st.columns(2)
for i in range(charts):
    fig = go.Figure(
        go.Bar(x=[str(2005 + j) for j in range(20)], y=[(j * 7 + i) % 13 + 1 for j in range(20)])
    )
    fig.update_layout(title=f"Chart {i + 1}: {len(chosen)} event types selected", height=380)
    with columns[i % 2]:
        st.plotly_chart(fig, width="stretch", config={"displaylogo": False})
