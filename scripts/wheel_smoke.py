"""Install mailwarden as a user would, from its own wheel, with no compiler: does it work?

1. Build the wheel (`pip wheel --no-deps`).
2. A fresh virtualenv; PATH holds only its bin/ (no gcc, no cc, no make) and CC points
   nowhere, so anything that would compile fails.
3. `pip install` the wheel (its dependencies from the package index as binary wheels).
4. `mailwarden --version`; `mailwarden check` against a throwaway Dovecot (the repo's
   test server, run from this checkout's .venv) with the `none` backend and the starter
   model from package data; `mailwarden run --shadow --until-idle` judging two messages.
Each step's time is printed. Exit status 1 if any step fails. .ci/run runs it.

    .venv/bin/python scripts/wheel_smoke.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailwarden_dev.dovecot import Dovecot  # noqa: E402


def step(what: str, cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    started = time.monotonic()
    done = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    took = time.monotonic() - started
    print(f"[{'ok' if done.returncode == 0 else 'FAILED'}] {what} ({took:.1f} s)", flush=True)
    if done.returncode != 0:
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
        raise SystemExit(1)
    return done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, default=None, help="Build the venv here and keep it.")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="mw-wheel-"))
    work.mkdir(parents=True, exist_ok=True)
    total = time.monotonic()
    wheels = work / "dist"
    # setuptools builds in ROOT/build and keeps it: a module deleted since the last build
    # would still be packed from there. Build from nothing, and leave nothing behind.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    try:
        step("build the wheel", [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                                 str(ROOT)])
    finally:
        shutil.rmtree(ROOT / "build", ignore_errors=True)
    [wheel] = sorted(wheels.glob("mailwarden-*.whl"))
    venv = work / "venv"
    step("a fresh virtualenv", [sys.executable, "-m", "venv", "--clear", str(venv)])
    bin_dir = venv / "bin"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILWARDEN_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(PATH=str(bin_dir), CC="/nonexistent/cc", CXX="/nonexistent/c++", HOME=str(work))
    assert shutil.which("gcc", path=env["PATH"]) is None and shutil.which("cc", path=env["PATH"]) is None
    step(f"pip install {wheel.name} (no compiler on PATH)",
         [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--only-binary", ":all:", str(wheel)], env=env)
    mailwarden = str(bin_dir / "mailwarden")
    version = step("mailwarden --version", [mailwarden, "--version"], env=env, cwd=work)
    print("   ", version.stdout.strip())
    dovecot = Dovecot()
    dovecot.start()
    try:
        user, password = dovecot.add_user()
        config = work / "mailwarden.toml"
        config.write_text(f'data_dir = "{work / "data"}"\n[model]\nbackend = "none"\n[monitor]\nenabled = false\n'
                          + dovecot.account_toml(user, 'password_env = "MW_PW"'))
        env["MW_PW"] = password
        checked = step("mailwarden check", [mailwarden, "--config", str(config), "check"], env=env, cwd=work)
        print("   ", checked.stdout.strip().replace("\n", "\n    "))
        embedded = subprocess.run([mailwarden, "--config", str(config), "check", "--backend", "embedded"], env=env,
                                  cwd=work, capture_output=True, text=True)
        said = [ln for ln in embedded.stdout.splitlines() if ln.startswith("FAIL")]
        ok = embedded.returncode == 1 and len(said) == 1 and "pip install 'mailwarden[embedded]'" in said[0]
        print(f"[{'ok' if ok else 'FAILED'}] without the embedded extra, check says how to add it")
        print("   ", *said)
        if not ok:
            print(embedded.stdout, embedded.stderr, file=sys.stderr)
            raise SystemExit(1)
        import imapclient

        # Two messages already there, judged on this first start by --backfill 2.
        with imapclient.IMAPClient(dovecot.host, port=dovecot.port, ssl=False) as c:
            c.login(user, password)
            for n, (subject, body) in enumerate((("Minutes of the meeting", "Here are the notes from today."),
                                                 ("Cheap pills", "Buy cheap pills now, best prices, click here"))):
                c.append("INBOX", (f"From: s{n}@example.com\r\nTo: {user}@example.org\r\nSubject: {subject}\r\n"
                                   f"Message-ID: <smoke{n}-{time.time_ns()}@example.com>\r\n\r\n{body}\r\n").encode())
        proc = subprocess.Popen([mailwarden, "--config", str(config), "run", "--shadow", "--until-idle",
                                 "--backfill", "2"], env=env, cwd=work, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        started = time.monotonic()
        out, err = proc.communicate(timeout=300)
        judged = [ln for ln in err.splitlines() if " p=" in ln and " by " in ln]
        ok = proc.returncode == 0 and len(judged) >= 2
        print(f"[{'ok' if ok else 'FAILED'}] mailwarden run --shadow --until-idle ({time.monotonic() - started:.1f} s)")
        for line in judged:
            print("   ", line.split(": ", 1)[-1])
        if not ok:
            print(out[-3000:], err[-3000:], sep="\n", file=sys.stderr)
            raise SystemExit(1)
    finally:
        dovecot.cleanup()
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"all steps passed in {time.monotonic() - total:.0f} s")


if __name__ == "__main__":
    main()
