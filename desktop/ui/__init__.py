"""Windows, dialogs, Qt table models and the background worker (the only Qt widgets)."""
