"""The Debian package: dist/shelter-desk_VERSION_amd64.deb from the PyInstaller folder.

    python installer/build_deb.py BUNDLE_DIR OUT_DIR VERSION

Layout: the bundle in /opt/shelter-desk, /usr/bin/shelter-desk, the menu entry (Office) and
the icon in hicolor. No maintainer scripts: installing and removing touch nothing but these
files, so removing (or purging) the package never deletes a data folder, which lives in each
user's ~/.local/share/shelter-desk or wherever --data-dir points. Debian's triggers refresh the
menu and the icon cache by themselves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "shelter-desk"
PREFIX = Path("opt/shelter-desk")
# Qt's xcb platform and OpenGL needs: present on any desktop, named for minimal systems.
DEPENDS = (
    "libc6 (>= 2.36)", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0",
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0",
)
DESCRIPTION = """\
Description: case files for shelters for victims of human trafficking
 shelter_desk keeps the case files of Belgium's specialised shelters for
 victims of human trafficking (counselling sessions, consent, the
 programme's conditions, judicial case, residence documents, autonomy goals)
 in an encrypted SQLCipher database with a key per member of staff, and makes
 signed progress reports for the prosecutor.
 .
 The program brings its own Python, Qt and SQLCipher in /opt/shelter-desk.
 Each user's data stays in ~/.local/share/shelter-desk; removing the package
 never deletes it. Check an installation with: shelter-desk --self-test
"""


def control(version: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: shelter_desk developers <shelter-desk@packages.invalid>\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"{DESCRIPTION}"
    )


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: shelter_desk

Files: *
License: EUPL-1.2
Comment: The bundled fonts are under the SIL Open Font License (Noto) and the
 Bitstream Vera / DejaVu licence; see /opt/shelter-desk/_internal/resources/fonts.
"""


def _tree_kib(folder: Path) -> int:
    return sum(-(-p.lstat().st_size // 1024) for p in folder.rglob("*") if not p.is_dir())


def _normalise_modes(root: Path) -> None:
    """dpkg installs the modes it finds: folders 755, programs and libraries 755, data 644."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)


def build(bundle: Path, out_dir: Path, version: str) -> Path:
    if not (bundle / "shelter-desk").is_file():
        raise SystemExit(f"{bundle} is not a shelter-desk bundle (no shelter-desk program)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / PREFIX, symlinks=True)
        (root / "usr/bin").mkdir(parents=True)
        os.symlink(f"/{PREFIX}/shelter-desk", root / "usr/bin/shelter-desk")
        apps = root / "usr/share/applications"
        apps.mkdir(parents=True)
        shutil.copy(ROOT / "installer/shelter-desk.desktop", apps / "shelter-desk.desktop")
        icons = root / "usr/share/icons/hicolor"
        (icons / "scalable/apps").mkdir(parents=True)
        (icons / "256x256/apps").mkdir(parents=True)
        shutil.copy(ROOT / "resources/icons/shelter-desk.svg",
                    icons / "scalable/apps/shelter-desk.svg")
        shutil.copy(ROOT / "resources/icons/shelter-desk-256.png",
                    icons / "256x256/apps/shelter-desk.png")
        doc = root / "usr/share/doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(COPYRIGHT)
        _normalise_modes(root)
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(version, _tree_kib(root)))
        debian.chmod(0o755)
        (debian / "control").chmod(0o644)
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{PACKAGE}_{version}_amd64.deb"
        # dpkg's own tool from PATH (S607); owned by root whoever builds it.
        subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(root),  # noqa: S607
                        str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
