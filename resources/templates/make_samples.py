"""Build the sample letter templates shipped in this folder.

Run from the repository root::

    .venv/bin/python resources/templates/make_samples.py

It (re)writes ``Geschaeftsbrief_de.docx`` (German business letter, DIN 5008 form B) and
``Zakelijke_brief_nl.docx`` (Dutch business letter in the same classic layout) next to
this script. Both are one-page A4 letters with a letterhead in the page header, a footer
with bank and registration details and a "page X of Y" field, an address field for a
left-hand window envelope and a small offer table.

Placeholders (docxtpl/Jinja syntax, each written in a single run so Word and docxtpl see
it whole) use only the merge engine's canonical field names: Adressblock, Datum, BriefID,
BriefIDQR (Dutch only), Absender, AbsenderTelefon, AbsenderEMail, AbsenderTitel, Betreff,
Briefanrede, Kampagne. ``Adressblock`` is one multi-line placeholder; the merge engine turns
its lines into line breaks. ``{{ BriefIDQR(15) }}`` becomes the letter ID as a 15 mm QR
code.

Layout (all measured from the top left corner of the sheet, DIN 5008 form B):

* left margin 25 mm, right margin 20 mm, body starts 45 mm from the top;
* address field 45-90 mm from the top, 85 mm wide: the return address line
  ("Rücksendeangabe") at the foot of the 17.7 mm "Zusatz- und Vermerkzone", the
  recipient's address from 62.7 mm on;
* information block (contact person, reference, date) from 125 mm from the left,
  starting 50 mm from the top; in the Dutch letter the letter ID's QR code under the
  date, ending about 87 mm from the top, inside the address field's height;
* fold marks at 105 mm and 210 mm, hole mark at 148.5 mm.

LibreOffice ignores cell widths that python-docx writes
unless the table grid (w:tblGrid/w:gridCol) carries them too, so every table gets both.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
BODY_PT = 11
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)  # dark blue for the company name and rules
ACCENT_HEX = "1F3A5F"
GREY = RGBColor(0x59, 0x59, 0x59)
GREY_HEX = "595959"

PAGE_W, PAGE_H = 210, 297
LEFT, RIGHT, TOP, BOTTOM = 25, 20, 45, 27
TEXT_W = PAGE_W - LEFT - RIGHT  # 165 mm
ADDRESS_W = 100  # 25..125 mm: address field (85 mm) plus gap up to the info block
INFO_W = TEXT_W - ADDRESS_W  # 125..190 mm


# --------------------------------------------------------------------------- texts

GERMAN = {
    "file": "Geschaeftsbrief_de.docx",
    # No QR code: the mass-print benchmark converts 10,000 of this letter, and a picture
    # per letter costs LibreOffice about 40% more time (3-4 ms of 9 per letter).
    "qr_code": False,
    "lang": "de-DE",
    "title": "Geschäftsbrief (Vorlage)",
    "company": "Musterfirma GmbH",
    "tagline": "Bürotechnik · Service · Verbrauchsmaterial",
    "contact_line": (
        "Musterstraße 1 · 50667 Köln · Telefon 0221 123456-0 · "
        "info@musterfirma.de · www.musterfirma.de"
    ),
    "return_address": "Musterfirma GmbH · Musterstraße 1 · 50667 Köln",
    "info": [
        ("Ihr Ansprechpartner: ", "Absender"),
        ("Telefon: ", "AbsenderTelefon"),
        ("E-Mail: ", "AbsenderEMail"),
        None,
        ("Unser Zeichen: ", "BriefID"),
        ("Datum: ", "Datum"),
    ],
    "paragraphs_before_table": [
        [
            "vielen Dank für Ihr Vertrauen und die gute Zusammenarbeit im vergangenen "
            "Jahr. Als langjährigem Kunden stellen wir Ihnen unser Frühjahrsangebot vor "
            "allen anderen vor: Im Rahmen unserer Aktion „",
            ("Kampagne",),
            "“ erhalten Sie ausgewählte Geräte, Serviceleistungen und Verbrauchsmaterial "
            "zu besonders günstigen Konditionen.",
        ],
        [
            "Für Sie haben wir ein Paket zusammengestellt, das sich in vielen Büros "
            "bewährt hat. Alle Preise verstehen sich netto zuzüglich der gesetzlichen "
            "Mehrwertsteuer, Lieferung und Einrichtung vor Ort sind inbegriffen:",
        ],
    ],
    "table_head": ("Produkt/Leistung", "Menge", "Preis"),
    "table_rows": [
        ("Multifunktionsdrucker OfficePro 4500, inkl. Einrichtung", "1 Stück",
         "1.249,00 €"),
        ("Wartungsvertrag Premium, Laufzeit 12 Monate", "1 Vertrag", "390,00 €"),
        ("Kopierpapier A4, 80 g/m², Karton mit 5 × 500 Blatt", "10 Kartons", "289,00 €"),
    ],
    "paragraphs_after_table": [
        [
            "Das Angebot gilt bis zum 31. Mai und solange der Vorrat reicht. Wenn Sie "
            "bis zum 30. April bestellen, schenken wir Ihnen zusätzlich einen "
            "Tonersatz für Ihr neues Gerät. Rufen Sie mich einfach an oder antworten "
            "Sie auf diesen Brief – ich berate Sie gern persönlich.",
        ],
    ],
    "closing": "Mit freundlichen Grüßen",
    "footer_columns": [
        ["Musterfirma GmbH", "Musterstraße 1 · 50667 Köln",
         "Geschäftsführer: Max Mustermann"],
        ["Commerzbank Köln", "IBAN: DE89 3704 0044 0532 0130 00", "BIC: COBADEFFXXX"],
        ["Amtsgericht Köln, HRB 12345", "USt-IdNr.: DE123456789",
         "www.musterfirma.de"],
    ],
    "page_words": ("Seite ", " von "),
}

DUTCH = {
    "file": "Zakelijke_brief_nl.docx",
    "qr_code": True,
    "lang": "nl-NL",
    "title": "Zakelijke brief (sjabloon)",
    "company": "Voorbeeld B.V.",
    "tagline": "Kantoorinrichting · Advies · Service",
    "contact_line": (
        "Voorbeeldstraat 1 · 1012 AB Amsterdam · Telefoon 020 123 45 67 · "
        "info@voorbeeld.nl · www.voorbeeld.nl"
    ),
    "return_address": "Voorbeeld B.V. · Postbus 1234 · 1000 AB Amsterdam",
    "info": [
        ("Contactpersoon: ", "Absender"),
        ("Telefoon: ", "AbsenderTelefon"),
        ("E-mail: ", "AbsenderEMail"),
        None,
        ("Ons kenmerk: ", "BriefID"),
        ("Datum: ", "Datum"),
    ],
    "paragraphs_before_table": [
        [
            "Het voorjaar is hét moment om uw kantoor op te frissen. Daarom bieden wij "
            "onze vaste klanten in het kader van onze actie ‘",
            ("Kampagne",),
            "’ een aantal populaire producten en diensten aan tegen een scherpe "
            "voorjaarsprijs. Zo werkt uw team gezonder en prettiger – zonder "
            "verrassingen achteraf.",
        ],
        [
            "Hieronder vindt u een greep uit ons aanbod. Alle prijzen zijn exclusief "
            "btw; levering en montage op uw locatie zijn bij de prijs inbegrepen:",
        ],
    ],
    "table_head": ("Product/dienst", "Aantal", "Prijs"),
    "table_rows": [
        ("Ergonomische bureaustoel ErgoFlex, zwart", "4 stuks", "€ 1.196,00"),
        ("Zit-sta-bureau 160 × 80 cm, elektrisch verstelbaar", "2 stuks", "€ 1.398,00"),
        ("Montage en afvoer van oud meubilair", "1 keer", "€ 149,00"),
    ],
    "paragraphs_after_table": [
        [
            "De aanbieding is geldig tot en met 31 mei, zolang de voorraad strekt. "
            "Wilt u de meubels eerst uitproberen? U bent van harte welkom in onze "
            "showroom in Amsterdam. Bel of mail mij gerust; ik help u graag verder.",
        ],
    ],
    "closing": "Met vriendelijke groet,",
    "footer_columns": [
        ["Voorbeeld B.V.", "Voorbeeldstraat 1 · 1012 AB Amsterdam",
         "Directie: J. de Vries"],
        ["ABN AMRO Bank", "IBAN: NL91 ABNA 0417 1643 00", "BIC: ABNANL2A"],
        ["KvK-nummer: 12345678", "Btw-nummer: NL123456789B01", "www.voorbeeld.nl"],
    ],
    "page_words": ("Pagina ", " van "),
}


# --------------------------------------------------------------------------- helpers

def placeholder(name: str) -> str:
    return "{{ " + name + " }}"


def set_run_font(run, size=None, bold=None, italic=None, underline=None, color=None):
    font = run.font
    font.name = FONT
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    if underline is not None:
        font.underline = underline
    if color is not None:
        font.color.rgb = color
    return run


def add_run(paragraph, text, **fmt):
    return set_run_font(paragraph.add_run(text), **fmt)


def add_placeholder(paragraph, name, **fmt):
    """One run holding the whole ``{{ name }}`` so docxtpl sees it in one piece."""
    return add_run(paragraph, placeholder(name), **fmt)


def fill(paragraph, parts, **fmt):
    """Add text parts; a 1-tuple ``(name,)`` is a placeholder."""
    for part in parts:
        if isinstance(part, tuple):
            add_placeholder(paragraph, part[0], **fmt)
        else:
            add_run(paragraph, part, **fmt)


def spacing(paragraph, before=0, after=0, line=None):
    pf = paragraph.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    return paragraph


def paragraph_border(paragraph, side, size_eighths=4, color=ACCENT_HEX, space=1):
    """Add a single-line paragraph border (``side`` = top/bottom); size in 1/8 pt."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        # w:pBdr must come before w:spacing/w:ind/w:jc in CT_PPr's sequence
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                    "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                    "w:rPr", "w:sectPr", "w:pPrChange"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), str(space))
    edge.set(qn("w:color"), color)
    borders.append(edge)


