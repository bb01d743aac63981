#!/bin/sh
# Install the built MMS Studio for the current user (no root needed), or remove it.
#
#   ./install.sh                  from inside an unpacked release (the folder holding mms-studio)
#   packaging/linux/install.sh dist/mms-studio      from a source checkout after `make package`
#   ./install.sh --uninstall
#
# Puts the app in ~/.local/opt/mms-studio, a `mms-studio` command in ~/.local/bin, the menu
# entry in ~/.local/share/applications and the icon in ~/.local/share/icons/hicolor/scalable/apps
# (XDG_DATA_HOME is honoured; MMS_STUDIO_PREFIX replaces ~/.local). Projects, settings and
# logs are never touched, so reinstalling or uninstalling keeps the user's work.
set -eu

prefix=${MMS_STUDIO_PREFIX:-"$HOME/.local"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
dest="$prefix/opt/mms-studio"
bin="$prefix/bin/mms-studio"
desktop="$data/applications/mms-studio.desktop"
icon="$data/icons/hicolor/scalable/apps/mms-studio.svg"
here=$(cd "$(dirname "$0")" && pwd)

refresh_menus() {
    # Menus and icon caches pick up the change at once where these tools exist; harmless if not.
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    # Only refresh an icon cache that exists: a new one would hide icons installed later.
    [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$desktop" "$icon"
    [ -L "$bin" ] && rm -f "$bin"
    rm -rf "$dest"
    refresh_menus
    echo "MMS Studio removed. Your projects, settings and logs were left in place."
    exit 0
fi

# The built folder: the argument, else the folder this script sits in (a release), else dist/.
if [ $# -ge 1 ]; then
    app=$(cd "$1" && pwd)
elif [ -x "$here/mms-studio" ]; then
    app=$here
else
    app=$(cd "$here/../../dist/mms-studio" 2>/dev/null && pwd) || {
        echo "install.sh: no built app found; run 'make package' or give the folder" >&2
        exit 1
    }
fi
if [ ! -x "$app/mms-studio" ]; then
    echo "install.sh: $app does not hold the mms-studio program" >&2
    exit 1
fi
entry=$here/mms-studio.desktop
[ -f "$entry" ] || entry=$app/mms-studio.desktop
svg=$app/_internal/mms_studio/resources/icons/mms-studio.svg
[ -f "$svg" ] || svg=$here/../../mms_studio/resources/icons/mms-studio.svg
for needed in "$entry" "$svg"; do
    if [ ! -f "$needed" ]; then
        echo "install.sh: $needed is missing" >&2
        exit 1
    fi
done

# Copy beside the old version first and swap at the end: a failed copy (full disk) leaves the
# installed version working.
mkdir -p "$prefix/opt" "$(dirname "$bin")" "$(dirname "$desktop")" "$(dirname "$icon")"
if [ "$app" != "$dest" ]; then
    rm -rf "$dest.new" "$dest.old"
    cp -R "$app" "$dest.new"
    [ -d "$dest" ] && mv "$dest" "$dest.old"
    mv "$dest.new" "$dest"
    rm -rf "$dest.old"
fi
ln -sf "$dest/mms-studio" "$bin"
cp "$svg" "$icon.tmp" && mv "$icon.tmp" "$icon"
# Exec and TryExec get the absolute path: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=mms-studio|Exec=\"$dest/mms-studio\"|" \
    -e "s|^TryExec=mms-studio|TryExec=$dest/mms-studio|" "$entry" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
refresh_menus
echo "MMS Studio installed in $dest"
echo "Start it from your applications menu, or run: $bin"
