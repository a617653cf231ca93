#!/usr/bin/env bash
# CI test of the Linux package, as root on a clean Debian/Ubuntu machine:
#
#   packaging/linux/ci-test-deb.sh [BINARY]        (default target/debug/veerkrachtplanner)
#
# builds the .deb from BINARY (packaging/linux/build-deb.sh), installs it with dpkg -i, runs the installed
# `veerkrachtplanner check` on the installed example, checks with xdg-mime that *.veerkracht files are
# application/x-veerkracht and open with veerkrachtplanner.desktop, opens an example with xdg-open under a virtual
# display (Xvfb) and waits for the app's window titled with the file name, then removes and purges the package and
# checks that every file it installed is gone and the file type is unknown again.
#
# Environment: XVFB_DISPLAY (e.g. :94) to use that display number instead of a free one; SCREENSHOT=FILE.png to
# save the screen with the opened app (ImageMagick's import).
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${1:-target/debug/veerkrachtplanner}
example_name=voorbeeld-gemeente

fail() {
    echo "FOUT (.deb): $*" >&2
    exit 1
}
[[ $(id -u) == 0 ]] || fail "dit script installeert een pakket en moet als root draaien"
[[ -x $binary ]] || fail "'$binary' ontbreekt: bouw eerst het programma (cargo build)"

work=$(mktemp -d)
xvfb_pid=
xdg_pid=
cleanup() {
    [[ -n $xdg_pid ]] && kill "$xdg_pid" 2>/dev/null || true
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "-- pakket bouwen"
# gzip: packs a debug binary in seconds where xz takes half a minute; the release workflow ships xz.
deb=$(DEB_COMPRESSION=gzip bash packaging/linux/build-deb.sh "$binary" "$work/deb")
echo "$deb ($(du -h "$deb" | cut -f1))"

echo "-- systeempakketten (wat het .deb vraagt, en de testgereedschappen)"
# The Depends of the package itself, so that a wrong package name fails here; Mesa renders under Xvfb.
mapfile -t depends < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep -v '^$')
export DEBIAN_FRONTEND=noninteractive
# update-mime-database (run by our maintainer scripts and by dpkg's triggers) need not wait for fsync in a test.
export PKGSYSTEM_ENABLE_FSYNC=0
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${depends[@]}" libgl1-mesa-dri xdg-utils libfile-mimeinfo-perl \
    desktop-file-utils shared-mime-info xvfb xdotool >/dev/null

# A fresh user: nothing from an earlier run or from this machine's user decides what opens the file.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_DATA_DIRS=/usr/local/share:/usr/share XDG_CONFIG_DIRS=/etc/xdg
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION WAYLAND_DISPLAY BROWSER
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
if dpkg -s veerkrachtplanner >/dev/null 2>&1; then
    echo "(een eerdere installatie wordt eerst verwijderd)"
    dpkg -P veerkrachtplanner >/dev/null
fi

echo "-- dpkg -i"
dpkg -i "$deb"
[[ $(dpkg-query -W -f '${Status}' veerkrachtplanner) == "install ok installed" ]] || fail "niet geïnstalleerd"
mapfile -t installed < <(dpkg -L veerkrachtplanner | while read -r f; do [[ -f $f ]] && echo "$f"; done)
echo "${#installed[@]} bestanden geïnstalleerd"
[[ $(command -v veerkrachtplanner) == /usr/bin/veerkrachtplanner ]] || fail "veerkrachtplanner staat niet op het PATH"
for size in 16 22 24 32 48 64 128 256 512; do
    for icon in apps/veerkrachtplanner mimetypes/application-x-veerkracht; do
        [[ -f /usr/share/icons/hicolor/${size}x$size/$icon.png ]] || fail "pictogram $size px ontbreekt: $icon"
    done
done
[[ -f /usr/share/icons/hicolor/scalable/apps/veerkrachtplanner.svg ]] || fail "het SVG-pictogram ontbreekt"
desktop-file-validate /usr/share/applications/veerkrachtplanner.desktop

