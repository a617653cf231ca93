#!/usr/bin/env python3
"""Reads the plan's Word document back with python-docx (CI step; see .ci/run): real headings, the plan's budget
tables with their header and the amounts that `plan --json` reports, and the charts as described pictures.

Usage: check_docx.py PLAN.docx PLAN.json
"""
import json
import sys

import docx


def fail(message):
    print(f"Word-controle mislukt: {message}")
    sys.exit(1)


def eur(value):
    """€ 1.234.567 as the report prints it (whole euros, Dutch thousands)."""
    return "€ " + f"{round(value):,}".replace(",", ".")


def main():
    document = docx.Document(sys.argv[1])
    plan = json.load(open(sys.argv[2], encoding="utf-8"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    if not any("Samenvatting" in h for h in headings):
        fail(f"geen kop 'Samenvatting' in {headings}")
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    budgets = [t for t in tables if t and t[0] and t[0][0] == "Kosten per jaar"]
    variants = plan  # `plan --json`: one object per plan variant
    if len(budgets) != len(variants):
        fail(f"{len(budgets)} begrotingstabellen voor {len(variants)} planvarianten")
    for table, variant in zip(budgets, variants):
        total = next((row for row in table if row[0] == "Totaal"), None)
        if total is None:
            fail("een begrotingstabel zonder totaalrij")
        expected = variant["budget"]["total_eur"]
        if total[-1] != eur(expected):
            fail(f"totaal {total[-1]} tegenover {eur(expected)} uit --json")
    # The charts and the diagram are pictures (PNG parts) with their alternative text as description.
    pictures = list(document.inline_shapes)
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    if len(pictures) != len(captions) or not pictures:
        fail(f"{len(pictures)} afbeeldingen bij {len(captions)} bijschriften")
    for shape in pictures:
        if not (shape._inline.docPr.get("descr") or "").strip():
            fail("een afbeelding zonder beschrijving (alternatieve tekst)")
    images = [p for p in document.part.related_parts.values() if p.content_type == "image/png"]
    if len(images) != len(pictures) or any(not p.blob.startswith(b"\x89PNG") for p in images):
        fail(f"{len(images)} PNG-delen voor {len(pictures)} afbeeldingen")
    print(f"Word-controle: {len(headings)} koppen, {len(tables)} tabellen, {len(budgets)} begrotingen, "
          f"{len(pictures)} afbeeldingen: in orde")


main()
