"""Who may see and change what (issue 13). By job:

- `people`: who is acting (`Person`: signed in with an email, or local: the machine's user, as the
  command line and a loopback app without sign-in are) and `require`, which every write path calls
  at the moment of writing: a signed-in person's role is read from the database then, not when the
  page was drawn;
- `grants`: the access_grants table (migration 008): grant, revoke, list, and the grant that
  applies to an email (an exact email wins over its domain); every change is in the audit trail;
- `scope`: what a person may read, as one value (`Scope`) bound as $scope_funder into every named
  query that reads rows (NULL: the whole database; an org_id: the projects that funder funds);
- `modes`: the app's four ways to run (local, public read-only, signed in, refused);
- `__main__`: python -m atlas.access grant EMAIL ROLE [--funder ORG_ID] | revoke EMAIL | list.
"""

from atlas.access.grants import ROLES, Grant, GrantError, grant, grant_of, list_grants, revoke
from atlas.access.people import RIGHTS, NotAllowed, Person, grant_for, may, os_actor, require
from atlas.access.scope import Scope, scope_of

__all__ = [
    "RIGHTS",
    "ROLES",
    "Grant",
    "GrantError",
    "NotAllowed",
    "Person",
    "Scope",
    "grant",
    "grant_for",
    "grant_of",
    "list_grants",
    "may",
    "os_actor",
    "require",
    "revoke",
    "scope_of",
]
