"""The letter ID as a picture: a QR code or a Code 128 barcode, as PNG bytes.

A response that comes back (a reply card, the letter itself) is captured by scanning the
code printed on it. segno draws the QR code. Code 128 is a table of 107 bar patterns and
a checksum, small enough to have here rather than as another dependency (python-barcode
would want Pillow for PNG); its black-and-white PNG is written with zlib.
"""

from __future__ import annotations

import struct
import zlib

import segno

# LibreOffice's PDF export scales pictures finer than 300 dpi down, which blurs a code's
# edges: its pictures get a whole number of pixels per module and at most this resolution.
DPI = 300
QR_BORDER = 2  # modules of white around a QR code (the standard asks 4; readers need 1-2)
QUIET_ZONE = 10  # modules of white each side of a Code 128 barcode, as the standard asks

# Bar and space widths in modules of each Code 128 value, 0..105, and the stop pattern.
_PATTERNS = (
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
)
_CODE_C, _CODE_B, _START_B, _START_C, _STOP = 99, 100, 104, 105, 106


def _pixels_per_module(modules: int, width_mm: float) -> int:
    return max(1, int(width_mm / 25.4 * DPI) // modules)


def qr_png(text: str, width_mm: float = 18) -> bytes:
    """A QR code of ``text`` as PNG bytes, for printing ``width_mm`` wide.

    Never a Micro QR code, which few readers know. The PNG is written here rather than by
    segno, which takes three times as long for it.
    """
    matrix = segno.make_qr(text, error="m").matrix
    border = [False] * QR_BORDER
    quiet = (border * 2 + [False] * len(matrix), QR_BORDER)
    rows = [quiet, *((border + list(map(bool, row)) + border, 1) for row in matrix), quiet]
    return bilevel_png(rows, _pixels_per_module(len(matrix) + 2 * QR_BORDER, width_mm))


def _digits(text: str, start: int) -> int:
    end = start
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    return end - start


def code128_values(text: str) -> list[int]:
    """The Code 128 symbol values of ``text``: start, data, checksum, stop.

    Digits go in pairs (code set C) where that makes the code shorter, everything else in
    code set B, which holds the printable ASCII characters.

    Raises:
        ValueError: ``text`` is empty or holds a character outside printable ASCII.
    """
    if not text or any(not " " <= c <= "~" for c in text):
        raise ValueError(f"a Code 128 barcode holds printable ASCII only, not {text!r}")
    run = _digits(text, 0)
    in_c = run >= 4 or run == len(text) and run % 2 == 0
    values = [_START_C if in_c else _START_B]
    i = 0
    while i < len(text):
        run = _digits(text, i)
        if in_c and run < 2:
            values.append(_CODE_B)
            in_c = False
        elif not in_c and run >= 4 and run % 2 == 0 and (run >= 6 or i + run == len(text)):
            values.append(_CODE_C)  # an odd run's first digit goes in B, then C takes over
            in_c = True
        if in_c:
            values.append(int(text[i:i + 2]))
            i += 2
        else:
            values.append(ord(text[i]) - 32)
            i += 1
    values.append((values[0] + sum(n * v for n, v in enumerate(values[1:], 1))) % 103)
    return [*values, _STOP]


def code128_modules(text: str) -> list[bool]:
    """The barcode of ``text`` module by module (True is a bar), quiet zones included."""
    modules = [False] * QUIET_ZONE
    for value in code128_values(text):
        for n, width in enumerate(_PATTERNS[value]):
            modules += [n % 2 == 0] * int(width)
    return modules + [False] * QUIET_ZONE


def code128_png(text: str, width_mm: float = 50, height_mm: float = 10) -> bytes:
    """A Code 128 barcode of ``text`` as PNG bytes, for printing ``width_mm`` × ``height_mm``."""
    modules = code128_modules(text)
    scale = _pixels_per_module(len(modules), width_mm)
    return bilevel_png([(modules, max(1, round(len(modules) * height_mm / width_mm)))], scale)


def bilevel_png(rows: list[tuple[list[bool], int]], scale: int = 1) -> bytes:
    """A black-and-white PNG of square modules ``scale`` pixels wide and high.

    Args:
        rows: (modules, how many rows of modules alike) from the top; True is black.
        scale: Pixels per module.
    """
    black, white = "0" * scale, "1" * scale  # a 1-bit grey PNG's 1 is white
    width = len(rows[0][0]) * scale
    data = []
    for modules, repeat in rows:
        bits = "".join(black if dark else white for dark in modules) + "1" * (-width % 8)
        data.append((b"\0" + int(bits, 2).to_bytes(len(bits) // 8, "big")) * (repeat * scale))  # filter 0

    def chunk(kind: bytes, content: bytes) -> bytes:
        return struct.pack(">I", len(content)) + kind + content + struct.pack(">I", zlib.crc32(kind + content))

    height = sum(repeat for _, repeat in rows) * scale
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit grey, no interlace
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(data), 6))
            + chunk(b"IEND", b""))
