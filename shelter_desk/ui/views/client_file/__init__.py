"""A client's file: header and one tab per area."""
