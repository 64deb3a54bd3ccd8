"""`manage.py check_url`: the link check without Celery, one JSON object per URL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import article_page
from tests.local_site import Route

ROOT = Path(__file__).resolve().parent.parent
KEYS = {
    "url",
    "outcome",
    "status_code",
    "final_url",
    "redirects",
    "content_hash",
    "elapsed_ms",
    "error",
}


def check_url(*args: str) -> list[dict]:
    out = StringIO()
    call_command("check_url", *args, "--json", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_prints_one_json_object_per_url_in_order(site):
    site.routes["/story"] = Route(article_page())
    ok, missing = check_url(site.url("/story"), site.url("/gone"))

    assert set(ok) == KEYS
    assert ok["url"] == site.url("/story") and ok["outcome"] == "ok" and ok["status_code"] == 200
    assert ok["final_url"] == site.url("/story") and ok["redirects"] == [] and ok["error"] is None
    assert len(ok["content_hash"]) == 64
    assert missing["outcome"] == "broken" and missing["status_code"] == 404


def test_private_address_is_blocked_unless_allowed(site, settings):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    site.routes["/story"] = Route(article_page())
    [result] = check_url(site.url("/story"))
    assert result["outcome"] == "blocked" and "safety policy" in result["error"]
    assert site.hits["/story"] == 0


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/x",
        "http://",
        "not a url",
        "https://example.org/" + "a" * 3000,
    ],
)
def test_bad_input_gives_outcome_invalid_not_a_traceback(url):
    [result] = check_url(url)
    assert result["outcome"] == "invalid" and result["error"]
    assert result["status_code"] is None


def test_reads_urls_from_a_file_skipping_blanks_and_comments(site, tmp_path):
    site.routes["/story"] = Route(article_page())
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# cited in the border story\n{site.url('/story')}\n\nftp://x\n")
    results = check_url("--file", str(listing))
    assert [r["outcome"] for r in results] == ["ok", "invalid"]


def test_missing_file_is_a_clear_error():
    with pytest.raises(CommandError, match="no such file: /nonexistent/urls.txt"):
        call_command("check_url", "--file", "/nonexistent/urls.txt")


def test_command_line_exits_non_zero_with_a_message_for_a_missing_file():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    proc = subprocess.run(
        [sys.executable, "manage.py", "check_url", "--file", "/nonexistent/urls.txt", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_command_line_honours_allowed_networks_from_the_environment(site):
    site.routes["/story"] = Route(article_page())
    env = {**os.environ, "LINKCHECK_ALLOWED_NETWORKS": "127.0.0.0/8"}
    proc = subprocess.run(
        [sys.executable, "manage.py", "check_url", site.url("/story"), "ftp://x", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["outcome"] for r in lines] == ["ok", "invalid"]


def test_human_output_names_outcome_status_and_url(site):
    site.routes["/story"] = Route(article_page())
    out = StringIO()
    call_command("check_url", site.url("/story"), stdout=out)
    assert out.getvalue().split() == ["ok", "200", site.url("/story")]
