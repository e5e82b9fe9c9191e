"""The region's cut of the world map (static/world_110m.json, see atlas/maps.py): a map whose
view lies inside the region asks for it instead of the whole world. Checked here: the file is
what tools/make_world_map.py cuts from the shipped world map; inside the region it holds every
country and land polygon the whole map has there, each with the same points; a view is given
the cut only when it lies inside; and on the seed and a small synthetic network the maps the
Countries page builds are what they were with the whole world, the file they ask for aside."""

from __future__ import annotations

import json

import pytest

from atlas import charts, db, maps, queries, synth
from atlas.access import Scope
from atlas.charts import country_maps
from atlas.filters import Filters
from tools import make_world_map

STATES = [
    Filters(),
    Filters(event_types=("workshop",)),
    Filters(countries=("LAO",)),
    Filters(countries=("THA", "KHM"), event_types=("exchange", "meeting")),
]


def _shapes(topology: dict, layer: str) -> dict[str, list]:
    """Each geometry of `layer` as its polygons' points in degrees, keyed by its id (a country)
    or by its first polygon's points (land, and the few countries without an id)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 9), round(y * sy + ty, 9)))
        arcs.append(points)

    def ring(ids: list[int]) -> tuple:
        out: list = []
        for i in ids:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(arc if not out else arc[1:])
        return tuple(out)

    shapes = {}
    for geometry in topology["objects"][layer]["geometries"]:
        if not geometry.get("arcs"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        shape = [tuple(ring(r) for r in polygon) for polygon in polygons]
        shapes[geometry.get("id") or str(shape[0])] = shape
    return shapes


def _meets(shape: list, box: tuple) -> bool:
    points = [p for polygon in shape for ring in polygon for p in ring]
    return not (
        max(p[0] for p in points) < box[0]
        or min(p[0] for p in points) > box[2]
        or max(p[1] for p in points) < box[1]
        or min(p[1] for p in points) > box[3]
    )


def test_the_region_file_is_the_tools_cut_of_the_shipped_map():
    world = json.loads(maps.TOPOLOGY.read_text(encoding="utf-8"))
    shipped = maps.REGION_TOPOLOGY.read_text(encoding="utf-8")
    assert shipped == make_world_map.dumps(make_world_map.region(world))
    assert maps.REGION_TOPOLOGY.name == f"world_{maps.REGION_RESOLUTION}m.json"
    assert maps.region() == make_world_map.DETAIL_BOX


@pytest.mark.parametrize("layer", ["countries", "land"])
def test_inside_the_region_the_cut_holds_what_the_whole_map_holds(layer):
    """Every country and land polygon of the whole map that reaches into the region is in the
    cut with the same points (a country whole, all its islands), and nothing else is."""
    world = _shapes(json.loads(maps.TOPOLOGY.read_text(encoding="utf-8")), layer)
    cut = _shapes(json.loads(maps.REGION_TOPOLOGY.read_text(encoding="utf-8")), layer)
    box = maps.region()
    if layer == "countries":
        wanted = {k: v for k, v in world.items() if _meets(v, box)}
        assert cut == wanted
        assert {"LAO", "THA", "KHM", "MMR", "VNM", "CHN", "JPN", "SGP", "IDN", "AUS"} <= set(cut)
    else:  # land: the polygons (continents, islands) that reach into the region
        assert cut == {k: v for k, v in world.items() if _meets(v, box)}
    assert 0 < len(cut) < len(world)


def test_a_view_gets_the_cut_only_when_it_lies_inside_the_region():
    inside, outside = maps.frame(["LAO", "JPN"]), maps.frame(["FRA"])
    assert maps.resolution([inside]) == maps.REGION_RESOLUTION
    assert maps.resolution([outside]) == maps.RESOLUTION
    assert maps.resolution([inside, outside]) == maps.RESOLUTION
    assert maps.resolution([maps.frame(["LAO", "FRA"])]) == maps.RESOLUTION
    assert maps.resolution([None]) == maps.RESOLUTION  # nothing on the map: the whole world


@pytest.fixture(scope="module")
def synth_con(tmp_path_factory: pytest.TempPathFactory):
    path = synth.build(1500, 5, tmp_path_factory.mktemp("region_map") / "synth.duckdb")
    con = db.connect(path, read_only=True)
    yield con
    con.close()


def _maps(con, filters: Filters) -> dict:
    params = dict(scope=Scope.everything(), con=con, limit=100, **filters.sql_params())
    page = queries.run_parts("countries/page", **params)
    homes, hosts = page["by_country"], page["hosts"]
    rest = page["not_broken_down"].iloc[0]
    nbd, at_least = int(rest["participants"]), bool(rest["at_least"])
    return {
        "map": charts.country_map(homes, hosts, nbd, at_least),
        "home map": charts.participants_map(homes, nbd, at_least),
        "host map": charts.events_map(hosts),
    }


def _views(fig) -> list[dict | None]:
    """Every view a figure can show: its own and each button's."""
    geo = fig.layout.geo
    views = [{"lon": list(geo.lonaxis.range), "lat": list(geo.lataxis.range)}]
    for menu in fig.layout.updatemenus:
        for button in menu.buttons:
            views.append(
                {
                    "lon": button.args[1]["geo.lonaxis.range"],
                    "lat": button.args[1]["geo.lataxis.range"],
                }
            )
    return views


