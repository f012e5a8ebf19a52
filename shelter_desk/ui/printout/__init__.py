"""Printing what a screen shows (the overview, the sessions, the calendar, the dashboard list):
laid out for A4 and sent to a printer, never to a file. Loaded when something is printed, not
at start-up."""
