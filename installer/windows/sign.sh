#!/usr/bin/env bash
# Authenticode-signs one Windows executable in place with osslsigncode (SHA-256), using the
# shelter's code-signing certificate: SHELTER_DESK_SIGN_PFX (PKCS#12) and
# SHELTER_DESK_SIGN_PASSWORD_FILE (its password, in a file so it never shows in a process list).
# SHELTER_DESK_SIGN_TIMESTAMP (an RFC 3161 time-stamping URL) keeps signatures valid after the
# certificate expires; without it they are valid only while the certificate is.
set -euo pipefail
file=$1
: "${SHELTER_DESK_SIGN_PFX:?the code-signing PKCS#12 file}"
: "${SHELTER_DESK_SIGN_PASSWORD_FILE:?a file holding its password}"
args=(sign -pkcs12 "$SHELTER_DESK_SIGN_PFX" -readpass "$SHELTER_DESK_SIGN_PASSWORD_FILE"
      -h sha256 -n "shelter_desk")
[ -n "${SHELTER_DESK_SIGN_TIMESTAMP:-}" ] && args+=(-ts "$SHELTER_DESK_SIGN_TIMESTAMP")
tmp="$file.signing"
rm -f "$tmp"
osslsigncode "${args[@]}" -in "$file" -out "$tmp" > /dev/null
mv -f "$tmp" "$file"
echo "signed: $(basename "$file")"
