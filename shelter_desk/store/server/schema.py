"""The server's own tables (made by migration 0007 on PostgreSQL only): not part of the models,
so they are neither in the embedded database nor in a backup's copy of it."""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

server_metadata = MetaData()

# The installation's identity on the server: the key slots' database id (bound into every
# sealed key), the prefix of its login roles, and a counter of slot changes.
server_meta = Table(
    "server_meta", server_metadata,
    Column("id", Integer, primary_key=True),
    Column("database_id", String(64), nullable=False),
    Column("role_prefix", String(40), nullable=False),
    Column("generation", Integer, nullable=False),
)

# One row a slot, exactly as the local slot file holds it (store/keyslots.py KeySlot.to_json).
key_slots = Table(
    "key_slots", server_metadata,
    Column("name", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("body", Text, nullable=False),
)

# The blind index of names (store/server/blind_index.py): buckets, not names.
name_tokens = Table(
    "name_tokens", server_metadata,
    Column("client_id", Integer, primary_key=True),  # clients.id, ON DELETE CASCADE
    Column("bucket", Integer, primary_key=True),
)
