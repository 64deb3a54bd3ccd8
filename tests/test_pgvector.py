"""The production vector path (pgvector's HNSW indexes in PostgreSQL) tested for real:
Debian's PostgreSQL here has no pgvector, so this starts a private PostgreSQL that has it
(the `pgserver` wheel of the dev lock: PostgreSQL 16 with pgvector 0.6, in its own data
directory and socket, stopped at the end; never the shared server) and runs there, in a
child pytest, tests/pgvector_suite.py (the pgvector backend itself) and the matching
suites (every "checked before?" test, now answered by the database's indexes).

The child run has no Redis (its few worker tests skip there; they run in this run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import missing_service

ROOT = Path(__file__).resolve().parent.parent
SUITES = [
    "tests/pgvector_suite.py",
    "tests/test_embeddings.py",
    "tests/test_similar_claims.py",
    "tests/test_checked_before.py",
    "tests/test_prior_fact_check_rule.py",
]


@pytest.fixture
def private_dir():
    """Outside pytest's temporary tree: the child pytest prunes old numbered directories
    there, which would take the running server's data directory with it. Readable by the
    account pgserver runs PostgreSQL as when the tests run as root."""
    path = Path(tempfile.mkdtemp(prefix="factcheck-pgvector-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def pgvector_server(private_dir):
    try:
        import pgserver
    except ImportError:
        missing_service("needs the pgserver wheel (requirements/dev.lock)")
    server = pgserver.get_server(str(private_dir / "pgdata"), cleanup_mode="stop")
    try:
        yield server
    finally:
        server.cleanup()


@pytest.mark.timeout(900)
def test_the_matching_suites_pass_on_postgresql_with_pgvector(pgvector_server, private_dir):
    socket_dir = pgvector_server.get_uri().split("host=", 1)[1].split("&", 1)[0]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"FACTCHECK_REQUIRE_SERVICES", "REDIS_URL", "PYTEST_XDIST_WORKER"}
        and not key.startswith("PYTEST_")
    }
    env |= {
        "DATABASE_URL": f"postgres://postgres@{quote(socket_dir, safe='')}/postgres",
        "FACTCHECK_VECTOR_INDEX": "auto",
        "OMP_NUM_THREADS": "1",
    }
    report = private_dir / "child.xml"
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-q",
            f"--junitxml={report}",
            f"--basetemp={private_dir / 'child-tmp'}",
            *SUITES,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=840,
    )
    tail = (child.stdout + child.stderr)[-3000:]
    assert child.returncode == 0, tail
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None, tail
    ran = {
        case.get("classname", "") + "::" + case.get("name", ""): case
        for case in suite.iter("testcase")
    }
    own = [name for name in ran if name.startswith("tests.pgvector_suite")]
    assert len(own) == 6, own
    for name in own:  # the pgvector tests themselves ran and passed, none skipped
        assert not list(ran[name]), (name, tail)
    assert int(suite.get("failures", 0)) == 0 and int(suite.get("errors", 0)) == 0
    assert int(suite.get("tests", 0)) - int(suite.get("skipped", 0)) >= 60, tail
