"""What people see: the WARC download and the sandboxed replay on the snapshot page, the
seal on the claim panel and in the report (verified as shown), the note when sealing is
off, and the evidence package download (confidential material left out)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import services as claim_services
from claims.models import Article, RatingLabel
from provenance import services
from provenance.models import TimestampToken
from sources import services as sources
from sources.models import Snapshot
from tests.factories import article_page
from tests.local_site import Route

pytest_plugins = ["tests.provenance_tsa_server"]

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def _seal_all() -> None:
    for pk in services.unsealed_ids():
        services.seal(pk)


@pytest.fixture
def snapshot(site, claim) -> Snapshot:
    page = article_page().replace(
        b"</body>",
        b'<script>document.title="ran"</script><img src="http://example.org/t.gif"></body>',
    )
    site.routes["/story"] = Route(page)
    evidence = sources.add_evidence(claim=claim, user=None, url=site.url("/story"))
    sources.run_link_checks(link_ids=[evidence.link_id])
    return evidence.link.snapshots.get()


def test_snapshot_page_offers_the_warc_and_a_sandboxed_replay(client, editor, tsa, snapshot):
    _seal_all()
    client.force_login(editor)
    page = client.get(reverse("sources:snapshot", args=[snapshot.link_id])).content.decode()
    assert reverse("sources:snapshot_warc", args=[snapshot.pk]) in page
    assert 'sandbox=""' in page and reverse("sources:snapshot_replay", args=[snapshot.pk]) in page
    assert "Sealed by Test TSA at" in page and "verified" in page

    warc = client.get(reverse("sources:snapshot_warc", args=[snapshot.pk]))
    assert warc["Content-Type"] == "application/warc"
    assert b"".join(warc.streaming_content).startswith(b"WARC/1.1")

    replay = client.get(reverse("sources:snapshot_replay", args=[snapshot.pk]))
    policy = replay["Content-Security-Policy"]
    assert policy.startswith("sandbox;") and "default-src 'none'" in policy
    assert "script-src" not in policy  # falls back to 'none': the archived script never runs
    assert replay["X-Frame-Options"] == "SAMEORIGIN"
    assert b"at least 120 people have died" in replay.content


def test_replay_refuses_a_warc_that_no_longer_matches(client, editor, snapshot):
    path = Path(snapshot.warc.path)
    data = bytearray(path.read_bytes())
    data[-100] ^= 1
    path.write_bytes(bytes(data))
    client.force_login(editor)
    replay = client.get(reverse("sources:snapshot_replay", args=[snapshot.pk]))
    assert replay.status_code == 409 and b"no longer matches" in replay.content
    page = client.get(reverse("sources:snapshot", args=[snapshot.link_id])).content.decode()
    assert "no longer matches its own payload digest" in page


def _approved_article_claim(checker, editor):
    article = Article.objects.create(title="Border", body="At least 120 people died there.")
    claim = claim_services.create_claim(
        article=article, start=0, end=31, user=editor, assignee=checker
    )
    claim = claim_services.transition_claim(claim=claim, to_state="in_research", user=checker)
    claim = claim_services.draft_verdict(
        claim=claim,
        user=checker,
        verdict=RatingLabel.objects.order_by("pk").first(),
        rationale="Counted.",
    )
    return claim_services.approve_verdict(claim=claim, user=editor)


def test_panel_and_report_show_sealed_by_the_authority(client, tsa, checker, editor):
    claim = _approved_article_claim(checker, editor)
    client.force_login(editor)
    panel = client.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    assert "Approval of a verdict not sealed yet" in panel  # the worker has not run yet
    _seal_all()
    panel = client.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    assert "Approval of a verdict sealed by Test TSA at" in panel and "verified" in panel
    assert reverse("provenance:claim_package", args=[claim.pk]) in panel
    report = client.get(reverse("reports:article", args=[claim.article_id])).content.decode()
    assert "Provenance" in report and "sealed by Test TSA" in report
    # a record changed in the database: shown as not verifying, never as sealed
    TimestampToken.objects.filter(kind="approval").update(record='{"verdict":"True"}')
    panel = client.get(reverse("claims:claim", args=[claim.pk]), **HX).content.decode()
    assert "does not verify" in panel and "sealed by Test TSA" not in panel


def test_sealing_off_is_a_visible_note_not_an_error(client, settings, checker, editor):
    settings.FACTCHECK_TSA_URLS = []
    claim = _approved_article_claim(checker, editor)
    client.force_login(editor)
    panel = client.get(reverse("claims:claim", args=[claim.pk]), **HX)
    assert panel.status_code == 200
    assert "Trusted timestamps are off" in panel.content.decode()


def test_package_download_leaves_out_confidential_evidence(client, tsa, claim, checker, editor):
    sources.add_evidence(claim=claim, user=None, upload=SimpleUploadedFile("open.txt", b"open\n"))
    sources.add_evidence(
        claim=claim,
        user=None,
        upload=SimpleUploadedFile("witness.txt", b"Aleh's statement\n"),
        confidential=True,
    )
    _seal_all()
    client.force_login(checker)  # not assigned: may not see the confidential item
    response = client.get(reverse("provenance:claim_package", args=[claim.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert any(n.endswith("open.txt") for n in names)
    assert not any("witness" in n for n in names)
    assert b"Aleh" not in zipfile.ZipFile(io.BytesIO(response.content)).read("history/ledger.json")
    client.force_login(editor)
    names = zipfile.ZipFile(
        io.BytesIO(client.get(reverse("provenance:claim_package", args=[claim.pk])).content)
    ).namelist()
    assert any(n.endswith("witness.txt") for n in names)
