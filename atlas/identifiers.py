"""Names of tables, columns and types put into SQL text, in one place.

Values are always bound as `$name` parameters; a name cannot be, so the few statements built
from the catalog (imports, exports, the rule checks) take their names through here:

- `quote_identifier` quotes any name, doubling a quote inside it (an export's column headers);
- `checked_identifier` accepts only a catalog name (lowercase letters, digits, underscores) and
  quotes it, so a name read from a file can never reach SQL text;
- `checked_type_name` accepts only a type name as the catalog spells it (VARCHAR, DATE, ...).
"""

from __future__ import annotations

import re


def quote_identifier(name: str) -> str:
    """Any name as a quoted SQL identifier, a quote inside it doubled."""
    return '"' + name.replace('"', '""') + '"'


def checked_identifier(name: str) -> str:
    """A catalog name, quoted; ValueError for anything that is not one."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not an identifier: {name!r}")
    return '"' + name + '"'


def checked_type_name(name: str) -> str:
    """A column type as the catalog spells it; ValueError for anything else."""
    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
        raise ValueError(f"not a type name: {name!r}")
    return name
