"""The tamper-evident record: flip one byte in a stored WARC, an evidence file, a timestamp
token or a history row (or delete a row) and `verify_provenance` reports exactly that item,
and nothing else, and exits non-zero."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from claims import services as claim_services
from claims.models import Claim, RatingLabel
from provenance import services
from provenance.models import LedgerEntry, TimestampToken
from sources import services as sources
from sources.models import Evidence, Snapshot
from tests.factories import article_page
from tests.local_site import Route

pytest_plugins = ["tests.provenance_tsa_server"]

pytestmark = pytest.mark.django_db


@pytest.fixture
def sealed_claim(tsa, site, claim, checker, editor) -> Claim:
    """A claim with a cited page (snapshot + WARC), an uploaded file, an approved verdict,
    all sealed by the test authority."""
    site.routes["/story"] = Route(article_page())
    cited = sources.add_evidence(claim=claim, user=None, url=site.url("/story"), excerpt="")
    sources.run_link_checks(link_ids=[cited.link_id])
    sources.add_evidence(
        claim=claim,
        user=None,
        upload=SimpleUploadedFile("call.txt", b"intercepted call, May 2021\n"),
    )
    claim.assignee = checker
    claim.save()
    claim = claim_services.transition_claim(claim=claim, to_state="accepted", user=checker)
    claim = claim_services.transition_claim(claim=claim, to_state="in_research", user=checker)
    claim = claim_services.draft_verdict(
        claim=claim,
        user=checker,
        verdict=RatingLabel.objects.order_by("pk").first(),
        rationale="Counted by Human Constanta.",
    )
    claim = claim_services.approve_verdict(claim=claim, user=editor)
    for pk in services.unsealed_ids():
        services.seal(pk)
    assert set(TimestampToken.objects.values_list("status", flat=True)) == {"sealed"}
    return claim


def verify(capsys, *args: str) -> tuple[dict[tuple[str, str], dict], int]:
    code = 0
    try:
        call_command("verify_provenance", *args, "--json")
    except SystemExit as exc:
        code = int(exc.code or 0)
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(set(row) == {"kind", "id", "status", "detail"} for row in rows)
    return {(row["kind"], str(row["id"])): row for row in rows}, code


def _flip(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def _rewrite(field, at: int) -> None:
    path = field.path
    with open(path, "rb") as handle:
        data = handle.read()
    with open(path, "wb") as handle:
        handle.write(_flip(data, at if at >= 0 else len(data) + at))


def test_untouched_claim_verifies_ok_and_exits_zero(sealed_claim, capsys):
    items, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 0
    kinds = {kind for kind, _ in items}
    assert kinds >= {"snapshot", "file", "approval", "timestamp", "history"}
    assert {row["status"] for row in items.values()} == {"ok"}


def _changed(before, after):
    assert set(before) <= set(after)
    return {key for key in after if before.get(key, {}).get("status") != after[key]["status"]}


def test_a_flipped_byte_in_a_warc_is_exactly_that_snapshot(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    snapshot = Snapshot.objects.get()
    _rewrite(snapshot.warc, -200)  # inside the archived page
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1
    assert _changed(before, after) == {("snapshot", str(snapshot.pk))}
    assert after[("snapshot", str(snapshot.pk))]["status"] == "tampered"


def test_a_flipped_byte_in_a_warc_header_is_caught_by_the_recorded_digest(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    snapshot = Snapshot.objects.get()
    _rewrite(snapshot.warc, 40)  # in the request record's WARC headers, outside any digest
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1 and _changed(before, after) == {("snapshot", str(snapshot.pk))}


def test_a_flipped_byte_in_an_evidence_file_is_exactly_that_file(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    item = Evidence.objects.exclude(file="").get()
    _rewrite(item.file, 3)
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1
    assert _changed(before, after) == {("file", str(item.pk))}
    assert "changed since upload" in after[("file", str(item.pk))]["detail"]


def test_a_flipped_byte_in_a_token_is_exactly_that_timestamp(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    token = TimestampToken.objects.get(kind="approval")
    TimestampToken.objects.filter(pk=token.pk).update(
        token=_flip(bytes(token.token), len(token.token) // 2)
    )
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1
    assert _changed(before, after) == {("timestamp", str(token.pk))}


def test_a_signature_byte_flipped_is_caught_too(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    token = TimestampToken.objects.get(kind="file")
    TimestampToken.objects.filter(pk=token.pk).update(token=_flip(bytes(token.token), -5))
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1 and _changed(before, after) == {("timestamp", str(token.pk))}


def test_an_edit_made_directly_in_the_database_is_exactly_that_history_entry(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    History = Claim.history.model
    row = History.objects.filter(id=sealed_claim.pk).order_by("history_id").last()
    text = row.rationale
    History.objects.filter(pk=row.pk).update(rationale=chr(ord(text[0]) ^ 1) + text[1:])
    [entry] = LedgerEntry.objects.filter(history_model="claims.historicalclaim", history_id=row.pk)
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1
    assert _changed(before, after) == {("history", str(entry.seq))}
    assert "changed after it was recorded" in after[("history", str(entry.seq))]["detail"]


def test_a_deleted_history_row_is_reported_missing(sealed_claim, capsys):
    before, _ = verify(capsys, "--claim", str(sealed_claim.pk))
    History = Claim.history.model
    row = History.objects.filter(id=sealed_claim.pk).order_by("history_id").first()
    [entry] = LedgerEntry.objects.filter(history_model="claims.historicalclaim", history_id=row.pk)
    History.objects.filter(pk=row.pk).delete()
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1
    assert _changed(before, after) == {("history", str(entry.seq))}
    assert after[("history", str(entry.seq))]["status"] == "missing"


def test_a_deleted_ledger_entry_breaks_the_chain_at_the_next_one(sealed_claim, capsys):
    entries = list(LedgerEntry.objects.filter(claim_id=sealed_claim.pk).order_by("seq"))
    victim, following = entries[1], entries[2]
    assert following.seq == victim.seq + 1
    victim.delete()
    after, code = verify(capsys, "--claim", str(sealed_claim.pk))
    assert code == 1
    assert after[("history", str(following.seq))]["status"] == "missing"
    bad = {key for key, row in after.items() if row["status"] in {"tampered", "missing"}}
    assert bad == {("history", str(following.seq))}
    # and the row it recorded is now outside the chain: unsealed, never ok
    orphan = ("history", f"{victim.history_model}:{victim.history_id}")
    assert after[orphan]["status"] == "unsealed"


def test_chain_head_is_sealed_and_a_cut_tail_is_detected(sealed_claim, capsys):
    head = services.seal_chain_head()
    services.seal(head.pk)
    items, code = verify(capsys, "--all")
    assert code == 0 and items[("chain", str(head.object_id))]["status"] == "ok"
    LedgerEntry.objects.filter(seq=head.object_id).delete()  # the newest entry, no gap left
    items, code = verify(capsys, "--all")
    assert code == 1 and items[("chain", str(head.object_id))]["status"] == "missing"


def test_article_scope_covers_its_claims_and_refuses_unknown_ids(demo_article, capsys):
    from django.core.management.base import CommandError

    claim = demo_article.claims.order_by("pk").first()
    item = sources.add_evidence(
        claim=claim, user=None, upload=SimpleUploadedFile("scan.txt", b"border log\n")
    )
    items, code = verify(capsys, "--article", str(demo_article.pk))
    assert code == 0 and items[("file", str(item.pk))]["status"] == "ok"
    assert any(kind == "history" for kind, _ in items)
    with pytest.raises(CommandError, match="no claim"):
        call_command("verify_provenance", "--claim", "999999", "--json")


def test_a_restored_backup_still_verifies(
    tsa, site, claim, checker, tmp_path, settings, transactional_db, capsys
):
    site.routes["/story"] = Route(article_page())
    cited = sources.add_evidence(claim=claim, user=checker, url=site.url("/story"))
    sources.run_link_checks(link_ids=[cited.link_id])
    sources.add_evidence(claim=claim, user=checker, upload=SimpleUploadedFile("a.txt", b"a\n"))
    for pk in services.unsealed_ids():
        services.seal(pk)
    services.seal(services.seal_chain_head().pk)
    before, code = verify(capsys, "--all")
    assert code == 0
    archive = tmp_path / "workbench.tar.gz"
    call_command("backup_workbench", str(archive), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    call_command("restore_workbench", str(archive), stdout=io.StringIO())
    capsys.readouterr()
    after, code = verify(capsys, "--all")
    assert code == 0
    assert {k: v["status"] for k, v in after.items()} == {k: v["status"] for k, v in before.items()}
