"""NUL (U+0000) is valid in JSON and in PDF metadata, but PostgreSQL stores it in neither text
nor jsonb columns: every importer refuses it with the place it was found (or, for a file's
metadata, drops it) instead of failing with DataError, and a refusal stores nothing."""

from __future__ import annotations

import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.extraction import Document
from claims.interchange.articles import store_document
from claims.interchange.claimreview_import import import_claimreview
from claims.interchange.common import ImportFailed
from claims.interchange.json_export import export_document
from claims.interchange.json_import import import_json
from claims.models import Article, Claim, PriorFactCheck
from tests.bad_input import fingerprint
from tests.conftest import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("require_postgres")]


def claim_review(**overrides) -> dict:
    node = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checkers.example/reviews/1",
        "claimReviewed": "At least 120 people died at the border",
        "datePublished": "2024-03-05",
        "author": {"@type": "Organization", "name": "Checkers United"},
        "reviewRating": {"@type": "Rating", "alternateName": "Mostly false"},
    }
    node.update(overrides)
    return node


def test_claimreview_with_a_nul_in_its_text_is_refused_naming_the_field():
    before = fingerprint()
    data = json.dumps(
        [claim_review(), claim_review(url="https://x.example/2", claimReviewed="A\x00B")]
    )
    with pytest.raises(ImportFailed) as refused:
        import_claimreview(data)
    assert refused.value.errors == [
        "ClaimReview[1].claimReviewed: contains a NUL character (U+0000), which cannot be "
        "stored; remove it from the file"
    ]
    assert fingerprint() == before


def test_claimreview_with_a_nul_in_a_field_we_only_keep_raw_is_refused_too():
    """The whole object is stored as jsonb (PriorFactCheck.raw), which refuses \\u0000."""
    with pytest.raises(ImportFailed, match=r"ClaimReview\[0\]\.description: contains a NUL"):
        import_claimreview(json.dumps(claim_review(description="see\x00here")))
    assert not PriorFactCheck.objects.exists()


def test_claimreview_import_page_lists_the_nul_problem_with_422(client):
    client.force_login(make_user("importer", "Editors", staff=True))
    before = fingerprint()
    upload = SimpleUploadedFile(
        "reviews.jsonld", json.dumps(claim_review(claimReviewed="A\x00B")).encode()
    )
    response = client.post("/prior-fact-checks/import/", {"upload": upload})
    assert response.status_code == 422
    assert "claimReviewed: contains a NUL character" in response.content.decode()
    assert fingerprint() == before


def test_our_json_export_with_a_nul_is_refused_naming_where_and_stores_nothing():
    claim = Claim.objects.create(text="At least 120 people died at the border.")
    doc = export_document([], [claim])
    claim.delete()
    doc["claims"][0]["text"] = "At least 120\x00 people died."
    doc["claims"][0]["checkworthiness_reasons"] = ["number\x00"]
    before = fingerprint()
    with pytest.raises(ImportFailed) as refused:
        import_json(json.dumps(doc))
    assert [e.split(":")[0] for e in refused.value.errors] == [
        "claims[0].checkworthiness_reasons[0]",
        "claims[0].text",
    ]
    assert fingerprint() == before


def document(**fields) -> Document:
    values = {"title": "Strike", "body": "Dock workers ended a strike.", "sentences": []}
    return Document(**{**values, **fields})


def test_nul_in_a_files_metadata_is_dropped():
    article, created = store_document(
        document=document(title="Strike\x00 report", author="A.\x00 Writer"), user=None
    )
    article.refresh_from_db()
    assert created and (article.title, article.author) == ("Strike report", "A. Writer")


def test_nul_in_the_article_text_is_refused_and_nothing_is_stored():
    before = fingerprint()
    with pytest.raises(ValidationError, match="contains a NUL character"):
        store_document(document=document(body="Dock workers\x00 ended a strike."), user=None)
    assert fingerprint() == before


def test_uploaded_pdf_whose_title_holds_a_nul_is_imported_without_it(client):
    import weasyprint
    from pypdf import PdfReader, PdfWriter

    text = "<p>Dock workers ended a nine-day strike on Friday, the union said.</p>"
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(weasyprint.HTML(string=text).write_pdf())))
    writer.add_metadata({"/Title": "Strike\x00 ends"})
    pdf = io.BytesIO()
    writer.write(pdf)
    client.force_login(make_user("importer", "Editors", staff=True))
    upload = SimpleUploadedFile("strike.pdf", pdf.getvalue())
    response = client.post("/import/", {"upload": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Article.objects.get().title == "Strike ends"
