"""Case- and accent-insensitive text matching, identical on SQLite and PostgreSQL.

How a German clerk expects a search to behave, and what Kampagnen decided:

* Case never matters: ``müller`` finds ``Müller`` and ``MÜLLER``.
* Accents and umlauts are dropped: ``Muller``, ``Müller`` and ``Mûller`` are the same, and
  ``Jose`` finds ``José``.
* ``ß`` counts as ``ss``: ``strasse`` finds ``Straße`` and ``straße`` finds ``Strasse``.
* The German transcriptions ``ae``, ``oe``, ``ue`` are *not* folded: ``Mueller`` does not
  find ``Müller``. The letter pairs occur in names without umlauts (Manuel, Michael, Joel,
  Raphael), which would then match Manul, Michal, Jol and Raphal; clerks search ``Müller`` or
  ``Muller`` instead.

Both sides of a comparison are folded with the same table: the clerk's value in Python, the
column in the database. SQLite gets the Python function itself; PostgreSQL gets
``translate()`` and ``replace()`` with the same table, independent of the server's locale.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Each accented letter and the plain letter it folds to (upper- and lower-case forms).
_ACCENTED = (
    "ÀÁÂÃÄÅàáâãäåĀāĂăĄą" "ÇçĆćČč" "ĎďĐđ" "ÈÉÊËèéêëĒēĖėĘęĚě" "ÌÍÎÏìíîïĪīĮį" "Ññ"
    "ÒÓÔÕÖØòóôõöøŌō" "ŁłŃńŇň" "ŘřŚśŠšŞş" "ŤťÙÚÛÜùúûüŪūŮů" "ÝýÿŹźŻżŽž"
)
_PLAIN = (
    "aaaaaaaaaaaaaaaaaa" "cccccc" "dddd" "eeeeeeeeeeeeeeee" "iiiiiiiiiiii" "nn"
    "oooooooooooooo" "llnnnn" "rrssssss" "ttuuuuuuuuuuuu" "yyyzzzzzz"
)
assert len(_ACCENTED) == len(_PLAIN)
FROM_CHARS = _UPPER + _ACCENTED
TO_CHARS = _UPPER.lower() + _PLAIN
_TABLE = str.maketrans(FROM_CHARS, TO_CHARS)
SQLITE_FUNCTION = "kampagnen_fold"


def fold(text: str | None) -> str:
    """Fold ``text`` for comparison; ``None`` folds to the empty string."""
    if not text:
        return ""
    return text.translate(_TABLE).replace("ß", "ss").replace("ẞ", "ss")


class folded(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """SQL expression: the folded text of a column (NULL counts as empty)."""

    type = String()
    inherit_cache = True


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(folded)
def _folded_generic(element: folded, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    expression = func.replace(
        func.replace(func.translate(func.coalesce(column, ""), FROM_CHARS, TO_CHARS), "ß", "ss"),
        "ẞ",
        "ss",
    )
    return compiler.process(expression, **kw)
