"""The DuckDB file: where it is, its schema migrations, building it from the seed, the shared
connection.

    python -m atlas.db ensure [--seed DIR] [--out PATH]   # what `make db` and `make run` call
    python -m atlas.db build [--seed DIR] [--out PATH] [--force]
    python -m atlas.db backup [--db PATH] [--to DIR]
    python -m atlas.db restore FILE [--db PATH]

build writes a new database next to PATH and renames it into place, so a reader never sees half
a database and a failed build leaves the old file untouched. It never replaces a file another
process holds, nor one holding work entered after its build (the audit trail has rows) unless
--force is given, and then only after a backup. ensure builds only a missing file; an existing
one is migrated, and a changed seed is reported with its differences and the import command,
never applied by replacing a file that holds work. ATLAS_DB names the file (default
data/atlas.duckdb) for the app and every command-line tool.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
import threading
from pathlib import Path

import duckdb
import pandas as pd

from atlas import backup, countries, facts
from atlas.schema import DATA_TABLES, Table, describe_all
from atlas.validation import Existing, Problem, Row, ValidationError, check_batch, coerce

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MACROS = (
    Path(__file__).resolve().parent / "macros.sql"
)  # the live SQL macros, applied on every migrate
DEFAULT_DB = ROOT / "data" / "atlas.duckdb"
DEFAULT_SEED = ROOT / "data" / "seed"


def db_path() -> Path:
    """The database file: $ATLAS_DB, else data/atlas.duckdb."""
    return Path(os.environ.get("ATLAS_DB") or DEFAULT_DB)


def connect(
    path: Path | str | None = None, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """A connection that never reaches the internet: no extension is installed or loaded on demand."""
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    return duckdb.connect(str(path or db_path()), read_only=read_only, config=config)


def migrations() -> list[tuple[int, Path]]:
    """(version, file) of every migration, in order: atlas/migrations/NNN_name.sql."""
    return sorted((int(path.name.split("_", 1)[0]), path) for path in MIGRATIONS.glob("*.sql"))


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet recorded in schema_version, in order, then the live macros
    (atlas/macros.sql); returns the migrations applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()}
    applied = []
    for version, path in migrations():
        if version in done:
            continue
        con.execute("BEGIN")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_version VALUES ($v, $n, $at)",
                {"v": version, "n": path.stem, "at": dt.datetime.now(dt.UTC).replace(tzinfo=None)},
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    # The live macros replace whatever the migrations left, so a file of any age ends the same.
    con.execute("BEGIN")
    try:
        con.execute(MACROS.read_text(encoding="utf-8"))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    if not con.execute("SELECT count(*) FROM countries").fetchone()[0]:
        con.executemany("INSERT INTO countries VALUES ($1, $2, $3)", countries.reference_rows())
        con.executemany("INSERT INTO country_aliases VALUES ($1, $2)", countries.alias_rows())
    return applied


def read_seed(
    seed_dir: Path, tables: dict[str, Table]
) -> tuple[dict[str, list[Row]], list[Problem]]:
    """Typed rows from seed_dir/<table>.csv for every data table, and what could not be read."""
    batch: dict[str, list[Row]] = {}
    problems: list[Problem] = []
    for name in DATA_TABLES:
        path = seed_dir / f"{name}.csv"
        shown = _shown_path(path)
        if not path.exists():
            batch[name] = []
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [
                c
                for c, col in tables[name].columns.items()
                if col.required and c not in (reader.fieldnames or [])
            ]
            if missing:
                problems.append(
                    Problem(
                        f"{shown} line 1",
                        ", ".join(missing),
                        "required column(s) missing from the header",
                    )
                )
            rows = []
            for raw in reader:
                row, bad = coerce(tables[name], f"{shown} line {reader.line_num}", raw)
                rows.append(row)
                problems += bad
        batch[name] = rows
    return batch, problems


def _shown_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def write_batch(
    con: duckdb.DuckDBPyConnection, tables: dict[str, Table], batch: dict[str, list[Row]]
) -> None:
    """Insert rows table by table (parents first) through a registered DataFrame; values are data,
    never SQL text."""
    for name in DATA_TABLES:
        rows = batch.get(name) or []
        if not rows:
            continue
        columns = tables[name].column_names
        frame = pd.DataFrame(
            [{c: r.values.get(c) for c in columns} for r in rows], columns=columns, dtype=object
        )
        defaults = {
            c: col.default for c, col in tables[name].columns.items() if col.default is not None
        }
        for c in defaults:
            # A column left empty takes the schema's default (participants_at_least -> false).
            frame[c] = frame[c].map(lambda x: False if x is None else x)
        con.register("incoming_rows", frame)
        try:
            # `name` is one of DATA_TABLES, never input; the rows travel as data.
            con.execute("INSERT INTO " + name + " BY NAME SELECT * FROM incoming_rows")  # noqa: S608
        finally:
            con.unregister("incoming_rows")


class Refusal(Exception):
    """A command refused to touch a database; the message says why and what to do instead."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.message = message
        self.status = status


