"""Where the program's own files and the user's files live (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_NAME


def install_root() -> Path:
    """Return the folder holding forms/, resources/ and translations/.

    In a PyInstaller one-folder build that is ``sys._MEIPASS``; from a source checkout it
    is the repository root above the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return install_root() / "forms"


def resources_dir() -> Path:
    return install_root() / "resources"


def translations_dir() -> Path:
    return install_root() / "translations"


def migrations_dir() -> Path:
    """Alembic's script folder, shipped inside the package as plain files."""
    return Path(__file__).resolve().parent / "db" / "migrations"


def _user_dir(kind: str) -> Path:
    # KAMPAGNEN_HOME puts everything in one folder: used by tests and portable installs.
    home = os.environ.get("KAMPAGNEN_HOME")
    if home:
        path = Path(home) / kind
    else:
        getter = {
            "data": platformdirs.user_data_dir,
            "config": platformdirs.user_config_dir,
            "log": platformdirs.user_log_dir,
        }[kind]
        path = Path(getter(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    return _user_dir("data")


def user_config_dir() -> Path:
    return _user_dir("config")


def user_log_dir() -> Path:
    return _user_dir("log")


def machine_config_file() -> Path:
    """Return the machine-wide configuration an administrator deploys (it may not exist).

    ``%ProgramData%\\Kampagnen\\kampagnen.json`` on Windows (where the installer writes it),
    ``/etc/kampagnen/kampagnen.json`` elsewhere; the environment variable
    ``KAMPAGNEN_MACHINE_CONFIG`` names another file (tests, trying out a configuration).
    """
    override = os.environ.get("KAMPAGNEN_MACHINE_CONFIG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "kampagnen.json"
    return Path("/etc/kampagnen/kampagnen.json")
