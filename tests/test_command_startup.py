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
