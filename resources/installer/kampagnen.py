"""Entry script of the frozen console program ``kampagnen`` (PyInstaller, see build.spec).

The same as the ``kampagnen = "desktop.cli:main"`` script of pyproject.toml: the window
without a command, the admin commands (db, demo, selftest) with one.
"""

from desktop.cli import main

raise SystemExit(main())
