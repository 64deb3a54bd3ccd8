"""Articles under review, the claims picked out of them, and the verdicts they receive."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

HEX_COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #rrggbb, e.g. #2e7d32."))


NAMES_HELP = _(
    "The name in other interface languages, by language code, e.g. "
    '{"ru": "Правда", "pl": "Prawda"}; the name above is the English one and stands in for '
    "any language not listed."
)


def name_in(names: dict[str, str], fallback: str, language: str | None = None) -> str:
    """The name for `language` (default: the active one) from a {code: name} mapping;
    "pt-br" falls back to "pt", anything not given to `fallback` (the English name)."""
    code = (language or translation.get_language() or "").lower()
    names = names or {}
    return names.get(code) or names.get(code.split("-")[0]) or fallback


def names_problem(names: object) -> str | None:
    """What is wrong with a {language code: name} mapping, or None."""
    from django.conf.locale import LANG_INFO

    if not isinstance(names, dict):
        return _('Give the names as {"language code": "name", …}.')
    for code, name in names.items():
        if code not in LANG_INFO:
            return _("“%(code)s” is not a language code.") % {"code": str(code)[:20]}
        if not isinstance(name, str) or not name.strip():
            return _("Give a name for “%(code)s”, or leave the language out.") % {"code": code}
    return None


def content_hash(body: str) -> str:
    """Hash of the body with whitespace runs collapsed, so a re-paste is the same article."""
    normalised = re.sub(r"\s+", " ", body).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class RatingScale(models.Model):
    """A verdict scale; ClaimReview's bestRating/worstRating come from here."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    best_value = models.PositiveSmallIntegerField(
        help_text=_("ratingValue of the most true label.")
    )
    worst_value = models.PositiveSmallIntegerField(
        help_text=_("ratingValue of the least true label.")
    )
    is_default = models.BooleanField(default=False)
    names = models.JSONField(default=dict, blank=True, help_text=NAMES_HELP)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(best_value__gt=F("worst_value")),
                name="ratingscale_best_above_worst",
                violation_error_message=_("The best rating must be higher than the worst."),
            ),
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_scale"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The scale's name in the active language."""
        return name_in(self.names, self.name)

    def name_in(self, language: str | None = None) -> str:
        return name_in(self.names, self.name, language)

    def clean(self) -> None:
        problem = names_problem(self.names)
        if problem:
            raise ValidationError({"names": problem})

    @classmethod
    def default(cls) -> RatingScale | None:
        return cls.objects.filter(is_default=True).first()


class RatingLabel(models.Model):
    """One verdict. Ordinal labels carry a ClaimReview ratingValue (higher = more true);
    non-ordinal labels (Misleading, Missing context, Unverifiable) have none and are
    published with their text only (reviewRating.alternateName)."""

    scale = models.ForeignKey(RatingScale, on_delete=models.PROTECT, related_name="labels")
    name = models.CharField(max_length=60)
    slug = models.SlugField(max_length=60)
    value = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("ClaimReview ratingValue; empty for non-ordinal labels.")
    )
    colour = models.CharField(max_length=7, validators=[HEX_COLOUR], default="#757575")
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    # Labels are data an editor changes (a custom scale, a new language), so their names in
    # each language are kept with them, not in the code's catalogues.
    names = models.JSONField(default=dict, blank=True, help_text=NAMES_HELP)

    class Meta:
        ordering = ["scale", "position"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "slug"], name="ratinglabel_unique_slug"),
            models.UniqueConstraint(fields=["scale", "name"], name="ratinglabel_unique_name"),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The verdict's name in the active language (pages, the verdict menu)."""
        return name_in(self.names, self.name)

    def name_in(self, language: str | None = None) -> str:
        """The verdict's name in `language` (a report's language), else the English name."""
        return name_in(self.names, self.name, language)

    @property
    def is_ordinal(self) -> bool:
        return self.value is not None

    def clean(self) -> None:
        problem = names_problem(self.names)
        if problem:
            raise ValidationError({"names": problem})
        if self.value is not None and self.scale_id:
            scale = self.scale
            if not scale.worst_value <= self.value <= scale.best_value:
                raise ValidationError(
                    {
                        "value": _("Must lie between %(worst)s and %(best)s.")
                        % {"worst": scale.worst_value, "best": scale.best_value}
                    }
                )


