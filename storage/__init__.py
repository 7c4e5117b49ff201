"""The database: schema, migrations, and the few functions that read and write it."""

from storage.database import Database, DatabaseError, StorageSettings, open_database

__all__ = ["Database", "DatabaseError", "StorageSettings", "open_database"]
