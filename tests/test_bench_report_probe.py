"""The report benchmark's probe (bench/report_bench.py) still makes a report: it runs in a process
of its own, so an API change of atlas.report (a new required argument) breaks only `make bench`,
and only after its other half-hour of work, unless a test runs it."""

from bench.report_bench import measure


def test_the_report_benchmark_probe_makes_a_pdf_of_the_seed(seed_db_path, tmp_path):
    result = measure(seed_db_path, "pdf", "", "LAO", tmp_path / "r.pdf")
    assert result["events"] == "4"  # country=LAO: 4 events, as the report tests say
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    assert result["bytes"] == (tmp_path / "r.pdf").stat().st_size
