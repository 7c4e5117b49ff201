#!/usr/bin/env bash
# The whole service on a throwaway mail server: sets up .venv on first use, starts a
# private Dovecot on 127.0.0.1 (installing dovecot-imapd when run as root), puts the
# sample mail from pipeline/samples in its INBOX, runs mailwarden with the embedded
# model until every message is judged, and shows what landed in Quarantine and why.
# Uses a throwaway data directory, so it leaves nothing in your real one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/bootstrap.sh"
VENV="${MAILWARDEN_VENV:-$ROOT/.venv}"
export MAILWARDEN_DATA_DIR="${MAILWARDEN_DATA_DIR:-$(mktemp -d -t mailwarden-demo.XXXXXX)}"
# The demo's tooling (mailwarden_dev/: the throwaway Dovecot) is not part of an installed
# mailwarden, so the checkout goes on the path.
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
exec "$VENV/bin/mailwarden" demo "$@"
