"""The machine a run is on, as the report names it: CPU, cores, memory, versions, load."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path


def machine() -> dict[str, str]:
    import duckdb
    import numpy
    import pandas
    import plotly
    import streamlit

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem = next(
        int(line.split()[1]) * 1024
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    chromium = (
        subprocess.run(
            ["/usr/bin/chromium", "--version"], capture_output=True, text=True, timeout=30
        ).stdout.strip()
        if Path("/usr/bin/chromium").exists()
        else "not found"
    )
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": f"{mem / 2**30:.0f} GiB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "DuckDB": duckdb.__version__,
        "Streamlit": streamlit.__version__,
        "pandas": pandas.__version__,
        "numpy": numpy.__version__,
        "Plotly": plotly.__version__,
        "Chromium": chromium,
    }


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])
