#!/usr/bin/env bash
# The Windows installer's smoke test, under Wine in a fresh prefix (a clean "machine"):
#   1. an older version (the same program stamped 0.0.1, with one file the new version no
#      longer has, signed with a code-signing certificate this test makes) installs silently
#      per user, and its data folder gets a database from an older schema;
#   2. the new installer upgrades it silently: new version in "Apps & features", the old file
#      gone, the data kept; run again while the program is open, it refuses (status 2) and
#      removes nothing; the installed shelter-desk.exe --self-test passes (offscreen) and
#      the first login runs the migration after its safety copy;
#   3. the silent uninstall removes the program, its shortcuts and registry entries, and
#      leaves the data folder byte for byte;
#   4. a per-machine install with the shared data folder (ProgramData) and a desktop shortcut:
#      init with no --data-dir lands there, with the permissions set; uninstalled, it stays;
#   5. a screenshot of the installed app's first-run wizard for docs/screenshots/ (drawn by the
#      installed program's own Qt; see wine_snapshots in wine-env.sh).
# Usage: smoke-test.sh dist/shelter-desk-VERSION-setup.exe build/windows/dist/shelter-desk
set -euo pipefail
# Wine wants a display for the windows its own tools make: the test runs on a virtual screen.
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" bash "$0" "$@"
fi
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
# shellcheck source=installer/windows/wine-env.sh
source installer/windows/wine-env.sh
setup=$(readlink -f "$1")
bundle=$(readlink -f "$2")
version=$("$PY" -c 'import shelter_desk; print(shelter_desk.__version__)')
work=$(mktemp -d)
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
started=$SECONDS

