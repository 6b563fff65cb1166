"""The machine-wide configuration an administrator deploys, and the installer that writes it.

Inno Setup cannot run here, so ``resources/installer/kampagnen.iss`` is checked as text:
what it installs, what its uninstaller deletes, the parameters it understands and the keys
its [Code] writes.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path

import pytest
from cli_process import run_kampagnen

from desktop import paths
from desktop.settings import DECLARED, MACHINE_KEYS, Settings, load_machine_config

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "resources" / "installer"
ISS = INSTALLER / "kampagnen.iss"


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the machine-wide configuration is looked for (not written yet)."""
    path = tmp_path / "ProgramData" / "kampagnen.json"
    path.parent.mkdir()
    monkeypatch.setenv("KAMPAGNEN_MACHINE_CONFIG", str(path))
    return path


def user_settings(tmp_path: Path, values: dict[str, object] | None = None) -> Settings:
    path = tmp_path / "user" / "settings.json"
    if values is not None:
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    return Settings(path)


def write_json(path: Path, values: object) -> None:
    path.write_text(json.dumps(values, indent=2), encoding="utf-8")


# --- the settings ----------------------------------------------------------------------------


def test_the_environment_variable_names_the_machine_file(machine_file: Path) -> None:
    assert paths.machine_config_file() == machine_file
    assert Settings().machine_path == machine_file


def test_without_the_variable_the_file_is_in_etc_or_programdata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAMPAGNEN_MACHINE_CONFIG", raising=False)
    found = paths.machine_config_file()
    assert found.name == "kampagnen.json"
    if sys.platform == "win32":
        assert found.parent.name == "Kampagnen"  # %ProgramData%\Kampagnen
    else:
        assert found == Path("/etc/kampagnen/kampagnen.json")


def test_machine_values_apply_when_the_user_has_none(machine_file: Path, tmp_path: Path) -> None:
    write_json(machine_file, {
        "database_url": "postgresql+psycopg://kampagnen@dbserver/kampagnen",
        "pdf_converter": "libreoffice",
        "language": "nl",
        "mail_from": "info@example.org",
        "smtp_port": 465,
    })
    settings = user_settings(tmp_path)
    assert settings.get("database_url") == "postgresql+psycopg://kampagnen@dbserver/kampagnen"
    assert settings.get("pdf_converter") == "libreoffice"
    assert settings.get("language") == "nl"
    assert settings.get("mail_from") == "info@example.org"
    assert settings.get("smtp_port") == 465
    assert settings.get("smtp_security") == "starttls"  # not in the file: the declared default


def test_the_users_own_value_wins(machine_file: Path, tmp_path: Path) -> None:
    write_json(machine_file, {"language": "nl", "pdf_converter": "libreoffice"})
    settings = user_settings(tmp_path, {"language": "de"})
    assert settings.get("language") == "de"
    assert settings.get("pdf_converter") == "libreoffice"
    settings.set("pdf_converter", "word")
    assert settings.get("pdf_converter") == "word"


def test_source_says_where_a_value_comes_from(machine_file: Path, tmp_path: Path) -> None:
    write_json(machine_file, {"language": "nl", "mail_from": "info@example.org"})
    settings = user_settings(tmp_path, {"language": "de"})
    assert settings.source("language") == "user"
    assert settings.source("mail_from") == "machine"
    assert settings.source("smtp_host") == "default"
    # A hand-edited user value of the wrong type counts as not set.
    broken = user_settings(tmp_path, {"mail_from": ["not", "a", "string"], "smtp_port": "x"})
    assert (broken.get("mail_from"), broken.source("mail_from")) == ("info@example.org", "machine")
    assert (broken.get("smtp_port"), broken.source("smtp_port")) == (587, "default")


def test_the_users_file_keeps_only_the_users_own_values(machine_file: Path, tmp_path: Path) -> None:
    write_json(machine_file, {"database_url": "postgresql+psycopg://kampagnen@dbserver/kampagnen"})
    settings = user_settings(tmp_path)
    # A settings dialog saves every field, also the ones it showed unchanged: the clerk must
    # still follow when the administrator moves the database.
    settings.set("database_url", settings.get("database_url"))
    settings.set("language", "nl")
    settings.save()
    assert json.loads(settings.path.read_text(encoding="utf-8")) == {"language": "nl"}
    assert settings.source("database_url") == "machine"
    write_json(machine_file, {"database_url": "postgresql+psycopg://kampagnen@newserver/kampagnen"})
    assert user_settings(tmp_path).get("database_url") == "postgresql+psycopg://kampagnen@newserver/kampagnen"


