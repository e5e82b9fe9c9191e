"""The source behind a figure: its sentences and its report text.

A source's path_or_url is either a web address or a file path relative to data/ (the seed's
reports are data/reports/<file>). Only files inside data/ are ever read, so a path in the data
cannot point the app at any other file on the machine.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
QUOTE_SEPARATOR = " … "  # how the seed joins sentences quoted from different places in a report
MAX_REPORT_CHARS = 500_000  # a report is a few pages; anything longer is cut with a note


def sentences(quote: object) -> list[str]:
    """The quoted sentence(s) of a source_quote, in report order."""
    if not isinstance(quote, str):
        return []
    return [part.strip() for part in quote.split(QUOTE_SEPARATOR) if part.strip()]


def is_url(path_or_url: object) -> bool:
    return isinstance(path_or_url, str) and path_or_url.startswith(("http://", "https://"))


def report_file(path_or_url: object, data_dir: Path = DATA_DIR) -> Path | None:
    """The file under data/ a source names, or None (a URL, nothing stated, outside data/, missing)."""
    if not isinstance(path_or_url, str) or not path_or_url.strip() or is_url(path_or_url):
        return None
    base = data_dir.resolve()
    path = (base / path_or_url.strip()).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        return None
    return path


def report_text(path_or_url: object, data_dir: Path = DATA_DIR) -> str | None:
    """The text of a source's report file, or None when there is no readable file."""
    path = report_file(path_or_url, data_dir)
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if len(text) > MAX_REPORT_CHARS:
        text = text[:MAX_REPORT_CHARS] + f"\n\n[… cut: the file has {len(text):,} characters]"
    return text
