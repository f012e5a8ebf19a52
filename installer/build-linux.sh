#!/usr/bin/env bash
# Builds dist/shelter-desk/ (PyInstaller, one folder) and dist/shelter-desk-VERSION-linux-x86_64.tar.gz,
# then proves the bundle works on its own: outside the source tree, with no Python on PATH, it
# runs --self-test, creates an encrypted database, checks it, makes a demo, writes and verifies
# a signed report, and starts the desktop app. Then the .deb (installer/build_deb.py), tested
# by installer/test-deb.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/shelter_desk.spec

version=$("$PY" -c 'import shelter_desk; print(shelter_desk.__version__)')
bundle=dist/shelter-desk
archive=dist/shelter-desk-$version-linux-x86_64.tar.gz

# Smoke test in an empty folder with a bare environment (no venv, no source tree).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { (cd "$work" && env -i HOME="$work" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    SHELTER_DESK_LANG="${SHELTER_DESK_LANG:-}" \
    "$OLDPWD/$bundle/shelter-desk" "$@"); }
run --version
run --self-test
printf 'bundle smoke test 4471\n' | run --data-dir "$work/data" init --shelter "Smoke test" \
    --user director --password-stdin > /dev/null
printf 'bundle smoke test 4471\n' | run --data-dir "$work/data" check --user director \
    --password-stdin
printf 'demo pass 8823 lake\n' | run --data-dir "$work/demo" demo --clients 20 --password-stdin \
    > /dev/null
code=$(printf 'demo pass 8823 lake\n' | run --data-dir "$work/demo" clients list --user director \
    --password-stdin | head -1 | cut -f1)
printf 'demo pass 8823 lake\n' | run --data-dir "$work/demo" report "$code" --lang fr --sign \
    --identity omit --out "$work/report.pdf" --user director --password-stdin
printf 'demo pass 8823 lake\n' | run --data-dir "$work/demo" signing export-root \
    --out "$work/root.pem" --user director --password-stdin > /dev/null
run verify "$work/report.pdf" --trust "$work/root.pem"
SHELTER_DESK_LANG=nl run --help | head -3
# The desktop app: it must start and still be running (at its login window) after 10 s.
status=0
(cd "$work" && env -i HOME="$work" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    timeout 10 "$OLDPWD/$bundle/shelter-desk-gui" --data-dir "$work/demo" 2> "$work/gui.log") \
    || status=$?
if [ "$status" -ne 124 ]; then
    echo "the desktop app stopped with status $status:" >&2
    cat "$work/gui.log" >&2
    exit 1
fi
echo "desktop app: started and waiting at the login window"

tar -C dist -czf "$archive" shelter-desk
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), archive: $archive ($(du -h "$archive" | cut -f1))"

[ "${1:-}" = "--deb" ] || exit 0
deb_started=$SECONDS
deb=$("$PY" installer/build_deb.py "$bundle" dist "$version")
echo "deb: $deb ($(du -h "$deb" | cut -f1)) made in $((SECONDS - deb_started)) s"
bash installer/test-deb.sh "$deb"
