"""A .docx file read once and written again many times with a few parts replaced.

A mass run writes thousands of letters from one template. Each letter differs only in its
document, header and footer parts; styles, fonts and images stay the same. ``zipfile``
would inflate and deflate all of them again for every letter (2-4 ms for the styles of a
python-docx document alone), so :meth:`Package.write` copies the unchanged members'
compressed bytes as they are and compresses only the parts that changed.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# Content types of the parts that can hold merge fields, and what the scan calls them.
MERGE_PARTS = {
    _WML + "document.main+xml": "body",
    _WML + "document.macroEnabled.main+xml": "body",
    _WML + "template.main+xml": "body",
    _WML + "template.macroEnabledTemplate.main+xml": "body",
    _WML + "header+xml": "header",
    _WML + "footer+xml": "footer",
    _WML + "footnotes+xml": "footnotes",
    _WML + "endnotes+xml": "endnotes",
}
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")


@dataclass
class _Member:
    name: bytes
    method: int
    dos_time: int
    dos_date: int
    crc: int
    size: int
    data: bytes  # compressed with ``method``


def _dos(date_time: tuple[int, ...]) -> tuple[int, int]:
    """(time, date) in the MS-DOS format of zip headers."""
    year, month, day, hour, minute, second = date_time[:6]
    return hour << 11 | minute << 5 | second // 2, (max(year, 1980) - 1980) << 9 | month << 5 | day


def _member(name: str, content: bytes) -> _Member:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    time, date = _dos((1980, 1, 1, 0, 0, 0))
    return _Member(name.encode("utf-8"), zipfile.ZIP_DEFLATED, time, date,
                   zlib.crc32(content), len(content), data)


def read_members(data: bytes) -> dict[str, tuple[int, int, int, bytes]]:
    """Every member of a zip file as (method, CRC, size, compressed bytes), by name.

    Parses the central directory directly: for the small letters of a mass run this takes a
    tenth of the time ``zipfile.ZipFile`` needs. Files it does not expect (zip64, a comment,
    encryption) are read through ``zipfile``.

    Raises:
        zipfile.BadZipFile: ``data`` is no zip file.
    """
    end = len(data) - _END.size
    if end < 0 or _END.unpack_from(data, end)[0] != 0x06054B50:
        return _read_members_slowly(data)
    _sig, _disk, _start_disk, _here, count, _size, offset, _comment = _END.unpack_from(data, end)
    members = {}
    for _ in range(count):
        entry = _CENTRAL.unpack_from(data, offset)
        if entry[0] != 0x02014B50 or entry[3] & 1 or offset + _CENTRAL.size > end:
            return _read_members_slowly(data)
        name_end = offset + _CENTRAL.size + entry[10]
        name = data[offset + _CENTRAL.size:name_end].decode("utf-8" if entry[3] & 0x800 else "cp437")
        head = _LOCAL.unpack_from(data, entry[16])
        start = entry[16] + _LOCAL.size + head[9] + head[10]
        members[name] = (entry[4], entry[7], entry[9], data[start:start + entry[8]])
        offset = name_end + entry[11] + entry[12]
    return members


def _read_members_slowly(data: bytes) -> dict[str, tuple[int, int, int, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {}
        for info in zf.infolist():
            content = zf.read(info)
            members[info.filename] = (zipfile.ZIP_STORED, info.CRC, info.file_size, content)
        return members


def inflate(member: tuple[int, int, int, bytes]) -> bytes:
    """The uncompressed bytes of a member from :func:`read_members`."""
    method, crc, _size, raw = member
    if method == zipfile.ZIP_STORED:
        return raw
    if method != zipfile.ZIP_DEFLATED:
        raise zipfile.BadZipFile(f"compression method {method} is not supported")
    content = zlib.decompress(raw, -15)
    if zlib.crc32(content) != crc:
        raise zipfile.BadZipFile("a member's checksum does not match")
    return content


class Package:
    """The members of a .docx: read them, replace some, write the whole quickly.

    Args:
        data: The .docx (or .dotx/.docm) file's bytes.

    Raises:
        zipfile.BadZipFile: ``data`` is no .docx file.
    """

    def __init__(self, data: bytes) -> None:
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self._members: dict[str, _Member] = {}
        self._replaced: dict[str, bytes] = {}
        for info in self._zip.infolist():
            head = _LOCAL.unpack_from(data, info.header_offset)
            start = info.header_offset + _LOCAL.size + head[9] + head[10]
            time, date = _dos(info.date_time)
            self._members[info.filename] = _Member(
                info.filename.encode("utf-8"), info.compress_type, time, date, info.CRC,
                info.file_size, data[start:start + info.compress_size])
        self.content_types = self._content_types()

    def read(self, name: str) -> bytes:
        """The uncompressed bytes of member ``name``, as replaced if it was."""
        if name in self._replaced:
            return self._replaced[name]
        return self._zip.read(name)

    def names(self) -> list[str]:
        """All member names, in the file's order."""
        return list(self._members)

    def _content_types(self) -> dict[str, str]:
        root = etree.fromstring(self.read("[Content_Types].xml"))
        return {o.get("PartName", "").lstrip("/"): o.get("ContentType", "")
                for o in root.iter(f"{{{_CT}}}Override")}

    def merge_parts(self) -> list[tuple[str, str]]:
        """(member name, kind) of every part that may hold merge fields; body first."""
        found = [(name, MERGE_PARTS[ct]) for name, ct in self.content_types.items()
                 if ct in MERGE_PARTS and name in self._members]
        return sorted(found, key=lambda item: (item[1] != "body", item[0]))

    def replace(self, name: str, content: bytes) -> None:
        """Replace (or add) member ``name`` for every later :meth:`write` (compressed once, here)."""
        self._members[name] = _member(name, content)
        self._replaced[name] = content

    def write(self, changed: dict[str, bytes]) -> bytes:
        """The package with the members in ``changed`` replaced by new content."""
        out = io.BytesIO()
        central = []
        for name, member in self._members.items():
            if name in changed:
                member = _member(name, changed[name])
            offset = out.tell()
            # Flag 0x800: the name is UTF-8. No data descriptor: sizes are known up front.
            out.write(_LOCAL.pack(0x04034B50, 20, 0x800, member.method, member.dos_time,
                                  member.dos_date, member.crc, len(member.data), member.size,
                                  len(member.name), 0))
            out.write(member.name)
            out.write(member.data)
            central.append(_CENTRAL.pack(0x02014B50, 20, 20, 0x800, member.method,
                                         member.dos_time, member.dos_date, member.crc,
                                         len(member.data), member.size, len(member.name),
                                         0, 0, 0, 0, 0, offset) + member.name)
        start = out.tell()
        for entry in central:
            out.write(entry)
        out.write(_END.pack(0x06054B50, 0, 0, len(central), len(central),
                            out.tell() - start, start, 0))
        return out.getvalue()
