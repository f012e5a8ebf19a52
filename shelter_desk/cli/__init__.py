"""The command line for headless work: set-up, checks, accounts, backups (no Qt here)."""
