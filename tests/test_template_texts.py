"""Each finding of the template check names its field and its place as Word shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.merge.template import Location, Problem, ProblemCode
from desktop.merge.templates import (
    FileProblem,
    RunUse,
    TemplateFileError,
    TemplateInUse,
)
from desktop.template_texts import (
    file_error_text,
    in_use_text,
    location_text,
    problem_text,
)


@pytest.mark.parametrize(("location", "text"), [
    (Location("body", None, 3), "Body text, paragraph 3"),
    (Location("body", None, 2, (1, 2, 1)), "Body text, table 1, row 2, cell 1, paragraph 2"),
    (Location("header", 1, 3, (1, 2, 1)), "Header of section 1, table 1, row 2, cell 1, paragraph 3"),
    (Location("footer", 2, 1), "Footer of section 2, paragraph 1"),
    (Location("footer"), "Footer"),
    (Location("footnotes", None, 4), "Footnotes, paragraph 4"),
])
def test_places_are_named_as_in_word(location: Location, text: str) -> None:
    assert location_text(location) == text


@pytest.mark.parametrize(("code", "written", "suggestions", "text"), [
    (ProblemCode.UNKNOWN_FIELD, "Vornam", ("Vorname",),
     "Header of section 1, paragraph 2: unknown field «Vornam» — did you mean «Vorname»?"),
    (ProblemCode.UNKNOWN_FIELD, "Vorn", ("Vorname", "Ort"),
     "Header of section 1, paragraph 2: unknown field «Vorn» — did you mean «Vorname», «Ort»?"),
    (ProblemCode.UNKNOWN_FIELD, "Schuhgröße", (),
     "Header of section 1, paragraph 2: unknown field «Schuhgröße»; it would stay empty in every letter."),
    (ProblemCode.EMPTY_ADDRESS_LINE, "Firma2", (),
     ("Header of section 1, paragraph 2: the line holds only the field «Firma2», which is empty for many "
     "contacts; the line is left out of those letters.")),
    (ProblemCode.AUTOCORRECTED, "{{ „Vorname“ }}", (),
     ("Header of section 1, paragraph 2: Word’s AutoCorrect changed the field {{ „Vorname“ }} (curly quotes, a "
     "dash or a non-breaking space). The letters come out right; to be safe, type the field again.")),
    (ProblemCode.SPLIT_FIELD, "Hallo { {Vorname}}", (),
     ("Header of section 1, paragraph 2: a field is broken apart in “Hallo { {Vorname}}”. Write {{ and }} "
     "without spaces or line breaks in between, or delete the field and type it again.")),
    (ProblemCode.UNSUPPORTED_FIELD, "NEXT", (),
     ("Header of section 1, paragraph 2: the Word field “NEXT” does nothing in a letter per contact and is left "
     "as it is.")),
])
def test_findings_name_field_and_place(code: ProblemCode, written: str, suggestions: tuple[str, ...], text: str) -> None:
    problem = Problem(code, "error", Location("header", 1, 2), written, suggestions)
    assert problem_text(problem) == text


def test_a_long_paragraph_is_shortened() -> None:
    problem = Problem(ProblemCode.SPLIT_FIELD, "error", Location("body", None, 1), "{{ Vorname } " + "x" * 200)
    quoted = problem_text(problem).split("“")[1].split("”")[0]
    assert len(quoted) == 60 and quoted.endswith("…")


def test_a_refused_file_is_named_with_its_findings() -> None:
    path = Path("/daten/Brief.docx")
    broken = TemplateFileError(path, FileProblem.BROKEN, [
        Problem(ProblemCode.SPLIT_FIELD, "error", Location("body", None, 5), "Hallo {{ Vorname }")])
    assert file_error_text(broken).splitlines() == [
        f"{path} was not imported: its merge fields cannot be read. Correct them in Word and import the file again.",
        ("Body text, paragraph 5: a field is broken apart in “Hallo {{ Vorname }”. Write {{ and }} without spaces "
        "or line breaks in between, or delete the field and type it again."),
    ]
    assert file_error_text(TemplateFileError(path, FileProblem.OLD_WORD)).startswith(
        f"{path} is an old Word 97-2003 document.")


def test_a_template_in_use_names_the_runs_and_actions() -> None:
    error = TemplateInUse([RunUse(4, "2026-003 Frühjahr", "Einladung", "meier", "failed")],
                          ["2026-004 Herbst / 2 Nachfassen"])
    assert in_use_text("Brief", error).splitlines()[:3] == [
        "The template “Brief” was not deleted: it is still needed by",
        "• mass print of “Einladung” in campaign 2026-003 Frühjahr, started by meier",
        "• action 2026-004 Herbst / 2 Nachfassen",
    ]
