"""The DuckDB store: the connection, lock, migrations and snapshot (db), a run's reads and writes (runs)."""
