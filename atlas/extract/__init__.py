"""Narrative reports -> draft records, rule-based and offline.

`extract_text(text, source_name)` reads one report; `extract_texts([(text, name), ...])` reads
several and folds an event two reports both tell into one draft; `read_texts` does the same and
also returns the outcomes of reports that tell no event (`Reading.loose_outcomes`). `read_document(data, name)`
gets the text out of .txt, .md, .docx and .pdf files (or says clearly why it cannot), and
`drafts_to_rows(drafts, source_id)` turns reviewed drafts into rows for the database's tables.
Nothing here imports Streamlit; the review page calls these functions.
"""

from __future__ import annotations

from atlas.extract.documents import DocumentError, read_document, read_path
from atlas.extract.drafts import Draft, drafts_to_rows
from atlas.extract.pipeline import Reading, extract_text, extract_texts, read_texts

__all__ = [
    "DocumentError",
    "Draft",
    "Reading",
    "drafts_to_rows",
    "extract_text",
    "extract_texts",
    "read_document",
    "read_path",
    "read_texts",
]
