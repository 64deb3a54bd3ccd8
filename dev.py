#!/usr/bin/env python3
"""The two set-up-and-go commands: ``python3 dev.py run`` and ``python3 dev.py test``.

Standard library only, so it works on a machine that has nothing but Python 3.11+: it makes
the virtualenv at .venv/, installs the locked dependencies (again only when a lock file
changed), and then runs the app (after migrating and loading the demo data) or the checks
and the test suite. ``python3 dev.py typecheck`` runs only mypy.
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
# Linted when dev.py is not run from a git checkout (an unpacked archive, say).
PROJECT_PATHS = ("benchmarks", "claims", "factcheck", "sources", "tests", "dev.py", "manage.py")


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
            # The lock is complete (pip-compile resolved every dependency), so pip installs
            # exactly its lines and resolves nothing: a dependency asking for an extra
            # (justext wants "lxml[html_clean]", which --strip-extras leaves out of the lock)
            # would otherwise send pip 23's resolver after the newest release on the index,
            # whose hash the lock cannot hold. pip check then proves nothing is missing.
            "--no-deps",
            "-r",
            str(lock),
        ],
        check=True,
    )
    subprocess.run([str(PY), "-m", "pip", "check", "--disable-pip-version-check"], check=True)
    for old in VENV.glob(f".installed-{kind}-*"):
        old.unlink()
    stamp.touch()


def compile_messages() -> None:
    """Compile the interface catalogues (the project's locale/*/LC_MESSAGES/django.po and each
    app's <app>/locale/…) to .mo when a .po is newer than its .mo. Needs GNU gettext's msgfmt;
    without it the interface is English."""
    stale = [
        po
        for po in [
            *(ROOT / "locale").glob("*/LC_MESSAGES/django.po"),
            *ROOT.glob("*/locale/*/LC_MESSAGES/django.po"),
        ]
        if not po.with_suffix(".mo").exists()
        or po.stat().st_mtime > po.with_suffix(".mo").stat().st_mtime
    ]
    if not stale:
        return
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        say("msgfmt not found: the interface stays English (Debian: apt-get install gettext)")
        return
    for po in stale:
        subprocess.run(
            [msgfmt, "--check-format", "-o", str(po.with_suffix(".mo")), str(po)], check=True
        )


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
    compile_messages()
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
    # The embedded beat keeps its schedule here even when PostgreSQL and Redis are used, so
    # nothing else would have created the folder on a fresh clone.
    var_dir = Path(env.get("FACTCHECK_VAR_DIR") or ROOT / "var")
    var_dir.mkdir(parents=True, exist_ok=True)
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
            str(var_dir / "celerybeat-schedule"),
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
    say("log in as checker / checker2 / editor / editor2 / admin with the demo password above")
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
    compile_messages()
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
    for step in (lint, typecheck):
        failed = step(env)
        if failed:
            return failed
    pytest_args = list(args.pytest_args)
    chosen = any(a.startswith(("-n", "--numprocesses")) for a in pytest_args)
    if not chosen and "no:xdist" not in " ".join(pytest_args):
        # Two test processes (the machine's two cores), a module's tests kept together so
        # module-scoped fixtures (browser, servers) start once; each process has its own
        # test database (pytest-django) and Redis database (settings.py).
        pytest_args = ["-n", str(min(2, os.cpu_count() or 1)), "--dist", "loadfile", *pytest_args]
    say("pytest " + " ".join(pytest_args))
    return subprocess.run([str(PY), "-m", "pytest", *pytest_args], cwd=ROOT, env=env).returncode


def python_files() -> list[str]:
    """The project's Python files: the tracked ones in a git checkout, so that untracked
    scratch files never block the tests; else the project's folders."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", "*.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\0")
        # A tracked file deleted but not yet committed is gone: ruff would stop on it.
        return [name for name in listed if name and (ROOT / name).exists()]
    return [name for name in PROJECT_PATHS if (ROOT / name).exists()]


def lint(env: dict[str, str]) -> int:
    # --force-exclude: files named on the command line still obey extend-exclude (migrations).
    files = python_files()
    say("ruff check")
    checked = subprocess.run(
        [str(BIN / "ruff"), "check", "--force-exclude", *files], cwd=ROOT, env=env
    )
    if checked.returncode:
        return checked.returncode
    say("ruff format --check (fix with: .venv/bin/ruff format FILE)")
    return subprocess.run(
        [str(BIN / "ruff"), "format", "--check", "--force-exclude", *files], cwd=ROOT, env=env
    ).returncode


def typecheck(env: dict[str, str]) -> int:
    """mypy on the apps, as configured in pyproject.toml ([tool.mypy])."""
    say("mypy")
    # The django-stubs plugin imports the settings, which refuse to load without SECRET_KEY
    # outside DEBUG.
    return subprocess.run(
        [str(BIN / "mypy")], cwd=ROOT, env={**env, "DEBUG": env.get("DEBUG") or "1"}
    ).returncode


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must say so on older Pythons
        sys.exit("Python 3.11 or newer is needed.")
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="set up and start the app with a Celery worker")
    run_parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    run_parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
    test_parser = commands.add_parser(
        "test",
        help="set up, lint, type-check and run the test suite",
        usage="dev.py test [pytest arguments, e.g. -x -k approve tests/test_workflow.py]",
    )
    test_parser.add_argument("pytest_args", nargs="*", help="passed to pytest unchanged")
    commands.add_parser("typecheck", help="set up and run only mypy")
    argv = sys.argv[1:]
    if argv[:1] == ["test"]:
        # argparse refuses "-x" as the first of a REMAINDER, so everything after "test",
        # options included, goes to pytest untouched.
        args = parser.parse_args(argv[:1])
        args.pytest_args = argv[1:]
    else:
        args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.command == "run":
        return run(args)
    if args.command == "typecheck":
        ensure_venv("test")
        return typecheck(dict(os.environ))
    return test(args)


if __name__ == "__main__":
    sys.exit(main())