step() { echo "--- smoke: $*"; }
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
unix() { winepath -u "$1" 2>/dev/null; }
winenv() { wine_run cmd /c "echo %$1%" | tr -d '\r' | tail -1; }
reg_value() {  # HIVE\KEY VALUE -> the value, or nothing
    wine_run reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1 == v {
        $1 = ""; $2 = ""; sub(/^ +/, ""); print }'
}
# "Apps & features" runs QuietUninstallString: "C:\...\uninstall.exe" /Mode /S
run_uninstaller() {
    local line=$1 path args
    path=${line#\"}; path=${path%%\"*}; args=${line##*\" }
    # shellcheck disable=SC2086 # the arguments are separate words
    wine_run "$path" $args || true
    wineserver -w
}
uninstall_key='Software\Microsoft\Windows\CurrentVersion\Uninstall\shelter-desk'
fingerprint() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# -- a code-signing certificate made here, and the "previous version" installer ------------
step "making a test code-signing certificate and the previous version (0.0.1)"
openssl req -x509 -newkey rsa:3072 -nodes -days 2 -subj "/CN=shelter_desk smoke-test root" \
    -keyout "$work/ca.key" -out "$work/ca.pem" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign 2> /dev/null
openssl req -newkey rsa:3072 -nodes -subj "/CN=shelter_desk smoke-test code signing" \
    -keyout "$work/sign.key" -out "$work/sign.csr" 2> /dev/null
printf 'extendedKeyUsage=codeSigning\nkeyUsage=critical,digitalSignature\n' > "$work/ext.cnf"
openssl x509 -req -in "$work/sign.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -CAcreateserial -days 2 -extfile "$work/ext.cnf" -out "$work/sign.pem" 2> /dev/null
head -c 24 /dev/urandom | base64 > "$work/pfx.pass"
openssl pkcs12 -export -inkey "$work/sign.key" -in "$work/sign.pem" -certfile "$work/ca.pem" \
    -passout "file:$work/pfx.pass" -out "$work/sign.pfx"
export SHELTER_DESK_SIGN_PFX=$work/sign.pfx SHELTER_DESK_SIGN_PASSWORD_FILE=$work/pfx.pass

previous=$work/previous
cp -a "$bundle" "$previous"
echo "left by version 0.0.1" > "$previous/_internal/left-over-from-0.0.1.txt"
bash installer/windows/sign.sh "$previous/shelter-desk.exe"
bash installer/windows/sign.sh "$previous/shelter-desk-gui.exe"
# zlib: the old version's installer is only for this test, and LZMA takes minutes.
makensis -V1 -X"SetCompressor /FINAL zlib" -DVERSION=0.0.1 -DBUNDLE="$previous" -DOUTFILE="$work/previous-setup.exe" \
    -DSIGN="bash $(readlink -f installer/windows/sign.sh)" installer/windows/shelter-desk.nsi
rm -rf "$previous"
verify_signed() {
    osslsigncode verify -CAfile "$work/ca.pem" -in "$1" 2>&1 | grep -q "Signature verification: ok" \
        || fail "$(basename "$1") is not validly signed"
    echo "signature ok: $(basename "$1")"
}
verify_signed "$work/previous-setup.exe"
cp "$work/previous-setup.exe" "$work/tampered.exe"
printf 'x' | dd of="$work/tampered.exe" bs=1 seek=4096 conv=notrunc 2> /dev/null
if osslsigncode verify -CAfile "$work/ca.pem" -in "$work/tampered.exe" 2>&1 \
        | grep -q "Signature verification: ok"; then
    fail "a changed signed installer still verifies"
fi
echo "a changed signed installer is refused"
unset SHELTER_DESK_SIGN_PFX SHELTER_DESK_SIGN_PASSWORD_FILE

# -- a fresh Windows ----------------------------------------------------------------------
step "a fresh Wine prefix"
rm -rf "$CACHE/wine-smoke"
wine_prefix "$CACHE/wine-smoke"
localappdata=$(unix "$(winenv LOCALAPPDATA)")
programdata=$(unix "$(winenv ProgramData)")
appdata=$(unix "$(winenv APPDATA)")
per_user_dir="$localappdata/Programs/shelter-desk"
data="$localappdata/shelter_desk/shelter-desk"

step "installing the previous version silently, for this user"
wine_run "$work/previous-setup.exe" /S /CurrentUser || fail "the previous installer failed"
wineserver -w
[ -f "$per_user_dir/_internal/left-over-from-0.0.1.txt" ] || fail "previous version not installed"
[ "$(reg_value "HKCU\\$uninstall_key" DisplayVersion)" = "0.0.1" ] || fail "no 0.0.1 in Apps"
verify_signed "$per_user_dir/shelter-desk.exe"
verify_signed "$per_user_dir/uninstall.exe"
read -r old_revision case_code < <("$PY" installer/windows/old_schema_data.py "$data" \
    "smoke test passphrase 7731")
echo "data folder of the old version: schema $old_revision, client $case_code"

step "upgrading silently to $version"
wine_run "$setup" /S /CurrentUser || fail "the upgrade failed"
wineserver -w
[ "$(reg_value "HKCU\\$uninstall_key" DisplayVersion)" = "$version" ] || fail "Apps still shows the old version"
[ ! -e "$per_user_dir/_internal/left-over-from-0.0.1.txt" ] || fail "a file of the old version lingers"
[ -f "$per_user_dir/shelter-desk.exe" ] || fail "shelter-desk.exe missing after the upgrade"
[ -f "$appdata/Microsoft/Windows/Start Menu/Programs/shelter_desk.lnk" ] || fail "no Start-menu entry"
[ "$(reg_value "HKCU\\$uninstall_key" QuietUninstallString)" != "" ] || fail "no QuietUninstallString"

step "an upgrade while the program is open is refused, and changes nothing"
wine_offscreen "$per_user_dir/shelter-desk-gui.exe" --data-dir "$(winepath -w "$work")\\open" \
    > /dev/null 2>&1 &
sleep 15  # the login window is up
status=0
wine_run "$setup" /S /CurrentUser || status=$?
wine_run taskkill /IM shelter-desk-gui.exe /F > /dev/null || true
wineserver -w
[ "$status" = 2 ] || fail "the installer did not refuse (status $status) while the program was open"
for file in shelter-desk.exe shelter-desk-gui.exe _internal/resources/fonts/NotoSans-Regular.ttf; do
    [ -f "$per_user_dir/$file" ] || fail "$file of the open program was removed"
done
echo "refused with status 2; the open program's files are intact"

step "the installed shelter-desk.exe --self-test (offscreen)"
exe="$per_user_dir/shelter-desk.exe"
wine_offscreen "$exe" --self-test | tee "$work/self-test.txt" || fail "the self-test failed"
grep -q "Qt 6.8" "$work/self-test.txt" || fail "the self-test printed no Qt version"

step "the first login after the upgrade migrates the old data"
printf 'smoke test passphrase 7731\n' | wine "$exe" check --user director --password-stdin 2>&1 | tr -d '\r' | tee "$work/check.txt"
grep -q "integrity: ok" "$work/check.txt" || fail "check after the upgrade failed"
ls "$data/safety-copies/" | grep -q "before-migration-$old_revision" \
    || fail "no safety copy before the migration"
printf 'smoke test passphrase 7731\n' | wine "$exe" clients list --user director \
    --password-stdin 2>&1 | tr -d '\r' | grep -q "^$case_code" || fail "client $case_code lost"
echo "migrated from $old_revision, safety copy kept, client $case_code still there"
before=$(fingerprint "$data")

step "uninstalling silently"
run_uninstaller "$(reg_value "HKCU\\$uninstall_key" QuietUninstallString)"
[ ! -e "$per_user_dir" ] || fail "the program folder is still there: $(ls "$per_user_dir")"
[ ! -e "$appdata/Microsoft/Windows/Start Menu/Programs/shelter_desk.lnk" ] || fail "Start-menu entry left"
[ -z "$(reg_value "HKCU\\$uninstall_key" DisplayName)" ] || fail "still listed in Apps"
[ "$(fingerprint "$data")" = "$before" ] || fail "the data folder changed on uninstall"
echo "program removed; data folder kept byte for byte ($(ls "$data" | tr '\n' ' '))"

step "refusals: a data folder as program folder, a shared folder for one user only"
status=0
wine_run "$setup" /S /CurrentUser "/D=$(winepath -w "$data")" || status=$?
[ "$status" = 2 ] || fail "installing into the data folder was not refused (status $status)"
[ "$(fingerprint "$data")" = "$before" ] || fail "the refused install changed the data folder"
status=0
wine_run "$setup" /S /CurrentUser /SHAREDDATA || status=$?
[ "$status" = 2 ] || fail "/SHAREDDATA for one user was not refused (status $status)"
[ ! -e "$per_user_dir" ] || fail "a refused install left files"
echo "both refused with status 2, nothing written"

step "per-machine install with the shared data folder and a desktop shortcut"
wine_run "$setup" /S /AllUsers /DESKTOP /SHAREDDATA '/D=C:\Apps\shelter-desk' \
    || fail "the per-machine install failed"
wineserver -w
machine_dir=$(unix 'C:\Apps\shelter-desk')
shared="$programdata/shelter-desk"
[ -f "$machine_dir/shelter-desk.exe" ] || fail "not installed in C:\\Apps\\shelter-desk"
[ "$(reg_value "HKLM\\$uninstall_key" DisplayVersion)" = "$version" ] || fail "not in Apps (all users)"
grep -q 'ProgramData' "$machine_dir/shelter-desk.ini" || fail "no shared data folder configured"
[ -f "$(unix "$(winenv PUBLIC)")/Desktop/shelter_desk.lnk" ] || fail "no desktop shortcut"
# The installer ran icacls (a failure would have stopped it with status 2); Wine's icacls
# accepts the command but keeps no Windows ACLs, so the permissions themselves are not checked.
printf 'shared passphrase 5521 river\nshared passphrase 5521 river\n' | \
    wine "$machine_dir/shelter-desk.exe" init --shelter "Smoke test" --user director \
    --password-stdin 2>&1 | tr -d '\r' > "$work/init.txt" || fail "init failed: $(cat "$work/init.txt")"
[ -f "$shared/shelter.db" ] || fail "init without --data-dir did not use $shared"
wine_offscreen "$machine_dir/shelter-desk.exe" --self-test > /dev/null \
    || fail "the self-test of the per-machine install failed"
shared_before=$(fingerprint "$shared")
run_uninstaller "$(reg_value "HKLM\\$uninstall_key" QuietUninstallString)"
[ ! -e "$machine_dir" ] || fail "C:\\Apps\\shelter-desk is still there"
[ "$(fingerprint "$shared")" = "$shared_before" ] || fail "the shared data changed on uninstall"
echo "per-machine: installed, init in $shared, uninstalled; shared data kept"

step "screenshot of the first-run wizard"
wine_run "$setup" /S /CurrentUser || fail "reinstall for the screenshot failed"
wineserver -w
shot=docs/screenshots/windows-first-run.png
mkdir -p "$work/frames"
wine_snapshots "$work/frames" "$per_user_dir/shelter-desk-gui.exe" \
    --data-dir "$(winepath -w "$work")\\first-run" > /dev/null 2>&1 &
sleep 30  # the wizard is drawn within seconds; it waits for a person from then on
wine_run taskkill /IM shelter-desk-gui.exe /F > /dev/null || true
wineserver -w
frame=$(ls "$work"/frames/output*.png 2> /dev/null | sort | tail -1)
[ -n "$frame" ] || fail "the installed program drew no window"
QT_QPA_PLATFORM=offscreen "$PY" -m tools.check_frame "$frame" || fail "the wizard was not drawn"
cp "$frame" "$shot"
[ -s "$shot" ] || fail "no screenshot"
echo "screenshot: $shot"
echo "--- smoke: all passed in $((SECONDS - started)) s"
