"""Use cases the UI and the CLI call. Owns autosave and the audit trail."""
