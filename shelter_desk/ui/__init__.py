"""The PySide6 desktop application. Talks to services only: no Session, no SQL."""
