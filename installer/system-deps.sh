#!/usr/bin/env bash
# Installs the Debian packages that shelter_desk's tests and tools call, only when missing.
# Idempotent and quiet when everything is present; needs root (or sudo) only to install.
# With arguments (package:probe ...), those instead: the installers' builds name their own.
set -euo pipefail

# package:command-or-file that proves it is there
wanted=(
  "xvfb:/usr/bin/Xvfb"
  "poppler-utils:/usr/bin/pdfsig"
  "qpdf:/usr/bin/qpdf"
  "softhsm2:/usr/bin/softhsm2-util"
  "opensc:/usr/bin/pkcs11-tool"
  "p7zip-full:/usr/bin/7z"
  "openssl:/usr/bin/openssl"
  "desktop-file-utils:/usr/bin/desktop-file-validate"  # the .deb's menu entry (tests)
  # PostgreSQL server binaries (15+): the tests start a throwaway cluster of their own
  "postgresql:/usr/share/doc/postgresql"
  "libegl1:/usr/share/doc/libegl1"
  "libgl1:/usr/share/doc/libgl1"
  "libxkbcommon0:/usr/share/doc/libxkbcommon0"
  "libxkbcommon-x11-0:/usr/share/doc/libxkbcommon-x11-0"
  "libfontconfig1:/usr/share/doc/libfontconfig1"
  "libdbus-1-3:/usr/share/doc/libdbus-1-3"
  "libxcb-cursor0:/usr/share/doc/libxcb-cursor0"
  "libxcb-icccm4:/usr/share/doc/libxcb-icccm4"
  "libxcb-keysyms1:/usr/share/doc/libxcb-keysyms1"
  "libxcb-shape0:/usr/share/doc/libxcb-shape0"
  "libxcb-xinerama0:/usr/share/doc/libxcb-xinerama0"
  "libxcb-randr0:/usr/share/doc/libxcb-randr0"
  "libxcb-render-util0:/usr/share/doc/libxcb-render-util0"
  "libxcb-image0:/usr/share/doc/libxcb-image0"
)
[ $# -gt 0 ] && wanted=("$@")

missing=()
for entry in "${wanted[@]}"; do
  pkg=${entry%%:*}; probe=${entry#*:}
  [ -e "$probe" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# The tests run clusters of their own in temporary folders: no system cluster is wanted.
if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  $sudo mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
