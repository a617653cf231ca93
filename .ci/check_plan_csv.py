#!/usr/bin/env python3
"""Reads the CSV of `plan --csv` back as Excel would (Dutch: ';' and decimal comma, UTF-8 with BOM) and checks its
budget amounts and cost-effectiveness against `plan --json` (CI step; see .ci/run).

Usage: check_plan_csv.py PLAN.csv PLAN.json   (the CSV written with --ids, so that plans and interventions are ids)
"""
import csv
import json
import sys


def fail(message):
    print(f"Plan-CSV-controle mislukt: {message}")
    sys.exit(1)


def number(text):
    return float(text.replace(",", "."))


def main():
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        raw = f.read()
    if not raw.startswith("\ufeff"):
        fail("geen BOM")
    rows = list(csv.DictReader(raw[1:].splitlines(), delimiter=";"))
    plans = json.load(open(sys.argv[2], encoding="utf-8"))
    checked = 0
    for plan in plans:
        mine = [r for r in rows if r["plan"] == plan["id"]]
        budget = plan["budget"]
        if budget:
            for item in budget["rows"]:
                for year, cost in zip(budget["years"], item["cost_per_year_eur"]):
                    row = [r for r in mine if r["kind"] == "cost" and r["intervention"] == item["intervention"]
                           and int(r["year"]) == year]
                    if len(row) != 1 or abs(number(row[0]["amount_eur"]) - cost) > 0.006:
                        fail(f"{plan['id']} {item['intervention']} {year}: {row} tegenover {cost}")
                    checked += 1
            for kind, key in [("total", "total_per_year_eur"), ("budget", "budget_per_year_eur"),
                              ("remaining", "remaining_per_year_eur")]:
                for year, expected in zip(budget["years"], budget[key]):
                    row = [r for r in mine if r["kind"] == kind and int(r["year"]) == year]
                    value = row[0]["amount_eur"] if len(row) == 1 else "?"
                    if expected is None and value != "" or expected is not None and abs(number(value) - expected) > 0.006:
                        fail(f"{plan['id']} {kind} {year}: {value} tegenover {expected}")
                    checked += 1
        ranked = [r for r in mine if r["kind"] == "cost_effectiveness"]
        if len(ranked) != len(plan["cost_effectiveness"]):
            fail(f"{plan['id']}: {len(ranked)} rijen kosteneffectiviteit, JSON {len(plan['cost_effectiveness'])}")
        for row, item in zip(ranked, plan["cost_effectiveness"]):
            if row["intervention"] != item["intervention"] or abs(number(row["effect"]) - item["area_contribution"]) > 1e-6:
                fail(f"{plan['id']}: {row} tegenover {item}")
            checked += 1
    if checked == 0:
        fail("niets vergeleken")
    print(f"Plan-CSV-controle: {checked} bedragen en effecten gelijk aan --json: in orde")


main()
