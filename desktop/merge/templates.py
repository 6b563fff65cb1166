"""The letter templates of the database: import, versions, editing in Word, checks. No Qt here.

A template is a Word file the clerk writes in Word. Importing it checks it (see
:func:`desktop.merge.template.scan`) and stores it as version 1; every re-import or restore
adds a version, and :class:`~desktop.db.models.Template` holds the current one. A mass run
notes the revision it started with, so a resumed run merges the same letter even when the
template was changed in between (:func:`content` with ``revision``).

Editing goes through a file (:mod:`desktop.merge.template_files`), read back in by
:func:`reimport` as a new version.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import logging
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import (
    Campaign,
    CampaignAction,
    MassRun,
    Template,
    TemplateVersion,
)
from desktop.db.models.base import current_login, utcnow
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge.package import Package
from desktop.merge.run_plan import UNFINISHED
from desktop.merge.template import (
    Location,
    PreparedTemplate,
    Problem,
    ProblemCode,
    TemplateError,
    TemplateScan,
    scan,
)

log = logging.getLogger(__name__)

LANGUAGES = ("de", "nl", "en")
NAME_MAX = Template.__table__.c.name.type.length
# Problems that make a template unusable: Jinja cannot read it, letters would be garbage.
BLOCKING = (ProblemCode.SYNTAX_ERROR, ProblemCode.SPLIT_FIELD)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Word 97-2003 (.doc) and other old Office files


class FileProblem(enum.Enum):
    """Why a file cannot become a template."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # no permission, a folder, locked
    OLD_WORD = "old_word"  # a Word 97-2003 .doc
    NOT_WORD = "not_word"
    BROKEN = "broken"  # fields Jinja cannot read: see ``problems``


class TemplateFileError(ValueError):
    """A file was refused as a template; nothing was stored.

    Attributes:
        path: The file.
        problem: What kind of refusal.
        problems: For BROKEN, the findings that make it unusable, each with its place.
        detail: The underlying error's message, for the log and the administrator.
    """

    def __init__(self, path: Path, problem: FileProblem, problems: Iterable[Problem] = (), detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value} {detail}".rstrip())
        self.path = path
        self.problem = problem
        self.problems = tuple(problems)
        self.detail = detail


