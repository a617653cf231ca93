#!/usr/bin/env python3
"""Reads the CSV of `simulate --csv` back as Excel would (Dutch: ';' and decimal comma, UTF-8 with BOM) and checks
its numbers against `simulate --json` (CI step; see .ci/run).

Usage: check_csv.py RUN.csv RUN.json   (the CSV written with --ids, so that its headers are the JSON's keys)
"""
import csv
import json
import sys


def main():
    csv_path, json_path = sys.argv[1], sys.argv[2]
    with open(csv_path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if not raw.startswith("\ufeff"):
        print("CSV-controle mislukt: geen BOM")
        sys.exit(1)
    rows = list(csv.reader(raw[1:].splitlines(), delimiter=";"))
    header, data = rows[0], rows[1:]
    series = json.load(open(json_path, encoding="utf-8"))["series"]
    checked = 0
    for column, name in enumerate(header[1:], start=1):
        if name not in series:
            continue
        expected = series[name]
        if len(expected) != len(data):
            print(f"CSV-controle mislukt: {name} heeft {len(data)} rijen, JSON {len(expected)}")
            sys.exit(1)
        for month, row in enumerate(data):
            value = float(row[column].replace(",", "."))
            if abs(value - expected[month]) > 1e-6:
                print(f"CSV-controle mislukt: {name} maand {month}: {value} tegenover {expected[month]}")
                sys.exit(1)
            checked += 1
    if checked == 0:
        print("CSV-controle mislukt: geen kolommen vergeleken")
        sys.exit(1)
    print(f"CSV-controle: {checked} getallen gelijk aan --json: in orde")


main()
