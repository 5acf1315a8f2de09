#!/usr/bin/env python3
"""DuckDB reference for govlens-bench: the same ledger and the same named queries, in SQL.

Usage:
    python3 Benchmarks/duckdb_reference.py LEDGER_FOLDER --params GOVLENS_JSON
        [--threads 2] [--iterations 50] [--warmup 5] [--load-runs 1] [--json OUT] [--only NAME]

Needs the `duckdb` pip package (python3 -m pip install duckdb); benchmarks are not part of CI.

Load, timed end to end: read ledger.json with Python's json module (publisher, classifications,
vendors) into small dimension tables, then every .jsonl file of the ledger with DuckDB's
`read_ndjson` into one in-memory table `items` (dates as DATE, amounts as BIGINT minor units
parsed exactly through DECIMAL, the vendor id whether given by id or inline), adding the inline
vendors to the `vendors` table, the budget lines of every .json file with `read_json` into a
table `budget`, and the KPIs of kpis.json with Python's json module: each observation up to the
publisher's as-of date with its period's first and last day into a table `kpi_periods`, and each
KPI's status (docs/analytics.md's rules) into a dictionary. `--threads` (default 2) applies to the
load and the queries.

Queries: one SQL statement per name of govlens-bench's QueryCatalog, with the parameters
(agency, program, category, vendor, quarter, fiscal year, amounts, text) taken from the JSON that
govlens-bench wrote (`--params`), so both ask exactly the same questions. Subtrees and vendor
kinds are semi-joins with the small dimension tables; fiscal periods are computed from the date
with the publisher's fiscal-year start; text search is ILIKE on the vendor name, description,
reference and id (Unicode case folding where GovLens folds ASCII letters only: the same rows
for an ASCII needle such as "repair"); kpi-overview sums each KPI's organisation subtree's
spending over each observed period (a range join) and labels the KPI with its status. Each statement runs `--warmup` times, then `--iterations`
times timed, including fetching its rows into Python. The result of each query (rows: label,
count, sum, min, max; and the total) is written in the same shape as govlens-bench's, so that
Benchmarks/run.py can check that both engines computed the same numbers.
"""
import argparse
import datetime
import itertools
import json
import os
import resource
import statistics
import sys
import time

SPENDING = "i.kind IN ('payment', 'refund', 'adjustment')"


# --- the ledger's dimensions ------------------------------------------------------------------

def ledger_files(root):
    """The .json and .jsonl files of the ledger at `root` (hidden entries and nested roots skipped)."""
    found = []
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if not f.startswith(".")
                            and not os.path.exists(os.path.join(folder, f, "ledger.json")))
        found += [os.path.join(folder, f) for f in sorted(files)
                  if not f.startswith(".") and (f.endswith(".json") or f.endswith(".jsonl"))]
    return sorted(found)


def exponent(currency):
    """Decimals of `currency` (docs/ledger-format.md §10.3)."""
    if currency in {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV",
                    "XAF", "XOF", "XPF"}:
        return 0
    if currency in {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}:
        return 3
    if currency in {"CLF", "UYW"}:
        return 4
    return 2


def hierarchy_rows(nodes):
    """(code, name, root code, root name, depth-1 code, depth-1 name) per node, and (ancestor, node) pairs."""
    by_code = {node["code"]: node for node in nodes}

    def path(code):
        steps = []
        while code is not None:
            steps.append(code)
            code = by_code[code].get("parent")
        return steps[::-1]

    rows, closure = [], []
    for code, node in by_code.items():
        steps = path(code)
        level1 = steps[1] if len(steps) > 1 else steps[0]
        rows.append((code, node["name"], steps[0], by_code[steps[0]]["name"], level1, by_code[level1]["name"]))
        closure += [(ancestor, code) for ancestor in steps]
    return rows, closure


def sql_text(value):
    return "NULL" if value is None else "'" + str(value).replace("'", "''") + "'"


