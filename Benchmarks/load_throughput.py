#!/usr/bin/env python3
"""Load throughput of `govlens validate` on a generated ledger (release build).

Usage: python3 Benchmarks/load_throughput.py [--line-items N] [--runs R] [--seed S]

Builds the release binaries, generates a synthetic ledger of N line items with the seeded
generator (cached under .build-bench/, which git ignores), then runs `govlens validate` R
times and reports, as the median of the runs: wall time of the whole process, the loader's
own time (the "loaded in" line), throughput in MB/s of input, and the peak resident set size
of the process (from wait4's rusage) against the input's size.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "govlens-generate"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "govlens"], cwd=ROOT, check=True)
    return os.path.join(ROOT, ".build", "release")


def generate(bin_dir, line_items, seed):
    target = os.path.join(ROOT, ".build-bench", f"synthetic-{line_items}-seed{seed}")
    if not os.path.exists(os.path.join(target, "ledger.json")):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        subprocess.run([os.path.join(bin_dir, "govlens-generate"), "synthetic", "--line-items", str(line_items),
                        "--seed", str(seed), "-o", target, "--force"], check=True)
    return target


def input_bytes(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def run_once(binary, folder):
    started = time.perf_counter()
    process = subprocess.Popen([binary, "validate", folder], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"validate failed:\n{output}")
    loaded = float(re.search(r"loaded in\s+([0-9.]+) s", output).group(1))
    return wall, loaded, usage.ru_maxrss * 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--line-items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    bin_dir = build()
    folder = generate(bin_dir, args.line_items, args.seed)
    size = input_bytes(folder)
    results = [run_once(os.path.join(bin_dir, "govlens"), folder) for _ in range(args.runs)]
    walls = [r[0] for r in results]
    loads = [r[1] for r in results]
    rss = [r[2] for r in results]
    mb = size / 1e6
    print(f"ledger: {args.line_items:,} line items, {mb:.1f} MB in {folder}")
    print(f"runs: {args.runs}")
    print(f"wall time (median):      {statistics.median(walls):.3f} s   ({mb / statistics.median(walls):.0f} MB/s)")
    print(f"loader time (median):    {statistics.median(loads):.3f} s   ({mb / statistics.median(loads):.0f} MB/s,"
          f" {args.line_items / statistics.median(loads) / 1e6:.2f} M line items/s)")
    print(f"  all runs (loader):     " + ", ".join(f"{x:.3f}" for x in loads))
    print(f"peak RSS (median):       {statistics.median(rss) / 1e6:.0f} MB   ({statistics.median(rss) / size:.2f} x input,"
          f" {statistics.median(rss) / args.line_items:.0f} bytes per line item)")


if __name__ == "__main__":
    main()
