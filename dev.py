#!/usr/bin/env python3
"""The two set-up-and-go commands: ``python3 dev.py run`` and ``python3 dev.py test``.

Standard library only, so it works on a machine that has nothing but Python 3.11+: it makes
the virtualenv at .venv/, installs the locked dependencies (again only when a lock file
changed), migrates, and then runs the app or the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import venv
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
LOCKS = {"run": ROOT / "requirements" / "base.lock", "test": ROOT / "requirements" / "dev.lock"}
DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck"
DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379/15"


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def ensure_venv(kind: str) -> None:
    if not PY.exists():
        say(f"creating virtualenv at {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    lock = LOCKS[kind]
    stamp = VENV / f".installed-{kind}-{hashlib.sha256(lock.read_bytes()).hexdigest()[:16]}"
    if stamp.exists():
        return
    say(f"installing locked dependencies from {lock.relative_to(ROOT)}")
    subprocess.run(
        [
            str(PY),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--require-hashes",
            "-r",
            str(lock),
        ],
        check=True,
    )
    for old in VENV.glob(f".installed-{kind}-*"):
        old.unlink()
    stamp.touch()


def manage(*args: str, env: dict[str, str]) -> None:
    subprocess.run([str(PY), "manage.py", *args], cwd=ROOT, env=env, check=True)


def reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    ensure_venv("run")
    env = dict(os.environ)
    env.setdefault("DEBUG", "1")
    env.setdefault("PYTHONUNBUFFERED", "1")
    where = "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite (var/)"
    broker = (
        "Redis"
        if env.get("REDIS_URL") or env.get("CELERY_BROKER_URL")
        else "file-system broker (var/)"
    )
    say(f"database: {where}; Celery broker: {broker}")
    manage("migrate", "--noinput", env=env)
    manage("load_demo", "--check-links", env=env)
    worker = subprocess.Popen(
        [
            str(BIN / "celery"),
            "-A",
            "factcheck",
            "worker",
            "--beat",
            "--loglevel",
            "INFO",
            "--queues",
            "default,linkcheck",
            "--concurrency",
            "2",
            "--schedule",
            str(ROOT / "var" / "celerybeat-schedule"),
        ],
        cwd=ROOT,
        env=env,
    )
    web = subprocess.Popen(
        [str(PY), "manage.py", "runserver", f"{args.host}:{args.port}", "--noreload"],
        cwd=ROOT,
        env=env,
    )
    url = f"http://{args.host}:{args.port}/"
    time.sleep(2)
    say(f"the workbench is at {url}  (Celery worker pid {worker.pid}, web pid {web.pid})")
    say("log in as checker / editor / editor2 / admin with the demo password printed above")
    say("Ctrl-C stops both")
    try:
        while worker.poll() is None and web.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for proc in (web, worker):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in (web, worker):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


def test(args: argparse.Namespace) -> int:
    ensure_venv("test")
    env = dict(os.environ)
    env.pop("DEBUG", None)
    require = env.get("FACTCHECK_REQUIRE_SERVICES") == "1"
    database_url = env.get("DATABASE_URL") or DEFAULT_TEST_DATABASE_URL
    redis_url = env.get("REDIS_URL") or DEFAULT_TEST_REDIS_URL
    if reachable(database_url, 5432):
        env["DATABASE_URL"] = database_url
        say(f"tests use PostgreSQL at {urlparse(database_url).hostname}")
    elif require:
        sys.exit(f"FACTCHECK_REQUIRE_SERVICES=1 but PostgreSQL does not answer at {database_url}")
    else:
        env.pop("DATABASE_URL", None)
        say("PostgreSQL not reachable: tests use SQLite; tests that need it are skipped")
    if reachable(redis_url, 6379):
        env["REDIS_URL"] = redis_url
        say(f"tests use Redis at {redis_url}")
    elif require:
        sys.exit(f"FACTCHECK_REQUIRE_SERVICES=1 but Redis does not answer at {redis_url}")
    else:
        env.pop("REDIS_URL", None)
        say("Redis not reachable: tests that need it are skipped")
    if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
        say("Chromium not installed: browser tests are skipped (Debian: apt-get install chromium)")
    say("ruff check")
    lint = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, env=env)
    if lint.returncode:
        return lint.returncode
    say("pytest")
    return subprocess.run(
        [str(PY), "-m", "pytest", *args.pytest_args], cwd=ROOT, env=env
    ).returncode


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must say so on older Pythons
        sys.exit("Python 3.11 or newer is needed.")
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="set up and start the app with a Celery worker")
    run_parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    run_parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
    test_parser = commands.add_parser("test", help="set up and run the whole test suite")
    test_parser.add_argument("pytest_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    os.chdir(ROOT)
    return run(args) if args.command == "run" else test(args)


if __name__ == "__main__":
    sys.exit(main())
