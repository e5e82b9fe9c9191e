"""The learned checks' committed weights read back (atlas.extract.home_check, org_check and
event_check): the small JSON file each one's training tool in tools/ writes with --write."""

from __future__ import annotations

import json
from pathlib import Path


def read(path: Path, features: tuple[str, ...]) -> dict | None:
    """The weights in `path`, or None when there are none; refused when they were trained on
    other features than the check describes its candidates with now."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        raise ValueError(f"{path.name} was trained on other features; retrain it")
    return data