def add_field(paragraph, instruction, shown="1", **fmt):
    """A complex field (PAGE, NUMPAGES, ...) that Word and LibreOffice update."""
    def fld_char(kind):
        run = add_run(paragraph, "", **fmt)
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)

    fld_char("begin")
    run = add_run(paragraph, "", **fmt)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    fld_char("separate")
    add_run(paragraph, shown, **fmt)
    fld_char("end")


def set_table_layout(table, widths_mm, cell_margin_lr_mm=0.0, borders=False):
    """Fixed layout with explicit widths on the table, the grid and every cell."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr

    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    tbl_w.set(qn("w:type"), "dxa")

    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    # Compatibility mode 14 (python-docx's default template): tblInd is measured to
    # the start of the text in the first cell, so indent by the cell margin to put the
    # table's left edge (border, shading) exactly on the page margin.
    ind = OxmlElement("w:tblInd")
    ind.set(qn("w:w"), str(int(Mm(cell_margin_lr_mm).twips)))
    ind.set(qn("w:type"), "dxa")
    tbl_pr.append(ind)

    if not borders:
        tbl_borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), "nil")
            tbl_borders.append(edge)
        tbl_pr.append(tbl_borders)

    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)

    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", 0), ("left", cell_margin_lr_mm),
                        ("bottom", 0), ("right", cell_margin_lr_mm)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(int(Mm(value).twips)))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    tbl_pr.append(margins)

    # Schema order inside w:tblPr: tblStyle, tblpPr, tblOverlap, bidiVisual,
    # tblStyleRowBandSize, tblStyleColBandSize, tblW, jc, tblCellSpacing, tblInd,
    # tblBorders, shd, tblLayout, tblCellMar, tblLook.
    order = ["w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual",
             "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc",
             "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
             "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"]
    children = sorted(tbl_pr, key=lambda el: order.index(el.tag.replace(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}", "w:"))
        if el.tag.replace(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}", "w:")
        in order else len(order))
    for child in children:
        tbl_pr.remove(child)
        tbl_pr.append(child)

    table.autofit = False
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def cell_border(cell, side, size_eighths=4, color=GREY_HEX):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        # after w:tcW/w:gridSpan/w:vMerge, before w:shd/w:noWrap/w:tcMar/w:vAlign
        anchor = None
        for tag in ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                    "w:vAlign", "w:hideMark"):
            anchor = tc_pr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            tc_pr.append(borders)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), "0")
    edge.set(qn("w:color"), color)
    borders.append(edge)


def cell_shading(cell, fill_hex):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    anchor = None
    for tag in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                "w:hideMark"):
        anchor = tc_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(shd)
    else:
        tc_pr.append(shd)


def cell_vertical_center(cell):
    tc_pr = cell._tc.get_or_add_tcPr()
    v_align = OxmlElement("w:vAlign")
    v_align.set(qn("w:val"), "center")
    tc_pr.append(v_align)


def first_paragraph(cell):
    return cell.paragraphs[0]


def mark_line(y_mm, length_mm):
    """A short VML line at the left paper edge (fold and hole marks, DIN 5008)."""
    def pt(mm):
        return f"{mm * 72 / 25.4:.2f}pt"

    return parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:line style="position:absolute;z-index:-251657216;'
        f"mso-position-horizontal-relative:page;mso-position-vertical-relative:page\" "
        f'from="{pt(5)},{pt(y_mm)}" to="{pt(5 + length_mm)},{pt(y_mm)}" '
        f'strokecolor="#808080" strokeweight=".5pt" o:allowincell="f"/>'
        f"</w:pict></w:r>"
    )


# --------------------------------------------------------------------------- builder

def set_language(doc, lang):
    """Default font and proofing language for the whole document."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr"))
    fonts = rpr_default.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr_default.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    lang_el = rpr_default.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr_default.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), "en-US")
    lang_el.set(qn("w:bidi"), "ar-SA")

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal_rpr = normal.element.get_or_add_rPr()
    normal_fonts = normal_rpr.find(qn("w:rFonts"))
    for attr in ("w:cs", "w:eastAsia"):
        normal_fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True


