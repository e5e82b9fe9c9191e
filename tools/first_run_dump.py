"""Score one folder with an older extractor and its own benchmark twice: the folder as a whole
(as that benchmark did, pairing drafts with expected events across the folder's reports) and
each report on its own (pairing within the report, as atlas.extract.score does now), and write
both sets of counts as JSON. Run with that checkout first on PYTHONPATH; used by
tools.rescore_first_runs.

    PYTHONPATH=<old checkout> python tools/first_run_dump.py FOLDER OUT.json

Both readings use the checkout's own score.run and load_expected: only the pairing differs.
"""

import json
import shutil
import sys
import tempfile
from pathlib import Path

from atlas.extract import score as old


def counts(result) -> dict[str, list[int]]:
    return {name: [t.tp, t.fp, t.fn] for name, t in result.fields.items()}


def main(folder: str, out: str) -> None:
    folder = Path(folder)
    _drafts, whole = old.run(old.load_expected(folder), one_run=False)
    by_report: dict[str, list[int]] = {name: [0, 0, 0] for name in whole.fields}
    with tempfile.TemporaryDirectory() as tmp:
        for report in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md")):
            alone = Path(tmp) / report.stem
            alone.mkdir()
            shutil.copy(report, alone / report.name)
            shutil.copy(report.with_suffix(".json"), alone / f"{report.stem}.json")
            _d, result = old.run(old.load_expected(alone), one_run=False)
            for name, (tp, fp, fn) in counts(result).items():
                total = by_report[name]
                total[0], total[1], total[2] = total[0] + tp, total[1] + fp, total[2] + fn
    Path(out).write_text(
        json.dumps({"whole": counts(whole), "by_report": by_report}), encoding="utf-8"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
