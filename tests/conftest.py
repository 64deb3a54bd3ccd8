"""Shared fixtures: users in each role, service detection, and a real Celery worker.

Tests that need PostgreSQL, Redis or Chromium skip with a reason when the service is absent,
except under FACTCHECK_REQUIRE_SERVICES=1 (CI), where a missing service fails the test.
Helpers that test modules share live in plain modules (factories, waiting, workers,
local_site), not in one test module imported by another.
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.utils import translation

from tests.local_site import Site
from tests.workers import start_worker

# the serving processes tests start (a Celery worker, gunicorn) warm nothing at start-up
# (claims.search.warmup): seconds of CPU a process the tests do not need
os.environ.setdefault("FACTCHECK_WARM", "off")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SHARED_MISSING = (
    "../shared is not present next to the checkout: the read-only fixtures shared with the "
    "project's other work (the seed article, the golden splitting rules); see README"
)
REQUIRE_SERVICES = os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1"
CHROMIUM = "/usr/bin/chromium"


def missing_service(reason: str) -> None:
    """Skip the test, or fail it under FACTCHECK_REQUIRE_SERVICES=1."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (FACTCHECK_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def redis_url() -> str:
    return settings.REDIS_URL or ""  # per test process under pytest-xdist (settings.py)


def redis_available() -> bool:
    url = redis_url()
    if not url:
        return False
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), 2):
            return True
    except OSError:
        return False


@pytest.fixture
def require_postgres() -> None:
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing_service(
            "needs PostgreSQL: set DATABASE_URL (python3 dev.py test does when it answers)"
        )


@pytest.fixture
def require_redis() -> str:
    if not redis_available():
        missing_service("needs Redis: set REDIS_URL (python3 dev.py test does when it answers)")
    return redis_url()


@pytest.fixture
def require_chromium() -> str:
    if not Path(CHROMIUM).exists():
        missing_service("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(SHARED_MISSING)
    return SHARED


def make_user(username: str, group: str | None = None, *, staff: bool = False, **extra):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(username=username).first() or User.objects.create_user(
        username=username, password="pw-for-tests-only", is_staff=staff, **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def fresh_vector_index(settings, tmp_path):
    """An empty in-process vector index (and a reloaded model) for each test, in its own
    VAR_DIR: the index a test builds never leaks into the next."""
    from claims.search import embeddings, vector_index

    settings.VAR_DIR = tmp_path
    vector_index.reset()
    yield
    vector_index.reset()
    embeddings.reset()


READER_PERMISSIONS = (
    ("claims", "view_article"),
    ("claims", "view_claim"),
    ("claims", "view_ratinglabel"),
    ("sources", "view_source"),
    ("sources", "view_evidence"),
    ("sources", "view_attribution"),
)


def make_reader(username: str):
    """An account that may read the desk and change nothing (no group: the view
    permissions only). A login with no permission at all reads nothing."""
    from django.contrib.auth.models import Permission

    user = make_user(username)
    for app_label, codename in READER_PERMISSIONS:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def checker(db):
    return make_user("checker", "Fact-checkers")


@pytest.fixture
def checker2(db):
    return make_user("checker2", "Fact-checkers")


@pytest.fixture
def editor(db):
    return make_user("editor", "Editors", staff=True)


@pytest.fixture
def editor2(db):
    return make_user("editor2", "Editors", staff=True)


@pytest.fixture
def admin_user_in_group(db):
    return make_user("boss", "Admins", staff=True)


@pytest.fixture
def demo_article(db):
    from factcheck.demo import load_demo

    article, _ = load_demo()
    return article


@pytest.fixture
def celery_worker_process(require_redis, transactional_db) -> Iterator[subprocess.Popen]:
    """A real `celery worker` process on Redis, sharing the test database.

    The worker reads DATABASE_URL, so it points at the test database pytest-django made;
    tests using it must commit their data (transactional_db). It empties the Redis database
    it uses first (db 15 under python3 dev.py test)."""
    yield from start_worker(require_redis)


@pytest.fixture(autouse=True)
def _site_language() -> Iterator[None]:
    """Each test starts in the site's language. A page request activates its reader's
    language in the thread and nothing deactivates it, so without this a report or export
    made by the next test (written in the active language) would come out in Russian."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _test_storage(settings, tmp_path):
    """Uploads go to a temporary folder; static files need no collectstatic manifest."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _interface_language() -> Iterator[None]:
    """Each test starts in the site's language: a request through the test client leaves the
    language it chose (a person's saved one, a cookie) active in this thread, and a report or
    email rendered outside a request afterwards would be in it."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _reference_data(request) -> None:
    """Transactional tests flush every table afterwards, including the groups and the rating
    scale that data migrations created; put them back for the next test that uses the
    database. Serially pytest-django runs transactional tests last, but under pytest-xdist a
    process gets whole files, so a plain test may follow a flush: it gets them back inside
    its own transaction (rolled back with it)."""
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction")) or any(
        name in request.fixturenames for name in ("transactional_db", "live_server")
    )
    if transactional:
        request.getfixturevalue("transactional_db")
    elif marker is not None or "db" in request.fixturenames:
        request.getfixturevalue("db")
    else:
        return
    if Group.objects.filter(name="Editors").exists():
        return
    import importlib

    from django.apps import apps

    for module in (
        "claims.migrations.0002_default_rating_scale",
        "claims.migrations.0017_rating_names_default_scale",
        "claims.migrations.0003_groups",
        "claims.migrations.0007_prior_fact_check_permissions",
        "claims.migrations.0019_checkers_read_prior_fact_checks",
    ):
        migration = importlib.import_module(module)
        forwards = migration.Migration.operations[0].code
        forwards(apps, None)


@pytest.fixture
def site(settings) -> Iterator[Site]:
    """The local HTTP server (tests/local_site.py) on 127.0.0.1, with loopback allowlisted
    for the SSRF-safe fetcher; a test about refusals sets LINKCHECK_ALLOWED_NETWORKS = []."""
    settings.LINKCHECK_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    yield from Site().serve()


@pytest.fixture
def claim(db):
    """A claim outside any article, for evidence and link-check tests."""
    from claims.models import Claim

    return Claim.objects.create(text="At least 120 people died at the border.")


@pytest.fixture
def eager_tasks() -> Iterator[None]:
    """Run enqueued tasks inline, so a test sees what a captured on_commit callback sends."""
    from factcheck.celery import app

    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = False
