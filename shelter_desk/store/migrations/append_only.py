"""Append-only tables in either dialect: SQLite's RAISE(ABORT) triggers, PostgreSQL's trigger
function. On a server, privileges keep staff from changing these tables as well (only the owner
role, which the program never connects as, could drop a trigger)."""

from alembic import op

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION sd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_ARGV[0];
END $$
"""


def refuse(table: str, name: str, event: str, what: str) -> None:
    """A trigger called `name` that refuses every `event` (UPDATE or DELETE) on `table`."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{what} is append-only'); END")
        return
    op.execute(_PG_FUNCTION)
    op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION sd_refuse_change('{what}')")


def drop(table: str, name: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER {name}")
    else:
        op.execute(f"DROP TRIGGER {name} ON {table}")
