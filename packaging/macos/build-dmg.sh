#!/usr/bin/env bash
# Packs an already-built macOS binary as Veerkrachtplanner.app (icon, document type *.veerkracht) in a .dmg:
#
#   packaging/macos/build-dmg.sh BINARY [OUTDIR]      e.g. packaging/macos/build-dmg.sh target/universal/veerkrachtplanner dist
#
# Writes OUTDIR/Veerkrachtplanner.app and, where hdiutil exists (macOS), OUTDIR/Veerkrachtplanner-VERSION.dmg with
# the app and a link to /Applications. The app is signed ad hoc (codesign -s -), not notarised. Prints the .dmg path.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "Gebruik: $0 PROGRAMMA [UITMAP]" >&2
    exit 2
fi
binary=$1
outdir=${2:-target/dmg}
root=$(cd "$(dirname "$0")/../.." && pwd)
[[ -x $binary ]] || { echo "Het programma '$binary' bestaat niet of is niet uitvoerbaar." >&2; exit 2; }
version=$("$binary" --version | awk '{print $2}')
[[ $version =~ ^[0-9][0-9A-Za-z.+-]*$ ]] || { echo "'$binary --version' gaf geen bruikbare versie." >&2; exit 1; }

app=$outdir/Veerkrachtplanner.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources/voorbeelden"
cp "$binary" "$app/Contents/MacOS/veerkrachtplanner"
chmod 755 "$app/Contents/MacOS/veerkrachtplanner"
sed "s/@VERSION@/$version/g" "$root/packaging/macos/Info.plist" > "$app/Contents/Info.plist"
printf 'APPL????' > "$app/Contents/PkgInfo"
cp "$root/assets/icons/veerkrachtplanner.icns" "$root/assets/icons/application-x-veerkracht.icns" "$app/Contents/Resources/"
cp "$root"/projects/*.veerkracht "$app/Contents/Resources/voorbeelden/"

if command -v plutil >/dev/null; then
    plutil -lint "$app/Contents/Info.plist" >&2
fi
if command -v codesign >/dev/null; then
    codesign --force --deep --sign - "$app" >&2
fi
if ! command -v hdiutil >/dev/null; then
    echo "hdiutil ontbreekt (alleen op macOS): alleen $app gemaakt." >&2
    echo "$app"
    exit 0
fi
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg=$outdir/Veerkrachtplanner-$version.dmg
rm -f "$dmg"
hdiutil create -volname "Veerkrachtplanner $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg" >&2
echo "$dmg"
