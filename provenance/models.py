"""What makes the record provable: RFC 3161 timestamp tokens over digests, and the hash
chain over every history row."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimestampToken(models.Model):
    """A trusted timestamp over one digest of one thing (a snapshot's WARC, an evidence
    file, an approval record, a published report, a chain head). The row is made when the
    thing is made (status pending) and sealed once by a worker; beat retries the rest."""

    class Kind(models.TextChoices):
        SNAPSHOT = "snapshot", _("Snapshot (WARC)")
        FILE = "file", _("Evidence file")
        APPROVAL = "approval", _("Approval of a verdict")
        REPORT = "report", _("Published report")
        CHAIN_HEAD = "chain_head", _("Head of the history chain")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a timestamp authority")
        SEALED = "sealed", _("Sealed")
        UNSEALED = "unsealed", _("Not sealed")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, help_text=_("Hex SHA-256 of what is sealed."))
    record = models.TextField(
        blank=True,
        help_text=_(
            "The canonical JSON sealed (approvals, reports, chain heads); empty for "
            "files, whose bytes are sealed."
        ),
    )
    claim_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    article_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.TextField(blank=True, help_text=_("Why it is not sealed (yet)."))
    attempts = models.PositiveIntegerField(default=0)
    token = models.BinaryField(null=True, blank=True, help_text=_("The DER TimeStampResp."))
    tsa_url = models.CharField(max_length=500, blank=True)
    tsa_name = models.CharField(max_length=500, blank=True)
    sealed_at = models.DateTimeField(null=True, blank=True, help_text=_("The authority's time."))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "sha256"], name="timestamp_once_per_digest"
            ),
        ]
        indexes = [models.Index(fields=["status", "updated_at"], name="timestamp_status_idx")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} {self.status}"


class LedgerEntry(models.Model):
    """One link of the hash chain: a history row's content hash and the previous entry's
    hash, written in the same transaction as the history row. Editing the row, deleting it,
    or deleting or editing an entry breaks the chain where it happened."""

    seq = models.PositiveBigIntegerField(unique=True)
    history_model = models.CharField(max_length=100, help_text=_("app_label.model of the row."))
    history_id = models.PositiveBigIntegerField()
    object_model = models.CharField(max_length=100)
    object_id = models.PositiveBigIntegerField()
    claim_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    article_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    content_hash = models.CharField(max_length=64)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["seq"]
        verbose_name_plural = "ledger entries"
        indexes = [
            models.Index(fields=["history_model", "history_id"], name="ledger_history_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.history_model}:{self.history_id}"
