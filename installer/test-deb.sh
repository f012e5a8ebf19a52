#!/usr/bin/env bash
# The .deb's smoke test on this machine (as root): dpkg -i, the installed program's
# --self-test offscreen, a database made by a user, dpkg -r: the package's files are gone
# (there are no configuration files to purge), the user's data folder is byte for byte as it was.
# Usage: installer/test-deb.sh dist/shelter-desk_VERSION_amd64.deb
set -euo pipefail
deb=$(readlink -f "$1")
fail() { echo "DEB SMOKE TEST FAILED: $*" >&2; exit 1; }
if dpkg-query -W -f='${Status}' shelter-desk 2>/dev/null | grep -q "install ok installed"; then
    fail "shelter-desk is already installed on this machine; remove it first (its data stays)"
fi
home=$(mktemp -d)
trap 'dpkg -P shelter-desk > /dev/null 2>&1 || true; rm -rf "$home"' EXIT
as_user() { env -i HOME="$home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$@"; }

dpkg -i "$deb" > /dev/null
[ -x /opt/shelter-desk/shelter-desk-gui ] || fail "no /opt/shelter-desk/shelter-desk-gui"
[ -f /usr/share/applications/shelter-desk.desktop ] || fail "no menu entry"
[ -f /usr/share/icons/hicolor/scalable/apps/shelter-desk.svg ] || fail "no icon"
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate /usr/share/applications/shelter-desk.desktop || fail "bad menu entry"
fi
as_user shelter-desk --self-test || fail "the installed program's self-test failed"
printf 'deb smoke test 5512 lake\n' | as_user shelter-desk init --shelter "Smoke test" \
    --user director --password-stdin > /dev/null
data="$home/.local/share/shelter-desk"
[ -f "$data/shelter.db" ] || fail "init did not write $data"
before=$(cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum)

dpkg -r shelter-desk 2>&1 | grep -v "directory '/opt' not empty" || true
if dpkg-query -W -f='${Status}' shelter-desk 2>/dev/null | grep -q "installed"; then
    fail "dpkg still lists shelter-desk after dpkg -r"
fi
for gone in /opt/shelter-desk /usr/bin/shelter-desk /usr/share/applications/shelter-desk.desktop; do
    [ ! -e "$gone" ] || fail "$gone is still there after dpkg -r"
done
after=$(cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
[ "$before" = "$after" ] || fail "the data folder changed when the package was removed"
echo "deb: installed, self-test passed, removed cleanly; the data folder was kept"