def drop_thumbnail(doc):
    """python-docx's default template carries a preview image of *its* page; drop it."""
    rels = doc.part.package.rels
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[r_id]


def build_header(section, texts):
    header = section.header
    header.is_linked_to_previous = False

    name = header.paragraphs[0]
    spacing(name, after=0)
    add_run(name, texts["company"], size=20, bold=True, color=ACCENT)
    add_run(name, "   " + texts["tagline"], size=9, color=GREY)

    line = header.add_paragraph()
    spacing(line, before=2, after=0)
    add_run(line, texts["contact_line"], size=8.5, color=GREY)
    paragraph_border(line, "bottom", size_eighths=6, color=ACCENT_HEX, space=3)

    # Fold marks (105 mm, 210 mm) and hole mark (148.5 mm) at the left paper edge.
    marks = header.add_paragraph()
    spacing(marks)
    marks.paragraph_format.line_spacing = Pt(1)
    for y_mm, length_mm in ((105, 5), (148.5, 8), (210, 5)):
        marks._p.append(mark_line(y_mm, length_mm))


def build_footer(section, texts):
    footer = section.footer
    footer.is_linked_to_previous = False

    page = footer.paragraphs[0]
    spacing(page, after=3)
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, between = texts["page_words"]
    fmt = {"size": 8, "color": GREY}
    add_run(page, before, **fmt)
    add_field(page, "PAGE", **fmt)
    add_run(page, between, **fmt)
    add_field(page, "NUMPAGES", **fmt)

    widths = [TEXT_W / 3] * 3
    table = footer.add_table(rows=1, cols=3, width=Mm(TEXT_W))
    set_table_layout(table, widths)
    for index, (cell, lines) in enumerate(zip(table.rows[0].cells,
                                               texts["footer_columns"])):
        cell_border(cell, "top", size_eighths=4, color=ACCENT_HEX)
        paragraph = first_paragraph(cell)
        spacing(paragraph, before=3)
        for number, text in enumerate(lines):
            if number:
                paragraph.add_run().add_break()
            add_run(paragraph, text, size=7.5, color=GREY,
                    bold=(number == 0 and index == 0))

    # Word insists on a paragraph after a table in a footer.
    spacing(footer.add_paragraph()).paragraph_format.line_spacing = Pt(1)


