"""Logging to a rotating file in the per-user log folder."""

from __future__ import annotations

import logging
import logging.handlers

from desktop import paths


def setup(verbose: bool = False) -> None:
    """Log INFO and above to ``kampagnen.log``; WARNING and above also to stderr.

    INFO messages must not carry personal data and no message ever carries a password.
    """
    root = logging.getLogger()
    if any(getattr(h, "_kampagnen", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        file_handler = logging.handlers.RotatingFileHandler(
            paths.user_log_dir() / "kampagnen.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        file_handler = None
    if file_handler:
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        file_handler._kampagnen = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console._kampagnen = True  # type: ignore[attr-defined]
    root.addHandler(console)
