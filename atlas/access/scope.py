"""What a person may read, as one value bound into SQL.

Every named query that reads events, participation, outcomes, organisations, projects or sources
takes $scope_funder (atlas.queries binds it from the Scope each call must pass): NULL reads the
whole database; an org_id keeps only the projects that organisation funds (project_funders), their
events, the participation and outcomes of those, the organisations named at those events, and
their sources. The filter bar narrows inside a scope and can never widen it."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from atlas.access.people import grant_for
from atlas.i18n import M_


@dataclass(frozen=True)
class Scope:
    funder: str | None = None  # None: the whole database

    @classmethod
    def everything(cls) -> Scope:
        return cls(None)

    @classmethod
    def of_funder(cls, org_id: str) -> Scope:
        if not org_id:
            raise ValueError("a funder scope needs the funder's org_id")
        return cls(org_id)

    @property
    def is_everything(self) -> bool:
        return self.funder is None

    def params(self) -> dict[str, object]:
        return {"scope_funder": self.funder}

    def describe(self, funder_name: str | None = None) -> str:
        """The scope in words, naming the funder by `funder_name` (its organisation's name, which
        the caller reads within the scope) or else by its id."""
        if self.funder is None:
            return M_("the whole database")
        return M_(
            "the projects funded by {funder}, their events, participation, outcomes and sources",
            funder=funder_name or self.funder,
        )


def scope_of(con: duckdb.DuckDBPyConnection, person) -> Scope | None:
    """What `person` may read: the whole database for a local person or an admin, editor or
    viewer; the funder's projects for a funder; None when a signed-in email has no grant."""
    if not person.signed_in:
        return Scope.everything()
    found = grant_for(con, person)
    if found is None:
        return None
    return Scope.of_funder(found.funder_org_id) if found.role == "funder" else Scope.everything()