def test_keys_not_meant_for_admins_are_ignored_with_a_warning(
    machine_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_json(machine_file, {"language": "nl", "last_campaign_id": 7, "colour": "red"})
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        settings = user_settings(tmp_path)
        assert settings.get("language") == "nl"
        assert settings.get("last_campaign_id") == 0
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert f"{machine_file}:3: 'last_campaign_id' ignored" in warnings[0]
    assert f"{machine_file}:4: 'colour' ignored" in warnings[1]


def test_a_value_of_the_wrong_type_is_ignored_with_a_warning(
    machine_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_json(machine_file, {"smtp_host": "mail.example.org", "smtp_port": "587", "language": True})
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        settings = user_settings(tmp_path)
        assert settings.get("smtp_host") == "mail.example.org"
        assert (settings.get("smtp_port"), settings.source("smtp_port")) == (587, "default")
        assert settings.get("language") == "system"
    text = caplog.text
    assert f"{machine_file}:3: 'smtp_port' ignored, must be a JSON number" in text
    assert f"{machine_file}:4: 'language' ignored, must be a JSON string" in text


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ('{\n  "language": "nl",\n  "mail_from": info@example.org\n}\n', 3, "not valid JSON"),
        ('{\n  "language": "nl"\n  "mail_from": "info@example.org"\n}\n', 3, "not valid JSON"),
        ('["language", "nl"]\n', 1, "must be a JSON object"),
        ("", 1, "not valid JSON"),
    ],
)
def test_a_broken_file_gives_the_defaults_and_a_warning_with_file_and_line(
    machine_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str, line: int, reason: str
) -> None:
    machine_file.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        settings = user_settings(tmp_path, {"smtp_host": "mail.example.org"})
        assert settings.get("language") == "system"
        assert settings.get("smtp_host") == "mail.example.org"  # the user's own values still apply
        assert settings.source("mail_from") == "default"
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.startswith(f"{machine_file}:{line}: machine configuration ignored")
    assert reason in warning


