"""The storage layer's base error, apart from `database.py` so that `faults.py` (which
`database.py` uses) can build on it without an import cycle."""


class DatabaseError(Exception):
    """The database cannot be opened or upgraded. The text says what to do."""
