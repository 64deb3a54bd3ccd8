"""Evidence images and recordings: what the worker reads from them, "seen this image
before?", playback with range requests, transcripts and time-coded excerpts, and the
confidentiality of all of it (claims.policies)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from media import services as media
from media.models import ImageHash, KeyFrame, MediaInfo
from sources import services
from tests.media_samples import lavfi, photo, variants

HX = {"HTTP_HX_REQUEST": "true"}


def upload_evidence(claim, user, name, data, callbacks, **extra):
    """Add evidence through the service and run what it queued after commit (eagerly)."""
    with callbacks(execute=True):
        return services.add_evidence(
            claim=claim, user=user, upload=SimpleUploadedFile(name, data), **extra
        )


def exif_photo() -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(photo(7)))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0131] = "Canon", "EOS 80D", "Adobe Photoshop 25.0"
    exif[0x0132] = "2024:03:01 10:15:00"
    exif.get_ifd(0x8825).update({1: "N", 2: (53.0, 54.0, 0.0), 3: "E", 4: (27.0, 33.0, 36.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture
def claim_for(claim, checker):
    claim.assignee = checker
    claim.save()
    return claim


def test_an_evidence_image_gets_hashes_and_its_metadata(
    claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    evidence = upload_evidence(
        claim_for, checker, "scene.jpg", exif_photo(), django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "done" and (info.width, info.height) == (640, 480)
    assert info.metadata == {
        "captured": "2024:03:01 10:15:00",
        "camera": "Canon EOS 80D",
        "software": "Adobe Photoshop 25.0",
        "gps": "53.90000, 27.56000",
    }
    [row] = ImageHash.objects.filter(evidence=evidence)
    assert len(row.pdq) == 64 and len(row.phash) == 16


def test_no_metadata_is_not_an_error(
    claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    evidence = upload_evidence(
        claim_for, checker, "plain.jpg", photo(8), django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "done" and info.metadata == {}


def test_copies_of_a_known_image_are_found_and_unrelated_images_are_not(
    claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    original = photo(11)
    evidence = upload_evidence(
        claim_for, checker, "viral.jpg", original, django_capture_on_commit_callbacks
    )
    for seed in range(20, 24):  # other images the desk has seen
        upload_evidence(
            claim_for, checker, f"other-{seed}.jpg", photo(seed), django_capture_on_commit_callbacks
        )
    for kind, copy in variants(original).items():
        matches = media.find_matches(copy, user=checker)
        assert [m["id"] for m in matches] == [evidence.pk], kind
        assert matches[0]["kind"] == "evidence" and matches[0]["distance"] <= 32
    for seed in range(100, 104):
        assert media.find_matches(photo(seed), user=checker) == []


def test_match_image_prints_one_json_object_per_match(
    tmp_path, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks, capsys
):
    original = photo(12)
    evidence = upload_evidence(
        claim_for, checker, "viral.jpg", original, django_capture_on_commit_callbacks
    )
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(variants(original)["caption"])
    call_command("match_image", str(copy), "--json")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    match = json.loads(lines[0])
    assert match["kind"] == "evidence" and match["id"] == evidence.pk
    assert match["claim_id"] == claim_for.pk and "viral.jpg" in match["where"]
    assert isinstance(match["distance"], int)


def test_confidential_evidence_images_are_matched_only_for_those_who_may_see_them(
    claim_for, checker, checker2, editor, eager_tasks, django_capture_on_commit_callbacks
):
    original = photo(13)
    upload_evidence(
        claim_for,
        checker,
        "secret.jpg",
        original,
        django_capture_on_commit_callbacks,
        confidential=True,
    )
    copy = variants(original)["jpeg40"]
    assert media.find_matches(copy, user=checker2) == []
    assert len(media.find_matches(copy, user=editor)) == 1
    assert len(media.find_matches(copy, user=checker)) == 1  # the assignee


def test_the_panel_says_where_the_image_was_seen_before(
    client, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    original = photo(14)
    upload_evidence(claim_for, checker, "first.jpg", original, django_capture_on_commit_callbacks)
    upload_evidence(
        claim_for,
        checker,
        "again.jpg",
        variants(original)["resized"],
        django_capture_on_commit_callbacks,
    )
    client.force_login(checker)
    page = client.get(f"/claims/{claim_for.pk}/", **HX).content.decode()
    assert "Seen this image before?" in page
    assert "evidence “first.jpg”" in page and "evidence “again.jpg”" in page


def test_a_recording_gets_its_duration_and_plays_with_range_requests(
    tmp_path, client, claim_for, checker, checker2, eager_tasks, django_capture_on_commit_callbacks
):
    data = lavfi(tmp_path / "call.ogg", seconds=3).read_bytes()
    evidence = upload_evidence(
        claim_for, checker, "call.ogg", data, django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "done" and info.kind == "audio"
    assert info.duration_seconds == pytest.approx(3, abs=0.1)
    assert info.streams[0]["type"] == "audio"

    client.force_login(checker)
    url = f"/sources/evidence/{evidence.pk}/file"
    whole = client.get(url)
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 100-199/{len(data)}"
    assert b"".join(part.streaming_content) == data[100:200]
    tail = client.get(url, HTTP_RANGE="bytes=-50")
    assert b"".join(tail.streaming_content) == data[-50:]
    open_ended = client.get(url, HTTP_RANGE=f"bytes={len(data) - 10}-")
    assert b"".join(open_ended.streaming_content) == data[-10:]
    assert client.get(url, HTTP_RANGE=f"bytes={len(data)}-").status_code == 416
    assert part["Content-Type"] == "audio/ogg" and part["X-Content-Type-Options"] == "nosniff"
    assert part["Content-Disposition"].startswith("attachment")

    panel = client.get(f"/claims/{claim_for.pk}/", **HX).content.decode()
    assert f'<audio controls preload="metadata" src="{url}"' in panel and "00:03" in panel


def test_a_confidential_recording_is_hidden_from_a_colleague(
    tmp_path, client, claim_for, checker, checker2, eager_tasks, django_capture_on_commit_callbacks
):
    data = lavfi(tmp_path / "intercept.wav", seconds=1).read_bytes()
    evidence = upload_evidence(
        claim_for,
        checker,
        "intercept.wav",
        data,
        django_capture_on_commit_callbacks,
        confidential=True,
    )
    client.force_login(checker2)
    assert (
        client.get(f"/sources/evidence/{evidence.pk}/file", HTTP_RANGE="bytes=0-9").status_code
        == 404
    )
    assert client.get(f"/evidence-media/evidence/{evidence.pk}/").status_code == 404
    transcript = client.post(
        f"/evidence-media/evidence/{evidence.pk}/transcript", {"transcript": "x"}
    )
    assert transcript.status_code == 404
    assert "intercept.wav" not in client.get(f"/claims/{claim_for.pk}/", **HX).content.decode()


def test_a_video_gets_a_strip_of_hashed_key_frames(
    tmp_path, client, claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    data = lavfi(tmp_path / "clip.mp4", seconds=3, video=True, audio=False).read_bytes()
    evidence = upload_evidence(
        claim_for, checker, "clip.mp4", data, django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert (
        info.status == "done" and info.kind == "video" and (info.width, info.height) == (320, 240)
    )
    frames = list(KeyFrame.objects.filter(media=info))
    assert len(frames) >= 3
    assert ImageHash.objects.filter(kind="keyframe", evidence=evidence).count() == len(frames)
    client.force_login(checker)
    image = client.get(f"/evidence-media/key-frames/{frames[0].pk}/image")
    assert image.status_code == 200 and image["Content-Type"] == "image/png"


def test_a_damaged_recording_fails_with_a_message(
    claim_for, checker, eager_tasks, django_capture_on_commit_callbacks
):
    broken = b"RIFF\x24\x00\x00\x00WAVE" + b"\x00garbage" * 100
    evidence = upload_evidence(
        claim_for, checker, "broken.wav", broken, django_capture_on_commit_callbacks
    )
    info = MediaInfo.objects.get(evidence=evidence)
    assert info.status == "failed"
    assert "broken.wav" in info.error and ("no duration" in info.error or "can read" in info.error)


def test_time_coded_excerpts_are_checked_against_the_transcript(
    tmp_path, client, claim_for, checker, checker2, eager_tasks, django_capture_on_commit_callbacks
):
    data = lavfi(tmp_path / "call.wav", seconds=1).read_bytes()
    recording = upload_evidence(
        claim_for,
        checker,
        "call.wav",
        data,
        django_capture_on_commit_callbacks,
        excerpt="00:12–00:19: 'do not interfere with those in transit'",
    )
    client.force_login(checker)
    saved = client.post(
        f"/evidence-media/evidence/{recording.pk}/transcript",
        {"transcript": "A: Listen.\nB: Do not interfere with those in transit, understood?"},
    )
    assert saved.status_code == 200
    page = saved.content.decode()
    assert "00:12–00:19: “do not interfere with those in transit”" in page
    assert "found in the transcript" in page
    services.update_evidence(
        evidence=recording, user=checker, excerpt="00:12–00:19: 'let them all through'"
    )
    info = MediaInfo.objects.get(evidence=recording)
    recording.refresh_from_db()
    assert media.excerpt_check(recording, info) is False


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("clip.mp4", b"<html><script>alert(1)</script></html>"),
        ("photo.png", b"<svg onload=alert(1)>"),
    ],
)
def test_markup_never_gets_in_as_media(claim_for, checker, name, data):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.add_evidence(claim=claim_for, user=checker, upload=SimpleUploadedFile(name, data))
    assert not MediaInfo.objects.exists()


def test_the_panel_shows_progress_until_a_worker_has_read_the_file(
    client, claim_for, checker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        evidence = services.add_evidence(
            claim=claim_for, user=checker, upload=SimpleUploadedFile("photo.jpg", photo(5))
        )
    assert callbacks  # the media task is queued after commit, not run in the request
    client.force_login(checker)
    card = client.get(f"/evidence-media/evidence/{evidence.pk}/").content.decode()
    assert "Waiting for a worker" in card and "<progress" in card
    assert f'hx-get="/evidence-media/evidence/{evidence.pk}/"' in card and "every 2s" in card
    media.process_evidence_media(evidence.pk)
    card = client.get(f"/evidence-media/evidence/{evidence.pk}/").content.decode()
    assert "<progress" not in card and "Seen this image before?" in card