class Article(models.Model):
    class Status(models.TextChoices):
        IMPORTED = "imported", _("Imported")
        IN_REVIEW = "in_review", _("In review")
        DONE = "done", _("Checked")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2048, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=12,
        blank=True,
        db_index=True,
        help_text=_(
            "ISO 639-1 code of the article's main language, detected on import and "
            "corrected through claims.services.change_article_language; empty: not known."
        ),
    )
    body = models.TextField(help_text=_("Cleaned text; claims point into it by character offsets."))
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IMPORTED)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_articles",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(body=""),
                name="article_body_not_empty",
                violation_error_message=_("An article needs a body."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.content_hash = content_hash(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("claims:article", args=[self.pk])

    def clean(self) -> None:
        if not self.body.strip():
            raise ValidationError({"body": _("An article needs a body.")})
        if self.pk:
            stored = Article.objects.filter(pk=self.pk).values_list("body", flat=True).first()
            if stored is not None and stored != self.body and self.claims.exists():
                raise ValidationError(
                    {"body": _("The text cannot change once claims point into it.")}
                )


class ClaimQuerySet(models.QuerySet):
    def open(self) -> ClaimQuerySet:
        return self.exclude(state__in=[Claim.State.REJECTED, Claim.State.PUBLISHED])


class Claim(models.Model):
    class State(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        IN_RESEARCH = "in_research", _("In research")
        DRAFTED = "drafted", _("Verdict drafted")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")

    # Which state may follow which. claims.policies adds who may take each step (and that
    # approved/published work moves only by an explicit reopen); services enforce both.
    TRANSITIONS: dict[str, set[str]] = {
        State.PROPOSED: {State.ACCEPTED, State.REJECTED},
        State.ACCEPTED: {State.IN_RESEARCH, State.REJECTED, State.DRAFTED},
        State.REJECTED: {State.PROPOSED, State.ACCEPTED},
        State.IN_RESEARCH: {State.DRAFTED},
        State.DRAFTED: {State.DRAFTED, State.APPROVED, State.IN_RESEARCH},  # revise a draft
        State.APPROVED: {State.PUBLISHED, State.IN_RESEARCH},
        State.PUBLISHED: {State.IN_RESEARCH},
    }

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="claims",
        null=True,
        blank=True,
        help_text=_("Empty for claims from outside an article (a viral post, a speech)."),
    )
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField(help_text=_("The claim as checked, normalised."))
    claimant = models.CharField(max_length=300, blank=True, help_text=_("Who makes the claim."))
    claim_date = models.DateField(null=True, blank=True, help_text=_("When the claim was made."))
    appearance_url = models.URLField(
        max_length=2048, blank=True, help_text=_("Where the claim appeared (if not an article).")
    )
    checkworthiness = models.FloatField(
        default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    checkworthiness_reasons = models.JSONField(default=list, blank=True)
    language = models.CharField(
        max_length=12,
        blank=True,
        help_text=_(
            "ISO 639-1 code of the claim's own language (a quote may differ from its "
            "article); empty: not known."
        ),
    )
    chain_unverified = models.BooleanField(
        default=False,
        help_text=_(
            "The desk could not locate the primary source: the attribution chain is "
            "reported as unverified."
        ),
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.PROPOSED)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
    )
    verdict = models.ForeignKey(
        RatingLabel, on_delete=models.PROTECT, null=True, blank=True, related_name="claims"
    )
    rationale = models.TextField(blank=True, help_text=_("Markdown; sanitised when shown."))
    verdict_author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="drafted_verdicts",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="approved_verdicts",
    )
    # Whoever last changed the claim itself (wording, span, claimant, date, appearance) while
    # its verdict waited for approval, when that was not the verdict's author: they are one
    # of its authors now, so a second editor approves (claims.policies).
    draft_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_claims",
    )
    version = models.PositiveIntegerField(default=1, help_text=_("Optimistic-locking counter."))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "pk"]
        permissions = [
            ("draft_verdict", "Can draft a verdict"),
            ("approve_verdict", "Can approve a verdict drafted by someone else"),
            ("publish_claim", "Can publish an approved fact-check"),
            ("assign_claim", "Can assign claims to people"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(start__isnull=True, end__isnull=True) | Q(start__gte=0, end__gt=F("start"))
                ),
                name="claim_span_ordered",
                violation_error_message=_("A span needs 0 <= start < end."),
            ),
            models.CheckConstraint(
                condition=Q(article__isnull=False) | Q(start__isnull=True),
                name="claim_span_needs_article",
                violation_error_message=_("Only claims in an article have a span."),
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_0_1",
                violation_error_message=_("Check-worthiness lies between 0 and 1."),
            ),
            models.CheckConstraint(
                condition=~Q(text=""),
                name="claim_text_not_empty",
                violation_error_message=_("A claim needs text."),
            ),
            models.CheckConstraint(
                condition=Q(state__in=["proposed", "accepted", "rejected", "in_research"])
                | Q(verdict__isnull=False),
                name="claim_verdict_when_drafted",
                violation_error_message=_(
                    "A drafted, approved or published claim needs a verdict."
                ),
            ),
        ]
        indexes = [
            models.Index(fields=["state", "assignee"]),
            # Lists show the most recently changed claims first (dashboard, exports).
            models.Index(fields=["-updated_at", "-id"], name="claim_recent_first"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        """Where the claim is worked on: its article's review page with the claim open (the
        full workspace), or the claim's own page for claims outside any article."""
        if self.article_id:
            return f"{reverse('claims:article', args=[self.article_id])}?claim={self.pk}"
        return reverse("claims:claim", args=[self.pk])

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if (self.start is None) != (self.end is None):
            errors["end"] = _("Give both start and end, or neither.")
        elif self.start is not None:
            if self.article_id is None:
                errors["start"] = _("Only claims in an article have a span.")
            elif not 0 <= self.start < self.end:
                errors["end"] = _("The span must satisfy 0 <= start < end.")
            elif self.end > len(self.article.body):
                errors["end"] = _(
                    "The span ends at %(end)s, past the article's %(length)s characters."
                ) % {"end": self.end, "length": len(self.article.body)}
        if self.verdict_id is None and self.state in {
            self.State.DRAFTED,
            self.State.APPROVED,
            self.State.PUBLISHED,
        }:
            errors["verdict"] = _("A drafted, approved or published claim needs a verdict.")
        if self.reviewer_id and self.reviewer_id == self.verdict_author_id:
            errors["reviewer"] = _("Nobody approves their own verdict.")
        elif self.reviewer_id and self.reviewer_id == self.draft_edited_by_id:
            errors["reviewer"] = _("Nobody approves a verdict on a claim they changed.")
        if errors:
            raise ValidationError(errors)

    @property
    def span_text(self) -> str:
        if self.article_id is None or self.start is None:
            return ""
        return self.article.body[self.start : self.end]

    def can_move_to(self, state: str) -> bool:
        return self.transition_allowed(self.state, state)

    @classmethod
    def transition_allowed(cls, current: str, target: str) -> bool:
        """The state machine's one answer: may a claim in `current` move to `target`?"""
        return target in cls.TRANSITIONS.get(current, set())


class ReviewComment(models.Model):
    """What an editor says when sending a verdict back, or anyone notes on a claim."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.author}: {self.body[:40]}"


class PriorFactCheck(models.Model):
    """Another organisation's published ClaimReview, kept so a returning claim is found
    as already checked instead of being researched again."""

    url = models.URLField(max_length=2048, help_text=_("The fact-check's own page."))
    url_hash = models.CharField(max_length=64, unique=True, editable=False)
    claim_reviewed = models.TextField()
    rating_text = models.CharField(max_length=300, blank=True)
    rating_value = models.FloatField(null=True, blank=True)
    best_rating = models.FloatField(null=True, blank=True)
    worst_rating = models.FloatField(null=True, blank=True)
    author_name = models.CharField(
        max_length=300, blank=True, help_text=_("Publishing organisation.")
    )
    author_url = models.URLField(max_length=2048, blank=True)
    date_published = models.DateField(null=True, blank=True)
    claimant = models.CharField(max_length=300, blank=True, help_text=_("itemReviewed.author"))
    claim_date = models.DateField(null=True, blank=True)
    appearance_url = models.URLField(max_length=2048, blank=True)
    language = models.CharField(max_length=12, blank=True)
    raw = models.JSONField(help_text=_("The ClaimReview object as published."))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_prior_fact_checks",
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date_published", "pk"]

    def __str__(self) -> str:
        return f"{self.author_name or 'unknown'}: {self.claim_reviewed[:60]}"

    def save(self, *args, **kwargs) -> None:
        self.url_hash = hashlib.sha256(self.url.encode("utf-8")).hexdigest()
        super().save(*args, **kwargs)


def export_path(instance: ExportJob, filename: str) -> str:
    return f"exports/{instance.pk}/{filename}"


class ExportJob(models.Model):
    """A bulk export running in the background; the page polls its progress and offers the
    file once it is written."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a worker")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    class Format(models.TextChoices):
        JSON = "json", _("JSON (re-importable)")
        CSV = "csv", _("CSV (one row per claim)")
        CLAIMREVIEW = "claimreview", _("ClaimReview JSON-LD (published claims)")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs"
    )
    format = models.CharField(max_length=20, choices=Format.choices, default=Format.JSON)
    filters = models.JSONField(default=dict, blank=True)
    include_confidential = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to=export_path, max_length=255, blank=True)
    error = models.TextField(blank=True)
    task_id = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"export {self.pk} ({self.format}, {self.status})"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0


