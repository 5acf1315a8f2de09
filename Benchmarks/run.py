#!/usr/bin/env python3
"""Runs govlens-bench and the DuckDB reference on generated ledgers, checks that both computed
the same results, and prints one Markdown report with the ratios.

Usage:
    python3 Benchmarks/run.py [--sizes 100k,1M,10M] [--seed 1] [--iterations 50] [--warmup 5]
        [--load-runs 3] [--threads 2] [--scratch-path .build-bench-swift] [--no-build]
        [--skip-duckdb] [--only NAME] [--output .build-bench/results]

1. Builds govlens-generate and govlens-bench in release mode with their own scratch path.
2. Per size: generates the synthetic ledger (seeded, cached under .build-bench/, which git
   ignores; 10M line items take minutes and about 3 GB), runs govlens-bench, then
   duckdb_reference.py with the parameters govlens-bench chose.
3. Compares every query's result (per group: label, count, sum, min, max; and the total):
   a mismatch is printed and makes the exit status 1.
4. Prints, and writes to OUTPUT/report.md, the load and memory table and the query table
   (per query and size: GovLens median/p99, DuckDB median/p99, their ratio, and GovLens's
   nanoseconds per line item, which stays flat when cost grows linearly).

Timing is not a test: nothing here fails on a slow number, only on different results.
"""
import argparse
import json
import os
import subprocess
import sys
import time

from release_build import ROOT, build, generate
HERE = os.path.dirname(os.path.abspath(__file__))


def parse_size(text):
    text = text.strip().lower().replace("_", "")
    for suffix, factor in (("k", 1_000), ("m", 1_000_000)):
        if text.endswith(suffix):
            return int(float(text[:-1]) * factor)
    return int(text)


def size_label(count):
    if count % 1_000_000 == 0:
        return f"{count // 1_000_000}M"
    if count % 1_000 == 0:
        return f"{count // 1_000}k"
    return str(count)


