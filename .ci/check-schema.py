#!/usr/bin/env python3
"""Validate GovLens ledgers against docs/ledger.schema.json (shape only).

Usage: python3 .ci/check-schema.py PATH...

Each PATH is a ledger file, a ledger root (a folder with ledger.json directly in
it), or a folder that is searched for ledger roots, as in docs/ledger-format.md
section 2.2: a sub-folder of a root with its own ledger.json is a separate
ledger, only lower-case .json and .jsonl files are read, in code-point order of
their paths, hidden files and folders are skipped, and symbolic links to folders
are not followed. A .jsonl file given alone is a usage error.
Every .json file is validated against the schema, every non-blank line of every
.jsonl file against #/$defs/lineItem. Duplicate keys are errors and unknown keys
warnings, as in the loader. Cross-file rules (unique ids, references, one
publisher, the currency's decimals, totals, date warnings) are the loader's job
and are not checked here.
Exit status: 0 when no errors, 1 when errors, 2 on bad usage.
"""
import json
import os
import sys
import unicodedata

import jsonschema
from referencing import Registry, Resource

SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ledger.schema.json")
with open(SCHEMA_PATH, encoding="utf-8") as f:
    SCHEMA = json.load(f)
DEFS = SCHEMA["$defs"]
V = jsonschema.Draft202012Validator
REGISTRY = Registry().with_resource(SCHEMA["$id"], Resource.from_contents(SCHEMA))
DOC_VALIDATOR = V(SCHEMA, registry=REGISTRY, format_checker=V.FORMAT_CHECKER)
LINE_VALIDATOR = V({"$ref": SCHEMA["$id"] + "#/$defs/lineItem"}, registry=REGISTRY, format_checker=V.FORMAT_CHECKER)


def sanitize(text):
    """Text made safe for a terminal, as GovLens's sanitiser does (docs/ledger-format.md section 16)."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0x20 <= code < 0x7F:
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif ch in "\n\x85\u2028\u2029":
            out.append("\u2424")
        elif code < 0x20:
            out.append(chr(0x2400 + code))
        elif code == 0x7F:
            out.append("\u2421")
        elif 0x80 <= code <= 0x9F or (0xFDD0 <= code <= 0xFDEF) or (code & 0xFFFE) == 0xFFFE:
            out.append("\ufffd")
        elif unicodedata.category(ch) in ("Cf", "Cs"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def json_path(parts):
    """$.key[0].key: 0-based indexes, keys after a dot as they are (sanitised when printed)."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def found(value):
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return f"number {value}"
    if isinstance(value, str):
        return f"string {json.dumps(value, ensure_ascii=False)[:60]}"
    return "an object" if isinstance(value, dict) else "an array"


def expectation(e):
    """'expected …, found …' for a jsonschema error."""
    v, val, inst = e.validator, e.validator_value, e.instance
    if v == "required":
        name = e.message.split("'")[1] if "'" in e.message else "?"
        return f'expected key "{name}", found an object without it'
    if isinstance(e.schema, dict) and e.schema.get("title"):
        want = e.schema["title"]
    elif v == "type":
        want = " or ".join(TYPE_NAMES.get(t, t) for t in (val if isinstance(val, list) else [val]))
    elif v in ("enum", "const"):
        want = "one of " + ", ".join(json.dumps(x) for x in val) if v == "enum" else json.dumps(val)
    elif v == "minLength":
        want = "a non-empty string"
    elif v in ("minimum", "maximum"):
        want = f"a number {'>=' if v == 'minimum' else '<='} {val}"
    else:
        return e.message
    return f"expected {want}, found {found(inst)}"


TYPE_NAMES = {
    "string": "a string", "integer": "an integer", "number": "a number", "boolean": "a boolean",
    "object": "an object", "array": "an array", "null": "null",
}


def unknown_keys(doc, is_line):
    """(path, key) of keys the schema does not know, like the loader's warnings."""
    out = []

    def check(obj, defname, path):
        if isinstance(obj, dict):
            known = KNOWN_KEYS[defname] if defname in KNOWN_KEYS else DEFS[defname]["properties"]
            out.extend((path, k) for k in obj if k not in known)

    def walk_list(items, defname, path, extra=None):
        for i, item in enumerate(items if isinstance(items, list) else []):
            check(item, defname, path + [i])
            if extra and isinstance(item, dict):
                extra(item, path + [i])

    def line_extra(item, path):
        check(item.get("vendor"), "vendor", path + ["vendor"])

    def kpi_extra(item, path):
        check(item.get("baseline"), "periodValue", path + ["baseline"])
        for key in ("targets", "observations"):
            walk_list(item.get(key), "periodValue", path + [key])

    if is_line:
        check(doc, "lineItem", [])
        if isinstance(doc, dict):
            line_extra(doc, [])
        return out
    check(doc, "document", [])
    if not isinstance(doc, dict):
        return out
    pub = doc.get("publisher")
    check(pub, "publisher", ["publisher"])
    if isinstance(pub, dict):
        check(pub.get("fiscalYearStart"), "fiscalYearStart", ["publisher", "fiscalYearStart"])
    cls = doc.get("classifications")
    check(cls, "classifications", ["classifications"])
    for name, nodes in (cls.items() if isinstance(cls, dict) else []):
        walk_list(nodes, "classificationNode", ["classifications", name])
    walk_list(doc.get("vendors"), "vendor", ["vendors"])
    walk_list(doc.get("budgetLines"), "budgetLine", ["budgetLines"])
    walk_list(doc.get("lineItems"), "lineItem", ["lineItems"], line_extra)
    walk_list(doc.get("kpis"), "kpi", ["kpis"], kpi_extra)
    return out


