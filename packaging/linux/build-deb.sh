#!/usr/bin/env bash
# Packs an already-built veerkrachtplanner binary as a Debian package (.deb) with dpkg-deb, nothing else:
#
#   packaging/linux/build-deb.sh BINARY [OUTDIR]     e.g. packaging/linux/build-deb.sh target/release/veerkrachtplanner dist
#
# The package installs the program (/usr/bin), the desktop entry, the icons in the hicolor sizes (PNG 16-512 and
# SVG), the MIME type application/x-veerkracht for *.veerkracht (so a double-click opens the file in the app) and the
# two example projects (/usr/share/veerkrachtplanner/voorbeelden). The maintainer scripts refresh the desktop, MIME
# and icon caches on install and removal. Prints the path of the .deb it wrote.
#
# Environment: DEB_ARCH (default: dpkg --print-architecture), DEB_MAINTAINER, STRIP=0 to keep debug symbols,
# DEB_COMPRESSION (default xz; gzip packs faster and larger),
# SOURCE_DATE_EPOCH (file times inside the package; default: the last commit, so the same input gives the same .deb).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "Gebruik: $0 PROGRAMMA [UITMAP]" >&2
    exit 2
fi
binary=$1
outdir=${2:-target/deb}
root=$(cd "$(dirname "$0")/../.." && pwd)
if [[ ! -x $binary ]]; then
    echo "Het programma '$binary' bestaat niet of is niet uitvoerbaar. Bouw het eerst (cargo build --release)." >&2
    exit 2
fi

# The version the program itself reports, so that package, --version, About and PDF cover agree.
version=$("$binary" --version | awk '{print $2}')
if [[ ! $version =~ ^[0-9][0-9A-Za-z.+~-]*$ ]]; then
    echo "'$binary --version' gaf geen bruikbare versie: '$version'" >&2
    exit 1
fi
arch=${DEB_ARCH:-$(dpkg --print-architecture)}
maintainer=${DEB_MAINTAINER:-"Veerkrachtplanner-project <veerkrachtplanner@users.noreply.invalid>"}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}

umask 022
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/veerkrachtplanner

# --- files -------------------------------------------------------------------------------------------------------
install -D -m 755 "$binary" "$pkg/usr/bin/veerkrachtplanner"
if [[ ${STRIP:-1} != 0 ]] && command -v strip >/dev/null; then
    strip --strip-unneeded "$pkg/usr/bin/veerkrachtplanner"
fi
install -D -m 644 "$root/packaging/linux/veerkrachtplanner.desktop" \
    "$pkg/usr/share/applications/veerkrachtplanner.desktop"
install -D -m 644 "$root/packaging/linux/veerkrachtplanner.xml" "$pkg/usr/share/mime/packages/veerkrachtplanner.xml"
icons=$root/assets/icons
for png in "$icons"/hicolor/*/*/*.png; do
    rel=${png#"$icons"/hicolor/}
    install -D -m 644 "$png" "$pkg/usr/share/icons/hicolor/$rel"
done
install -D -m 644 "$icons/veerkrachtplanner.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/veerkrachtplanner.svg"
install -D -m 644 "$icons/application-x-veerkracht.svg" \
    "$pkg/usr/share/icons/hicolor/scalable/mimetypes/application-x-veerkracht.svg"
for example in "$root"/projects/*.veerkracht; do
    install -D -m 644 "$example" "$pkg/usr/share/veerkrachtplanner/voorbeelden/$(basename "$example")"
done
doc=$pkg/usr/share/doc/veerkrachtplanner
install -d -m 755 "$doc"
cat > "$doc/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: veerkrachtplanner

Files: *
Copyright: $(date -u -d "@$SOURCE_DATE_EPOCH" +%Y) Veerkrachtplanner-project
License: EUPL-1.2
 European Union Public Licence, version 1.2: https://eupl.eu/1.2/nl/
EOF
printf 'veerkrachtplanner (%s) stable; urgency=medium\n\n  * Versie %s.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")" | gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"

# --- control -----------------------------------------------------------------------------------------------------
# The binary links only libc, libm and libgcc_s; eframe/winit open OpenGL (EGL or GLX), X11 and xkbcommon at run
# time, so those are named by hand. Wayland, Mesa's drivers and a file-dialog portal are recommended.
glibc=$(objdump -T "$pkg/usr/bin/veerkrachtplanner" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' \
    | sort -uV | tail -n 1 || true)
libc_dep="libc6${glibc:+ (>= $glibc)}"
installed_size=$(du -sk --apparent-size "$pkg/usr" | cut -f1)
install -d -m 755 "$pkg/DEBIAN"
cat > "$pkg/DEBIAN/control" <<EOF
Package: veerkrachtplanner
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $libc_dep, libgcc-s1, libegl1, libgl1, libx11-6, libx11-xcb1, libxcursor1, libxi6, libxrandr2, libxkbcommon-x11-0
Recommends: libgl1-mesa-dri, libwayland-client0, libwayland-cursor0, libwayland-egl1, xdg-utils, xdg-desktop-portal-gtk | xdg-desktop-portal-kde | xdg-desktop-portal-gnome
Section: science
Priority: optional
Description: veerkrachtplan voor gemeenten op het TNO-model
 Veerkrachtplanner is een desktopprogramma waarmee een gemeente haar eigen
 lokale veerkrachtplan maakt op het causale model uit het TNO-rapport
 Metaonderzoek veerkracht (2023): factoren, verbanden en terugkoppellussen,
 interventies met een begroting, simulatie van de effecten over de planjaren
 en een crisis-stresstest. Een project is een tekstbestand (*.veerkracht) dat
 met een dubbelklik in het programma opent.
EOF

# Refresh the caches that make the menu entry, the icon and the double-click work; dpkg triggers of
# shared-mime-info, desktop-file-utils and the icon theme do the same where those are installed.
caches='if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi'
printf '#!/bin/sh\nset -e\nif [ "$1" = configure ]; then\n%s\nfi\n' "$caches" > "$pkg/DEBIAN/postinst"
printf '#!/bin/sh\nset -e\nif [ "$1" = remove ] || [ "$1" = purge ]; then\n%s\nfi\n' "$caches" > "$pkg/DEBIAN/postrm"
chmod 755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
(cd "$pkg" && find usr -type f -print0 | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$pkg/DEBIAN/md5sums"

find "$pkg" -exec touch --no-dereference -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p "$outdir"
deb=$outdir/veerkrachtplanner_${version}_${arch}.deb
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
