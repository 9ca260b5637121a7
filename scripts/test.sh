#!/usr/bin/env bash
# README's test command: the system packages the tests need, then the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo test --workspace --locked "$@"