def test_a_file_that_is_no_text_is_ignored(machine_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    machine_file.write_bytes(b"\xff\xfe{\x00}\x00")  # UTF-16, which the program does not read
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        assert user_settings(tmp_path).get("language") == "system"
    assert str(machine_file) in caplog.text


def test_a_missing_file_is_no_warning(machine_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        assert user_settings(tmp_path).source("language") == "default"
    assert caplog.text == ""


def test_a_file_saved_with_a_byte_order_mark_is_read(machine_file: Path, tmp_path: Path) -> None:
    machine_file.write_bytes(b"\xef\xbb\xbf" + json.dumps({"language": "de"}).encode())
    assert user_settings(tmp_path).get("language") == "de"


def test_a_password_in_the_database_address_is_warned_about(
    machine_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_json(machine_file, {"database_url": "postgresql+psycopg://kampagnen:s3cret@dbserver/kampagnen"})
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        user_settings(tmp_path).get("database_url")
    assert f"{machine_file}:2: database_url contains a password" in caplog.text
    assert "s3cret" not in caplog.text


def test_the_program_uses_the_machine_database(machine_file: Path, tmp_path: Path) -> None:
    write_json(machine_file, {"database_url": "postgresql+psycopg://clerk@127.0.0.1:1/nothing", "colour": "red"})
    home = tmp_path / "home"
    home.mkdir()
    result = run_kampagnen(home, "selftest")
    assert result.returncode == 1
    database_line = next(line for line in result.stdout.splitlines() if "Database" in line)
    assert "postgresql://clerk@127.0.0.1:1/nothing cannot be reached" in database_line


def test_the_program_starts_with_a_broken_machine_file(machine_file: Path, tmp_path: Path) -> None:
    machine_file.write_text("{ this is not JSON", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    result = run_kampagnen(home, "--database", str(tmp_path / "local.sqlite3"), "db", "upgrade")
    assert result.returncode == 0, result.stderr
    log_text = "".join(p.read_text(encoding="utf-8") for p in (home / "log").glob("*.log*"))
    assert f"{machine_file}:1: machine configuration ignored, not valid JSON" in log_text + result.stderr


# --- the example and the installer script ----------------------------------------------------


def test_the_example_file_is_a_valid_machine_configuration(caplog: pytest.LogCaptureFixture) -> None:
    example = INSTALLER / "kampagnen.example.json"
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        values = load_machine_config(example)
    assert caplog.text == ""
    assert set(values) == MACHINE_KEYS  # it shows every key an admin can set


def iss_sections() -> dict[str, list[str]]:
    """The script's lines by section, comments and blank lines left out."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header and raw == line:
            current = header.group(1)
            sections.setdefault(current, [])
        elif line and not line.startswith(";"):
            sections[current].append(line)
    return sections


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "value"; Flags: x`` lines as dicts."""
    entries = []
    for line in lines:
        entry = {}
        for part in line.split(";"):
            key, _, value = part.partition(":")
            entry[key.strip()] = value.strip().strip('"')
        entries.append(entry)
    return entries


def test_the_installer_installs_the_pyinstaller_folder_with_a_start_menu_entry() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    sections = iss_sections()
    assert "dist\\kampagnen\\kampagnen-gui.exe" in text  # the build checks it exists
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["DefaultDirName"] == "{autopf}\\Kampagnen"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["PrivilegesRequired"] == "admin"
    [files] = iss_entries(sections["Files"])
    assert (files["Source"], files["DestDir"]) == ("dist\\kampagnen\\*", "{app}")
    assert "recursesubdirs" in files["Flags"]
    icons = iss_entries(sections["Icons"])
    assert {(i["Name"], i["Filename"]) for i in icons} == {
        ("{autoprograms}\\Kampagnen", "{app}\\kampagnen-gui.exe"),
        ("{autodesktop}\\Kampagnen", "{app}\\kampagnen-gui.exe"),
    }
    desktop_icon = next(i for i in icons if i["Name"].startswith("{autodesktop}"))
    assert desktop_icon["Tasks"] == "desktopicon"
    [task] = iss_entries(sections["Tasks"])
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"]
    languages = {e["Name"]: e["MessagesFile"] for e in iss_entries(sections["Languages"])}
    assert languages == {
        "de": "compiler:Languages\\German.isl",
        "nl": "compiler:Languages\\Dutch.isl",
        "en": "compiler:Default.isl",
    }


def test_the_version_comes_from_the_build() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"^#ifndef AppVersion\n\s*#error .*iscc /DAppVersion=", text, re.MULTILINE)
    assert "AppVersion={#AppVersion}" in text


def test_the_uninstaller_removes_only_the_program_folder() -> None:
    sections = iss_sections()
    for section in ("UninstallDelete", "InstallDelete"):
        assert sections[section], section
        for entry in iss_entries(sections[section]):
            assert entry["Name"].startswith("{app}"), entry
    user_folders = ("{userappdata}", "{localappdata}", "{commonappdata}", "{userdocs}", "{%", "appdata")
    code = "\n".join(sections["Code"]).lower()
    for deleting in ("deletefile", "deltree", "removedir"):
        assert deleting not in code  # the [Code] never deletes anything
    uninstall = "\n".join(sections["UninstallDelete"] + sections["InstallDelete"]).lower()
    assert not any(folder.lower() in uninstall for folder in user_folders)
    # The administrator's configuration folder stays, and the uninstaller says that user data stays.
    [config_dir] = iss_entries(sections["Dirs"])
    assert config_dir["Name"] == "{commonappdata}\\Kampagnen" and "uninsneveruninstall" in config_dir["Flags"]
    messages = {line.split("=", 1)[0]: line.split("=", 1)[1] for line in sections["Messages"]}
    assert "bleiben erhalten" in messages["de.ConfirmUninstall"]
    assert "blijven bewaard" in messages["nl.ConfirmUninstall"]
    assert "are kept" in messages["en.ConfirmUninstall"]
    for message in messages.values():
        assert not re.search(r"%(?!n)[A-Za-z]", message)  # only %1 and %n: no %VARIABLE% names


def test_the_installer_writes_the_machine_configuration_from_its_parameters() -> None:
    code = "\n".join(iss_sections()["Code"])
    assert "ConfigFolder = '{commonappdata}\\Kampagnen';" in code
    assert "ConfigName = 'kampagnen.json';" in code
    written = dict(re.findall(r"AddEntry\(Lines, '(\w+)', '(\w+)'\)", code))
    assert written == {
        "DBURL": "database_url",
        "CONVERTER": "pdf_converter",
        "LANGUAGE": "language",
        "SENDER": "mail_from",
    }
    assert set(written.values()) <= MACHINE_KEYS
    assert all(DECLARED[key].type is str for key in written.values())  # written as JSON strings
    assert "JsonEscape(Value)" in code
    assert "ParamValue('CONFIG', Source)" in code
    # An existing file is left alone unless a parameter is given.
    assert re.search(r"if not ParamValue\('CONFIG', Source\) and \(GetArrayLength\(Lines\) = 1\) then\s+begin\s+Log", code)
    # The values setup accepts are the ones the program knows.
    assert "'auto|word|libreoffice'" in code and "'system|de|nl|en'" in code
    assert DECLARED["pdf_converter"].doc.startswith("auto, word or libreoffice")
    assert "system, de, nl or en" in DECLARED["language"].doc
    head = ISS.read_text(encoding="utf-8-sig").split("[Setup]")[0]
    for documented in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DBURL=", "/CONVERTER=",
                       "/LANGUAGE=", "/SENDER=", "/CONFIG="):
        assert documented in head
