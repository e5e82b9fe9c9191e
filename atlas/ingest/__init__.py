"""The one way data are changed after the build: entry forms, spreadsheet imports, deletes and
undoing an import all come through here, are checked by atlas.validation, and are written with
their audit rows in one transaction, or not at all.

    python -m atlas.ingest TABLE FILE [--sheet NAME] [--commit]

prints the preview (every row's problems, then what would change, by key) and writes only with
--commit. It works while the app is not running: DuckDB lets one process write a file, and when
another holds it the command says so, exits with status 3 and changes nothing.

A write is planned first (`plan_import`, `plan_form`, `plan_delete`, `plan_undo`): its problems
and its changes (insert, update or delete of one row by key, with the row before and after).
`commit` then checks that the rows are still as the plan saw them and writes everything.

One DuckDB limitation shapes `commit`: it refuses to delete a row, or to change an indexed column
of it (its key, a UNIQUE or a foreign-key column, even to the same value), while committed rows
reference it, and a delete of those referencing rows in the same transaction does not count.
So an update only ever sets the columns that changed, never the key, and a write that must
remove a referenced row (deleting an event with its participation, changing the project of an
event that has participation) is split: the first transaction commits the audit rows, the whole
plan in pending_writes and the first step; each later step is its own transaction; a write cut
short is finished from pending_writes by `resume_pending` the next time anything is written.
Every other write, which is every import that adds rows or changes plain columns, is one
transaction.

The package, by job:

- `plan`: planning a write (`plan_import`, `plan_form`, `plan_rows`, `plan_delete`), with
  `Change`, `Plan` and `Refused`;
- `writes`: `commit`, which writes a plan with its audit rows;
- `steps`: a plan's changes as operations grouped into transactions, and running one;
- `journal`: `resume_pending`, which finishes a write cut short between its steps;
- `undo`: `last_import`, `plan_undo`, `undo_last_import`;
- `checksums`: `table_checksum`, `checksums`;
- `rows`: rows read by key, as JSON and as text, and the rows that reference a row;
- `__main__`: the command line.
"""

from atlas.access.people import os_actor
from atlas.ingest.checksums import checksums, table_checksum
from atlas.ingest.journal import resume_pending
from atlas.ingest.plan import Change, Plan, Refused, plan_delete, plan_form, plan_import, plan_rows
from atlas.ingest.rows import as_text, fetch_rows, plain, schema
from atlas.ingest.undo import ImportInfo, last_import, plan_undo, undo_last_import
from atlas.ingest.writes import Written, commit

__all__ = [
    "Change",
    "ImportInfo",
    "Plan",
    "Refused",
    "Written",
    "as_text",
    "checksums",
    "commit",
    "fetch_rows",
    "last_import",
    "os_actor",
    "plain",
    "plan_delete",
    "plan_form",
    "plan_import",
    "plan_rows",
    "plan_undo",
    "resume_pending",
    "schema",
    "table_checksum",
    "undo_last_import",
]
