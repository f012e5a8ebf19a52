"""Use cases. They take the acting user, check the role, validate, write in one transaction,
record an audit entry and return frozen dataclasses. The only layer that opens a Session."""
