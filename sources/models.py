"""Where claims come from and what backs them: sources, attributions, evidence, and the
background checks that keep every cited link alive and archived."""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.engine_messages import from_json, translated
from claims.models import Claim
from claims.search.fold import fold_accents

_SEPARATORS = re.compile(r"[\W_]+")


def normalise_name(name: str) -> str:
    """Key for recognising a source again: case, punctuation and 'the' ignored, in any
    script. Accents go only from Latin letters (Lukašenka = Lukasenka); Cyrillic letters
    keep theirs, because й/и, ї/і and ў/у are different letters, except ё, which Russian
    text writes as е as often as not. Inflection is not folded here: that needs the
    language (sources.matching.nominative_name)."""
    text = fold_accents(name)
    text = _SEPARATORS.sub(" ", text).strip()
    return re.sub(r"^the ", "", text)


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


class Source(models.Model):
    class Kind(models.TextChoices):
        NEWS_OUTLET = "news_outlet", _("News outlet")
        NGO = "ngo", _("NGO / rights group")
        GOVERNMENT_BODY = "government_body", _("Government body")
        OFFICIAL = "official", _("Official / person")
        HEAD_OF_STATE = "head_of_state", _("Head of state")
        INTERCEPTED_COMMUNICATION = "intercepted_communication", _("Intercepted communication")
        LEAKED_DOCUMENT = "leaked_document", _("Leaked document")
        WITNESS_TESTIMONY = "witness_testimony", _("Witness testimony")
        DATASET = "dataset", _("Dataset / statistics")
        ACADEMIC_STUDY = "academic_study", _("Academic study")
        COURT_RECORD = "court_record", _("Court record")
        SOCIAL_MEDIA = "social_media", _("Social-media account")
        ANONYMOUS = "anonymous", _("Anonymous source")
        OTHER = "other", _("Other")

    class Reliability(models.TextChoices):
        """Admiralty (NATO) source-reliability grade."""

        A = "A", _("A – Completely reliable")
        B = "B", _("B – Usually reliable")
        C = "C", _("C – Fairly reliable")
        D = "D", _("D – Not usually reliable")
        E = "E", _("E – Unreliable")
        F = "F", _("F – Reliability cannot be judged")

    name = models.CharField(max_length=300)
    normalised_name = models.CharField(max_length=300, unique=True, editable=False)
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.OTHER)
    homepage = models.URLField(max_length=2048, blank=True)
    reliability = models.CharField(max_length=1, choices=Reliability.choices, default=Reliability.F)
    notes = models.TextField(blank=True)
    confidential = models.BooleanField(
        default=False, help_text=_("A protected witness or intercepted material: restricted view.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [
            ("view_confidential_source", "Can see confidential sources and evidence"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(reliability__in=list("ABCDEF")),
                name="source_reliability_a_f",
                violation_error_message=_("Reliability is an Admiralty grade A–F."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised_name = normalise_name(self.name)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        key = normalise_name(self.name)
        if not key:
            raise ValidationError({"name": _("A source needs a name with letters or digits.")})
        if len(key) > self._meta.get_field("normalised_name").max_length:
            raise ValidationError(
                {"name": _("This name is too long to be recognised again; shorten it.")}
            )
        clash = Source.objects.filter(normalised_name=key).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(
                {"name": _("“%(name)s” already exists.") % {"name": clash.first()}}
            )


class SourceAlias(models.Model):
    """Another name the same source goes by ("Politico", "POLITICO Europe")."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    normalised_name = models.CharField(max_length=300, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "source aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised_name = normalise_name(self.name)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        key = normalise_name(self.name)
        if not key:
            raise ValidationError({"name": _("An alias needs letters or digits.")})
        if len(key) > self._meta.get_field("normalised_name").max_length:
            raise ValidationError(
                {"name": _("This alias is too long to be recognised again; shorten it.")}
            )
        if SourceAlias.objects.filter(normalised_name=key).exclude(pk=self.pk).exists():
            raise ValidationError({"name": _("This alias already belongs to a source.")})


class Attribution(models.Model):
    """The article says where a claim comes from: 'according to Human Constanta'."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="attributions")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="attributions")
    via = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="relayed_attributions",
        help_text=_("The source through which this one reached the article (Aleh via POLITICO)."),
    )
    cue = models.CharField(max_length=300, blank=True, help_text=_("The words that attribute."))
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["claim", "cue_start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(cue_start__isnull=True, cue_end__isnull=True)
                | Q(cue_start__gte=0, cue_end__gt=F("cue_start")),
                name="attribution_cue_span_ordered",
                violation_error_message=_("A cue span needs 0 <= start < end."),
            ),
            models.CheckConstraint(
                condition=~Q(via=F("source")),
                name="attribution_not_via_itself",
                violation_error_message=_("A source cannot be relayed via itself."),
            ),
            models.UniqueConstraint(
                fields=["claim", "source", "via"],
                name="attribution_unique_per_claim",
                nulls_distinct=False,
            ),
        ]

    def __str__(self) -> str:
        if not self.via_id:
            return str(self.source)
        return _("%(source)s via %(via)s") % {"source": self.source, "via": self.via}

    def clean(self) -> None:
        if self.via_id and self.via_id == self.source_id:
            raise ValidationError({"via": _("A source cannot be relayed via itself.")})
        if (self.cue_start is None) != (self.cue_end is None):
            raise ValidationError({"cue_end": _("Give both ends of the cue span, or neither.")})
        if self.cue_start is not None:
            if self.cue_start >= self.cue_end:
                raise ValidationError({"cue_end": _("The cue span must satisfy start < end.")})
            article = self.claim.article if self.claim_id else None
            if article is not None and self.cue_end > len(article.body):
                raise ValidationError({"cue_end": _("The cue span runs past the article's end.")})


class ProposedAttribution(models.Model):
    """The article attributes the claim to a kind of speaker ("according to officials",
    "rights groups say"), not to a particular one. The import proposes it instead of
    creating a source; a fact-checker links it to the real source or confirms the words as
    a source (then it becomes an Attribution), or dismisses it."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="proposed_attributions")
    name = models.CharField(max_length=300, help_text=_("The article's words for the source."))
    via = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposed_relays",
        help_text=_("The source through which it reached the article, when that one is known."),
    )
    cue = models.CharField(max_length=300, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim", "cue_start", "pk"]

    def __str__(self) -> str:
        return _("%(name)s (not linked to a source)") % {"name": self.name}


# How each link-check outcome (sources.linkcheck.result.Outcome, stored as its value) reads
# on a page or in a report; the English text is the value with spaces.
OUTCOME_LABELS = {
    "ok": _("ok"),
    "redirected": _("redirected"),
    "broken": _("broken"),
    "server_error": _("server error"),
    "forbidden": _("forbidden"),
    "rate_limited": _("rate limited"),
    "timeout": _("timeout"),
    "unreachable": _("unreachable"),
    "too_many_redirects": _("too many redirects"),
    "soft_404": _("soft 404"),
    "blocked": _("blocked"),
    "invalid": _("invalid"),
}


def outcome_label(outcome: str) -> str:
    """A stored outcome as words in the active language ("server_error": "server error")."""
    if not outcome:
        return str(_("not checked yet"))
    return str(OUTCOME_LABELS.get(outcome, outcome.replace("_", " ")))


class Link(models.Model):
    """One cited URL, checked once however many evidence items cite it."""

    url = models.TextField()
    url_hash = models.CharField(max_length=64, unique=True, editable=False)
    last_outcome = models.CharField(max_length=30, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_checked_at = models.DateTimeField(null=True, blank=True, db_index=True)
    content_changed = models.BooleanField(
        default=False, help_text=_("The text differs from the snapshot taken when it was cited.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]

    def __str__(self) -> str:
        return self.url

    def save(self, *args, **kwargs) -> None:
        self.url_hash = url_hash(self.url)
        super().save(*args, **kwargs)

    @property
    def outcome_text(self) -> str:
        """The last outcome as words in the active language, or "not checked yet"."""
        return outcome_label(self.last_outcome)

    @property
    def cited_snapshot(self) -> Snapshot | None:
        return self.snapshots.order_by("captured_at").first()


class LinkCheck(models.Model):
    """One check of one URL; the history of a link is its checks in time order."""

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="checks")
    outcome = models.CharField(max_length=30)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.TextField(blank=True)
    redirect_chain = models.JSONField(default=list, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    text_fingerprint = models.CharField(max_length=64, blank=True)
    elapsed_ms = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    # The link checker's reason as template and params (claims.engine_messages.to_json), so
    # pages show it in the reader's language; `error` keeps the English (API, old rows).
    error_message = models.JSONField(null=True, blank=True)
    checked_at = models.DateTimeField(db_index=True)
    task_id = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Celery task that made it; makes redelivery idempotent."),
    )

    class Meta:
        ordering = ["-checked_at"]
        get_latest_by = "checked_at"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "task_id"], condition=~Q(task_id=""), name="linkcheck_once_per_task"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.outcome} {self.link.url}"

    @property
    def outcome_text(self) -> str:
        return outcome_label(self.outcome)

    @property
    def error_text(self) -> str:
        """The checker's reason in the active language."""
        if not self.error_message:
            return self.error
        return translated(from_json(self.error_message))


def snapshot_path(instance: Snapshot, filename: str) -> str:
    return f"snapshots/{instance.link.url_hash[:2]}/{instance.link.url_hash}/{filename}"


class Snapshot(models.Model):
    """What a page said when it was cited (and when it later changed)."""

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="snapshots")
    link_check = models.ForeignKey(LinkCheck, on_delete=models.SET_NULL, null=True, blank=True)
    captured_at = models.DateTimeField()
    final_url = models.TextField(blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    headers = models.JSONField(default=dict, blank=True)
    sha256 = models.CharField(max_length=64)
    text_fingerprint = models.CharField(max_length=64, blank=True)
    text = models.TextField(blank=True)
    raw = models.FileField(upload_to=snapshot_path, max_length=255, blank=True)
    warc = models.FileField(
        upload_to=snapshot_path,
        max_length=255,
        blank=True,
        help_text=_("The request and response as a WARC file (ISO 28500), as fetched."),
    )
    wayback_url = models.URLField(max_length=2048, blank=True)

    class Meta:
        ordering = ["captured_at"]

    def __str__(self) -> str:
        return f"{self.link.url} @ {self.captured_at:%Y-%m-%d %H:%M}"


def evidence_path(instance: Evidence, filename: str) -> str:
    return f"evidence/{instance.file_sha256[:2]}/{instance.file_sha256}/{filename}"


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", _("Supports")
        REFUTES = "refutes", _("Refutes")
        CONTEXT = "context", _("Adds context")

    class Credibility(models.IntegerChoices):
        """Admiralty (NATO) information-credibility grade."""

        CONFIRMED = 1, _("1 – Confirmed by other sources")
        PROBABLY_TRUE = 2, _("2 – Probably true")
        POSSIBLY_TRUE = 3, _("3 – Possibly true")
        DOUBTFUL = 4, _("4 – Doubtful")
        IMPROBABLE = 5, _("5 – Improbable")
        CANNOT_JUDGE = 6, _("6 – Truth cannot be judged")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="evidence"
    )
    url = models.URLField(max_length=2048, blank=True)
    link = models.ForeignKey(
        Link,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="evidence",
        editable=False,
    )
    cited_snapshot = models.ForeignKey(
        "Snapshot",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="citations",
        editable=False,
        help_text=_("The page as it was when this evidence cited it (the first check after)."),
    )
    file = models.FileField(upload_to=evidence_path, max_length=255, blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    file_sha256 = models.CharField(max_length=64, blank=True)
    file_size = models.PositiveBigIntegerField(null=True, blank=True)
    excerpt = models.TextField(blank=True, help_text=_("The excerpt or quote relied on."))
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.CONTEXT)
    credibility = models.PositiveSmallIntegerField(
        choices=Credibility.choices, default=Credibility.CANNOT_JUDGE
    )
    confidential = models.BooleanField(default=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="added_evidence",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["claim", "created_at"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(file="") | ~Q(excerpt=""),
                name="evidence_has_content",
                violation_error_message=_("Evidence needs a URL, a file or an excerpt."),
            ),
            models.CheckConstraint(
                condition=Q(credibility__gte=1, credibility__lte=6),
                name="evidence_credibility_1_6",
                violation_error_message=_("Credibility is an Admiralty grade 1–6."),
            ),
            models.CheckConstraint(
                condition=Q(stance__in=["supports", "refutes", "context"]),
                name="evidence_stance_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.url or self.file_name or self.excerpt[:60]

    def clean(self) -> None:
        if not (self.url or self.file or self.excerpt.strip()):
            raise ValidationError(_("Evidence needs a URL, a file or an excerpt."))

    def changed_since_cited(self, latest: Snapshot | None) -> bool:
        """The page's latest version differs from the one this evidence cited."""
        cited = self.cited_snapshot
        if cited is None or latest is None or cited.pk == latest.pk:
            return False
        return (cited.text_fingerprint or cited.sha256) != (
            latest.text_fingerprint or latest.sha256
        )

    @property
    def is_confidential(self) -> bool:
        """Confidential itself, or from a confidential source (then just as secret)."""
        return self.confidential or (self.source is not None and self.source.confidential)

    @property
    def grade(self) -> str:
        """Admiralty grade such as "B2": the source's letter and this item's digit."""
        letter = self.source.reliability if self.source_id else "F"
        return f"{letter}{self.credibility}"
