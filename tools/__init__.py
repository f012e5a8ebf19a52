"""Developer tools (screenshots); not part of the installed program."""
