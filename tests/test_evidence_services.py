"""Adding and changing evidence: validation, upload hashing, links, and a link check that is
enqueued only once the transaction commits."""

from __future__ import annotations

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from sources import services
from sources.models import Evidence, Link, LinkCheck
from tests.factories import article_page
from tests.local_site import Route


def test_adding_evidence_with_url_enqueues_a_check_only_after_commit(
    site, claim, checker, eager_tasks, django_capture_on_commit_callbacks
):
    site.routes["/story"] = Route(article_page())
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        evidence = services.add_evidence(claim=claim, user=checker, url=site.url("/story"))
        assert site.hits["/story"] == 0
    assert len(callbacks) == 1
    assert LinkCheck.objects.count() == 0

    callbacks[0]()  # the commit happens: the enqueued task runs (eagerly here)

    [check] = LinkCheck.objects.all()
    assert check.link == evidence.link and check.outcome == "ok" and check.task_id
    assert site.hits["/story"] == 1


def test_rolled_back_transaction_enqueues_nothing(
    claim, checker, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.add_evidence(claim=claim, user=checker, url="https://example.org/a")
        raise RuntimeError("the view failed after adding the evidence")
    assert callbacks == []
    assert not Evidence.objects.exists()
    assert not Link.objects.exists()


def test_evidence_without_url_enqueues_nothing(claim, checker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        evidence = services.add_evidence(claim=claim, user=checker, excerpt="A quote.")
    assert callbacks == [] and evidence.link is None


def test_evidence_needs_a_url_a_file_or_an_excerpt(claim, checker):
    with pytest.raises(ValidationError, match="needs a URL, a file or an excerpt"):
        services.add_evidence(claim=claim, user=checker, excerpt="   ")
    assert not Evidence.objects.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/file.txt", "unsupported scheme (ftp:)"),
        ("file:///etc/passwd", "unsupported scheme (file:)"),
        ("javascript:alert(1)", "unsupported scheme (javascript:)"),
        ("http://exa mple.org/", "spaces or control characters"),
        ("https://user:pw@example.org/", "embedded credentials"),
        ("https://example.org/" + "a" * 3000, "the limit is 2048"),
    ],
)
def test_unusable_url_is_refused_with_a_clear_message(claim, checker, url, message):
    with pytest.raises(ValidationError) as error:
        services.add_evidence(claim=claim, user=checker, url=url)
    [text] = error.value.message_dict["url"]
    assert message in text
    assert not Evidence.objects.exists()


def test_intranet_url_is_kept_for_the_record_and_its_check_says_blocked(
    claim, checker, settings, eager_tasks, django_capture_on_commit_callbacks
):
    settings.LINKCHECK_ALLOWED_NETWORKS = []
    with django_capture_on_commit_callbacks(execute=True):
        evidence = services.add_evidence(claim=claim, user=checker, url="http://10.1.2.3/leak.pdf")
    evidence.link.refresh_from_db()
    assert evidence.link.last_outcome == "blocked"


def test_upload_is_stored_with_its_sha256_name_and_size(claim, checker):
    content = b"%PDF-1.4 leaked border report\n" * 5000  # several chunks
    upload = SimpleUploadedFile("border report.pdf", content, content_type="application/pdf")

    evidence = services.add_evidence(claim=claim, user=checker, upload=upload)

    evidence.refresh_from_db()
    digest = hashlib.sha256(content).hexdigest()
    assert evidence.file_sha256 == digest
    assert evidence.file_name == "border report.pdf"
    assert evidence.file_size == len(content)
    assert digest in evidence.file.name
    with evidence.file.open("rb") as stored:
        assert hashlib.sha256(stored.read()).hexdigest() == digest


def test_upload_above_the_size_limit_is_refused(claim, checker, settings):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 1000
    upload = SimpleUploadedFile("big.bin", b"x" * 1001)
    with pytest.raises(ValidationError, match="the limit is 1,000 bytes"):
        services.add_evidence(claim=claim, user=checker, upload=upload)
    assert not Evidence.objects.exists()


def test_a_save_that_fails_after_the_file_was_written_leaves_no_stored_file(
    claim, checker, settings
):
    """The file is written during the save; if the save fails after that (here in a post_save
    receiver, where the history row is written), the transaction is undone and so is the file."""
    from django.db import IntegrityError
    from django.db.models.signals import post_save

    def refuse(sender, instance, **kwargs):
        assert instance.file.storage.exists(instance.file.name)  # written by now
        raise IntegrityError("simulated: the history row could not be written")

    post_save.connect(refuse, sender=Evidence)
    try:
        with pytest.raises(IntegrityError):
            services.add_evidence(
                claim=claim, user=checker, upload=SimpleUploadedFile("call.txt", b"Transcript.")
            )
    finally:
        post_save.disconnect(refuse, sender=Evidence)
    assert not Evidence.objects.exists()
    assert [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()] == []


def test_evidence_citing_the_same_url_shares_one_link(claim, checker):
    first = services.add_evidence(claim=claim, user=checker, url="https://example.org/a")
    second = services.add_evidence(claim=claim, user=checker, url=" https://example.org/a ")
    assert first.link == second.link
    assert Link.objects.count() == 1


def test_history_records_who_added_and_who_changed_the_evidence(claim, checker, editor):
    evidence = services.add_evidence(claim=claim, user=checker, excerpt="A quote.")
    services.update_evidence(evidence=evidence, user=editor, stance="refutes")
    users = [h.history_user for h in evidence.history.order_by("history_date")]
    assert users == [checker, editor]
    assert evidence.added_by == checker


def test_changing_the_url_relinks_and_enqueues_a_new_check(
    site, claim, checker, eager_tasks, django_capture_on_commit_callbacks
):
    site.routes["/new"] = Route(article_page())
    evidence = services.add_evidence(claim=claim, user=checker, url="https://example.org/old")
    old_link = evidence.link

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        evidence = services.update_evidence(evidence=evidence, user=checker, url=site.url("/new"))

    assert len(callbacks) == 1
    assert evidence.link != old_link and evidence.link.url == site.url("/new")
    evidence.link.refresh_from_db()
    assert evidence.link.last_outcome == "ok"


def test_other_changes_do_not_enqueue_a_check(claim, checker, django_capture_on_commit_callbacks):
    evidence = services.add_evidence(claim=claim, user=checker, url="https://example.org/a")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        evidence = services.update_evidence(evidence=evidence, user=checker, excerpt="new quote")
    assert callbacks == []
    assert evidence.excerpt == "new quote"


def test_update_validates_like_add(claim, checker):
    evidence = services.add_evidence(claim=claim, user=checker, url="https://example.org/a")
    with pytest.raises(ValidationError) as error:
        services.update_evidence(evidence=evidence, user=checker, url="ftp://example.org/a")
    assert "unsupported scheme" in error.value.message_dict["url"][0]
    with pytest.raises(ValidationError):
        services.update_evidence(evidence=evidence, user=checker, credibility=9)
    evidence.refresh_from_db()
    assert evidence.url == "https://example.org/a" and evidence.credibility == 6


def test_update_refuses_unknown_fields(claim, checker):
    evidence = services.add_evidence(claim=claim, user=checker, excerpt="A quote.")
    with pytest.raises(TypeError, match="added_by"):
        services.update_evidence(evidence=evidence, user=checker, added_by=None)
