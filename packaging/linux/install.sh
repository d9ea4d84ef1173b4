#!/bin/sh
# Install the Linux bundle for the current user, without root:
#
#   packaging/linux/install.sh dist/borne-samtale          install or update
#   packaging/linux/install.sh --uninstall                 remove the program
#
# The program goes to ~/.local/lib/borne-samtale, a link to it to ~/.local/bin, the menu entry
# and the icon to ~/.local/share (XDG_DATA_HOME). The vault is not touched, not even by
# --uninstall: it lives in ~/.local/share/borne-samtale/vault (or BORNE_SAMTALE_VAULT) and is
# removed by hand only, once it is certain nothing in it is still needed.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
lib_dir=$HOME/.local/lib/borne-samtale
bin_link=$HOME/.local/bin/borne-samtale
desktop_file=$data_home/applications/borne-samtale.desktop
icon_svg=$data_home/icons/hicolor/scalable/apps/borne-samtale.svg
icon_png=$data_home/icons/hicolor/512x512/apps/borne-samtale.png

refresh_menus() {
    # Best effort: desktops that cache menus and icons pick the change up sooner.
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$data_home/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib_dir"
    rm -f "$bin_link" "$desktop_file" "$icon_svg" "$icon_png"
    refresh_menus
    echo "Børnesamtale er fjernet. Boksen med samtalerne er ikke rørt."
    exit 0
fi

bundle=${1:?usage: install.sh BUNDLE_DIR | --uninstall}
if [ ! -x "$bundle/borne-samtale" ] || [ ! -d "$bundle/_internal" ]; then
    echo "Fejl: $bundle er ikke en bygget Børnesamtale-mappe (kør make package)." >&2
    exit 1
fi
here=$(cd "$(dirname "$0")" && pwd)
icons=$bundle/_internal/resources/icons

# Copy beside the old version and swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$lib_dir")"
rm -rf "$lib_dir.new"
cp -a "$bundle" "$lib_dir.new"
rm -rf "$lib_dir"
mv "$lib_dir.new" "$lib_dir"

mkdir -p "$(dirname "$bin_link")" "$(dirname "$desktop_file")" \
    "$(dirname "$icon_svg")" "$(dirname "$icon_png")"
ln -sf "$lib_dir/borne-samtale" "$bin_link"
cp "$icons/borne-samtale.svg" "$icon_svg"
cp "$icons/borne-samtale.png" "$icon_png"
# The menu entry starts the program by its full path: ~/.local/bin is not always on the PATH
# a desktop session starts programs with.
sed -e "s|^Exec=.*|Exec=$lib_dir/borne-samtale|" \
    -e "s|^TryExec=.*|TryExec=$lib_dir/borne-samtale|" \
    "$here/borne-samtale.desktop" >"$desktop_file"
refresh_menus
echo "Børnesamtale $("$lib_dir/borne-samtale" --version | cut -d' ' -f2) er installeret i $lib_dir."
