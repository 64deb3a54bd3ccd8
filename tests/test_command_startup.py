"""Commands that only read and print skip Django's system checks, which would import the
whole URLconf (views, the API, the OpenAPI schema) on every run; migrate-like ones keep them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import load_command_class

ROOT = Path(__file__).resolve().parent.parent

WITHOUT_CHECKS = [
    ("sources", "check_url"),
    ("claims", "extract_claims"),
    ("claims", "search_claims"),
    ("claims", "export_report"),
]
WITH_CHECKS = [
    ("factcheck", "load_demo"),
    ("factcheck", "backup_workbench"),
    ("factcheck", "restore_workbench"),
]


@pytest.mark.parametrize(("app", "name"), WITHOUT_CHECKS)
def test_read_only_command_skips_system_checks(app, name):
    assert load_command_class(app, name).requires_system_checks == []


@pytest.mark.parametrize(("app", "name"), WITH_CHECKS)
def test_command_that_rewrites_the_database_keeps_system_checks(app, name):
    assert load_command_class(app, name).requires_system_checks == "__all__"


def test_check_url_from_the_command_line_does_not_import_the_urlconf():
    script = (
        "import sys\n"
        "from django.core.management import execute_from_command_line\n"
        "execute_from_command_line(['manage.py', 'check_url', 'ftp://example.org/x'])\n"
        "print('URLCONF' if 'factcheck.urls' in sys.modules else 'NO-URLCONF')\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DEBUG": "1",
        "LOG_LEVEL": "WARNING",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "invalid" in done.stdout
    assert done.stdout.strip().endswith("NO-URLCONF")


def test_manage_py_check_url_loads_the_settings_and_nothing_else():
    """`python manage.py check_url` (factcheck.commands) runs without django.setup(): no
    models, no admin autodiscovery, no Celery, no URL machinery; same output and exit codes."""
    script = (
        "import runpy, sys\n"
        "sys.argv = ['manage.py', 'check_url', 'ftp://example.org/x']\n"
        "try:\n"
        "    runpy.run_path('manage.py', run_name='__main__')\n"
        "finally:\n"
        "    from django.apps import apps\n"
        "    loaded = [m for m in ('celery', 'kombu', 'django.contrib.admin.sites', 'django.urls',\n"
        "              'claims.models', 'sources.models', 'psycopg') if m in sys.modules]\n"
        "    print('READY' if apps.ready else 'NOT-READY', loaded)\n"
    )
    env = {**os.environ, "DEBUG": "1", "LOG_LEVEL": "WARNING"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.splitlines()[0].startswith("invalid ")
    assert done.stdout.strip().endswith("NOT-READY []")
    assert load_command_class("sources", "check_url").requires_app_registry is False


def test_other_commands_still_get_the_app_registry():
    env = {**os.environ, "DEBUG": "1", "LOG_LEVEL": "WARNING"}
    done = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.apps import apps; print(apps.ready)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip().endswith("True")