def _visible_countries(view: dict) -> set[str]:
    world = _shapes(json.loads(maps.TOPOLOGY.read_text(encoding="utf-8")), "countries")
    box = (view["lon"][0], view["lat"][0], view["lon"][1], view["lat"][1])
    return {code for code, shape in world.items() if _meets(shape, box)}


@pytest.mark.parametrize("which", ["seed", "synthetic"])
def test_the_maps_are_what_they_were_with_the_whole_world(which, request, monkeypatch):
    """The page's maps on the seed and a small synthetic network, built as before (every map
    asking for the whole world) and as now: the same figure but for the file asked for; and a
    map given the cut has every country its views can show in the cut."""
    con = request.getfixturevalue("seed_con" if which == "seed" else "synth_con")
    cut = set(_shapes(json.loads(maps.REGION_TOPOLOGY.read_text(encoding="utf-8")), "countries"))
    given_cut = 0
    for filters in STATES:
        now = _maps(con, filters)
        with monkeypatch.context() as m:
            m.setattr(country_maps.maps, "resolution", lambda views: maps.RESOLUTION)
            before = _maps(con, filters)
        for name, fig in now.items():
            if fig is None:
                assert before[name] is None
                continue
            new, old = fig.to_plotly_json(), before[name].to_plotly_json()
            resolution = new["layout"]["geo"].pop("resolution")
            assert old["layout"]["geo"].pop("resolution") == maps.RESOLUTION
            assert json.dumps(new, sort_keys=True, default=str) == json.dumps(
                old, sort_keys=True, default=str
            ), (which, filters, name)
            if resolution == maps.REGION_RESOLUTION:
                given_cut += 1
                for view in _views(fig):
                    assert _visible_countries(view) <= cut, (which, filters, name, view)
                for trace in fig.data:
                    assert set(() if trace.locations is None else trace.locations) <= cut
    assert given_cut > 0  # the seed and atlas.synth's networks lie in the region


def test_one_map_gets_the_cut_only_when_both_its_views_lie_inside(seed_con):
    params = dict(scope=Scope.everything(), **Filters().sql_params())
    homes = queries.run("participation/by_country", **params)
    hosts = queries.run("countries/hosts", **params)
    assert charts.country_map(homes, hosts).layout.geo.resolution == maps.REGION_RESOLUTION
    away = hosts.assign(country_iso3=hosts["country_iso3"].replace({"JPN": "FRA"}))
    assert charts.events_map(away).layout.geo.resolution == maps.RESOLUTION
    assert charts.country_map(homes, away).layout.geo.resolution == maps.RESOLUTION
    assert charts.country_map(homes.iloc[0:0], hosts).layout.geo.resolution == (
        maps.REGION_RESOLUTION
    )
