"""No Docker engine runs here, so the production shape is checked by reading the files."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_production_services():
    assert set(_compose()["services"]) == {"web", "worker", "beat", "db", "redis"}


def test_every_service_has_a_healthcheck():
    for name, service in _compose()["services"].items():
        assert "healthcheck" in service, name
        assert service["healthcheck"]["test"], name


def test_app_services_run_gunicorn_celery_worker_and_beat():
    services = _compose()["services"]
    assert "gunicorn factcheck.wsgi:application" in services["web"]["command"]
    assert services["worker"]["command"].startswith("celery -A factcheck worker")
    assert "linkcheck" in services["worker"]["command"]
    assert services["beat"]["command"].startswith("celery -A factcheck beat")


def test_app_services_read_settings_from_environment_and_wait_for_healthy_backends():
    services = _compose()["services"]
    for name in ("web", "worker", "beat"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"].startswith("redis://redis:6379")
        assert env["DEBUG"] == "0"
        assert "SECRET_KEY" in env
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_backends_use_official_images_with_persistent_volumes():
    compose = _compose()
    # postgres, or pgvector's image (the official postgres image plus the extension)
    assert compose["services"]["db"]["image"].startswith(("postgres:", "pgvector/pgvector:pg"))
    assert compose["services"]["redis"]["image"].startswith("redis:")
    assert {"pgdata", "media"} <= set(compose["volumes"])


def test_dockerfile_installs_the_lock_and_runs_gunicorn_as_non_root():
    dockerfile = (ROOT / "Dockerfile").read_text()
    # exactly the lock's lines, each checked against its hash, and nothing resolved anew
    assert "--require-hashes --no-deps -r requirements/base.lock" in dockerfile
    assert "pip check" in dockerfile
    assert "USER factcheck" in dockerfile
    assert "gunicorn" in dockerfile
    assert (ROOT / "requirements" / "base.lock").exists()