class ClaimMatch(models.Model):
    """A suggestion that a claim says the same as an earlier claim or another
    organisation's fact-check, and what the desk decided about it."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        LINKED = "linked", _("Same claim")
        DISMISSED = "dismissed", _("Not the same")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matches")
    matched_claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, null=True, blank=True, related_name="matched_by"
    )
    prior_fact_check = models.ForeignKey(
        PriorFactCheck, on_delete=models.CASCADE, null=True, blank=True, related_name="matches"
    )
    score = models.FloatField(
        help_text=_("Matching score; 1 is the same words, numbers and polarity.")
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="claim_matches_decided",
    )
    linked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(matched_claim__isnull=False, prior_fact_check__isnull=True)
                | Q(matched_claim__isnull=True, prior_fact_check__isnull=False),
                name="claimmatch_one_target",
                violation_error_message=_("A match points at one claim or one prior fact-check."),
            ),
            models.CheckConstraint(
                condition=~Q(matched_claim=F("claim")),
                name="claimmatch_not_itself",
                violation_error_message=_("A claim cannot match itself."),
            ),
            models.UniqueConstraint(
                fields=["claim", "matched_claim"],
                condition=Q(matched_claim__isnull=False),
                name="claimmatch_unique_claim",
            ),
            models.UniqueConstraint(
                fields=["claim", "prior_fact_check"],
                condition=Q(prior_fact_check__isnull=False),
                name="claimmatch_unique_prior",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} ~ {self.target} ({self.score:.2f}, {self.status})"

    @property
    def target(self) -> Claim | PriorFactCheck | None:
        return self.matched_claim if self.matched_claim_id else self.prior_fact_check


class ImportJob(models.Model):
    """A large ClaimReview import in the background (claims.interchange.run_import_job): the
    whole file is checked first, with progress the page polls, then written in one
    transaction, so it stays all or nothing like a small import done in the request."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a worker")
        CHECKING = "checking", _("Checking")
        SAVING = "saving", _("Saving")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Nothing imported")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs"
    )
    file = models.FileField(upload_to="imports/", max_length=255, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # What was imported, by kind ({"prior fact-checks created": 2}): the page writes the
    # summary from it in the reader's language. None on jobs from before it was kept, which
    # show `summary`, the English text the worker stored (it still stores it, for the admin).
    counts = models.JSONField(null=True, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    errors = models.JSONField(default=list, blank=True)
    task_id = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"import {self.pk} ({self.status})"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def running(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.CHECKING, self.Status.SAVING)

    @property
    def summary_text(self) -> str:
        """The summary ("Imported 2 prior fact-checks created.") in the active language."""
        if self.counts is None:
            return self.summary
        from claims.interchange.common import import_summary

        return import_summary(self.counts)


class TextVector(models.Model):
    """The sentence embedding of one claim or one prior fact-check (claims.search
    .embeddings: multilingual-e5-small, 384 float32 values, little-endian bytes, so the same
    column works in PostgreSQL and SQLite). `text_hash` says which text and model it was
    computed from: a rebuild leaves up-to-date rows alone and replaces stale ones.
    `sparse` (since the seventh round of issue 15): the text's sparse vector
    (embeddings.embed_sparse: at most 64 features, a uint16 index and a float32 weight
    each, little-endian), empty in a row stored before it.
    `analysis` (latency round of issue 15): what the re-score reads from the owner's text
    (claims.search.stored_analysis: its signals and terms, JSON), written with the vector;
    used only while `analysis_digest` matches the text and the code that computes it,
    else computed at the lookup and refilled by `build_vectors`. `analysis_packed` (issue
    15, latency18): the same analysis in the cheaper form written since (marshal, about a
    quarter of the JSON's decoding time); `analysis` then stays empty, and a row holding
    only the JSON form is read as before until `build_vectors` repacks it."""

    claim = models.OneToOneField(
        Claim, on_delete=models.CASCADE, null=True, blank=True, related_name="text_vector"
    )
    prior_fact_check = models.OneToOneField(
        PriorFactCheck,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="text_vector",
    )
    model_name = models.CharField(max_length=100)
    text_hash = models.CharField(max_length=64)
    vector = models.BinaryField()
    sparse = models.BinaryField(default=b"", blank=True)
    analysis = models.TextField(default="", blank=True)
    analysis_digest = models.CharField(max_length=64, default="", blank=True)
    # a database default too: a bulk load (COPY) that leaves the column out stores nothing
    analysis_packed = models.BinaryField(default=b"", db_default=b"", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(claim__isnull=False, prior_fact_check__isnull=True)
                | Q(claim__isnull=True, prior_fact_check__isnull=False),
                name="textvector_one_owner",
                violation_error_message=_("A vector belongs to one claim or one prior fact-check."),
            ),
        ]
        indexes = [models.Index(fields=["updated_at"], name="textvector_updated")]

    def __str__(self) -> str:
        owner = f"claim {self.claim_id}" if self.claim_id else f"prior {self.prior_fact_check_id}"
        return f"vector of {owner}"
