# The README's two commands: `make run` and `make test`. Everything else serves them; `make check`
# is the fast loop before a commit.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEFAULT_DB := data/atlas.duckdb
PORT ?= 8501

.PHONY: run test check lint db bench bench-report bench-extract clean translations catalogs

$(VENV)/.app-installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.app-installed requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Built from the seed when missing; an existing file is migrated, never replaced once it holds
# work entered after its build (a changed seed is then reported with the command to import it).
# Not a file rule on purpose: a newer seed or requirements.txt must never trigger a rebuild.
db: $(VENV)/.app-installed
	$(PY) -m atlas.db ensure --seed data/seed --out $(DEFAULT_DB)

# The .mo files are built from the .po sources (never committed); the app also compiles a
# missing or older one on first use, so this only saves that first request the work.
catalogs: $(VENV)/.app-installed
	$(PY) -c "from atlas.i18n import compile_catalogs; compile_catalogs()"

# For maintainers: extract the messages from the code into locale/atlas.pot and merge them into
# every language's .po (new messages arrive empty, i.e. shown in English until translated).
# pybabel runs as a module of the venv's python (a console script's first line names the path
# the venv was made at, which a moved or shared venv no longer has).
translations: $(VENV)/.app-installed
	PYTHONPATH=. $(PY) -m babel.messages.frontend extract -F babel.cfg -k _ -k N_ -k M_ -k MN_:1,2 -k ngettext:1,2 --sort-output --no-location \
		--project "Outcome Atlas" -o locale/atlas.pot .
	$(PY) -m babel.messages.frontend update -i locale/atlas.pot -d locale -D atlas --width 100 --ignore-obsolete --no-fuzzy-matching
	$(MAKE) catalogs

# ATLAS_DB names another database file; it is served as it is, never rebuilt from the seed.
run: $(VENV)/.app-installed catalogs $(if $(ATLAS_DB),,db)
	$(PY) -m streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT)

test: $(VENV)/.dev-installed catalogs
	$(PY) -m pytest $(PYTEST_ARGS)

# Lint, formatting and the tests that need no browser and are not marked slow (sweeps such as the
# import corpus, hostile text through every page and the scope property over every query, and the
# killed-process tests: over half the suite's time), on two processes (pytest-xdist; a module's
# tests stay on one, so its module fixtures are built once): the loop to run before a commit.
# `make test` (all of it, browser and slow tests included) is what CI runs.
check: $(VENV)/.dev-installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest -m "not browser and not slow" -n 2 --dist loadscope $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .

# The scale benchmark (bench/run.py, one module per benchmark; bench/results.py writes the
# tables) writes bench/results.md, the report benchmark (bench/report_bench.py)
# bench/report-results.md;
# `make bench BENCH_SIZES=10000 BENCH_ARGS=--quick` is the everyday run.
BENCH_SIZES ?= 10000,100000,1000000
BENCH_ARGS ?=
bench: $(VENV)/.dev-installed
	$(PY) -m bench.run --sizes $(BENCH_SIZES) $(BENCH_ARGS)
	$(PY) -m bench.report_bench --sizes $(BENCH_SIZES) --write
	$(PY) -m bench.scope_bench --sizes $(BENCH_SIZES)

bench-report: $(VENV)/.dev-installed
	$(PY) -m bench.report_bench --sizes $(BENCH_SIZES) --write

# Scores the report extractor against the hand-built seed; writes bench/extract-results.md.
bench-extract: $(VENV)/.app-installed
	$(PY) -m atlas.extract.score

clean:
	rm -rf $(VENV) tests/screenshots  # never the database: it may hold work (see README)
