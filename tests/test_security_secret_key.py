"""Without DEBUG the settings refuse to start unless SECRET_KEY is set: a production process
never signs sessions and password-reset links with the public development key."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

from tests.conftest import ROOT


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    """Run Python outside pytest's marker (PYTEST_VERSION), with no key unless given one."""
    base = {
        name: value
        for name, value in os.environ.items()
        if name not in {"SECRET_KEY", "DEBUG", "PYTEST_VERSION"}
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "factcheck.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_secret_key_refuses_to_start_with_a_clear_message():
    result = _run("manage.py", "check", DEBUG="0")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr
    assert "DEBUG=1 for development" in result.stderr


def test_unset_debug_counts_as_production():
    result = _run("-c", "import django; django.setup()")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_development_runs_with_the_development_key():
    result = _run(
        "-c",
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SECRET_KEY.startswith('django-insecure'))",
        DEBUG="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_dockerfile_collectstatic_step_gives_the_settings_a_build_time_key():
    """The image build runs collectstatic with DEBUG=0: its own variables must be enough."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    step = next(line for line in dockerfile.splitlines() if "collectstatic" in line)
    assignments = dict(
        word.split("=", 1)
        for word in shlex.split(step.rstrip(" \\"))
        if re.match(r"^[A-Z_]+=", word)
    )
    assert assignments.get("DEBUG") == "0" and assignments.get("SECRET_KEY")
    result = _run("manage.py", "check", **assignments)
    assert result.returncode == 0, result.stderr