def create_table(con, name, columns, rows):
    """Creates table `name` with VARCHAR `columns` holding `rows`, written as VALUES literals."""
    con.execute(f"CREATE TABLE {name} ({', '.join(c + ' VARCHAR' for c in columns)})")
    for start in range(0, len(rows), 1000):
        chunk = rows[start:start + 1000]
        if chunk:
            values = ", ".join("(" + ", ".join(sql_text(v) for v in row) + ")" for row in chunk)
            con.execute(f"INSERT INTO {name} VALUES {values}")


def load(duckdb, root, threads):
    """Loads the ledger at `root` into a new in-memory database; returns (connection, calendar)."""
    files = ledger_files(root)
    with open(os.path.join(root, "ledger.json"), encoding="utf-8") as handle:
        document = json.load(handle)
    publisher = document["publisher"]
    decimals = exponent(publisher["currency"])
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {threads}")
    classifications = document.get("classifications", {})
    for kind in ("organisation", "category"):
        rows, closure = hierarchy_rows(classifications.get(kind, []))
        create_table(con, kind, ["code", "name", "root", "root_name", "level1", "level1_name"], rows)
        create_table(con, kind + "_tree", ["ancestor", "node"], closure)
    create_table(con, "vendors", ["id", "name", "kind"],
                 [(v["id"], v["name"], v["kind"]) for v in document.get("vendors", [])])
    columns = {"id": "VARCHAR", "date": "DATE", "dateEstimated": "BOOLEAN", "organisation": "VARCHAR",
               "category": "VARCHAR", "fund": "VARCHAR", "function": "VARCHAR", "region": "VARCHAR",
               "vendor": "JSON", "kind": "VARCHAR", "amount": "VARCHAR", "description": "VARCHAR",
               "reference": "VARCHAR", "budgetLine": "VARCHAR"}
    lines = [f for f in files if f.endswith(".jsonl")]
    con.execute(f"""
        CREATE TABLE items AS
        SELECT id, date, organisation, category, fund, "function", region,
               CASE WHEN json_type(vendor) = 'OBJECT' THEN vendor ->> '$.id' ELSE vendor ->> '$' END AS vendor,
               kind,
               CAST(CAST(amount AS DECIMAL(18, {decimals})) * {10 ** decimals} AS BIGINT) AS amount,
               coalesce(description, '') AS description, reference, budgetLine AS budget_line,
               coalesce(dateEstimated, false) AS date_estimated,
               CASE WHEN json_type(vendor) = 'OBJECT' THEN vendor END AS inline_vendor
        FROM read_ndjson({sql_list(lines)}, columns = {sql_struct(columns)}, format = 'newline_delimited')
    """)
    con.execute("""
        INSERT INTO vendors
        SELECT DISTINCT inline_vendor ->> '$.id', inline_vendor ->> '$.name', inline_vendor ->> '$.kind'
        FROM items WHERE inline_vendor IS NOT NULL AND (inline_vendor ->> '$.id') NOT IN (SELECT id FROM vendors)
    """)
    con.execute("ALTER TABLE items DROP COLUMN inline_vendor")
    budget_line = ('STRUCT(fiscalYear INTEGER, organisation VARCHAR, category VARCHAR, fund VARCHAR, "function" VARCHAR, '
                   'region VARCHAR, phase VARCHAR, amount VARCHAR)[]')
    documents = [f for f in files if f.endswith(".json")]
    con.execute(f"""
        CREATE TABLE budget AS
        SELECT b.fiscalYear AS fiscal_year, b.organisation, b.category, b.fund, b."function", b.region, b.phase,
               CAST(CAST(b.amount AS DECIMAL(18, {decimals})) * {10 ** decimals} AS BIGINT) AS amount
        FROM (SELECT unnest(budgetLines) AS b
              FROM read_json({sql_list(documents)}, columns = {{'budgetLines': {sql_text(budget_line)}}},
                             format = 'unstructured', maximum_object_size = 1073741824))
    """)
    start = publisher["fiscalYearStart"]
    calendar = (start["month"], start["day"], publisher.get("fiscalYearNaming", "end"))
    load_kpis(con, [f for f in documents if os.path.basename(f) == "kpis.json"], calendar, publisher.get("asOf"))
    return con, calendar, sum(os.path.getsize(f) for f in files)


