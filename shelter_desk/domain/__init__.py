"""Plain vocabulary of the domain (enumerations, constants): no SQLAlchemy, no Qt, so that
models, services and the UI can all speak it."""
