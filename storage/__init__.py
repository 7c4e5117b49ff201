"""The database: schema, migrations, and the few functions that read and write it."""

from storage.database import Database, DatabaseError, StorageSettings, open_database
from storage.faults import StorageFault

__all__ = ["Database", "DatabaseError", "StorageFault", "StorageSettings", "open_database"]
