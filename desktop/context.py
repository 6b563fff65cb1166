"""The small context object handed to every window and command (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db.engine import Database
from desktop.settings import Settings


@dataclass
class AppContext:
    """What the parts of the program share.

    Attributes:
        settings: The user's settings.
        db: The database in use.
        language: The interface language (de, nl or en).
        demo: True when running on the throw-away demo database.
    """

    settings: Settings
    db: Database
    language: str = "en"
    demo: bool = False
