#!/usr/bin/env sh
# Install (or remove) the one-folder Linux build of Field Kit with its menu entry and icon.
#
#   packaging/install-linux.sh [--system] [--uninstall] [BUNDLE]
#
# BUNDLE is the built folder (default: dist/fieldkit beside this script's folder). For one user (the
# default) it goes to ~/.local/opt/fieldkit, with the command linked at ~/.local/bin/fieldkit; with
# --system (as root) to /opt/fieldkit and /usr/local/bin/fieldkit. The menu entry and icons go to the
# matching share/applications and share/icons/hicolor. See docs/build.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
system=0
uninstall=0
bundle=
for arg in "$@"; do
    case "$arg" in
        --system) system=1 ;;
        --uninstall) uninstall=1 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        -*) echo "unknown option: $arg" >&2; exit 2 ;;
        *) bundle=$arg ;;
    esac
done
bundle=${bundle:-"$here/../dist/fieldkit"}

if [ "$system" = 1 ]; then
    app=/opt/fieldkit
    bin=/usr/local/bin
    share=/usr/local/share
else
    app="$HOME/.local/opt/fieldkit"
    bin="$HOME/.local/bin"
    share=${XDG_DATA_HOME:-"$HOME/.local/share"}
fi

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$app"
    rm -f "$bin/fieldkit" "$share/applications/fieldkit.desktop" \
        "$share/icons/hicolor/256x256/apps/fieldkit.png" "$share/icons/hicolor/scalable/apps/fieldkit.svg"
    refresh
    echo "Field Kit removed (your data directory was left alone)."
    exit 0
fi

if [ ! -x "$bundle/fieldkit" ]; then
    echo "no built Field Kit at $bundle: run 'uv run python scripts/build.py' first" >&2
    exit 1
fi
icons="$bundle/_internal/resources/icons"

mkdir -p "$(dirname "$app")" "$bin" "$share/applications" \
    "$share/icons/hicolor/256x256/apps" "$share/icons/hicolor/scalable/apps"
rm -rf "$app.new"
cp -R "$bundle" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/fieldkit" "$bin/fieldkit"
cp "$icons/fieldkit.png" "$share/icons/hicolor/256x256/apps/fieldkit.png"
cp "$icons/fieldkit.svg" "$share/icons/hicolor/scalable/apps/fieldkit.svg"
# The menu entry names the installed binary by its full path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=fieldkit|Exec=$app/fieldkit|" -e "s|^TryExec=fieldkit|TryExec=$app/fieldkit|" \
    "$here/fieldkit.desktop" > "$share/applications/fieldkit.desktop"
refresh
echo "Field Kit $("$app/fieldkit" --version | cut -d' ' -f2) installed in $app"
echo "  command:    $bin/fieldkit"
echo "  menu entry: $share/applications/fieldkit.desktop"
