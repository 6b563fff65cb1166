"""Editing a stored letter template in Word: through a file of its own. No Qt here.

:func:`export_for_editing` writes the template's current version where the clerk's Word
opens it (the same file each time, noted in ``exports.json`` with what was written),
:func:`edited_exports` notices that it was saved since, and
:func:`desktop.merge.templates.reimport` reads it back in as a new version. A file with
changes not read in is never overwritten unasked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import Template
from desktop.merge.package import Package
from desktop.merge.templates import TemplateNotFound, sha256_of

MANIFEST = "exports.json"  # in the export folder: which file holds which template, as written
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
# A .dotx opened in Word starts a new document instead of editing the file: export as .docx.
_AS_DOCUMENT = {
    b"wordprocessingml.template.main+xml": b"wordprocessingml.document.main+xml",
    b"wordprocessingml.template.macroEnabledTemplate.main+xml": b"wordprocessingml.document.macroEnabled.main+xml",
}


class EditsNotReadIn(Exception):
    """The exported file was saved since it was written, and those changes are not read in."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_manifest(folder: Path, manifest: dict[str, dict[str, str]]) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")


def _for_word(data: bytes, filename: str) -> tuple[bytes, str]:
    """The file as Word should open it for editing, and its extension."""
    suffix = Path(filename).suffix.lower()
    if suffix not in (".dotx", ".dotm"):
        return data, suffix if suffix in (".docx", ".docm") else ".docx"
    package = Package(data)
    types = package.read("[Content_Types].xml")
    for template_type, document_type in _AS_DOCUMENT.items():
        types = types.replace(template_type, document_type)
    return package.write({"[Content_Types].xml": types}), ".docm" if suffix == ".dotm" else ".docx"


def export_path(folder: Path, template_id: int, name: str, suffix: str = ".docx") -> Path:
    """Where a template is written for editing: its name, made safe for any file system."""
    stem = _UNSAFE.sub("_", name).strip(" .")[:80] or "template"
    return Path(folder) / f"{stem} ({template_id}){suffix}"


def export_for_editing(db: Database, template_id: int, folder: Path, *, overwrite: bool = False) -> Path:
    """Write the template's current version to a file for Word; the same file each time.

    Args:
        overwrite: Replace the file even if it was saved since it was written and those
            changes were not read in.

    Raises:
        TemplateNotFound: The template was deleted.
        EditsNotReadIn: The file holds changes not read in (and ``overwrite`` is False).
        OSError: The file cannot be written (it is open in Word on Windows, for instance).
    """
    folder = Path(folder)
    with db.engine.connect() as conn:
        row = conn.execute(select(Template.name, Template.filename, Template.content)
                           .where(Template.id == template_id)).first()
    if row is None or row.content is None:
        raise TemplateNotFound(template_id)
    data, suffix = _for_word(bytes(row.content), row.filename)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = _manifest(folder)
    entry = manifest.get(str(template_id))
    path = folder / entry["file"] if entry else export_path(folder, template_id, row.name, suffix)
    wanted = sha256_of(data)
    on_disk = sha256_of(path.read_bytes()) if path.is_file() else None
    if on_disk not in (None, wanted) and not overwrite and (entry is None or on_disk != entry.get("sha256")):
        raise EditsNotReadIn(path)
    if on_disk != wanted:  # an unchanged file stays untouched: Word may have it open
        path.write_bytes(data)
    manifest[str(template_id)] = {"file": path.name, "sha256": wanted}
    _save_manifest(folder, manifest)
    return path


def exported_file(folder: Path, template_id: int) -> Path | None:
    """The file the template was last written to for editing, if it still exists."""
    entry = _manifest(Path(folder)).get(str(template_id))
    path = Path(folder) / entry["file"] if entry else None
    return path if path is not None and path.is_file() else None


def edited_exports(folder: Path) -> dict[int, Path]:
    """Exported files saved since they were written (or since their changes were read in)."""
    found = {}
    for key, entry in _manifest(Path(folder)).items():
        path = Path(folder) / entry.get("file", "")
        try:
            changed = path.is_file() and sha256_of(path.read_bytes()) != entry.get("sha256")
        except OSError:
            continue  # being saved right now; asked again next time
        if changed and key.isdigit():
            found[int(key)] = path
    return found


def mark_read(folder: Path, template_id: int) -> None:
    """Take the exported file as it is now as read in: it counts as edited only when saved again."""
    folder = Path(folder)
    manifest = _manifest(folder)
    entry = manifest.get(str(template_id))
    if entry is None:
        return
    try:
        entry["sha256"] = sha256_of((folder / entry["file"]).read_bytes())
    except OSError:
        manifest.pop(str(template_id))
    _save_manifest(folder, manifest)


def forget_export(folder: Path, template_id: int) -> None:
    """After deleting a template: forget its file, and remove it unless it holds changes."""
    folder = Path(folder)
    manifest = _manifest(folder)
    entry = manifest.pop(str(template_id), None)
    if entry is None:
        return
    path = folder / entry.get("file", "")
    try:
        if path.is_file() and sha256_of(path.read_bytes()) == entry.get("sha256"):
            path.unlink()
    except OSError:
        pass  # open in Word: it stays, like any file of the clerk's
    _save_manifest(folder, manifest)
