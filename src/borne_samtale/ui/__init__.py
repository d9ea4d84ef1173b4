"""Qt widgets and windows. Calls services only: never SQL, never reportlab."""
