#!/usr/bin/env python3
"""Reads the plan's PDF back and checks what PDF/UA-1 asks of it (CI step; see .ci/run).

Usage: check_pdf.py PLAN.pdf [TEXT]   TEXT, when given, must come back unchanged from pdftotext.
"""
import subprocess
import sys

import pikepdf


def fail(message):
    print(f"PDF-controle mislukt: {message}")
    sys.exit(1)


def walk(element, seen, counts, problems):
    """Visits the structure tree below `element`, counting element types and checking figures' alt text."""
    if not isinstance(element, pikepdf.Dictionary) or element.objgen in seen:
        return
    if element.objgen != (0, 0):
        seen.add(element.objgen)
    kind = str(element.get("/S", ""))
    counts[kind] = counts.get(kind, 0) + 1
    if kind == "/Figure" and not str(element.get("/Alt", "")).strip():
        problems.append("een figuur zonder alternatieve tekst")
    kids = element.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        walk(kid, seen, counts, problems)


def main():
    path = sys.argv[1]
    pdf = pikepdf.open(path)
    root = pdf.Root
    if "/StructTreeRoot" not in root:
        fail("geen StructTreeRoot")
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        fail("MarkInfo /Marked is niet true")
    lang = str(root.get("/Lang", ""))
    if lang not in ("nl-NL", "en"):
        fail(f"/Lang is '{lang}'")
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        fail("de titel wordt niet getoond (DisplayDocTitle)")
    title = str(pdf.docinfo.get("/Title", ""))
    if ("Veerkrachtplan" if lang == "nl-NL" else "Resilience plan") not in title:
        fail(f"titel '{title}'")
    with pdf.open_metadata() as meta:
        if meta.get("pdfuaid:part") != "1":
            fail("geen PDF/UA-1-kenmerk in de XMP-metadata")
    fonts = 0
    for page in pdf.pages:
        for name, font in page.get("/Resources", {}).get("/Font", {}).items():
            fonts += 1
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0] if descendants else font).get("/FontDescriptor", {})
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                fail(f"lettertype {name} is niet ingebed")
            if "/ToUnicode" not in font:
                fail(f"lettertype {name} heeft geen ToUnicode")
    if fonts == 0:
        fail("geen lettertypen")
    counts, problems = {}, []
    walk(root.StructTreeRoot, set(), counts, problems)
    if problems:
        fail(problems[0])
    for kind in ("/H1", "/P", "/Table", "/TH", "/TD", "/L", "/LI", "/Figure", "/TOC"):
        if counts.get(kind, 0) == 0:
            fail(f"geen {kind}-element in de structuur")
    outline = root.get("/Outlines")
    if outline is None or int(outline.get("/Count", 0)) == 0 and "/First" not in outline:
        fail("geen bladwijzers")
    entries, item = 0, outline.get("/First")
    while item is not None:
        entries += 1
        item = item.get("/Next")
    if entries < 3:
        fail(f"{entries} bladwijzers")
    if len(sys.argv) > 2:
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout
        if sys.argv[2] not in text.decode("utf-8"):
            fail(f"pdftotext geeft '{sys.argv[2]}' niet ongewijzigd terug")
    print(f"PDF-controle: {len(pdf.pages)} pagina's, {entries} bladwijzers, {counts.get('/Figure')} figuren, "
          f"{counts.get('/Table')} tabellen, {fonts} lettertypeverwijzingen: in orde")


main()