def run_quietly(command, label):
    """Runs `command`; its standard output is returned, its progress on standard error shown only on failure."""
    started = time.perf_counter()
    process = subprocess.run(command, capture_output=True, text=True)
    if process.returncode != 0:
        sys.stderr.write(process.stderr)
        sys.exit(f"run: {label} failed with status {process.returncode}")
    print(f"run: {label} took {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return process.stdout


def comparable(result):
    rows = sorted((r["label"], r["totals"]["count"], r["totals"]["sum"], r["totals"]["min"], r["totals"]["max"])
                  for r in result["rows"])
    total = result["total"]
    return rows, (total["count"], total["sum"], total["min"], total["max"])


def compare(govlens, duckdb):
    """Names of the queries whose results differ, with a short reason each."""
    theirs = {q["name"]: q["result"] for q in duckdb["queries"]}
    problems = []
    for query in govlens["queries"]:
        name = query["name"]
        if name not in theirs:
            problems.append((name, "no DuckDB query of this name"))
            continue
        ours_rows, ours_total = comparable(query["result"])
        their_rows, their_total = comparable(theirs[name])
        if ours_total != their_total:
            problems.append((name, f"totals differ: GovLens {ours_total}, DuckDB {their_total}"))
        elif ours_rows != their_rows:
            differing = [(a, b) for a, b in zip(ours_rows, their_rows) if a != b][:3]
            problems.append((name, f"{len(ours_rows)} vs {len(their_rows)} rows; first differences {differing}"))
    return problems


def ratio(numerator, denominator):
    return f"{numerator / denominator:.1f}×" if denominator else "–"


def report(results, load_average):
    """The Markdown report of `results`: a list of (line items, govlens, duckdb or None, problems)."""
    duck = next((d for _, _, d, _ in results if d), None)
    lines = [
        "# GovLens vs DuckDB",
        "",
        f"Synthetic ledgers (govlens-generate synthetic, seed {results[0][1]['seed']}); release build; "
        + (f"DuckDB {duck['version']} with {duck['threads']} threads; " if duck else "")
        + f"load average {load_average[0]:.2f} before, {load_average[1]:.2f} after (1 min, {os.cpu_count()} cores).",
        "",
        "## Load and memory",
        "",
        "| line items | input MB | GovLens load s | DuckDB load s | DuckDB ÷ GovLens | GovLens MB/s | DuckDB MB/s "
        "| GovLens bytes/item | DuckDB bytes/item | GovLens peak RSS MB (× input) | DuckDB peak RSS MB |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for count, ours, theirs, _ in results:
        load = ours["load"]
        memory = ours["memory"]
        row = [f"{count:,}", f"{ours['inputBytes'] / 1e6:.1f}", f"{load['medianSeconds']:.3f}"]
        if theirs:
            row += [f"{theirs['load']['medianSeconds']:.3f}", ratio(theirs["load"]["medianSeconds"], load["medianSeconds"])]
        else:
            row += ["–", "–"]
        row += [f"{load['megabytesPerSecond']:.0f}", f"{theirs['load']['megabytesPerSecond']:.0f}" if theirs else "–",
                f"{memory['bytesPerLineItem']:.0f}", f"{theirs['memory']['bytesPerLineItem']:.0f}" if theirs else "–",
                f"{memory['peakRssBytes'] / 1e6:.0f} ({memory['peakRssBytes'] / ours['inputBytes']:.2f}×)",
                f"{theirs['memory']['peakRssBytes'] / 1e6:.0f}" if theirs else "–"]
        lines.append("| " + " | ".join(row) + " |")
    lines += [
        "",
        "## Queries (milliseconds; ratio = DuckDB median ÷ GovLens median)",
        "",
        "| query | line items | GovLens median | GovLens p99 | DuckDB median | DuckDB p99 | ratio | GovLens ns/item | same result |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
    ]
    names = [q["name"] for q in results[0][1]["queries"]]
    for name in names:
        for count, ours, theirs, problems in results:
            mine = next(q for q in ours["queries"] if q["name"] == name)["latency"]
            other = next((q["latency"] for q in theirs["queries"] if q["name"] == name), None) if theirs else None
            row = [name, f"{count:,}", f"{mine['medianMs']:.3f}", f"{mine['p99Ms']:.3f}"]
            row += [f"{other['medianMs']:.3f}", f"{other['p99Ms']:.3f}", ratio(other["medianMs"], mine["medianMs"])] if other else ["–"] * 3
            row.append(f"{mine['medianMs'] * 1e6 / count:.2f}")
            row.append("–" if not theirs else ("no" if any(p[0] == name for p in problems) else "yes"))
            lines.append("| " + " | ".join(row) + " |")
    iterations = results[0][1]["queries"][0]["latency"]["iterations"] if results[0][1]["queries"] else 0
    lines += ["", f"Each query: {iterations} timed runs after warm-up, p99 by nearest rank (with 50 runs, the slowest). "
              "GovLens cuts a scan of 262,144 rows or more into parts that both cores share; "
              "DuckDB uses its threads for queries too."]
    parameters = results[-1][1]["parameters"]
    lines.append(f"Parameters at {results[-1][0]:,}: " + ", ".join(
        f"{k} {v['label'] if isinstance(v, dict) else v}" for k, v in sorted(parameters.items())) + ".")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100k,1M", help="comma-separated line-item counts, e.g. 100k,1M,10M")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--load-runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2, help="DuckDB threads")
    parser.add_argument("--scratch-path", default=os.path.join(ROOT, ".build-bench-swift"))
    parser.add_argument("--no-build", action="store_true", help="use the binaries already built")
    parser.add_argument("--skip-duckdb", action="store_true")
    parser.add_argument("--only", action="append", default=[], help="only queries whose name contains this")
    parser.add_argument("--output", default=os.path.join(ROOT, ".build-bench", "results"))
    args = parser.parse_args()

    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    os.makedirs(args.output, exist_ok=True)
    load_before = os.getloadavg()[0]
    if args.no_build:
        bin_dir = os.path.join(args.scratch_path, "release")
    else:
        bin_dir = build(args.scratch_path, ("govlens-generate", "govlens-bench"))
    only = [flag for name in args.only for flag in ("--only", name)]
    results = []
    for count in sizes:
        folder = generate(bin_dir, count, args.seed, "run")
        label = size_label(count)
        ours_path = os.path.join(args.output, f"govlens-{label}.json")
        markdown = run_quietly([os.path.join(bin_dir, "govlens-bench"), folder, "--iterations", str(args.iterations),
                                "--warmup", str(args.warmup), "--load-runs", str(args.load_runs), "--json", ours_path] + only,
                               f"govlens-bench on {label}")
        with open(os.path.join(args.output, f"govlens-{label}.md"), "w", encoding="utf-8") as handle:
            handle.write(markdown)
        with open(ours_path, encoding="utf-8") as handle:
            ours = json.load(handle)
        ours["seed"] = args.seed
        theirs, problems = None, []
        if not args.skip_duckdb:
            theirs_path = os.path.join(args.output, f"duckdb-{label}.json")
            run_quietly([sys.executable, os.path.join(HERE, "duckdb_reference.py"), folder, "--params", ours_path,
                         "--threads", str(args.threads), "--iterations", str(args.iterations), "--warmup", str(args.warmup),
                         "--load-runs", str(args.load_runs), "--json", theirs_path] + only, f"DuckDB reference on {label}")
            with open(theirs_path, encoding="utf-8") as handle:
                theirs = json.load(handle)
            problems = compare(ours, theirs)
            for name, reason in problems:
                print(f"run: {label}: {name}: GovLens and DuckDB disagree: {reason}", file=sys.stderr)
        results.append((count, ours, theirs, problems))
    text = report(results, (load_before, os.getloadavg()[0]))
    with open(os.path.join(args.output, "report.md"), "w", encoding="utf-8") as handle:
        handle.write(text)
    print(text)
    mismatches = sum(len(p) for _, _, _, p in results)
    if mismatches:
        sys.exit(f"run: {mismatches} query results differ between GovLens and DuckDB")
    if not args.skip_duckdb:
        print(f"All {sum(len(r[1]['queries']) for r in results)} query results agree between GovLens and DuckDB.")


if __name__ == "__main__":
    main()
