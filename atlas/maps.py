"""The world map the app ships (static/world_50m.json, made by tools/make_world_map.py, see
static/README.md): which countries it can draw and where they lie, so that a map frames the
countries it shows with their neighbours around them, and says which ones it cannot draw
instead of dropping them silently.

Plotly asks for "world_<RESOLUTION>m.json" under the chart's topojsonURL, so RESOLUTION must
match the file in static/. 1:50m rather than 1:110m: the 110m file has no Singapore, Hong Kong,
Macao, Bahrain or Maldives, and a map framed on the Mekong region looks coarse at 110m.

A map whose view lies inside the region the network's data cover asks for REGION_RESOLUTION
instead: static/world_110m.json is not Natural Earth's 1:110m but the same 1:50m map cut to the
countries and land that reach into that region (tools/make_world_map.py, region()), so it draws
the same map for a quarter of the countries and 60% of the points. Plotly names a world map's
file by its resolution alone and keeps the first one it loads under that name, so the cut can
only be told apart from the whole world by the other resolution.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

RESOLUTION = 50
TOPOLOGY = Path(__file__).resolve().parent.parent / "static" / f"world_{RESOLUTION}m.json"
REGION_RESOLUTION = 110
REGION_TOPOLOGY = TOPOLOGY.with_name(f"world_{REGION_RESOLUTION}m.json")

Box = tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max


def _arc_indices(arcs: object) -> Iterable[int]:
    """Every arc index in a (Multi)Polygon's nested arc lists."""
    if isinstance(arcs, int):
        yield arcs
    else:
        for item in arcs:  # type: ignore[union-attr]
            yield from _arc_indices(item)


@cache
def _boxes() -> dict[str, Box]:
    """ISO-3 code -> bounding box of the country on the shipped map."""
    topology = json.loads(TOPOLOGY.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arc_boxes: list[Box] = []
    for arc in topology["arcs"]:  # quantized and delta-encoded (TopoJSON spec)
        x = y = 0
        xs, ys = [], []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            xs.append(x * sx + tx)
            ys.append(y * sy + ty)
        arc_boxes.append((min(xs), min(ys), max(xs), max(ys)))
    boxes: dict[str, Box] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if not code or "arcs" not in geometry:
            continue
        parts = [arc_boxes[i if i >= 0 else ~i] for i in _arc_indices(geometry["arcs"])]
        boxes[code] = (
            min(p[0] for p in parts),
            min(p[1] for p in parts),
            max(p[2] for p in parts),
            max(p[3] for p in parts),
        )
    return boxes


def on_map(iso3: str) -> bool:
    """Whether the shipped map draws this country (Gibraltar, Réunion and a few more it does not)."""
    return iso3 in _boxes()


def frame(
    codes: Iterable[str], *, min_span: float = 30.0, margin: float = 0.15
) -> dict[str, list[float]] | None:
    """Longitude and latitude ranges that show these countries with a margin around them and at
    least `min_span` degrees across, so a single country is seen among its neighbours. None when
    no code is on the map."""
    boxes = [_boxes()[c] for c in codes if c in _boxes()]
    if not boxes:
        return None
    lon = [min(b[0] for b in boxes), max(b[2] for b in boxes)]
    lat = [min(b[1] for b in boxes), max(b[3] for b in boxes)]
    ranges = {}
    for name, (low, high), limit in (("lon", lon, 180.0), ("lat", lat, 90.0)):
        span = max(high - low, min_span / (1 if name == "lon" else 1.6))
        middle = (low + high) / 2
        half = span * (1 + 2 * margin) / 2
        ranges[name] = [max(middle - half, -limit), min(middle + half, limit)]
    return ranges


@cache
def region() -> Box:
    """The box inside which the region's file (REGION_TOPOLOGY) draws what the whole map does."""
    lon_min, lat_min, lon_max, lat_max = json.loads(REGION_TOPOLOGY.read_text(encoding="utf-8"))[
        "region"
    ]
    return lon_min, lat_min, lon_max, lat_max


def resolution(views: Iterable[dict[str, list[float]] | None]) -> int:
    """The resolution a map with these views (frame()'s ranges; None: the whole world) asks
    for: REGION_RESOLUTION when every view lies inside region(), RESOLUTION otherwise."""
    lon_min, lat_min, lon_max, lat_max = region()
    inside = all(
        view is not None
        and lon_min <= view["lon"][0]
        and view["lon"][1] <= lon_max
        and lat_min <= view["lat"][0]
        and view["lat"][1] <= lat_max
        for view in views
    )
    return REGION_RESOLUTION if inside else RESOLUTION
