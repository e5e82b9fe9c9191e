"""Text from the data inside Streamlit's markdown, shown exactly as written.

Streamlit renders titles, captions and markdown as CommonMark plus $math$ and :colour[...]
directives. A title such as "<img src=x onerror=alert(1)>", "*draft*" or "$5 fund" must read as
those characters, so every ASCII punctuation mark is backslash-escaped (CommonMark lets any of
them be escaped) and line breaks become spaces.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def literal(text: object) -> str:
    """Markdown source that displays `text` literally; "" for a missing value."""
    if text is None or text != text:  # None, NaN
        return ""
    return _PUNCTUATION.sub(r"\\\1", " ".join(str(text).split()))


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def shown(source: str) -> str:
    """The text `literal` source displays: its backslash escapes removed (for tests and logs)."""
    return _ESCAPED.sub(r"\1", source)


def small(source: str) -> str:
    """Markdown source that shows `source` (Markdown, its text from data already escaped by
    `literal`) in small grey type, as st.caption does, inside a larger Markdown block."""
    return f":gray[:small[{source}]]"


def quoted(heading: str, items) -> str:
    """One Markdown block for a list of quoted sentences: `heading` in bold, then for each
    (quote, line) of `items` the quote as a blockquote of its literal text and `line` (Markdown,
    its text from data escaped by `literal`) small below it. A page writes one element where
    a quote and a caption per row made hundreds."""
    parts = [f"**{heading}**"]
    for quote, line in items:
        parts += [f"> {literal(quote)}", small(line)]
    return "\n\n".join(parts)


_SMALL = re.compile(r"^:gray\[:small\[(.*)\]\]$")
_QUOTE = re.compile(r"^> ?(.*)$")
_BOLD = re.compile(r"^\*\*((?:\\.|[^\\*])*)\*\*(.*)$")


def blocks(source: str) -> list[str]:
    """The paragraphs of a Markdown block made by `quoted` or a page's card, as a reader reads
    them: the small type's directive, a blockquote's ">" and a leading bold's "**" dropped, the
    escapes removed. For tests."""
    out = []
    for part in source.split("\n\n"):
        for pattern in (_SMALL, _QUOTE, _BOLD):
            found = pattern.match(part)
            if found:
                part = "".join(found.groups())
                break
        out.append(shown(part))
    return out
