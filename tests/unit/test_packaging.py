"""What the installers promise, checked without the slow builds (`make dist` and
`make dist-windows` build and smoke-test the real thing): the .deb's metadata and layout as
dpkg-deb reads them, the menu entry as desktop-file-validate reads it, the Windows installer's
uninstaller keeping every data folder, and the installed program finding its shared folder."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from shelter_desk import paths

REPO = Path(__file__).resolve().parents[2]
NSI = REPO / "installer/windows/shelter-desk.nsi"


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb built by the real builder around a stand-in bundle (the real one is 370 MB)."""
    root = tmp_path_factory.mktemp("deb")
    bundle = root / "shelter-desk"
    (bundle / "_internal/resources").mkdir(parents=True)
    for program in ("shelter-desk", "shelter-desk-gui"):
        (bundle / program).write_text("#!/bin/sh\necho stand-in\n")
        (bundle / program).chmod(0o700)  # as a umask of 077 leaves it
    (bundle / "_internal/resources/data.txt").write_text("x")
    (bundle / "_internal/resources/data.txt").chmod(0o600)
    result = subprocess.run([sys.executable, "installer/build_deb.py", str(bundle),
                             str(root / "out"), "1.2.3"], cwd=REPO, capture_output=True,
                            text=True, check=True, timeout=120)
    return Path(result.stdout.strip())


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def test_the_package_says_what_it_is(deb: Path) -> None:
    assert deb.name == "shelter-desk_1.2.3_amd64.deb"
    fields = {name: dpkg_deb("-f", str(deb), name).strip()
              for name in ("Package", "Version", "Architecture", "Depends", "Installed-Size")}
    assert fields["Package"] == "shelter-desk"
    assert fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    # Qt's xcb platform plugin does not load without these (installer/system-deps.sh).
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1"} <= set(depends)
    assert int(fields["Installed-Size"]) > 0


def test_no_maintainer_script_can_touch_a_data_folder(deb: Path) -> None:
    listing = subprocess.run(f"dpkg-deb --ctrl-tarfile '{deb}' | tar -t", shell=True,  # noqa: S602
                             capture_output=True, text=True, check=True, timeout=60).stdout
    assert sorted(line for line in listing.split() if line not in ("./",)) == ["./control"]


def test_files_modes_and_links(deb: Path) -> None:
    rows = [line.split(maxsplit=5) for line in dpkg_deb("-c", str(deb)).splitlines()]
    entries = {row[5].split(" -> ")[0]: (row[0], row[1], row[5]) for row in rows}
    assert entries["./opt/shelter-desk/shelter-desk-gui"][0] == "-rwxr-xr-x"
    assert entries["./opt/shelter-desk/_internal/resources/data.txt"][0] == "-rw-r--r--"
    assert all(owner == "root/root" for _, owner, _ in entries.values())
    link = entries["./usr/bin/shelter-desk"]
    assert link[0].startswith("l") and link[2].endswith("-> /opt/shelter-desk/shelter-desk")
    assert "./usr/share/applications/shelter-desk.desktop" in entries
    assert "./usr/share/icons/hicolor/scalable/apps/shelter-desk.svg" in entries
    assert "./usr/share/icons/hicolor/256x256/apps/shelter-desk.png" in entries
    assert not any(path.startswith(("./home", "./root", "./var")) for path in entries)


def test_the_menu_entry_is_valid_and_in_office(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True, timeout=60)
    entry = tmp_path / "usr/share/applications/shelter-desk.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    text = entry.read_text()
    assert "Categories=Office;" in text.splitlines()
    assert "Exec=/opt/shelter-desk/shelter-desk-gui" in text.splitlines()
    icon = re.search(r"^Icon=(.+)$", text, re.M)
    assert icon and (tmp_path / f"usr/share/icons/hicolor/scalable/apps/{icon[1]}.svg").is_file()


def test_a_folder_that_is_not_a_bundle_is_refused(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "installer/build_deb.py", str(tmp_path),
                             str(tmp_path / "out"), "1.0"], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode != 0 and "not a shelter-desk bundle" in result.stderr
    assert not (tmp_path / "out").exists()


def _section(script: str, name: str) -> str:
    match = re.search(rf'^Section "{re.escape(name)}"\n(.*?)^SectionEnd', script, re.M | re.S)
    assert match, name
    return match[1]


def test_the_windows_uninstaller_removes_only_the_program() -> None:
    script = NSI.read_text()
    uninstall = _section(script, "Uninstall")
    # The one recursive removal in the whole script: the program's library folder.
    assert re.findall(r'RMDir /r "([^"]+)"', script) == ["$INSTDIR\\_internal"]
    assert "Call un.RemoveProgram" in uninstall
    assert re.search(r'^\s*RMDir "\$INSTDIR"$', uninstall, re.M)  # only if empty
    for data_folder in ("$LOCALAPPDATA", "$APPDATA", "$COMMONPROGRAMDATA", "SHARED_DATA",
                        "shelter.db", "keyslots.json"):
        assert data_folder not in uninstall


def test_the_windows_installer_refuses_a_data_folder_as_program_folder() -> None:
    script = NSI.read_text()
    check = script[script.index("Function CheckTarget"):]
    check = check[:check.index("FunctionEnd")]
    assert "shelter.db" in check and "keyslots.json" in check and "SetErrorLevel 2" in check
    assert 'Section "-check"\n  Call CheckTarget' in script
    assert script.index('Section "-check"') < script.index('Section "!$(SecProgram)"')


def test_the_shared_folder_comes_from_the_file_beside_the_program(tmp_path: Path) -> None:
    program = tmp_path / "shelter-desk.exe"
    assert paths.installed_data_dir(program) is None
    (tmp_path / paths.INSTALL_CONFIG).write_text(
        "; Written by the installer\r\n[data]\r\nfolder = C:\\ProgramData\\shelter-desk\r\n")
    assert paths.installed_data_dir(program) == Path("C:\\ProgramData\\shelter-desk")
    (tmp_path / paths.INSTALL_CONFIG).write_text("[data]\nfolder =\n")
    assert paths.installed_data_dir(program) is None
    (tmp_path / paths.INSTALL_CONFIG).write_bytes(b"\xff\xfe[broken")
    assert paths.installed_data_dir(program) is None


def test_a_source_checkout_ignores_any_installer_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.installed_data_dir() is None


def test_a_built_program_uses_the_shared_folder_unless_told_otherwise(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "shelter-desk"
    (tmp_path / paths.INSTALL_CONFIG).write_text(f"[data]\nfolder = {tmp_path / 'shared'}\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.default_data_dir() == tmp_path / "shared"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "mine"))
    assert paths.default_data_dir() == tmp_path / "mine"


def test_installer_scripts_parse() -> None:
    for script in ("installer/build-linux.sh", "installer/build-windows.sh",
                   "installer/test-deb.sh", "installer/windows/smoke-test.sh",
                   "installer/windows/sign.sh"):
        result = subprocess.run(["bash", "-n", script], cwd=REPO, capture_output=True,
                                text=True, timeout=30)
        assert result.returncode == 0, f"{script}: {result.stderr}"
