#!/usr/bin/env python3
"""Totals of the sample ledgers computed independently of GovLens: plain Python, standard library.

Usage:
    python3 Benchmarks/independent_totals.py [LEDGER_FOLDER ...] > Tests/AnalyticsTests/Fixtures/independent-totals.json

Without arguments it reads sample-data/riverton and sample-data/aozora. It follows
docs/ledger-format.md, not GovLens's code: amounts are read exactly from their text into integer
minor units of the publisher's currency (§10), fiscal years and quarters come from the publisher's
fiscalYearStart and fiscalYearNaming (§12), months are calendar months, a hierarchy condition takes
a node's whole subtree (§7), and vendors come from `vendors` sections and inline vendor objects (§8.2).

For each ledger it prints, as JSON with sorted keys: totals per line-item kind, then for spending
(payments, refunds and adjustments: GovLens's default filter) and for obligations, the total and
the totals per agency (organisation root, subtree included), per organisation node (subtree
included), per program (the depth-1 node, or the root itself for items booked on a root), per
category root and per category node (subtrees included), per fund root, per fiscal year, per fiscal
quarter, per month, per vendor kind and per region ("(none)" for items without one). Each total is
{"count", "sum", "min", "max"} in minor units; groups without line items are left out.

Tests/AnalyticsTests/IndependentTotalsTests.swift checks that GovLens's engine gives exactly these
numbers; regenerate the fixture with the command above when the sample data change.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["obligation", "payment", "refund", "adjustment"]
SPENDING = {"payment", "refund", "adjustment"}
AMOUNT = re.compile(r"^(-?)([0-9]+)(?:\.([0-9]+))?$")


def decimals(currency):
    """The currency's number of decimals (docs/ledger-format.md §10.3)."""
    zero = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split()
    three = "BHD IQD JOD KWD LYD OMR TND".split()
    four = "CLF UYW".split()
    return 0 if currency in zero else 3 if currency in three else 4 if currency in four else 2


def minor_units(text, places):
    """An amount's literal text as integer minor units, exactly (§10.1)."""
    match = AMOUNT.match(text)
    if not match:
        raise ValueError(f"not a plain decimal amount: {text!r}")
    sign, whole, fraction = match.group(1), match.group(2), match.group(3) or ""
    if fraction[places:].strip("0"):
        raise ValueError(f"{text!r} has more than {places} decimals")
    fraction = (fraction[:places]).ljust(places, "0")
    value = int(whole + fraction)
    return -value if sign else value


def ledger_files(root):
    """The ledger's .json and .jsonl files: hidden entries and nested ledger roots skipped (§2.2)."""
    found = []
    for folder, folders, files in os.walk(root):
        folders[:] = [f for f in folders if not f.startswith(".")
                      and not os.path.exists(os.path.join(folder, f, "ledger.json"))]
        found += [os.path.join(folder, f) for f in files
                  if not f.startswith(".") and (f.endswith(".json") or f.endswith(".jsonl"))]
    return sorted(found)


def keep_text(text):
    return text


def read_records(root):
    """(publisher, classifications, vendors, line items) of the ledger at `root`.

    Numbers are kept as their literal text, so that an amount written as a JSON number is read
    exactly, as the format requires."""
    publisher, classifications, vendors, items = None, {}, {}, []
    for path in ledger_files(root):
        with open(path, encoding="utf-8") as handle:
            if path.endswith(".jsonl"):
                items += [json.loads(line, parse_float=keep_text, parse_int=keep_text) for line in handle if line.strip()]
                continue
            document = json.load(handle, parse_float=keep_text, parse_int=keep_text)
        publisher = document.get("publisher", publisher)
        for kind, nodes in document.get("classifications", {}).items():
            classifications.setdefault(kind, []).extend(nodes)
        for vendor in document.get("vendors", []):
            vendors[vendor["id"]] = vendor["kind"]
        items += document.get("lineItems", [])
    for item in items:
        if isinstance(item["vendor"], dict):
            vendors[item["vendor"]["id"]] = item["vendor"]["kind"]
    return publisher, classifications, vendors, items


