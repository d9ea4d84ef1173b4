"""Dialogs: creating a vault, recovery, the caseworker profile, a new conversation, briefing."""