def work_count(con: duckdb.DuckDBPyConnection) -> int:
    """Changes entered after the build: rows of the audit trail (0 for a file without one)."""
    try:
        return int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    except duckdb.CatalogException:
        return 0


def _in_use_message(path: Path) -> str:
    return (
        f"The database {path} is in use by another process (is the app running?), so it is left as it "
        "is. Stop that process and run this again."
    )


def _prepare_target(out: Path, force: bool) -> Path | None:
    """Checks before an existing `out` is replaced; returns the backup written, if any."""
    if backup.in_use(out):
        raise Refusal(_in_use_message(out), status=3)
    con = connect(out)
    try:
        con.execute("CHECKPOINT")  # no .wal may outlive the file it belongs to
        work = work_count(con)
    except duckdb.Error:
        work = 0  # not a database of this app (or a damaged one): a backup is still taken below
    finally:
        con.close()
    if work and not force:
        raise Refusal(
            f"{out} holds {work:,} change(s) entered after it was built (see the History page), so it is not "
            "replaced. Schema changes reach it by migration (python -m atlas.db refresh); seed rows come in "
            "by import (python -m atlas.ingest TABLE data/seed/TABLE.csv). To replace it anyway: "
            "--force (a backup is written first)."
        )
    return backup.backup(out, reason="before-build")


def build(seed_dir: Path = DEFAULT_SEED, out: Path | None = None, *, force: bool = False) -> Path:
    """Build a database from the seed CSVs into `out`, atomically. Raises ValidationError, and
    Refusal when `out` is held by another process or holds work (unless `force`)."""
    out = Path(out or db_path())
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        _prepare_target(out, force)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        con = connect(tmp)
        try:
            migrate(con)
            tables = describe_all(con)
            batch, problems = read_seed(seed_dir, tables)
            problems += check_batch(tables, batch, Existing(con))
            if problems:
                raise ValidationError(problems)
            con.execute("BEGIN")
            write_batch(con, tables, batch)
            facts.refresh(con)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        if out.exists() and backup.in_use(out):  # opened by another process during the build
            raise Refusal(_in_use_message(out), status=3)
        Path(str(out) + ".wal").unlink(missing_ok=True)
        os.replace(tmp, out)
    finally:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            leftover.unlink(missing_ok=True)
    return out


def seed_differences(con: duckdb.DuckDBPyConnection, seed_dir: Path) -> list[str]:
    """What importing each seed file would change, table by table ("events: 1 new, 2 changed")."""
    from atlas import ingest  # ingest imports this module
    from atlas.spreadsheet import FileRefused, read_path

    lines = []
    for name in DATA_TABLES:
        path = seed_dir / f"{name}.csv"
        if not path.exists():
            continue
        try:
            plan = ingest.plan_import(con, name, read_path(path))
        except (FileRefused, ingest.Refused) as err:
            lines.append(f"{name}: cannot be compared ({err})")
            continue
        if plan.problems:
            lines.append(
                f"{name}: {len(plan.problems):,} row(s) would be refused against this database"
            )
        elif plan.changes:
            lines.append(f"{name}: {plan.summary()}")
    return lines