class NameTaken(ValueError):
    """Another template has this name (names are compared ignoring case)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"a template named {name!r} exists")
        self.name = name


class TemplateNotFound(LookupError):
    """The template (or the asked-for version of it) does not exist (any more)."""

    def __init__(self, template_id: int, revision: int | None = None) -> None:
        super().__init__(f"template {template_id}" + (f" revision {revision}" if revision else ""))
        self.template_id = template_id
        self.revision = revision


@dataclass(frozen=True)
class RunUse:
    """A mass run that may still merge with a template."""

    run_id: int
    campaign: str  # "2026-003 Frühjahr"
    action: str
    started_by: str
    status: str


class TemplateInUse(Exception):
    """The template was not deleted: unfinished runs or actions still to be printed use it."""

    def __init__(self, runs: Iterable[RunUse], actions: Iterable[str]) -> None:
        self.runs = tuple(runs)
        self.actions = tuple(actions)
        super().__init__(f"used by runs {[r.run_id for r in self.runs]} and actions {list(self.actions)}")


@dataclass(frozen=True)
class ImportResult:
    """What an import, re-import or restore did; ``unchanged``: the content was the current one."""

    template_id: int
    name: str
    revision: int
    row_version: int
    scan: TemplateScan
    unchanged: bool = False


@dataclass(frozen=True)
class TemplateRow:
    """One line of the template list."""

    id: int
    row_version: int
    name: str
    description: str
    language: str
    filename: str
    revision: int
    imported_at: dt.datetime
    imported_by: str


@dataclass(frozen=True)
class VersionRow:
    """One version of a template, newest first in :func:`versions`."""

    revision: int
    filename: str
    sha256: str
    imported_at: dt.datetime
    imported_by: str
    current: bool


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def guess_language(path: Path) -> str:
    """The language a file name ends in (``Brief_nl.docx`` → nl), German otherwise."""
    stem = path.stem.lower()
    return next((code for code in LANGUAGES if stem.endswith(f"_{code}")), "de")


def default_name(path: Path) -> str:
    """The name a template gets from its file: ``Geschaeftsbrief_de.docx`` → "Geschaeftsbrief de"."""
    return path.stem.replace("_", " ").strip()[:NAME_MAX] or path.name[:NAME_MAX]


def read_file(path: Path) -> tuple[bytes, TemplateScan]:
    """The bytes of a Word file fit to be a template, and what the check found in it.

    Raises:
        TemplateFileError: The file is missing, unreadable, no Word document, or its fields
            cannot be read (a broken tag, a syntax error).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise TemplateFileError(path, FileProblem.NOT_FOUND) from exc
    except OSError as exc:
        raise TemplateFileError(path, FileProblem.UNREADABLE, detail=str(exc)) from exc
    if data.startswith(_OLE_MAGIC):
        raise TemplateFileError(path, FileProblem.OLD_WORD)
    try:
        is_word = any(kind == "body" for _name, kind in Package(data).merge_parts())
    except (zipfile.BadZipFile, KeyError, struct.error, etree.XMLSyntaxError) as exc:
        raise TemplateFileError(path, FileProblem.NOT_WORD, detail=str(exc)) from exc
    if not is_word:  # a zip, even an Excel or PowerPoint file, but no Word document
        raise TemplateFileError(path, FileProblem.NOT_WORD, detail="no Word document part")
    checked = check_bytes(data)
    blocking = [p for p in checked.problems if p.code in BLOCKING]
    if blocking:
        raise TemplateFileError(path, FileProblem.BROKEN, blocking)
    try:
        PreparedTemplate(data)  # what a run does first: it must not fail there
    except TemplateError as exc:
        raise TemplateFileError(path, FileProblem.BROKEN, detail=str(exc)) from exc
    return data, checked


def _name_taken(conn: Connection, name: str) -> bool:
    return conn.execute(select(Template.id).where(func.lower(Template.name) == name.lower())).first() is not None


def import_template(
    db: Database, path: Path, *, name: str | None = None, language: str | None = None, description: str = ""
) -> ImportResult:
    """Store a Word file as a new template (version 1), after checking it.

    Args:
        name: The template's name; the file's name without extension by default.
        language: de, nl or en: the language of the letters; from the file name's
            ``_de``/``_nl``/``_en`` ending by default, else German.

    Raises:
        TemplateFileError: The file cannot be a template; nothing was stored.
        NameTaken: Another template has the name.
        ValueError: The name is too long, or the language is not one of :data:`LANGUAGES`.
    """
    path = Path(path)
    name = (name or "").strip() or default_name(path)
    if len(name) > NAME_MAX:
        raise ValueError(f"a template name has at most {NAME_MAX} characters")
    language = language or guess_language(path)
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; one of {', '.join(LANGUAGES)}")
    data, checked = read_file(path)
    sha, now = sha256_of(data), utcnow()
    with db.session() as session:
        if _name_taken(session.connection(), name):
            raise NameTaken(name)
        template = Template(name=name, description=description, language=language, filename=path.name,
                            content=data, sha256=sha, revision=1, imported_at=now)
        session.add(template)
        try:
            session.flush()
        except IntegrityError as exc:  # another clerk imported the same name just now
            raise NameTaken(name) from exc
        session.add(TemplateVersion(template_id=template.id, revision=1, content=data, sha256=sha,
                                    filename=path.name, imported_at=now, imported_by=current_login()))
    return ImportResult(template.id, name, 1, template.row_version, checked)


