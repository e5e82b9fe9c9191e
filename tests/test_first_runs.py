"""The first-run records (bench/extract-*-first-run.txt) read back: every blind set has one, the
table quotes what the scorer printed then, and a record whose table is gone is refused."""

from __future__ import annotations

import pytest

from atlas.extract import first_runs
from atlas.extract.truth import ROOT


def test_every_blind_set_has_its_folder_and_its_record():
    for folder, commit in first_runs.FIRST_RUNS:
        assert (ROOT / "tests" / "data" / folder).is_dir(), folder
        assert first_runs.record(folder).is_file(), folder
        assert len(commit) == 7


def test_the_table_quotes_the_recorded_first_runs():
    rows = {line.split(" | ")[0].strip("| "): line for line in first_runs.table().splitlines()}
    # as printed on the day: 219 TP, 88 FP, 284 FN overall; events 23 TP, 10 FP, 11 FN
    assert rows["reports_blind12"] == (
        "| reports_blind12 | 95ae58d | 0.54 | 0.71 | 0.44 | 0.44 | 0.53 | 0.71 | 23 of 34 | 10 |"
    )
    assert rows["reports_blind"].startswith("| reports_blind | de9700d | 0.47 | 0.84 | 0.33 |")
    # blind3's record keeps a note of an earlier printing (0.60 then too) above the table it counts
    assert "| 0.60 | 0.76 | 0.50 |" in rows["reports_blind3"]


def test_the_second_table_of_a_record_is_not_read(tmp_path):
    """A record may print the same drafts again under another reading (the home-country check):
    only the first table is the first run."""
    text = first_runs.record("reports_blind12").read_text(encoding="utf-8")
    assert text.count("**overall (fields)**") >= 2
    assert first_runs.read(first_runs.record("reports_blind12"))["overall"].fp == 88


def test_a_record_with_no_table_is_refused(tmp_path):
    path = tmp_path / "extract-x-first-run.txt"
    path.write_text("First run of nothing.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no scorer's table"):
        first_runs.read(path)


def test_the_reading_is_computed_from_the_records(monkeypatch):
    # the first thirteen, so that a new set's record does not change what is asserted
    monkeypatch.setattr(first_runs, "FIRST_RUNS", first_runs.FIRST_RUNS[:13])
    text = first_runs.reading(last=6)
    assert text.startswith("The 13 first runs range from 0.47 to 0.74; the last 6,")
    assert "from 0.50 to 0.56 (precision 0.67-0.79, home countries 0.33-0.57," in text
    assert "outcomes 0.6: 10 of 13" in text and "precision 0.9: 0 of 13" in text
