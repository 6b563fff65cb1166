"""PyInstaller runtime hook (see build.spec): programs Kampagnen starts get their own libraries.

On Linux the bootloader puts ``_internal/`` in front of LD_LIBRARY_PATH and restarts itself,
so that the frozen program finds its bundled libraries; the dynamic loader has read the
variable by the time this hook runs. Child processes (LibreOffice for the PDF letters, lp
for printing) would inherit it and load the bundled copies of libstdc++, glib, OpenSSL...
instead of their own, which breaks them on distributions other than the build machine's.
So hand them the user's original value, which the bootloader kept in LD_LIBRARY_PATH_ORIG.
"""

import os
import sys

if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "sunos")) and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
