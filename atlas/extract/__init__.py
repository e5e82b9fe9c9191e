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


@cache
def fingerprint() -> str:
    """Which extractor this is: the first 12 hex digits of a SHA-1 over its files (the rules'
    code and the data files beside it), so a record of what it proposed says which rules did,
    with or without a git checkout."""
    digest = hashlib.sha1()
    folder = Path(__file__).resolve().parent
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".py", ".json")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
