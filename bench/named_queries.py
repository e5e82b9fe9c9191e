"""(a) Every named query through the query layer (atlas.queries.run) against the same SQL on a bare
DuckDB cursor, cycling through the typical filter states and alternating which goes first.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.workload import use_database


def measure(path: Path, states, extras: dict, reps: int) -> dict:
    """Per named query, the seconds of each run through the query layer and on a bare cursor (or
    why it was skipped: a parameter no typical state gives)."""
    from atlas import queries
    from atlas.access import Scope
    from atlas.db import shared

    use_database(path)
    con = shared.connection()
    results = {}
    for name in queries.names():
        query = queries.load(name)
        missing = query.params - queries.FILTER_PARAMS - extras.keys() - {queries.SCOPE_PARAM}
        # a value the layer derives by a named query of its own (DERIVED_PARAMS): the bare cursor
        # runs that query's SQL first too, in one transaction, as the layer does
        derived = {
            p: queries.load(queries.DERIVED_PARAMS[p])
            for p in missing
            if p in queries.DERIVED_PARAMS
        }
        missing -= derived.keys()
        if missing:
            results[name] = {"skipped": f"needs {', '.join(sorted(missing))}"}
            continue
        layer, bare = [], []
        for i in range(reps + 1):
            params = states[i % len(states)].sql_params() | {
                k: extras[k] for k in query.params if k in extras
            }
            everything = params | {queries.SCOPE_PARAM: None}
            bound = {k: everything[k] for k in query.params - derived.keys()}

            def through_layer(params=params, name=name):
                started = time.perf_counter()
                queries.run(name, scope=Scope.everything(), **params)
                return time.perf_counter() - started

            def on_bare_cursor(bound=bound, query=query, derived=derived, everything=everything):
                started = time.perf_counter()
                cur = con.cursor()
                try:
                    if derived:
                        cur.begin()
                        for param, source in derived.items():
                            given = {k: everything[k] for k in source.params}
                            ((bound[param],),) = cur.execute(source.sql, given).fetchall()
                    cur.execute(query.sql, bound).df()
                    if derived:
                        cur.commit()
                finally:
                    cur.close()
                return time.perf_counter() - started

            first, second = (
                (through_layer, on_bare_cursor) if i % 2 else (on_bare_cursor, through_layer)
            )
            a, b = first(), second()
            if i == 0:
                continue  # warm-up: file pages and plans
            t_layer, t_bare = (a, b) if first is through_layer else (b, a)
            layer.append(t_layer)
            bare.append(t_bare)
        results[name] = {"layer": layer, "bare": bare}
    use_database(None)
    return results