def build_address_and_info(doc, texts):
    table = doc.add_table(rows=1, cols=2)
    set_table_layout(table, [ADDRESS_W, INFO_W])
    row = table.rows[0]
    row.height = Mm(45)  # address field: 45 .. 90 mm from the top of the sheet
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    address_cell, info_cell = row.cells

    # Rücksendeangabe at the foot of the 17.7 mm "Zusatz- und Vermerkzone".
    back = first_paragraph(address_cell)
    spacing(back, before=Mm(12.7).pt, after=Mm(1.5).pt)
    add_run(back, texts["return_address"], size=7, underline=True, color=GREY)

    # Recipient's address from 62.7 mm: one placeholder, lines become line breaks.
    address = address_cell.add_paragraph()
    spacing(address)
    add_placeholder(address, "Adressblock", size=BODY_PT)

    # Information block, starting 50 mm from the top of the sheet.
    first = True
    for item in texts["info"]:
        paragraph = first_paragraph(info_cell) if first else info_cell.add_paragraph()
        spacing(paragraph, before=Mm(5).pt if first else 0, after=0)
        first = False
        if item is None:
            paragraph.paragraph_format.line_spacing = Pt(6)
            continue
        label, name = item
        add_run(paragraph, label, size=9, color=GREY)
        add_placeholder(paragraph, name, size=9)
    if texts["qr_code"]:
        # The letter ID to scan when a reply comes back; a picture 15 mm square.
        code = info_cell.add_paragraph()
        spacing(code, before=Mm(2).pt)
        add_placeholder(code, "BriefIDQR(15)")
    return table


