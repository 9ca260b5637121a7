#!/usr/bin/env bash
# The plan generator's one command: generate, render, extract, score, report.
#   scripts/plangen/run.sh --seed S --count N [--force option=value ...] [--forms ...]
# See run.py --help and scripts/plangen/README.md.
exec python3 "$(dirname "$0")/run.py" "$@"
