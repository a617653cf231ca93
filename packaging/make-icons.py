#!/usr/bin/env python3
"""Generates every icon file of Veerkrachtplanner from the SVG sources in assets/icons/.

Run it after changing an SVG and commit what it writes, so that builds and installers need no image tools:

    python3 packaging/make-icons.py

Needs `rsvg-convert` (Debian: librsvg2-bin) to rasterise and Pillow (PyPI: pillow) to write .ico and .icns.

Sources (assets/icons/):
  veerkrachtplanner.svg          the app icon, used from 48 pixels up
  veerkrachtplanner-small.svg    the same icon drawn for 16-32 pixels (thicker strokes, no border)
  application-x-veerkracht.svg   the icon of a project file (*.veerkracht)

Written (assets/icons/):
  hicolor/NxN/apps/veerkrachtplanner.png              N = 16 22 24 32 48 64 128 256 512 (Linux, window icon)
  hicolor/NxN/mimetypes/application-x-veerkracht.png  the same sizes, for the file manager
  veerkrachtplanner.ico, application-x-veerkracht.ico  16-256 pixels (Windows installer, Start menu, files)
  veerkrachtplanner.icns, application-x-veerkracht.icns  32-1024 pixels (macOS app bundle, document type)
"""

import io
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = [32, 64, 128, 256, 512, 1024]
# Up to this size the app icon comes from the drawing made for small sizes.
SMALL_MAX = 32

# (name, hicolor context, source for large sizes, source for small sizes)
ICON_SETS = [
    ("veerkrachtplanner", "apps", "veerkrachtplanner.svg", "veerkrachtplanner-small.svg"),
    ("application-x-veerkracht", "mimetypes", "application-x-veerkracht.svg", "application-x-veerkracht.svg"),
]


def rasterise(svg: Path, size: int) -> Image.Image:
    """Renders `svg` at size x size pixels with rsvg-convert; returns an RGBA image."""
    png = subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--format", "png", str(svg)],
        check=True,
        capture_output=True,
    ).stdout
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    if image.size != (size, size):
        raise SystemExit(f"{svg.name}: rsvg-convert gaf {image.size}, verwacht {size}x{size}")
    return image


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert ontbreekt: installeer librsvg2-bin (Debian/Ubuntu).", file=sys.stderr)
        return 1
    for name, context, large, small in ICON_SETS:
        def render(size: int) -> Image.Image:
            return rasterise(ICONS / (small if size <= SMALL_MAX else large), size)

        for size in HICOLOR_SIZES:
            out = ICONS / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            out.parent.mkdir(parents=True, exist_ok=True)
            render(size).save(out, optimize=True)
        ico = [render(s) for s in ICO_SIZES]
        ico[-1].save(ICONS / f"{name}.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
        icns = [render(s) for s in ICNS_SIZES]
        icns[-1].save(ICONS / f"{name}.icns", append_images=icns[:-1])
        print(f"{name}: {len(HICOLOR_SIZES)} PNG, .ico, .icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
