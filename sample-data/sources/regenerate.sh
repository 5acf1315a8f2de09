#!/usr/bin/env bash
# Regenerates the real ledgers sample-data/oxford and sample-data/boston from the source CSVs in
# sample-data/sources with `govlens import csv` and the committed column maps. The output is
# deterministic: running this on an unchanged checkout changes no file.
#   sample-data/sources/regenerate.sh            (builds govlens in release mode first)
#   GOVLENS=path/to/govlens sample-data/sources/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${GOVLENS:-}" ]; then
    swift build -c release --product govlens
    GOVLENS=.build/release/govlens
fi
"$GOVLENS" import csv sample-data/sources/oxford/data/*.csv --map sample-data/sources/oxford/oxford.map.json \
    -o sample-data/oxford --skip-bad-rows --force
"$GOVLENS" import csv sample-data/sources/boston/*.csv --map sample-data/sources/boston/boston.map.json \
    -o sample-data/boston --force
