#!/usr/bin/env python3
"""Reads the plan's Word document back with python-docx (CI step; see .ci/run): real headings, and the plan's
budget tables with their header and the amounts that `plan --json` reports.

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
    print(f"Word-controle: {len(headings)} koppen, {len(tables)} tabellen, {len(budgets)} begrotingen: in orde")


main()
