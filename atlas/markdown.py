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
