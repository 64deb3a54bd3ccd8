import pytest

from factcheck.celery import ping


@pytest.mark.worker
def test_task_round_trips_through_a_real_worker_and_redis(celery_worker_process):
    result = ping.delay("hello from the test")
    assert result.get(timeout=30) == "hello from the test"


def test_link_checks_run_on_their_own_queue(settings):
    from factcheck.celery import app

    route = app.amqp.router.route({}, "sources.tasks.check_links")
    assert route["queue"].name == "linkcheck"
