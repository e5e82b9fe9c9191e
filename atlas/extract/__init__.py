"""Narrative reports -> draft records, rule-based and offline.

`extract_text(text, source_name)` reads one report; `extract_texts([(text, name), ...])` reads
several and folds an event two reports both tell into one draft; `read_texts` does the same and
also returns the outcomes of reports that tell no event (`Reading.loose_outcomes`). `read_document(data, name)`
gets the text out of .txt, .md, .docx and .pdf files (or says clearly why it cannot), and
`drafts_to_rows(drafts, source_id)` turns reviewed drafts into rows for the database's tables.
`fingerprint()` names the extractor's version. Nothing here imports Streamlit; the review page
calls these functions.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from atlas.extract.documents import DocumentError, read_document, read_path
from atlas.extract.drafts import Draft, drafts_to_rows
from atlas.extract.pipeline import Reading, extract_text, extract_texts, read_texts

__all__ = [
    "DocumentError",
    "Draft",
    "Reading",
    "drafts_to_rows",
    "extract_text",
    "fingerprint",
    "extract_texts",
    "read_document",
    "read_path",
    "read_texts",
]


# What the fingerprint leaves out: the benchmark, its records and the learned checks that are
# not part of the pipeline. What it adds: the modules outside atlas/extract/ whose rules it runs.
_NOT_RULES = frozenset(
    {
        "score.py",
        "truth.py",
        "reviewed.py",
        "first_runs.py",
        "home_check.py",
        "org_check.py",
        "__main__.py",
    }
)
_RULES_OUTSIDE = ("countries.py", "folding.py", "dates.py")


@cache
def fingerprint() -> str:
    """Which extractor this is: the first 12 hex digits of a SHA-1 over the code its rules run
    (atlas/extract/ less the benchmark and the learned checks left out of the pipeline, with the
    event check's weights, atlas/countries.py, folding.py and dates.py), so a record of what it
    proposed says which rules did, with or without a git checkout. The libraries it calls are
    pinned in requirements.txt."""
    digest = hashlib.sha1()
    folder = Path(__file__).resolve().parent
    files = [p for p in folder.glob("*.py") if p.name not in _NOT_RULES]
    files.append(folder / "event_check_weights.json")  # the learned check the pipeline runs
    files += [folder.parent / name for name in _RULES_OUTSIDE]
    for path in sorted(files):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
