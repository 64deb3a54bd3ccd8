"""Archive bombs: a .docx (and any zip uploaded as evidence) must unpack within the limits of
claims.extraction.archives, and reading a document stops after a time limit. The bombs are
made here, from highly compressible content; none is committed."""

from __future__ import annotations

import io
import random
import time
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.extraction import ExtractionError, extract_file
from claims.extraction.archives import DEFAULT_LIMITS, ArchiveLimits, ArchiveRefused, check_zip
from claims.extraction.loaders import load_docx
from claims.models import Claim
from tests.bad_input import fingerprint
from tests.conftest import make_user
from tests.factories import api

PARAGRAPH = b"<w:p><w:r><w:t>The minister said 40 per cent of schools closed.</w:t></w:r></w:p>"


def word_document(paragraphs: bytes = b"") -> bytes:
    """A real .docx whose body is replaced by ``paragraphs`` (raw WordprocessingML)."""
    document = docx.Document()
    document.add_paragraph("Dock workers ended a nine-day strike on Friday, the union said.")
    plain = io.BytesIO()
    document.save(plain)
    source = zipfile.ZipFile(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
        for member in source.infolist():
            data = source.read(member.filename)
            if paragraphs and member.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                data = head + b"<w:body>" + paragraphs + tail
            zipped.writestr(member, data)
    return out.getvalue()


def zip_of(members: dict[str, int], *, fill: bytes = b"\0") -> bytes:
    """A zip of members of the given unpacked sizes, written in pieces (flat memory)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zipped:
        for name, size in members.items():
            with zipped.open(name, "w", force_zip64=size > 2**31) as member:
                piece = fill * (1024 * 1024)
                for start in range(0, size, len(piece)):
                    member.write(piece[: size - start])
    return out.getvalue()


def test_docx_of_52_kb_inflating_to_7_mb_is_refused_at_once():
    bomb = word_document(PARAGRAPH * (7 * 1024 * 1024 // len(PARAGRAPH)))
    assert len(bomb) < 80_000
    started = time.monotonic()
    with pytest.raises(ExtractionError, match="“bomb.docx” is compressed more than 100 times"):
        extract_file(bomb, "bomb.docx")
    assert time.monotonic() - started < 1


@pytest.fixture(scope="module")
def bomb_400_mb() -> bytes:
    return zip_of({"[Content_Types].xml": 100, "word/document.xml": 400 * 1024 * 1024})


def test_docx_inflating_to_400_mb_is_refused_without_unpacking_it(bomb_400_mb):
    started = time.monotonic()
    with pytest.raises(ExtractionError, match="unpacks to more than 30 MB; save it as a smaller"):
        extract_file(bomb_400_mb, "bomb.docx")
    assert time.monotonic() - started < 1


def test_many_parts_each_below_the_ratio_check_still_count_towards_the_unpacked_total():
    bomb = zip_of({f"word/part{i}.xml": 1000 * 1024 for i in range(40)})
    with pytest.raises(ArchiveRefused, match="unpacks to more than 30 MB"):
        check_zip(bomb, "parts.docx")


def test_archive_with_thousands_of_members_is_refused():
    bomb = zip_of({f"m{i}": 0 for i in range(DEFAULT_LIMITS.members + 1)})
    with pytest.raises(ArchiveRefused, match="holds 1,001 files inside"):
        check_zip(bomb, "many.docx")


def test_a_member_whose_header_understates_its_size_is_refused_as_damaged():
    honest = zip_of({"word/document.xml": 4096}, fill=b"a")
    # Claim 1,024 bytes instead of 4,096 in both the local header and the central directory.
    lying = honest.replace((4096).to_bytes(4, "little"), (1024).to_bytes(4, "little"))
    assert lying != honest
    with pytest.raises(ArchiveRefused, match="damaged"):
        check_zip(lying, "lying.docx", limits=ArchiveLimits(unpacked_bytes=2048))


def test_an_ordinary_docx_passes_and_reads():
    data = word_document()
    check_zip(data, "story.docx")
    assert "nine-day strike" in load_docx(data, "story.docx").body


def test_reading_a_docx_stops_at_its_time_limit():
    data = word_document(PARAGRAPH * 2000)
    with pytest.raises(ExtractionError, match="took more than 0 s to read; save it as a smaller"):
        load_docx(data, "slow.docx", max_seconds=0.0)


def test_a_docx_of_many_short_paragraphs_reads_in_a_few_seconds():
    """paragraph.style looked each style up anew (4 ms a paragraph: 14,000 took 99 s)."""
    rng = random.Random(12)
    words = ["minister", "said", "per cent", "schools", "border", "people", "union", "strike"]
    paragraphs = b"".join(
        b"<w:p><w:r><w:t>%s.</w:t></w:r></w:p>"
        % " ".join(f"{rng.choice(words)} {rng.randint(0, 999)}" for _ in range(6)).encode()
        for _ in range(5000)
    )
    data = word_document(paragraphs)
    started = time.monotonic()
    load_docx(data, "long.docx")
    assert time.monotonic() - started < 5


def test_a_docx_with_broken_xml_is_an_extraction_error_not_a_crash():
    with pytest.raises(ExtractionError, match="not a readable Word"):
        load_docx(word_document(b"<w:p><w:r>"), "broken.docx")


@pytest.mark.django_db
def test_import_page_answers_422_with_the_reason_and_stores_nothing(client):
    client.force_login(make_user("importer", "Editors", staff=True))
    before = fingerprint()
    bomb = word_document(PARAGRAPH * (7 * 1024 * 1024 // len(PARAGRAPH)))
    response = client.post("/import/", {"upload": SimpleUploadedFile("bomb.docx", bomb)})
    assert response.status_code == 422
    assert "compressed more than 100 times" in response.content.decode()
    assert fingerprint() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content, message",
    [("bomb", "unpacks to more than 30 MB"), (b"PK\x03\x04" + b"\x14" * 200, "damaged")],
    ids=["bomb", "damaged"],
)
def test_evidence_upload_of_a_zip_bomb_is_a_400_and_nothing_is_stored(
    checker, bomb_400_mb, content, message
):
    content = bomb_400_mb if content == "bomb" else content
    claim = Claim.objects.create(text="At least 120 people died at the border.")
    client = api(checker)
    before = fingerprint()
    response = client.post(
        "/api/evidence/",
        {"claim": claim.pk, "file": SimpleUploadedFile("memo.docx", content)},
        format="multipart",
    )
    assert response.status_code == 400
    assert message in " ".join(response.json()["errors"]["file"])
    assert fingerprint() == before


@pytest.mark.django_db
def test_evidence_upload_of_an_ordinary_docx_is_stored(checker):
    claim = Claim.objects.create(text="At least 120 people died at the border.")
    response = api(checker).post(
        "/api/evidence/",
        {"claim": claim.pk, "file": SimpleUploadedFile("memo.docx", word_document())},
        format="multipart",
    )
    assert response.status_code == 201, response.json()
