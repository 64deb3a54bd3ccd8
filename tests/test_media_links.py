"""Media that arrive by address: a recording cited by its URL (fetched through the SSRF guard,
streamed to disk, probed, played from our own view) and the images of a snapshotted page
(hashed, so match_image says where an image was seen); and the size limit of recordings."""

from __future__ import annotations

import hashlib
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from media import probe
from media import services as media
from media.models import ImageHash, MediaInfo
from sources import services
from sources.models import Evidence, Snapshot
from tests.local_site import Route
from tests.media_samples import lavfi, photo, variants

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def claim_for(claim, checker):
    claim.assignee = checker
    claim.save()
    return claim


def cite(claim, user, url, callbacks):
    with callbacks(execute=True):
        return services.add_evidence(claim=claim, user=user, url=url)


def test_a_linked_recording_is_fetched_probed_and_played_from_our_own_view(
    tmp_path, site, client, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    data = lavfi(tmp_path / "speech.ogg", seconds=3).read_bytes()
    site.routes["/media/speech.ogg"] = Route(data, content_type="audio/ogg")
    evidence = cite(
        claim_for, checker, site.url("/media/speech.ogg"), django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "done", info.error
    assert info.kind == "audio" and info.duration_seconds == pytest.approx(3, abs=0.1)
    assert info.fetched_size == len(data)
    assert info.fetched_sha256 == hashlib.sha256(data).hexdigest()

    client.force_login(checker)
    url = f"/evidence-media/evidence/{evidence.pk}/recording"
    part = client.get(url, HTTP_RANGE="bytes=10-19")
    assert part.status_code == 206 and b"".join(part.streaming_content) == data[10:20]
    assert part["Content-Disposition"].startswith("attachment")
    assert part["Content-Security-Policy"] == "default-src 'none'; sandbox"
    panel = client.get(f"/claims/{claim_for.pk}/", **HX).content.decode()
    assert f'<audio controls preload="metadata" src="{url}"' in panel


def test_a_linked_page_is_not_taken_for_a_recording(
    site, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    site.routes["/story"] = Route(b"<title>A story</title><p>Words.</p>")
    evidence = cite(claim_for, checker, site.url("/story"), django_capture_on_commit_callbacks)
    assert not MediaInfo.objects.filter(evidence=evidence).exists()


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (Route(b"<html>a player page</html>"), "is a web page"),
        (Route(b"OggS" + b"\0" * 500, content_type="audio/ogg"), "not a recording we can read"),
        (Route(b"x", status=404, content_type="audio/ogg"), "answered HTTP 404"),
    ],
    ids=["web-page", "damaged", "missing"],
)
def test_a_linked_recording_that_cannot_be_read_fails_with_a_reason_and_keeps_nothing(
    site, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks, route, message
):
    site.routes["/talk.mp3"] = route
    evidence = cite(claim_for, checker, site.url("/talk.mp3"), django_capture_on_commit_callbacks)
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "failed" and message in info.error
    assert not info.fetched


def test_a_linked_recording_over_the_limit_stops_at_the_limit(
    tmp_path, site, settings, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_MEDIA_MAX_BYTES = 1000
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 1000
    site.routes["/long.ogg"] = Route(
        lavfi(tmp_path / "long.ogg", seconds=4).read_bytes(), content_type="audio/ogg"
    )
    evidence = cite(claim_for, checker, site.url("/long.ogg"), django_capture_on_commit_callbacks)
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "failed" and "limit is 1,000 bytes" in info.error
    assert not info.fetched


def test_a_linked_recording_on_a_private_address_is_never_fetched(
    site, settings, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    site.routes["/intranet.ogg"] = Route(b"OggS", content_type="audio/ogg")
    settings.LINKCHECK_ALLOWED_NETWORKS = []  # production: loopback is off-limits
    evidence = cite(
        claim_for, checker, site.url("/intranet.ogg"), django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "failed" and "cannot be fetched" in info.error
    assert site.hits["/intranet.ogg"] == 0


def test_recordings_may_be_larger_than_other_uploads(claim_for, checker, settings, tmp_path):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 1000
    settings.FACTCHECK_MEDIA_MAX_BYTES = 10_000_000
    data = lavfi(tmp_path / "call.ogg", seconds=3).read_bytes()
    assert len(data) > 1000
    evidence = services.add_evidence(
        claim=claim_for, user=checker, upload=SimpleUploadedFile("call.ogg", data)
    )
    assert evidence.file_size == len(data)
    with pytest.raises(ValidationError, match="the limit is 1,000 bytes"):
        services.add_evidence(
            claim=claim_for, user=checker, upload=SimpleUploadedFile("big.jpg", photo(1))
        )
    settings.FACTCHECK_MEDIA_MAX_BYTES = 2000
    with pytest.raises(ValidationError, match="the limit is 2,000 bytes"):
        services.add_evidence(
            claim=claim_for, user=checker, upload=SimpleUploadedFile("call2.ogg", data)
        )
    assert Evidence.objects.count() == 1


def test_page_image_urls_takes_the_shared_image_first_and_keeps_to_the_limit():
    html = (
        '<meta property="og:image" content="/share.jpg"><img src="a.png"><img src="a.png">'
        '<img src="data:image/png;base64,AAAA"><img src="https://cdn.example/b.webp">'
        + "".join(f'<img src="/{i}.jpg">' for i in range(20))
    )
    urls = media.page_image_urls(html, "https://news.example/story/1")
    assert urls[:3] == [
        "https://news.example/share.jpg",
        "https://news.example/story/a.png",
        "https://cdn.example/b.webp",
    ]
    assert len(urls) == media.MAX_SNAPSHOT_IMAGES


def test_images_on_a_snapshotted_page_are_hashed_and_found_by_match_image(
    tmp_path, site, client, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    original = photo(11)
    bomb_header = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\xc3P\x00\x00\xc3P\x08\x02\x00\x00\x00"
    )
    site.routes["/story"] = Route(
        b'<html><head><meta property="og:image" content="/img/crossing.jpg"></head><body>'
        b'<p>The crossing on 1 March.</p><img src="/img/crossing.jpg"><img src="/img/bomb.png">'
        b'<img src="/img/missing.jpg"></body></html>'
    )
    site.routes["/img/crossing.jpg"] = Route(original, content_type="image/jpeg")
    site.routes["/img/bomb.png"] = Route(bomb_header + b"\0" * 64, content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        evidence = services.add_evidence(claim=claim_for, user=checker, url=site.url("/story"))
    with django_capture_on_commit_callbacks(execute=True):
        services.run_link_checks(link_ids=[evidence.link_id])
    snapshot = Snapshot.objects.get(link=evidence.link)
    [row] = ImageHash.objects.filter(snapshot=snapshot)
    assert row.kind == "snapshot" and row.image_url == site.url("/img/crossing.jpg")
    assert site.url("/story") in row.where
    assert site.hits["/img/crossing.jpg"] == 1  # once, though the page links it twice

    copy = tmp_path / "reshared.jpg"
    copy.write_bytes(variants(original)["resized"])
    from io import StringIO

    out = StringIO()
    call_command("match_image", str(copy), "--json", stdout=out)
    [match] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert match["kind"] == "snapshot" and match["snapshot_id"] == snapshot.pk
    assert match["image_url"] == site.url("/img/crossing.jpg")

    # hashing again (a redelivered task) replaces, never doubles
    assert media.hash_snapshot_images(snapshot.pk) == 1
    assert ImageHash.objects.filter(snapshot=snapshot).count() == 1


def test_images_of_a_confidential_citation_are_matched_only_for_those_who_may_see_it(
    site, claim_for, checker, checker2, eager_tasks, django_capture_on_commit_callbacks
):
    from claims.policies import evidence_visible_to

    original = photo(12)
    site.routes["/secret"] = Route(b'<p>Leak.</p><img src="/s.jpg">')
    site.routes["/s.jpg"] = Route(original, content_type="image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        evidence = services.add_evidence(
            claim=claim_for, user=checker, url=site.url("/secret"), confidential=True
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.run_link_checks(link_ids=[evidence.link_id])
    assert ImageHash.objects.filter(kind="snapshot").count() == 1
    assert not evidence_visible_to(checker2, evidence)
    assert media.find_matches(original, user=checker2) == []
    assert [m["kind"] for m in media.find_matches(original, user=None)] == ["snapshot"]


@pytest.mark.worker
def test_a_real_worker_hashes_a_cited_pages_image_and_fetches_a_linked_recording(
    request, monkeypatch, settings, require_redis, transactional_db, site, tmp_path, checker
):
    from claims.models import Claim
    from tests.waiting import wait_until

    monkeypatch.setenv("MEDIA_ROOT", str(settings.MEDIA_ROOT))  # the worker's storage too
    site.routes["/page"] = Route(b'<p>The crossing.</p><img src="/photo.jpg">')
    site.routes["/photo.jpg"] = Route(photo(21), content_type="image/jpeg")
    site.routes["/call.ogg"] = Route(
        lavfi(tmp_path / "call.ogg", seconds=2).read_bytes(), content_type="audio/ogg"
    )
    request.getfixturevalue("celery_worker_process")
    claim = Claim.objects.create(text="The photo shows the crossing.", assignee=checker)
    page = services.add_evidence(claim=claim, user=checker, url=site.url("/page"))
    call = services.add_evidence(claim=claim, user=checker, url=site.url("/call.ogg"))
    wait_until(
        lambda: (
            ImageHash.objects.filter(kind="snapshot", snapshot__link=page.link).exists()
            and MediaInfo.objects.filter(evidence=call, status__in=["done", "failed"]).exists()
        ),
        timeout=90,
    )
    info = MediaInfo.objects.get(evidence=call)
    assert info.status == "done", info.error
    assert info.duration_seconds == pytest.approx(2, abs=0.1) and info.fetched
    assert [m["kind"] for m in media.find_matches(photo(21), user=checker)] == ["snapshot"]


def test_a_linked_playlist_never_makes_ffmpeg_read_other_files_on_this_disk(
    tmp_path, site, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    """Before: a 'recording' that was an HLS playlist (#EXTM3U, served as audio/mpeg) was
    probed as one, and ffprobe/ffmpeg opened the local files it listed: another file on
    this disk was read and kept as this evidence's recording, with its duration."""
    secret = lavfi(tmp_path / "secret.mp4", seconds=3, video=True, audio=False)
    playlist = (
        f"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3.0,\n{secret}\n#EXT-X-ENDLIST\n"
    ).encode()
    (tmp_path / "list.mp3").write_bytes(playlist)
    with pytest.raises(probe.MediaRefused):
        probe.probe(tmp_path / "list.mp3", "list.mp3")
    site.routes["/talk.mp3"] = Route(playlist, content_type="audio/mpeg")
    evidence = cite(claim_for, checker, site.url("/talk.mp3"), django_capture_on_commit_callbacks)
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "failed" and "not a recording we can read" in info.error
    assert not info.duration_seconds and not info.frames.exists() and not info.fetched
