"""Alembic environment: always run on a connection the store hands over (never a URL), so the
SQLCipher key and pragmas are already in place."""

from alembic import context

from shelter_desk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("shelter_desk migrations run only through shelter_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
