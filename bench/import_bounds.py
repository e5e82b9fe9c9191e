"""Peak memory of reading files at and beyond the import bounds (atlas/spreadsheet.py), each in
its own process (resource.getrusage's peak resident size), for the README and the issue note.

    python -m bench.import_bounds [--folder DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

from tests.test_import_bounds import huge_cell, mixed_encodings, wide_csv, zip_bomb

PROBE = """
import resource, sys, time
from atlas.spreadsheet import FileRefused, read_path
started = time.perf_counter()
try:
    sheet = read_path(sys.argv[1])
    outcome = f"read {len(sheet.rows):,} rows"
except FileRefused as err:
    outcome = "refused: " + err.message[:70]
took = time.perf_counter() - started
print(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}|{took:.2f}|{outcome}")
"""

COLUMNS = 15


def at_limit_csv(path: Path, cells: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(",".join(f"col{i}" for i in range(COLUMNS)) + "\n")
        for r in range(cells // COLUMNS - 1):
            fh.write(",".join(f"value {r} {c} text" for c in range(COLUMNS)) + "\n")


def at_limit_xlsx(path: Path, cells: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("data")
    ws.append([f"col{i}" for i in range(COLUMNS)])
    for r in range(cells // COLUMNS - 1):
        ws.append([f"value {r} {c} text" for c in range(COLUMNS)])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument(
        "--cells", type=int, default=None, help="cells of the at-limit files (default MAX_CELLS)"
    )
    args = parser.parse_args()
    from atlas.spreadsheet import MAX_CELLS

    folder = args.folder or Path(tempfile.mkdtemp())
    cells = args.cells or MAX_CELLS
    files = {
        "zip bomb (.xlsx)": ("bomb.xlsx", zip_bomb),
        "100,000 columns (.csv)": ("wide.csv", wide_csv),
        "mixed encodings (.csv)": ("mixed.csv", mixed_encodings),
        "10 MB cell (.csv)": ("cell.csv", huge_cell),
    }
    for file_name, make in files.values():
        (folder / file_name).write_bytes(make())
    at_limit_csv(folder / "limit.csv", cells)
    at_limit_xlsx(folder / "limit.xlsx", cells)
    files[f"{cells:,} cells (.csv)"] = ("limit.csv", None)
    files[f"{cells:,} cells (.xlsx)"] = ("limit.xlsx", None)
    print("| file | size | peak memory | time | outcome |\n|---|---|---|---|---|")
    for name, (file_name, _) in files.items():
        path = folder / file_name
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
        )
        peak, took, outcome = out.stdout.strip().split("|", 2)
        print(
            f"| {name} | {path.stat().st_size / 1024 / 1024:.1f} MB | {peak} MB | {took} s | {outcome} |"
        )


if __name__ == "__main__":
    main()