def _new_revision(db: Database, template_id: int, expected_row_version: int | None, data: bytes,
                  filename: str, checked: TemplateScan) -> ImportResult:
    sha, now = sha256_of(data), utcnow()
    with db.session() as session:
        template = locked(session, Template, template_id, expected_row_version, "template")
        if template.sha256 == sha:
            return ImportResult(template.id, template.name, template.revision, template.row_version, checked,
                                unchanged=True)
        template.revision += 1
        template.content, template.sha256, template.filename, template.imported_at = data, sha, filename, now
        try:
            session.flush()
        except StaleDataError as exc:  # saved by another clerk between our read and write
            raise ConcurrentEditError("template", template_id) from exc
        session.add(TemplateVersion(template_id=template.id, revision=template.revision, content=data,
                                    sha256=sha, filename=filename, imported_at=now, imported_by=current_login()))
        return ImportResult(template.id, template.name, template.revision, template.row_version, checked)


def reimport(db: Database, template_id: int, path: Path, expected_row_version: int | None) -> ImportResult:
    """Read a changed file in as the template's next revision; the earlier ones are kept.

    Args:
        expected_row_version: The template's ``row_version`` the clerk saw; None replaces
            whatever another clerk imported in between.

    Returns:
        The new revision, or with ``unchanged`` set (and no new version) when the file
        holds exactly the current content.

    Raises:
        TemplateFileError: The file cannot be a template; nothing was stored.
        ConcurrentEditError: Another clerk changed or deleted the template meanwhile.
    """
    data, checked = read_file(Path(path))
    return _new_revision(db, template_id, expected_row_version, data, Path(path).name, checked)


def restore_version(db: Database, template_id: int, revision: int, expected_row_version: int | None) -> ImportResult:
    """Make an earlier version current again, as a new revision (history is never rewritten).

    Raises:
        TemplateNotFound: The version does not exist.
        ConcurrentEditError: Another clerk changed or deleted the template meanwhile.
    """
    with db.engine.connect() as conn:
        row = conn.execute(select(TemplateVersion.content, TemplateVersion.filename).where(
            TemplateVersion.template_id == template_id, TemplateVersion.revision == revision)).first()
    if row is None:
        raise TemplateNotFound(template_id, revision)
    data = bytes(row.content)
    return _new_revision(db, template_id, expected_row_version, data, row.filename, check_bytes(data))


