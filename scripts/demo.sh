#!/usr/bin/env bash
# Judge the sample messages shipped in pipeline/samples with the embedded model and
# print the verdicts. Sets up .venv on first use. Uses a throwaway data directory so
# the demo leaves nothing in your real one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/bootstrap.sh"
export MAILWARDEN_DATA_DIR="${MAILWARDEN_DATA_DIR:-$(mktemp -d -t mailwarden-demo.XXXXXX)}"
exec "$ROOT/.venv/bin/mailwarden" classify --backend embedded "$ROOT/pipeline/samples/ham" "$ROOT/pipeline/samples/spam" "$@"
