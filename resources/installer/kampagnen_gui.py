"""Entry script of the frozen windowed program ``kampagnen-gui`` (PyInstaller, see build.spec).

The same as the ``kampagnen-gui = "desktop.app:main"`` script of pyproject.toml. Built
without a console on Windows, so a clerk starting it sees no black window.
"""

from desktop.app import main

raise SystemExit(main())