# --- KPIs -----------------------------------------------------------------------------------

def first_day(fiscal_year, calendar, quarter=1):
    """The first day of quarter `quarter` of fiscal year `fiscal_year` (LedgerKit's FiscalCalendar)."""
    month, day, naming = calendar
    start_year = fiscal_year if naming == "start" or (month, day) == (1, 1) else fiscal_year - 1
    index = month - 1 + (quarter - 1) * 3
    return datetime.date(start_year + index // 12, index % 12 + 1, day)


def period_days(label, calendar):
    """First and last day of a KPI period: `2024-07` (a calendar month), `FY2025-Q1`, `FY2025`."""
    if not label.startswith("FY"):
        year, month = int(label[:4]), int(label[5:7])
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        return datetime.date(year, month, 1), following - datetime.timedelta(days=1)
    year = int(label[2:6])
    if len(label) == 9:
        quarter = int(label[8])
        following = first_day(year, calendar, quarter + 1) if quarter < 4 else first_day(year + 1, calendar)
        return first_day(year, calendar, quarter), following - datetime.timedelta(days=1)
    return first_day(year, calendar), first_day(year + 1, calendar) - datetime.timedelta(days=1)


def kpi_status(kpi, observed):
    """docs/analytics.md's status of a KPI's latest observation (5 % tolerance band)."""
    if not observed:
        return "noData"
    latest = observed[-1]
    target = next((t["value"] for t in kpi.get("targets", []) if t["period"] == latest["period"]), None)
    if target is None:
        return "noTarget"
    values = [o["value"] for o in observed] + [t["value"] for t in kpi.get("targets", [])]
    values += [kpi["baseline"]["value"]] if kpi.get("baseline") else []
    scale = max([0] + [abs(v) for v in values])
    band = (abs(target) if target != 0 else abs(scale)) * 5 / 100
    shortfall = target - latest["value"] if kpi["direction"] == "higher" else latest["value"] - target
    return "onTrack" if shortfall <= 0 else "atRisk" if shortfall <= band else "offTrack"


def load_kpis(con, paths, calendar, as_of):
    """Observations up to `as_of` into `kpi_periods`; each KPI's status into `kpi_statuses`."""
    rows, statuses = [], []
    cutoff = datetime.date.fromisoformat(as_of) if as_of else None
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for kpi in json.load(handle).get("kpis", []):
                observed = list(itertools.takewhile(
                    lambda o: cutoff is None or period_days(o["period"], calendar)[0] <= cutoff, kpi.get("observations", [])))
                statuses.append((kpi["id"], kpi_status(kpi, observed)))
                rows += [(kpi["id"], kpi["organisation"], o["period"], *map(str, period_days(o["period"], calendar)))
                         for o in observed]
    create_table(con, "kpi_periods", ["id", "organisation", "period", "first_day", "last_day"], rows)
    create_table(con, "kpi_statuses", ["id", "status"], statuses)


def sql_list(values):
    return "[" + ", ".join(sql_text(v) for v in values) + "]"


def sql_struct(mapping):
    return "{" + ", ".join(f"{sql_text(k)}: {sql_text(v)}" for k, v in mapping.items()) + "}"


# --- the named queries ------------------------------------------------------------------------

def fiscal_sql(calendar):
    """SQL expressions for the fiscal year name and fiscal quarter (1–4) of `i.date`."""
    month, day, naming = calendar
    before = f"month(i.date) < {month}" + (f" OR (month(i.date) = {month} AND day(i.date) < {day})" if day > 1 else "")
    offset = 1 if naming == "end" and (month, day) != (1, 1) else 0
    year = f"(year(i.date) - CASE WHEN {before} THEN 1 ELSE 0 END + {offset})"
    late = f" - CASE WHEN day(i.date) < {day} THEN 1 ELSE 0 END" if day > 1 else ""
    quarter = f"(((month(i.date) - {month}{late} + 24) % 12) // 3 + 1)"
    return year, quarter


def queries(p, calendar):
    """Name → (SQL, shape). Shapes: "total" (one row of totals), "groups", "top" (groups with the
    total in extra columns), "ordered" (amounts in order), "budget" and "kpis" (a row per agency
    or KPI). Names match govlens-bench's QueryCatalog."""
    q = sql_text
    agency = f"i.organisation IN (SELECT node FROM organisation_tree WHERE ancestor = {q(p['agency'])})"
    program = f"i.organisation IN (SELECT node FROM organisation_tree WHERE ancestor = {q(p['program'])})"
    needle = "%" + p["text"].replace("%", r"\%").replace("_", r"\_") + "%"
    conditions = {
        "select-category": f"i.category IN (SELECT node FROM category_tree WHERE ancestor = {q(p['category'])})",
        "select-vendor-kind": f"i.vendor IN (SELECT id FROM vendors WHERE kind = {q(p['vendorKind'])})",
        "select-quarter": f"i.date BETWEEN DATE {q(p['quarter']['start'])} AND DATE {q(p['quarter']['end'])}",
        "select-amount": f"i.amount BETWEEN {p['amounts'][0]} AND {p['amounts'][1]}",
        "select-text": f"(i.description ILIKE {q(needle)} ESCAPE '\\' OR i.reference ILIKE {q(needle)} ESCAPE '\\'"
                       f" OR i.id ILIKE {q(needle)} ESCAPE '\\'"
                       f" OR i.vendor IN (SELECT id FROM vendors WHERE name ILIKE {q(needle)} ESCAPE '\\'))",
    }
    totals = "count(*), sum(i.amount), min(i.amount), max(i.amount)"

    def select(where):
        return f"SELECT {totals} FROM items i WHERE {SPENDING} AND {where}", "total"

    result = {
        "select-all": (f"SELECT {totals} FROM items i WHERE {SPENDING}", "total"),
        "select-agency": select(agency),
        "select-program": select(program),
    }
    for name, where in conditions.items():
        result[name] = select(where)
        result[name + "@agency"] = select(f"{where} AND {agency}")

    year, quarter = fiscal_sql(calendar)
    groupings = {
        "by-agency": ("JOIN organisation o ON o.code = i.organisation", "o.root", "o.root_name"),
        "by-program": ("JOIN organisation o ON o.code = i.organisation", "o.level1", "o.level1_name"),
        "by-category": ("JOIN category c ON c.code = i.category", "c.root", "c.root_name"),
        "by-vendor": ("JOIN vendors v ON v.id = i.vendor", "v.id", "v.name"),
        "by-vendor-kind": ("JOIN vendors v ON v.id = i.vendor", "v.kind", "v.kind"),
        "by-month": ("", "strftime(i.date, '%Y-%m')", "strftime(i.date, '%Y-%m')"),
        "by-quarter": ("", f"{year}, {quarter}", f"'FY' || {year} || '-Q' || {quarter}"),
        "by-fiscal-year": ("", year, f"'FY' || {year}"),
    }

    def group(join, key, label, where):
        return (f"SELECT {label} AS label, {totals} FROM items i {join} WHERE {SPENDING} AND {where} "
                f"GROUP BY {key}, label", "groups")

    for name, (join, key, label) in groupings.items():
        result[name] = group(join, key, label, "true")
        result[name + "@agency"] = group(join, key, label, agency)

    fiscal_year = f"i.date BETWEEN DATE {q(p['fiscalYear']['start'])} AND DATE {q(p['fiscalYear']['end'])}"
    result["fy-totals-by-agency"] = group(*groupings["by-agency"], fiscal_year)
    result["monthly-program"] = group(*groupings["by-month"], program)
    result["top20-vendors@agency"] = (f"""
        WITH g AS (SELECT v.name AS label, count(*) AS n, sum(i.amount) AS s, min(i.amount) AS lo, max(i.amount) AS hi
                   FROM items i JOIN vendors v ON v.id = i.vendor WHERE {SPENDING} AND {agency} GROUP BY v.id, v.name)
        SELECT label, n, s, lo, hi, (SELECT sum(n) FROM g), (SELECT sum(s) FROM g), (SELECT min(lo) FROM g), (SELECT max(hi) FROM g)
        FROM g ORDER BY s DESC, label LIMIT 20""", "top")
    result["budget-execution"] = (f"""
        WITH keys AS (
            SELECT organisation, coalesce(sum(amount) FILTER (WHERE phase = 'adopted'), 0) AS adopted,
                   CASE WHEN count(*) FILTER (WHERE phase = 'revised') > 0 THEN sum(amount) FILTER (WHERE phase = 'revised')
                        ELSE coalesce(sum(amount) FILTER (WHERE phase = 'adopted'), 0) END AS revised
            FROM budget WHERE fiscal_year = {int(p['fiscalYear']['label'][2:])}
            GROUP BY organisation, category, fund, "function", region),
        planned AS (
            SELECT o.root, sum(k.adopted) AS adopted, sum(k.revised) AS revised
            FROM keys k JOIN organisation o ON o.code = k.organisation GROUP BY o.root),
        actual AS (
            SELECT o.root, count(*) AS n, sum(i.amount) FILTER (WHERE i.kind = 'obligation') AS obligated,
                   sum(i.amount) FILTER (WHERE i.kind <> 'obligation') AS paid
            FROM items i JOIN organisation o ON o.code = i.organisation WHERE {fiscal_year} GROUP BY o.root),
        agencies AS (SELECT DISTINCT root, root_name FROM organisation)
        SELECT a.root_name, coalesce(p.adopted, 0), coalesce(p.revised, 0), coalesce(x.obligated, 0), coalesce(x.paid, 0),
               coalesce(x.n, 0)
        FROM agencies a LEFT JOIN planned p ON p.root = a.root LEFT JOIN actual x ON x.root = a.root""", "budget")
    result["kpi-overview"] = (f"""
        WITH spent AS (
            SELECT k.id, k.period, sum(i.amount) AS amount
            FROM kpi_periods k JOIN organisation_tree t ON t.ancestor = k.organisation
            JOIN items i ON i.organisation = t.node
                AND i.date BETWEEN CAST(k.first_day AS DATE) AND CAST(k.last_day AS DATE)
            WHERE {SPENDING} GROUP BY k.id, k.period)
        , observed AS (
            SELECT k.id, count(*) AS periods, coalesce(sum(s.amount), 0) AS amount
            FROM kpi_periods k LEFT JOIN spent s ON s.id = k.id AND s.period = k.period GROUP BY k.id)
        SELECT k.id || ' · ' || k.status, coalesce(o.periods, 0), coalesce(o.amount, 0)
        FROM kpi_statuses k LEFT JOIN observed o ON o.id = k.id""", "kpis")
    result["vendor-items-by-amount"] = (
        f"SELECT i.amount FROM items i WHERE {SPENDING} AND i.vendor = {q(p['vendor'])} ORDER BY i.amount DESC", "ordered")
    return result


def totals(count, total, low, high):
    return {"count": int(count or 0), "sum": int(total or 0), "min": int(low or 0), "max": int(high or 0)}


def shape_result(rows, shape):
    """Rows fetched from DuckDB, in govlens-bench's result shape."""
    if shape == "total":
        return {"rows": [], "total": totals(*rows[0])}
    if shape == "ordered":
        amounts = [row[0] for row in rows]
        listed = [{"label": str(n + 1), "totals": totals(1, a, a, a)} for n, a in enumerate(amounts[:20])]
        return {"rows": listed, "total": totals(len(amounts), sum(amounts), min(amounts, default=0), max(amounts, default=0))}
    if shape == "top":
        listed = [{"label": r[0], "totals": totals(*r[1:5])} for r in rows]
        return {"rows": listed, "total": totals(*rows[0][5:9]) if rows else totals(0, 0, 0, 0)}
    if shape == "kpis":
        listed = [{"label": label, "totals": totals(count, amount, 0, 0)} for label, count, amount in rows]
        return {"rows": listed, "total": totals(len(listed), sum(r["totals"]["sum"] for r in listed), 0, 0)}
    if shape == "budget":
        listed = []
        for name, adopted, revised, obligated, paid, count in rows:
            listed += [{"label": f"{name} · {measure}", "totals": totals(0, value, 0, 0)}
                       for measure, value in (("adopted", adopted), ("revised", revised), ("obligated", obligated), ("paid", paid))]
            listed.append({"label": f"{name} · line items", "totals": totals(count, 0, 0, 0)})
        return {"rows": listed, "total": totals(sum(r[5] for r in rows), sum(r[4] for r in rows), 0, 0)}
    listed = [{"label": r[0], "totals": totals(*r[1:5])} for r in rows]
    return {"rows": listed, "total": totals(sum(r[1] for r in rows), sum(r[2] for r in rows),
                                            min((r[3] for r in rows), default=0), max((r[4] for r in rows), default=0))}


# --- measuring --------------------------------------------------------------------------------

def resident_bytes():
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def latency(samples):
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), -(-99 * len(ordered) // 100)))
    return {"iterations": len(ordered), "medianMs": statistics.median(ordered) * 1000,
            "p99Ms": ordered[rank - 1] * 1000, "minMs": ordered[0] * 1000}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ledger")
    parser.add_argument("--params", required=True, help="JSON written by govlens-bench --json")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--load-runs", type=int, default=1)
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    try:
        import duckdb
    except ImportError:
        sys.exit("duckdb_reference.py needs the duckdb package: python3 -m pip install duckdb")
    with open(args.params, encoding="utf-8") as handle:
        params = json.load(handle)["parameters"]

    before = resident_bytes()
    started = time.perf_counter()
    con, calendar, input_bytes = load(duckdb, args.ledger, args.threads)
    load_seconds = [time.perf_counter() - started]
    after = resident_bytes()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    line_items = con.execute("SELECT count(*) FROM items").fetchone()[0]
    for run in range(1, args.load_runs):
        print(f"duckdb: load run {run + 1} of {args.load_runs}", file=sys.stderr)
        started = time.perf_counter()
        other, _, _ = load(duckdb, args.ledger, args.threads)
        load_seconds.append(time.perf_counter() - started)
        other.close()

    runs = []
    for name, (sql, shape) in queries(params, calendar).items():
        if args.only and not any(part in name for part in args.only):
            continue
        print(f"duckdb: query {name}", file=sys.stderr)
        for _ in range(args.warmup):
            shape_result(con.execute(sql).fetchall(), shape)
        samples = []
        for _ in range(args.iterations):
            started = time.perf_counter()
            shape_result(con.execute(sql).fetchall(), shape)
            samples.append(time.perf_counter() - started)
        runs.append({"name": name, "latency": latency(samples), "result": shape_result(con.execute(sql).fetchall(), shape)})

    median_load = statistics.median(load_seconds)
    report = {
        "tool": "duckdb", "version": duckdb.__version__, "threads": args.threads, "ledger": args.ledger,
        "lineItems": line_items, "inputBytes": input_bytes,
        "load": {"seconds": load_seconds, "medianSeconds": median_load, "megabytesPerSecond": input_bytes / 1e6 / median_load},
        "memory": {"rssBeforeBytes": before, "rssAfterBytes": after, "peakRssBytes": peak,
                   "bytesPerLineItem": (after - before) / line_items},
        "queries": runs,
    }
    print(f"| query | median ms | p99 ms | rows | groups | sum |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for run in runs:
        result = run["result"]
        print(f"| {run['name']} | {run['latency']['medianMs']:.3f} | {run['latency']['p99Ms']:.3f} | "
              f"{result['total']['count']} | {len(result['rows'])} | {result['total']['sum']} |")
    print(f"\nDuckDB {duckdb.__version__}, {args.threads} threads: {line_items} line items loaded in {median_load:.3f} s "
          f"(median of {len(load_seconds)}), {(after - before) / line_items:.1f} resident bytes per line item, "
          f"peak RSS {peak / 1e6:.1f} MB")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
