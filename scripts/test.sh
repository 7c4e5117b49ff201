#!/usr/bin/env bash
# Run the test suite (sets up .venv on first use). Extra arguments go to pytest.
set -euo pipefail
# The fast tier, under a minute: ./scripts/test.sh -m "not slow"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MAILWARDEN_VENV:-$ROOT/.venv}"  # the same venv bootstrap.sh makes
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
exec "$VENV/bin/python" -m pytest "$@"