KNOWN_KEYS = {
    "document": SCHEMA["properties"],
    "fiscalYearStart": DEFS["publisher"]["properties"]["fiscalYearStart"]["properties"],
}


class Report:
    def __init__(self):
        self.errors = self.warnings = self.files = self.failed_files = self.lines = 0

    def say(self, where, severity, path, message):
        print(sanitize(f"{where}: {severity}: {path}: {message}"))
        if severity == "error":
            self.errors += 1
        else:
            self.warnings += 1

    def check_value(self, where, value, validator, is_line):
        errors = []
        for e in validator.iter_errors(value):
            # An object that fits no branch (an inline vendor): report what is wrong inside it.
            inner = [c for c in e.context or [] if c.validator != "type"] if isinstance(e.instance, dict) else []
            errors += inner or [e]
        for e in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
            self.say(where, "error", json_path(e.absolute_path), expectation(e))
        for path, key in unknown_keys(value, is_line):
            self.say(where, "warning", json_path(path + [key]), "unknown key, ignored")


def parse(text, where, report, line=None):
    """Parses JSON text; `line` is the line number of a .jsonl line."""
    def no_constant(name):
        raise ValueError(f"{name} (not JSON)")

    duplicates = []

    def object_pairs(pairs):
        keys = [k for k, _ in pairs]
        duplicates.extend(k for i, k in enumerate(keys) if k in keys[:i])
        return dict(pairs)

    try:
        value = json.loads(text, parse_constant=no_constant, object_pairs_hook=object_pairs)
        for key in duplicates:  # invisible to a schema (the last value wins); the loader rejects it
            report.say(f"{where}:{line}" if line else where, "error", "$", f'expected each key once, found "{key}" again')
        return value, not duplicates
    except json.JSONDecodeError as e:
        report.say(f"{where}:{e.lineno + (line or 1) - 1}:{e.colno}", "error", "$", f"expected JSON, found invalid JSON ({e.msg})")
    except ValueError as e:
        report.say(f"{where}:{line}" if line else where, "error", "$", f"expected JSON, found {e}")
    return None, False


def check_file(path, report):
    before = report.errors
    report.files += 1
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        report.say(path, "error", "$", f"expected a readable file, found {e.strerror or e}")
        report.failed_files += 1
        return
    if data.startswith(b"\xef\xbb\xbf"):
        report.say(f"{path}:1:1", "warning", "$", "UTF-8 byte-order mark skipped")
        data = data[3:]
    if b"\x00" in data:
        report.say(path, "error", "$", "expected UTF-8 text, found a NUL byte")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            report.say(path, "error", "$", f"expected UTF-8 text, found an invalid byte at offset {e.start}")
        else:
            if path.endswith(".jsonl"):
                for number, line in enumerate(text.split("\n"), start=1):
                    if line.strip():
                        report.lines += 1
                        value, ok = parse(line, path, report, line=number)
                        if ok:
                            report.check_value(f"{path}:{number}", value, LINE_VALIDATOR, True)
            else:
                value, ok = parse(text, path, report)
                if ok:
                    if isinstance(value, dict) and isinstance(value.get("lineItems"), list):
                        report.lines += len(value["lineItems"])
                    report.check_value(path, value, DOC_VALIDATOR, False)
    if report.errors > before:
        report.failed_files += 1


ROOT_FILE = "ledger.json"


class UsageError(Exception):
    pass


def visible(name):
    return not name.startswith(".")


def subfolders_and_files(folder):
    """Visible sub-folders (not links to folders) and files (links to files followed), sorted."""
    folders, files = [], []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not visible(name):
            continue
        if os.path.isdir(path):
            if not os.path.islink(path):
                folders.append(path)
        elif os.path.isfile(path) or os.path.islink(path):
            files.append(path)
    return folders, files


def is_root(folder):
    return os.path.isfile(os.path.join(folder, ROOT_FILE))


def ledger_files(folder, nested):
    """Ledger files below a root; nested roots go to `nested` as separate ledgers."""
    folders, files = subfolders_and_files(folder)
    found_files = [p for p in files if p.endswith((".json", ".jsonl"))]
    for sub in folders:
        if is_root(sub):
            nested += roots(sub)
        else:
            found_files += ledger_files(sub, nested)
    return found_files


def roots(folder):
    """Lists of files, one list per ledger root at or below folder."""
    if is_root(folder):
        nested = []
        return [sorted(ledger_files(folder, nested))] + nested
    found = []
    for sub in subfolders_and_files(folder)[0]:
        found += roots(sub)
    return found


def discover(path):
    """Lists of files, one list per ledger found at path."""
    if not os.path.isdir(path):
        if path.endswith(".jsonl"):
            raise UsageError(f"{path}: error: a .jsonl file holds only line items; give the ledger's folder or its {ROOT_FILE}")
        return [[path]]
    return roots(path)


def main(argv):
    if not argv or any(not os.path.exists(p) for p in argv):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    report = Report()
    try:
        ledgers = [ledger for p in argv for ledger in discover(p)]
    except UsageError as e:
        print(e, file=sys.stderr)
        return 2
    for files in ledgers:
        for path in files:
            check_file(path, report)
    print(
        f"check-schema: {len(ledgers)} ledger(s), {report.files} file(s), {report.lines} line item(s): "
        f"{report.errors} error(s), {report.warnings} warning(s)"
    )
    print(f"check-schema: {report.files - report.failed_files} passed, {report.failed_files} failed")
    if not ledgers:
        print("check-schema: no ledger found", file=sys.stderr)
        return 1
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
