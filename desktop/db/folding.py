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

import functools
from typing import Any

from sqlalchemy import Boolean, ColumnElement, String, and_, case, func, literal
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


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Fold ``text`` for comparison; ``None`` folds to the empty string.

    Cached: a query calls it once per row, and cities, first names and the like repeat;
    on SQLite the cache makes the fold as cheap as the call into Python itself.
    """
    if not text:
        return ""
    return text.translate(_TABLE).replace("ß", "ss").replace("ẞ", "ss")


class folded(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """SQL expression: the folded text of a column (NULL counts as empty)."""

    type = String()
    inherit_cache = True


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    text = f"coalesce({compiler.process(element.clauses, **kw)}, '')"
    # A call into Python per value is what folding costs on SQLite; a plain-ASCII text (as
    # many bytes as characters) needs only SQLite's own lower(), which folds A-Z alone.
    return (
        f"CASE WHEN length({text}) = length(CAST({text} AS BLOB)) THEN lower({text}) "
        f"ELSE {SQLITE_FUNCTION}({text}) END"
    )


@compiles(folded)
def _folded_generic(element: folded, compiler: Any, **kw: Any) -> str:
    (column,) = list(element.clauses)
    text = func.coalesce(column, "")
    full = func.replace(func.replace(func.translate(text, FROM_CHARS, TO_CHARS), "ß", "ss"), "ẞ", "ss")
    # translate() with this table costs 2.5 µs a value; most names are plain ASCII (as many
    # bytes as characters), for which lowering A-Z is the whole fold, at a twentieth of that.
    ascii_only = func.octet_length(text) == func.char_length(text)
    expression = case((ascii_only, func.lower(text.collate("C"))), else_=full)
    return compiler.process(expression, **kw)


def _preimages() -> dict[str, str]:
    """For each folded character, every character that folds to it (itself included)."""
    forms: dict[str, set[str]] = {}
    for source, target in zip(FROM_CHARS, TO_CHARS):
        forms.setdefault(target, {target}).add(source)
    # "ß" folds to "ss": one of its halves may begin or end a text searched for.
    forms["s"] |= {"ß", "ẞ"}
    return {target: "".join(sorted(chars)) for target, chars in forms.items()}


_FORMS = _preimages()


def _patterns(target: str, mode: str) -> tuple[str, str] | None:
    """A GLOB (SQLite) and a regular expression (PostgreSQL) for texts folding to ``target``.

    Each character becomes the set of characters that fold to it: ``koln`` becomes
    ``[Kk][OoÒÓÔÕÖØòóôõöøŌō][LlŁł][NnÑñŃńŇň]``. None where ``target`` holds "ss", which a
    single ``ß`` may stand for.
    """
    if "ss" in target:
        return None
    glob, regex = [], []
    for char in target:
        forms = _FORMS.get(char, char)
        if len(forms) > 1:
            glob.append(f"[{forms}]")
            regex.append(f"[{forms}]")
        else:
            glob.append(f"[{char}]" if char in "*?[" else char)
            regex.append(char if char.isalnum() else "\\" + char)
    g, r = "".join(glob), "".join(regex)
    if mode == "contains":
        return f"*{g}*", r
    if mode == "prefix":
        return f"{g}*", f"^{r}"
    return g, f"^{r}$"


class _pattern_match(FunctionElement[bool]):  # noqa: N801 - reads like a SQL function
    """``coalesce(column, '')`` GLOB the first pattern (SQLite) or ~ the second (PostgreSQL)."""

    type = Boolean()
    inherit_cache = True


@compiles(_pattern_match, "sqlite")
def _pattern_match_sqlite(element: _pattern_match, compiler: Any, **kw: Any) -> str:
    column, glob, _regex = list(element.clauses)
    return f"(coalesce({compiler.process(column, **kw)}, '') GLOB {compiler.process(glob, **kw)})"


@compiles(_pattern_match)
def _pattern_match_generic(element: _pattern_match, compiler: Any, **kw: Any) -> str:
    column, _glob, regex = list(element.clauses)
    return f"(coalesce({compiler.process(column, **kw)}, '') ~ {compiler.process(regex, **kw)})"


def folded_match(column: ColumnElement[Any], target: str, mode: str = "equals") -> ColumnElement[bool]:
    """``fold(column)`` equals, begins with (``prefix``) or contains ``target`` (folded).

    The fold itself is slow on a million rows: a call into Python per row on SQLite,
    ``translate()`` on PostgreSQL. So the column is first matched against a pattern of the
    characters that fold to ``target`` (:func:`_patterns`), which both databases test in C.
    Without an "s" in ``target`` that pattern is exact and the fold is not needed at all;
    otherwise it narrows the rows the fold is computed for. Never NULL.
    """
    expression = folded(column)
    if mode == "contains":
        exact = expression.contains(target, autoescape=True)
    elif mode == "prefix":
        exact = expression.startswith(target, autoescape=True)
    else:
        exact = expression == target
    patterns = _patterns(target, mode)
    if patterns is None:
        return exact
    pattern = _pattern_match(column, literal(patterns[0]), literal(patterns[1]))
    return pattern if "s" not in target else and_(pattern, exact)
