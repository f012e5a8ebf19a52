"""The encrypted store: SQLCipher 4 database, per-user key slots, migrations, backups."""