echo "-- het geïnstalleerde programma"
expected_version=$("$binary" --version)
[[ $(veerkrachtplanner --version) == "$expected_version" ]] || fail "--version is niet '$expected_version'"
veerkrachtplanner check "/usr/share/veerkrachtplanner/voorbeelden/$example_name.veerkracht"
veerkrachtplanner check projects/veerkracht-basis.veerkracht

echo "-- bestandstype en standaardprogramma (xdg-mime)"
mkdir -p "$work/mail"
file="$work/mail/$example_name.veerkracht"
cp "projects/$example_name.veerkracht" "$file"
filetype=$(xdg-mime query filetype "$file")
echo "xdg-mime query filetype: $filetype"
[[ $filetype == application/x-veerkracht* ]] || fail "'$file' is '$filetype', niet application/x-veerkracht"
default=$(xdg-mime query default application/x-veerkracht)
echo "xdg-mime query default application/x-veerkracht: $default"
[[ $default == veerkrachtplanner.desktop ]] || fail "standaardprogramma is '$default'"

echo "-- dubbelklik: xdg-open onder Xvfb"
if [[ -n ${XVFB_DISPLAY:-} ]]; then
    Xvfb "$XVFB_DISPLAY" -screen 0 1366x768x24 -nolisten tcp &
    xvfb_pid=$!
    export DISPLAY=$XVFB_DISPLAY
    sleep 1
else
    exec 3>"$work/display"
    Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp &
    xvfb_pid=$!
    exec 3>&-
    for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
    [[ -s $work/display ]] || fail "Xvfb startte niet"
    export DISPLAY=:$(head -n 1 "$work/display")
fi
export LIBGL_ALWAYS_SOFTWARE=1
xdg-open "$file" > "$work/app.log" 2>&1 &
xdg_pid=$!
window=
for _ in $(seq 120); do
    window=$(xdotool search --name "$example_name" 2>/dev/null | head -n 1 || true)
    [[ -n $window ]] && break
    kill -0 "$xdg_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "xdg-open stopte zonder venster"; }
    sleep 0.5
done
[[ -n $window ]] || { cat "$work/app.log" >&2; fail "na 60 s geen venster met '$example_name' in de titel"; }
title=$(xdotool getwindowname "$window")
app_pid=$(pgrep -P "$xdg_pid" | head -n 1 || true)
[[ -n $app_pid ]] || fail "het programma dat xdg-open startte is niet gevonden"
exe=$(readlink "/proc/$app_pid/exe")
args=$(tr '\0' ' ' < "/proc/$app_pid/cmdline")
echo "venster: '$title'; proces $app_pid: $args"
[[ $exe == /usr/bin/veerkrachtplanner ]] || fail "xdg-open startte '$exe', niet /usr/bin/veerkrachtplanner"
[[ $args == *"$file"* ]] || fail "het programma kreeg het bestand niet mee: $args"
if [[ -n ${SCREENSHOT:-} ]]; then
    sleep 2
    import -window root "$SCREENSHOT" && echo "schermafdruk: $SCREENSHOT"
fi
kill "$app_pid"
wait "$xdg_pid" 2>/dev/null || true
xdg_pid=
kill "$xvfb_pid"
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=

echo "-- dpkg -r en dpkg -P"
dpkg -r veerkrachtplanner
dpkg -P veerkrachtplanner
if dpkg-query -W -f '${Status}' veerkrachtplanner 2>/dev/null | grep -q installed; then
    fail "het pakket staat na dpkg -P nog geregistreerd"
fi
hash -r
for f in "${installed[@]}"; do
    [[ ! -e $f ]] || fail "na verwijderen staat '$f' er nog"
done
[[ -z $(command -v veerkrachtplanner || true) ]] || fail "veerkrachtplanner staat na verwijderen nog op het PATH"
filetype=$(xdg-mime query filetype "$file")
[[ $filetype != application/x-veerkracht* ]] || fail "na verwijderen is het bestandstype nog bekend"
[[ -z $(xdg-mime query default application/x-veerkracht) ]] || fail "na verwijderen is er nog een standaardprogramma"
echo "Het .deb-pakket: gebouwd, geïnstalleerd, geopend met xdg-open ('$title') en weer schoon verwijderd."
