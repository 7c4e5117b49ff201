"""The database: schema, migrations, and every query, behind one small repository per noun.

`models` is the schema, `kinds` the statuses and kinds it stores, `columns` the column
types that hand back aware UTC times and those enums. The repositories, each owning
its table's queries and state changes: `messages`, `verdicts`, `jobs`, `feedback`,
`rules`, `reputation`, `folder_states`, `rate_limit_hits`, `monitor_samples`, `leases`
(the service processes and which folder each watches), `audit`.
They take the caller's session, so a caller can make one transaction of several calls,
and return frozen dataclasses; the older `messages` functions, `verdicts.latest_verdict`
and `audit.newest` still hand back rows, read inside the caller's session.
"""

from storage.database import Database, DatabaseError, StorageSettings, open_database
from storage.faults import StorageFault

__all__ = ["Database", "DatabaseError", "StorageFault", "StorageSettings", "open_database"]