class Calendar:
    """The publisher's fiscal calendar (§12)."""

    def __init__(self, publisher):
        start = publisher["fiscalYearStart"]
        self.month, self.day = int(start["month"]), int(start["day"])
        self.naming = publisher.get("fiscalYearNaming", "end")

    def start_year(self, year, month, day):
        return year if (month, day) >= (self.month, self.day) else year - 1

    def fiscal_year(self, year, month, day):
        start = self.start_year(year, month, day)
        january_first = (self.month, self.day) == (1, 1)
        return start + 1 if self.naming == "end" and not january_first else start

    def quarter(self, year, month, day):
        """Q1 starts on the fiscal year's first day; each quarter is three months (§12.2)."""
        start = self.start_year(year, month, day)
        months = (year - start) * 12 + month - self.month - (1 if day < self.day else 0)
        return months // 3 + 1


def paths(nodes):
    """Each node's path from its root, codes only."""
    parents = {node["code"]: node.get("parent") for node in nodes}
    result = {}
    for code in parents:
        steps, current = [], code
        while current is not None:
            steps.append(current)
            current = parents[current]
        result[code] = steps[::-1]
    return result


def add(groups, key, amount):
    group = groups.setdefault(key, {"count": 0, "sum": 0, "min": amount, "max": amount})
    group["count"] += 1
    group["sum"] += amount
    group["min"] = min(group["min"], amount)
    group["max"] = max(group["max"], amount)


def totals(root):
    publisher, classifications, vendors, items = read_records(root)
    places = decimals(publisher["currency"])
    calendar = Calendar(publisher)
    organisation = paths(classifications.get("organisation", []))
    category = paths(classifications.get("category", []))
    fund = paths(classifications.get("fund", []))
    names = ["total", "agency", "organisation", "program", "category", "categoryNode", "fund",
             "fiscalYear", "quarter", "month", "vendorKind", "region"]
    measures = {"spending": {name: {} for name in names}, "obligations": {name: {} for name in names}}
    by_kind = {}
    for item in items:
        amount = minor_units(item["amount"], places)
        kind = item["kind"]
        add(by_kind, kind, amount)
        if kind not in SPENDING and kind != "obligation":
            raise ValueError(f"unknown kind {kind!r}")
        groups = measures["spending" if kind in SPENDING else "obligations"]
        year, month, day = (int(part) for part in item["date"].split("-"))
        vendor = item["vendor"]["id"] if isinstance(item["vendor"], dict) else item["vendor"]
        organisation_path = organisation[item["organisation"]]
        category_path = category[item["category"]]
        fiscal_year = calendar.fiscal_year(year, month, day)
        add(groups["total"], "total", amount)
        add(groups["agency"], organisation_path[0], amount)
        for node in organisation_path:
            add(groups["organisation"], node, amount)
        add(groups["program"], organisation_path[min(1, len(organisation_path) - 1)], amount)
        add(groups["category"], category_path[0], amount)
        for node in category_path:
            add(groups["categoryNode"], node, amount)
        add(groups["fund"], fund[item["fund"]][0], amount)
        add(groups["fiscalYear"], f"FY{fiscal_year}", amount)
        add(groups["quarter"], f"FY{fiscal_year}-Q{calendar.quarter(year, month, day)}", amount)
        add(groups["month"], f"{year:04d}-{month:02d}", amount)
        add(groups["vendorKind"], vendors[vendor], amount)
        add(groups["region"], item.get("region", "(none)"), amount)
    for groups in measures.values():
        groups["total"] = groups["total"].get("total", {"count": 0, "sum": 0, "min": 0, "max": 0})
    return {"currency": publisher["currency"], "lineItems": len(items), "byKind": by_kind, **measures}


def main():
    folders = sys.argv[1:] or [os.path.join(ROOT, "sample-data", name) for name in ("riverton", "aozora")]
    result = {
        "about": "Computed by Benchmarks/independent_totals.py (plain Python, no GovLens code); "
                 "amounts in minor units. Regenerate: python3 Benchmarks/independent_totals.py "
                 "> Tests/AnalyticsTests/Fixtures/independent-totals.json",
        "ledgers": {os.path.basename(os.path.normpath(folder)): totals(folder) for folder in folders},
    }
    json.dump(result, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