def ensure(seed_dir: Path = DEFAULT_SEED, out: Path | None = None) -> str:
    """What `make db` and `make run` do: build a missing database; migrate an existing one; rebuild
    it from a newer seed only while it holds no work; otherwise say how the seed differs and how to
    import it. Never replaces a file that holds work or that another process holds."""
    out = Path(out or db_path())
    if not out.exists():
        build(seed_dir, out)
        return f"Built {out} from {_shown_path(seed_dir)}."
    if backup.in_use(out):
        return f"{out} is in use by another process (the app?); it is left as it is."
    seed_files = [*seed_dir.glob("*.csv")]
    seed_newer = any(f.stat().st_mtime_ns > out.stat().st_mtime_ns for f in seed_files)
    con = connect(out)
    try:
        applied = migrate(con)
        work = work_count(con)
        differences = seed_differences(con, seed_dir) if work and seed_newer else []
    finally:
        con.close()
    said = f"{out}: schema migrations {', '.join(map(str, applied))} applied. " if applied else ""
    if not work:
        if seed_newer:
            build(seed_dir, out)
            return (
                said
                + f"Rebuilt {out} from the newer seed (it held no change entered after its build)."
            )
        return said + f"{out} is up to date."
    if not differences:
        return said + f"{out} holds {work:,} change(s) entered after its build; kept as it is."
    lines = [
        said
        + f"{out} holds {work:,} change(s) entered after its build (see the History page), so it is "
        "NOT rebuilt from the changed seed. Importing the seed would change:"
    ]
    lines += [f"  {line}" for line in differences]
    lines.append(
        "To bring seed rows in, preview then write an import of each file, e.g.: "
        "python -m atlas.ingest events data/seed/events.csv [--commit]. "
        "To discard the changes and start over from the seed: python -m atlas.db build --force "
        "(a backup is written first)."
    )
    return "\n".join(lines)