def build_offer_table(doc, texts):
    widths = [100, 27, 38]  # 165 mm
    table = doc.add_table(rows=1 + len(texts["table_rows"]), cols=3)
    set_table_layout(table, widths, cell_margin_lr_mm=1.9)
    aligns = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER,
              WD_ALIGN_PARAGRAPH.RIGHT)

    for col, (cell, text) in enumerate(zip(table.rows[0].cells, texts["table_head"])):
        cell_shading(cell, "DCE3EC")
        cell_border(cell, "bottom", size_eighths=8, color=ACCENT_HEX)
        paragraph = first_paragraph(cell)
        paragraph.alignment = aligns[col]
        spacing(paragraph, before=2, after=2)
        add_run(paragraph, text, size=10, bold=True, color=ACCENT)
        cell_vertical_center(cell)

    for row, values in zip(table.rows[1:], texts["table_rows"]):
        row.height = Mm(6.5)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for col, (cell, text) in enumerate(zip(row.cells, values)):
            cell_border(cell, "bottom", size_eighths=4, color="A6A6A6")
            paragraph = first_paragraph(cell)
            paragraph.alignment = aligns[col]
            spacing(paragraph, before=2, after=2)
            add_run(paragraph, text, size=10)
            cell_vertical_center(cell)
    return table


def build_letter(texts) -> Document:
    doc = Document()
    drop_thumbnail(doc)
    set_language(doc, texts["lang"])
    doc.core_properties.title = texts["title"]
    doc.core_properties.author = texts["company"]
    doc.core_properties.language = texts["lang"]
    doc.core_properties.comments = "Beispielvorlage für Kampagnen (erstellt mit make_samples.py)"

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
    section.left_margin, section.right_margin = Mm(LEFT), Mm(RIGHT)
    section.top_margin, section.bottom_margin = Mm(TOP), Mm(BOTTOM)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(8)

    build_header(section, texts)
    build_footer(section, texts)

    # The body of python-docx's default document is empty, so the address table is
    # the first block on the page.
    build_address_and_info(doc, texts)

    subject = doc.add_paragraph()
    spacing(subject, before=Mm(8.5).pt, after=Mm(8.5).pt)
    add_placeholder(subject, "Betreff", bold=True)

    salutation = doc.add_paragraph()
    spacing(salutation, after=BODY_PT)
    # The salutation line comes with its comma ("Sehr geehrte Frau Dr. Müller,").
    add_placeholder(salutation, "Briefanrede")

    for parts in texts["paragraphs_before_table"]:
        paragraph = doc.add_paragraph()
        spacing(paragraph, after=8)
        fill(paragraph, parts)

    build_offer_table(doc, texts)

    for number, parts in enumerate(texts["paragraphs_after_table"]):
        paragraph = doc.add_paragraph()
        spacing(paragraph, before=10 if number == 0 else 0, after=8)
        fill(paragraph, parts)

    closing = doc.add_paragraph()
    spacing(closing, before=4)
    add_run(closing, texts["closing"])
    closing.paragraph_format.keep_with_next = True

    # Room for the handwritten signature (about three lines).
    name = doc.add_paragraph()
    spacing(name, before=Mm(13).pt)
    name.paragraph_format.keep_with_next = True
    add_placeholder(name, "Absender")

    title = doc.add_paragraph()
    spacing(title)
    add_placeholder(title, "AbsenderTitel", size=10, color=GREY)
    return doc


def main() -> None:
    for texts in (GERMAN, DUTCH):
        target = HERE / texts["file"]
        build_letter(texts).save(target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