def list_templates(db: Database) -> list[TemplateRow]:
    """Every template by name, with who imported its current version."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(Template.id, Template.row_version, Template.name, Template.description, Template.language,
                   Template.filename, Template.revision, Template.imported_at,
                   func.coalesce(TemplateVersion.imported_by, Template.updated_by))
            .outerjoin(TemplateVersion, (TemplateVersion.template_id == Template.id)
                       & (TemplateVersion.revision == Template.revision))
            .order_by(func.lower(Template.name), Template.id)
        ).all()
    return [TemplateRow(*row) for row in rows]


def versions(db: Database, template_id: int) -> list[VersionRow]:
    """The versions of a template, newest first."""
    with db.engine.connect() as conn:
        current = conn.execute(select(Template.revision).where(Template.id == template_id)).scalar()
        rows = conn.execute(
            select(TemplateVersion.revision, TemplateVersion.filename, TemplateVersion.sha256,
                   TemplateVersion.imported_at, TemplateVersion.imported_by)
            .where(TemplateVersion.template_id == template_id).order_by(TemplateVersion.revision.desc())
        ).all()
    return [VersionRow(*row, current=row.revision == current) for row in rows]


def content(conn: Connection, template_id: int, revision: int | None = None) -> bytes:
    """The Word file of a template: the current version, or revision ``revision``.

    Raises:
        TemplateNotFound: No such template or version.
    """
    if revision is None:
        query = select(Template.content).where(Template.id == template_id)
    else:
        query = select(TemplateVersion.content).where(TemplateVersion.template_id == template_id,
                                                      TemplateVersion.revision == revision)
    data = conn.execute(query).scalar()
    if data is None:
        raise TemplateNotFound(template_id, revision)
    return bytes(data)


def check_bytes(data: bytes) -> TemplateScan:
    """:func:`scan`, but a file the scan cannot read at all is a finding, not a crash."""
    try:
        return scan(data)
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml: whatever it is, the template is unusable
        log.warning("template unreadable: %s", exc)
        return TemplateScan(problems=[Problem(ProblemCode.SYNTAX_ERROR, "error", Location("body"), str(exc))])


def check(db: Database, template_id: int, revision: int | None = None) -> TemplateScan:
    """Check a stored template (again), e.g. before a run: its fields and problems with places.

    Raises:
        TemplateNotFound: No such template or version.
    """
    with db.engine.connect() as conn:
        data = content(conn, template_id, revision)
    return check_bytes(data)


def check_all(
    db: Database, template_ids: Iterable[int] | None = None, *,
    progress: Progress = no_progress, cancel: Callable[[], bool] = lambda: False,
) -> dict[int, TemplateScan]:
    """Check several templates (all by default): a job for the worker, about 10 ms a template."""
    with db.engine.connect() as conn:
        ids = list(template_ids) if template_ids is not None else list(conn.execute(select(Template.id)).scalars())
    found: dict[int, TemplateScan] = {}
    for number, template_id in enumerate(ids):
        if cancel():
            raise Cancelled()
        progress(number, len(ids), "")
        try:
            found[template_id] = check(db, template_id)
        except TemplateNotFound:
            continue  # deleted meanwhile
    progress(len(ids), len(ids), "")
    return found


def delete_template(db: Database, template_id: int, expected_row_version: int | None) -> None:
    """Delete a template with all its versions.

    Runs that finished and actions whose letters were generated keep their letters in the
    archive; they only forget the template.

    Raises:
        TemplateInUse: An unfinished run (it would be resumed with this template) or an
            action not yet generated uses it; nothing was deleted.
        ConcurrentEditError: Another clerk changed or deleted the template meanwhile.
    """
    with db.session() as session:
        template = locked(session, Template, template_id, expected_row_version, "template")
        conn = session.connection()
        runs = conn.execute(
            select(MassRun.id, MassRun.template_id, MassRun.options, MassRun.status, MassRun.started_by,
                   Campaign.number, Campaign.name, CampaignAction.name.label("action"))
            .join(CampaignAction, CampaignAction.id == MassRun.action_id)
            .join(Campaign, Campaign.id == CampaignAction.campaign_id)
            # A cancelled run that a new start replaced got finished_at: it is never resumed.
            .where(MassRun.status.in_(UNFINISHED), MassRun.finished_at.is_(None))
            .order_by(MassRun.id)
        ).all()
        using = [RunUse(r.id, f"{r.number} {r.name}", r.action, r.started_by, getattr(r.status, "value", r.status))
                 for r in runs if template_id in (r.template_id, (r.options or {}).get("template_id"))]
        actions = conn.execute(
            select(Campaign.number, Campaign.name, CampaignAction.sequence, CampaignAction.name)
            .join(Campaign, Campaign.id == CampaignAction.campaign_id)
            .where(CampaignAction.template_id == template_id, CampaignAction.generated_at.is_(None))
            .order_by(Campaign.number, CampaignAction.sequence)
        ).all()
        if using or actions:
            raise TemplateInUse(using, [f"{number} {campaign} / {seq} {name}" for number, campaign, seq, name in actions])
        # What is done keeps its letters; it only forgets the template (the references would
        # otherwise forbid deleting it).
        conn.execute(update(MassRun).where(MassRun.template_id == template_id).values(template_id=None))
        conn.execute(update(CampaignAction).where(CampaignAction.template_id == template_id).values(
            template_id=None, row_version=CampaignAction.row_version + 1, updated_at=utcnow(),
            updated_by=current_login()))
        session.delete(template)
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConcurrentEditError("template", template_id) from exc