def _check_current(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """A read-only connection cannot migrate: refuse a file older than this code, in words."""
    latest = migrations()[-1][0]
    try:
        (have,) = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    except duckdb.CatalogException:
        have = 0
    if have < latest:
        con.close()
        raise RuntimeError(
            f"The database {path.name} is at schema version {have} and this app needs {latest}; "
            "it is opened read-only (ATLAS_READ_ONLY=1), so it cannot be upgraded here. Upgrade it "
            "once with: python -m atlas.db refresh --db " + str(path)
        )


class Shared:
    """One connection per database file for the whole app; each query runs on its own cursor
    (a DuckDB connection is not thread-safe, a cursor per call is). Reopens when the file is
    replaced (a rebuild renames a new file into place)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._identity: tuple | None = None
        self.writes = 0  # bumped by the app's own writes, part of the data version

    def _file_identity(self, path: Path) -> tuple:
        st = path.stat()
        return (str(path), st.st_ino, st.st_mtime_ns)

    def connection(self) -> duckdb.DuckDBPyConnection:
        path = db_path()
        if not path.exists():
            raise FileNotFoundError(
                f"No database at {path}. Build it with: make db (or python -m atlas.db build)"
            )
        identity = self._file_identity(path)
        with self._lock:
            if self._con is None or self._identity is None or identity[:2] != self._identity[:2]:
                if self._con is not None:
                    self._con.close()
                read_only = os.environ.get("ATLAS_READ_ONLY") == "1"
                self._con = connect(path, read_only=read_only)
                if not read_only:
                    migrate(self._con)
                else:
                    _check_current(self._con, path)
                self._identity = identity
            return self._con

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.connection().cursor()

    def version(self) -> str:
        """Changes whenever the data may have: another file, a rebuilt file, or an app write."""
        self.connection()
        path, inode, _ = self._identity or ("", 0, 0)
        return f"{path}:{inode}:{self.writes}"

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
            self._con, self._identity = None, None


shared = Shared()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m atlas.db", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    default_db = "database file (default $ATLAS_DB or data/atlas.duckdb)"
    b = sub.add_parser("build", help="build the database from the seed CSVs")
    b.add_argument(
        "--seed", type=Path, default=DEFAULT_SEED, help="folder of seed CSVs (default data/seed)"
    )
    b.add_argument("--out", type=Path, default=None, help=default_db)
    b.add_argument(
        "--force",
        action="store_true",
        help="replace a database that holds changes entered after its build (a backup is written first)",
    )
    e = sub.add_parser(
        "ensure",
        help="build the database if it is missing, else migrate it; never replaces one "
        "that holds work (what make db and make run call)",
    )
    e.add_argument(
        "--seed", type=Path, default=DEFAULT_SEED, help="folder of seed CSVs (default data/seed)"
    )
    e.add_argument("--out", type=Path, default=None, help=default_db)
    r = sub.add_parser(
        "refresh",
        help="bring a database file up to this code's schema and rewrite its derived "
        "event_facts table (after writing to the file with another tool than the app)",
    )
    r.add_argument("--db", type=Path, default=None, help=default_db)
    k = sub.add_parser(
        "backup", help="write a dated, verified copy of the database (safe while the app runs)"
    )
    k.add_argument("--db", type=Path, default=None, help=default_db)
    k.add_argument(
        "--to",
        type=Path,
        default=None,
        help="folder for the backup (default: backups/ beside the database)",
    )
    s = sub.add_parser(
        "restore", help="put a backup in place of the database (after backing up the current one)"
    )
    s.add_argument("file", type=Path, help="the backup file")
    s.add_argument("--db", type=Path, default=None, help=default_db)
    args = parser.parse_args(argv)
    try:
        if args.command == "refresh":
            return _refresh_facts(Path(args.db or db_path()))
        if args.command == "backup":
            return _backup(Path(args.db or db_path()), args.to)
        if args.command == "restore":
            target = Path(args.db or db_path())
            saved = backup.restore(args.file, target)
            kept = f"; the database it replaced is saved as {saved}" if saved else ""
            print(f"Restored {target} from {args.file}{kept}.")
            return 0
        if args.command == "ensure":
            print(ensure(args.seed, args.out))
            return 0
        out = build(args.seed, args.out, force=args.force)
    except Refusal as err:
        print(err.message, file=sys.stderr)
        return err.status
    except backup.BackupError as err:
        print(str(err), file=sys.stderr)
        return 1
    except ValidationError as err:
        print(f"Build refused; the old database is unchanged. {err}", file=sys.stderr)
        return 1
    except (OSError, duckdb.Error) as err:
        print(f"Failed; the old database is unchanged: {err}", file=sys.stderr)
        return 1
    con = connect(out, read_only=True)
    counts = {t: con.table(t).count("*").fetchall()[0][0] for t in DATA_TABLES}
    con.close()
    print(f"Built {out}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    return 0


def _backup(path: Path, to: Path | None) -> int:
    if not path.is_file():
        print(f"No database at {path}; nothing to back up.", file=sys.stderr)
        return 1
    started = dt.datetime.now()
    dest = backup.backup(path, to)
    took = (dt.datetime.now() - started).total_seconds()
    print(
        f"Backed up {path} to {dest} ({dest.stat().st_size / 1024 / 1024:.1f} MB, verified, {took:.1f} s)."
    )
    return 0


def _refresh_facts(path: Path) -> int:
    if not path.is_file():  # DuckDB would make a new, empty database there
        print(
            f"No database at {path}; nothing was created. Build one with: python -m atlas.db build",
            file=sys.stderr,
        )
        return 1
    try:
        con = connect(path)
    except duckdb.Error as err:
        print(f"Cannot open {path}: {err}", file=sys.stderr)
        return 1
    try:
        migrate(con)
        con.execute("BEGIN")
        facts.refresh(con)
        con.execute("COMMIT")
        events = con.execute("SELECT count(*) FROM event_facts").fetchone()[0]
    finally:
        con.close()
    print(f"{path}: schema current, facts of {events:,} events rewritten.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
