"""Writes to claims and verdicts. Pages, htmx partials, the API, the admin, commands and
tasks all call these; each checks `claims.policies` (who may do it, in which state) on the
row it locked, validates, and writes in one transaction with a history entry."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import events, policies
from claims.extraction.clean import strip_invisible
from claims.models import Article, Claim, RatingLabel, ReviewComment
from claims.policies import Action
from factcheck.celery import enqueue
from provenance import services as provenance
from sources.models import Attribution, ProposedAttribution

SUGGESTIONS_TASK = "claims.search.tasks.compute_suggestions"

# What a new claim may be given (create_claim's keyword arguments); the workflow sets the rest.
NEW_CLAIM_FIELDS = (
    "article",
    "start",
    "end",
    "text",
    "claimant",
    "claim_date",
    "appearance_url",
    "assignee",
    "checkworthiness",
)
EDITABLE_FIELDS = {
    "chain_unverified",
    "text",
    "claimant",
    "claim_date",
    "appearance_url",
    "start",
    "end",
    "assignee",
}


COMMENT_MAX_LENGTH = 5000


class EditConflict(Exception):
    """Somebody else saved the claim since this user loaded it."""

    def __init__(self, current: Claim) -> None:
        super().__init__(
            _(
                "This claim was changed by someone else (now version %(version)s). "
                "Review their change and apply yours again."
            )
            % {"version": current.version}
        )
        self.current = current


def _locked(claim: Claim, expected_version: int | None) -> Claim:
    """Re-read the row under a lock and check nobody saved it since the user loaded it."""
    current = (
        Claim.objects.select_for_update(of=("self",)).select_related("article").get(pk=claim.pk)
    )
    if expected_version is not None and current.version != expected_version:
        raise EditConflict(current)
    return current


# The database enforces these foreign keys and the check constraints; Claim.clean() and the
# field validators give the readable messages. Skipping Django's re-checks saves ~13 queries
# (one per constraint, each in a savepoint, and one per foreign key) on every workflow step.
_DB_CHECKED = ["article", "assignee", "verdict", "verdict_author", "reviewer", "created_by"]


OVERLAP_MESSAGE = gettext_lazy(
    "The selection overlaps an existing claim; edit, split or merge that one instead."
)
NO_OVERLAP_CONSTRAINT = "claim_no_overlap"  # PostgreSQL, claims/migrations/0015


def _overlap_or(exc: IntegrityError) -> Exception:
    """The database's no-overlap rule (two people claiming one sentence at once: each
    service check saw no overlap) answers with the service's own message."""
    return ValidationError(str(OVERLAP_MESSAGE)) if NO_OVERLAP_CONSTRAINT in str(exc) else exc


def _store(claim: Claim) -> None:
    try:
        claim.save()
    except IntegrityError as exc:
        raise _overlap_or(exc) from exc


def _save(claim: Claim, user: AbstractBaseUser | None, reason: str) -> Claim:
    claim.version += 1
    claim.full_clean(exclude=_DB_CHECKED, validate_constraints=False)
    claim._change_reason = reason
    if user is not None and user.is_authenticated:
        claim._history_user = user
    _store(claim)
    return claim


def clean_text(text: str) -> str:
    """Claim text and claimants as stored: invisible formatting characters removed (a
    right-to-left override would show the reviewer other words), whitespace collapsed."""
    return " ".join(strip_invisible(text or "").split())


def enqueue_suggestions(claim_ids: list[int]) -> None:
    """Compute "checked before?" suggestions in the background once the claims are committed."""
    ids = [int(pk) for pk in claim_ids]
    if ids:
        enqueue(SUGGESTIONS_TASK, ids)


def span_problem(article: Article, start: int, end: int, *, exclude: list[int]) -> str | None:
    """What is wrong with `[start, end)` as a claim of `article`, or None. Claims of one
    article never overlap (rejected ones aside): a sentence is checked once."""
    error = _span_error(article, start, end)
    if error:
        return error
    start, end = _trimmed(article, start, end)
    overlapping = (
        article.claims.exclude(state=Claim.State.REJECTED)
        .exclude(pk__in=exclude)
        .filter(start__lt=end, end__gt=start)
    )
    if overlapping.exists():
        return str(OVERLAP_MESSAGE)
    return None


def _check_no_overlap(article: Article, start: int, end: int, *, exclude: list[int]) -> None:
    problem = span_problem(article, start, end, exclude=exclude)
    if problem:
        raise ValidationError(problem)


def _move(claim: Claim, to_state: str) -> None:
    if not claim.can_move_to(to_state):
        raise ValidationError(
            _("A claim that is %(state)s cannot become %(target)s.")
            % {
                "state": policies.state_label(claim.state),
                "target": policies.state_label(to_state),
            }
        )
    claim.state = to_state


@transaction.atomic
def update_claim(
    *, claim: Claim, user: AbstractBaseUser, expected_version: int | None, **changes: Any
) -> Claim:
    """Edit text, claimant, span, date, appearance or assignee. Approved and published claims
    are locked (`reopen_claim` first); a new span must not overlap another claim."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    current = _locked(claim, expected_version)
    if "assignee" in changes and changes["assignee"] != current.assignee:
        policies.check(user, current, Action.ASSIGN)
    if set(changes) - {"assignee"}:
        policies.check(user, current, Action.EDIT)
    for field in ("text", "claimant"):
        if field in changes:
            changes[field] = clean_text(changes[field])
    if "claimant" in changes and not policies.claimant_change_wanted(
        user, current, changes["claimant"]
    ):
        del changes["claimant"]  # the redacted name its form showed: left as it is
    substance = {
        field
        for field, value in changes.items()
        if field != "assignee" and getattr(current, field) != value
    }
    for field, value in changes.items():
        setattr(current, field, value)
    if substance and current.state == Claim.State.DRAFTED and current.verdict_author_id != user.pk:
        current.draft_edited_by = user  # a co-author now: another editor approves
    span_changed = "start" in changes or "end" in changes
    if current.article_id and current.start is not None and current.end is not None:
        if span_changed:
            error = _span_error(current.article, current.start, current.end)
            if error:
                raise ValidationError(error)
            current.start, current.end = _trimmed(current.article, current.start, current.end)
            _check_no_overlap(current.article, current.start, current.end, exclude=[current.pk])
        if "text" not in changes:
            current.text = clean_text(current.span_text)
    saved = _save(current, user, "edited")
    if {"text", "start", "end"} & set(changes):
        enqueue_suggestions([saved.pk])  # an edited claim must not keep stale suggestions
    return saved


@transaction.atomic
def transition_claim(
    *, claim: Claim, to_state: str, user: AbstractBaseUser, expected_version: int | None = None
) -> Claim:
    """Accept, reject, propose again or start research: the steps anyone on the desk may
    take. Approved and published claims move only through `reopen_claim`."""
    action = policies.transition_action(to_state)
    current = _locked(claim, expected_version)
    policies.check(user, current, action)
    if current.state == Claim.State.REJECTED and current.article_id and current.start is not None:
        # A rejected claim takes no part in the no-overlap rule; proposed again, it does.
        _check_no_overlap(current.article, current.start, current.end, exclude=[current.pk])
    _move(current, to_state)
    return _save(current, user, f"state → {to_state}")


@transaction.atomic
def draft_verdict(
    *,
    claim: Claim,
    user: AbstractBaseUser,
    verdict: RatingLabel,
    rationale: str,
    expected_version: int | None = None,
) -> Claim:
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.DRAFT_VERDICT)
    if not rationale.strip():
        raise ValidationError({"rationale": _("Explain the verdict: the rationale is empty.")})
    _move(current, Claim.State.DRAFTED)
    current.verdict = verdict
    current.rationale = rationale
    current.verdict_author = user
    current.draft_edited_by = None
    current.reviewer = None
    current.approved_at = None
    return _save(current, user, f"verdict drafted: {verdict.name}")


@transaction.atomic
def approve_verdict(
    *, claim: Claim, user: AbstractBaseUser, expected_version: int | None = None
) -> Claim:
    """The second pair of eyes: an editor who did not draft the verdict approves it."""
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.APPROVE)
    _move(current, Claim.State.APPROVED)
    current.reviewer = user
    current.approved_at = timezone.now()
    saved = _save(current, user, f"verdict approved: {current.verdict}")
    events.emit(events.APPROVED, claim=saved, actor=user)
    provenance.seal_approval(saved)  # a trusted timestamp of what was approved, after commit
    return saved


@transaction.atomic
def send_back(
    *, claim: Claim, user: AbstractBaseUser, comment: str, expected_version: int | None = None
) -> Claim:
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.SEND_BACK)
    if not comment.strip():
        raise ValidationError({"comment": _("Say what needs to change.")})
    _move(current, Claim.State.IN_RESEARCH)
    current.reviewer = None
    current.approved_at = None
    ReviewComment.objects.create(claim=current, author=user, body=comment)
    saved = _save(current, user, "sent back")
    events.emit(events.SENT_BACK, claim=saved, actor=user, comment=comment)
    return saved


@transaction.atomic
def publish_claim(
    *, claim: Claim, user: AbstractBaseUser, expected_version: int | None = None
) -> Claim:
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.PUBLISH)
    _move(current, Claim.State.PUBLISHED)
    current.published_at = timezone.now()
    saved = _save(current, user, "published")
    events.emit(events.PUBLISHED, claim=saved, actor=user)
    provenance.seal_report(saved)  # a trusted timestamp of the fact-check as published
    return saved


@transaction.atomic
def reopen_claim(
    *, claim: Claim, user: AbstractBaseUser, reason: str, expected_version: int | None = None
) -> Claim:
    """Unlock approved or published work to change it: who and why are recorded, the
    approval is withdrawn, and the claim goes back through research and a second editor."""
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.REOPEN)
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the claim is reopened.")})
    with translation.override("en"):  # the comment and history are stored in English
        was = str(Claim.State(current.state).label).lower()
    _move(current, Claim.State.IN_RESEARCH)
    current.reviewer = None
    current.approved_at = None
    ReviewComment.objects.create(claim=current, author=user, body=f"Reopened ({was}): {reason}")
    return _save(current, user, f"reopened ({was}): {reason.strip()[:200]}")


def _span_error(article: Article, start: int, end: int) -> str | None:
    if not 0 <= start < end <= len(article.body):
        return _(
            "The selection %(start)s–%(end)s is not inside the article (%(length)s characters)."
        ) % {"start": start, "end": end, "length": len(article.body)}
    if not article.body[start:end].strip():
        return _("The selection is empty.")
    return None


def _trimmed(article: Article, start: int, end: int) -> tuple[int, int]:
    """Selections often catch surrounding spaces; claims start and end on text."""
    text = article.body[start:end]
    return start + (len(text) - len(text.lstrip())), end - (len(text) - len(text.rstrip()))


@transaction.atomic
def create_claim(
    *,
    article: Article | None = None,
    user: AbstractBaseUser,
    start: int | None = None,
    end: int | None = None,
    text: str = "",
    claimant: str = "",
    state: str = Claim.State.ACCEPTED,
    checkworthiness: float = 0.0,
    reasons: list[str] | None = None,
    claim_date: Any = None,
    appearance_url: str = "",
    assignee: AbstractBaseUser | None = None,
) -> Claim:
    """A claim picked by a person (from a selection) or from outside any article."""
    if state not in {Claim.State.PROPOSED, Claim.State.ACCEPTED}:
        raise ValidationError(_("A new claim starts as proposed or accepted."))
    policies.check_desk(user, policies.DeskAction.CREATE_CLAIM)
    if (start is None) != (end is None) or (article is None and start is not None):
        raise ValidationError(_("A span needs an article, a start and an end."))
    if article is not None and start is not None and end is not None:
        error = _span_error(article, start, end)
        if error:
            raise ValidationError(error)
        start, end = _trimmed(article, start, end)
        _check_no_overlap(article, start, end, exclude=[])
        text = text or article.body[start:end]
    claim = Claim(
        article=article,
        start=start,
        end=end,
        text=clean_text(text),
        claimant=clean_text(claimant),
        state=state,
        checkworthiness=checkworthiness,
        checkworthiness_reasons=reasons or [],
        claim_date=claim_date,
        appearance_url=appearance_url or "",
        assignee=assignee,
        created_by=user,
    )
    if assignee is not None:
        policies.check(user, claim, Action.ASSIGN)
    claim.full_clean()
    claim._change_reason = "created"
    claim._history_user = user
    _store(claim)
    enqueue_suggestions([claim.pk])
    return claim


@transaction.atomic
def merge_claims(*, claims: list[Claim], user: AbstractBaseUser) -> Claim:
    """Join adjacent claims of one article into the first; the others' attributions and
    evidence move over, and the others are deleted (their history stays). Claims with
    another claim between them are not adjacent: merging them would swallow it."""
    if len(claims) < 2:
        raise ValidationError(_("Choose at least two claims to merge."))
    locked = list(
        Claim.objects.select_for_update(of=("self",))
        .select_related("article")
        .filter(pk__in=[c.pk for c in claims])
        .order_by("start")
    )
    articles = {c.article_id for c in locked}
    if len(articles) != 1 or None in articles or any(c.start is None for c in locked):
        raise ValidationError(_("Only claims of the same article can be merged."))
    for item in locked:
        policies.check(user, item, Action.MERGE)
    first, rest = locked[0], locked[1:]
    end = max(c.end for c in locked)
    between = (
        first.article.claims.exclude(state=Claim.State.REJECTED)
        .exclude(pk__in=[c.pk for c in locked])
        .filter(start__lt=end, end__gt=first.start)
    )
    if between.exists():
        raise ValidationError(
            _(
                "These claims are not next to each other: another claim lies between them. "
                "Merge neighbouring claims only."
            )
        )
    first.end = end
    first.text = clean_text(first.article.body[first.start : first.end])
    first.checkworthiness = max(c.checkworthiness for c in locked)
    for other in rest:
        other.attributions.exclude(source__in=first.attributions.values("source")).update(
            claim=first
        )
        other.evidence.update(claim=first)
        other.proposed_attributions.update(claim=first)
        other._history_user = user
        other._change_reason = f"merged into claim {first.pk}"
        other.delete()
    return _save(first, user, f"merged {len(rest) + 1} claims")


@transaction.atomic
def split_claim(*, claim: Claim, user: AbstractBaseUser, at: int) -> tuple[Claim, Claim]:
    """Cut a claim in two at an absolute body offset. Evidence stays with the first part;
    an attribution whose cue words lie in the second part goes with it."""
    current = _locked(claim, None)
    policies.check(user, current, Action.SPLIT)
    if current.start is None or not current.start < at < current.end:
        raise ValidationError(_("Split inside the claim's text."))
    body = current.article.body
    first_end = current.start + len(body[current.start : at].rstrip())
    second_start = at + (len(body[at : current.end]) - len(body[at : current.end].lstrip()))
    if first_end <= current.start or second_start >= current.end:
        raise ValidationError(_("Both parts need text."))
    old_end = current.end
    current.end = first_end
    current.text = clean_text(body[current.start : first_end])
    _save(current, user, f"split at {at}")
    second = Claim(
        article=current.article,
        start=second_start,
        end=old_end,
        text=clean_text(body[second_start:old_end]),
        claimant=current.claimant,
        state=current.state
        if current.state in {Claim.State.PROPOSED, Claim.State.ACCEPTED}
        else Claim.State.ACCEPTED,
        checkworthiness=current.checkworthiness,
        created_by=user,
    )
    second.full_clean()
    second._history_user = user
    second._change_reason = f"split from claim {current.pk}"
    _store(second)
    current.attributions.filter(cue_start__gte=second_start, cue_start__lt=old_end).update(
        claim=second
    )
    current.proposed_attributions.filter(cue_start__gte=second_start, cue_start__lt=old_end).update(
        claim=second
    )
    # An attribution added by hand (no cue in the text) is about the whole claim: both
    # parts come from that source.
    for attribution in current.attributions.filter(cue_start__isnull=True):
        Attribution.objects.create(
            claim=second,
            source_id=attribution.source_id,
            via_id=attribution.via_id,
            cue=attribution.cue,
        )
    enqueue_suggestions([current.pk, second.pk])
    return current, second


@transaction.atomic
def assign_claim(
    *,
    claim: Claim,
    user: AbstractBaseUser,
    assignee: AbstractBaseUser | None,
    expected_version: int | None = None,
) -> Claim:
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.ASSIGN)
    current.assignee = assignee
    saved = _save(current, user, f"assigned to {assignee or 'nobody'}")
    if assignee is not None:
        events.emit(events.ASSIGNED, claim=saved, actor=user)
    return saved


@transaction.atomic
def add_comment(*, claim: Claim, user: AbstractBaseUser, body: str) -> ReviewComment:
    """A review comment anyone on the desk who sees the claim may leave, also on approved
    and published work (it changes nothing that was approved); `@username` mentions
    notify those users."""
    current = Claim.objects.select_for_update().get(pk=claim.pk)
    policies.check(user, current, Action.COMMENT)
    body = strip_invisible(body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError({"body": _("Write the comment first: it is empty.")})
    if len(body) > COMMENT_MAX_LENGTH:
        raise ValidationError(
            {
                "body": _("Keep the comment under %(limit)s characters.")
                % {"limit": number_format(COMMENT_MAX_LENGTH, force_grouping=True)}
            }
        )
    comment = ReviewComment.objects.create(claim=current, author=user, body=body)
    events.emit(events.COMMENTED, claim=current, actor=user, comment=body)
    return comment


@transaction.atomic
def delete_claim(*, claim: Claim, user: AbstractBaseUser) -> None:
    """Editors remove a claim that should never have been one; its history stays."""
    current = _locked(claim, None)
    policies.check(user, current, Action.DELETE)
    current._history_user = user
    current._change_reason = "deleted"
    current.delete()


ARTICLE_FIELDS = {"title", "outlet", "url", "author", "published_on", "language", "status", "body"}


@transaction.atomic
def update_article(*, article: Article, user: AbstractBaseUser, **changes: Any) -> Article:
    """Correct an article's metadata; its body stays as it is once claims point into it. A
    new language goes through `change_article_language` (the proposals are made again)."""
    unknown = set(changes) - ARTICLE_FIELDS
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    policies.check_desk(user, policies.DeskAction.EDIT_ARTICLE)
    language = changes.pop("language", None)
    current = Article.objects.select_for_update().get(pk=article.pk)
    if changes:
        for field, value in changes.items():
            setattr(current, field, value)
        current.full_clean(exclude=["content_hash", "imported_by"])
        current._history_user = user
        current._change_reason = "edited"
        current.save()
    if language is not None:
        current = change_article_language(article=current, user=user, language=language).article
    return current


@dataclass(frozen=True)
class LanguageChange:
    """What a language correction did, for the page to say."""

    article: Article
    previous: str
    removed: int = 0
    proposed: int = 0
    kept: int = 0

    @property
    def changed(self) -> bool:
        return self.article.language != self.previous


@transaction.atomic
def change_article_language(
    *, article: Article, user: AbstractBaseUser, language: str
) -> LanguageChange:
    """Correct the article's language and make the machine's proposals again with that
    language's rules. The body and its offsets never change; every claim a person touched
    (accepted, rejected, edited, created, annotated: `policies.untouched_proposals`) is
    kept as it is, and new proposals never overlap it. The untouched proposals are removed
    (their history stays). Kept claims that had simply inherited the old article language
    take the new one. One transaction; each step is in the history."""
    from claims.engine_messages import translated
    from claims.extraction import ExtractionError, extract_body
    from claims.interchange.articles import language_code, propose_claims
    from sources.matching import known_names

    message = policies.language_refusal(user)
    if message:
        raise PermissionDenied(message)
    language = language_code(language)
    policies.check_language(language)
    current = Article.objects.select_for_update().get(pk=article.pk)
    previous = current.language
    if language == previous:
        return LanguageChange(article=current, previous=previous)
    claims = list(current.claims.select_for_update(of=("self",)).order_by("start", "pk"))
    withdrawn = {c.pk for c in policies.untouched_proposals(claims)}
    kept = [c for c in claims if c.pk not in withdrawn]
    for claim in claims:
        if claim.pk in withdrawn:
            claim._history_user = user
            claim._change_reason = f"withdrawn: language corrected to {language or 'unknown'}"
            claim.delete()
    current.language = language
    current._history_user = user
    current._change_reason = f"language corrected: {previous or '?'} → {language or '?'}"
    current.save()
    try:
        document = extract_body(
            current.body, known_sources=known_names(), language=language or None
        )
    except ExtractionError as exc:
        raise ValidationError(translated(exc)) from exc
    shift = current.body.find(document.body) if document.body else -1
    # shift < 0: the engine's view of the body no longer lines up; propose nothing
    sentences = [] if shift < 0 else [_shifted(s, shift) for s in document.sentences]
    for claim in kept:
        if claim.language not in ("", previous):
            continue  # a language of its own (a quote), not the article's: it stays
        claim.language = _language_at(sentences, claim.start, language)
        claim._history_user = user
        claim._change_reason = f"language corrected: {previous or '?'} → {claim.language or '?'}"
        claim.save(update_fields=["language", "updated_at"])
    proposed = propose_claims(
        article=current,
        sentences=sentences,
        user=user,
        avoid=[(c.start, c.end) for c in kept if c.start is not None and c.end is not None],
        reason=f"{policies.MACHINE_REASON} ({language or 'unknown'} rules)",
    )
    enqueue_suggestions([c.pk for c in proposed])
    return LanguageChange(
        article=current,
        previous=previous,
        removed=len(withdrawn),
        proposed=len(proposed),
        kept=len(kept),
    )


def _language_at(sentences: list[Any], start: int | None, default: str) -> str:
    """The language the engine gives the sentence at `start` (a kept claim's place), else
    the article's."""
    from claims.interchange.articles import language_code

    if start is not None:
        for sentence in sentences:
            if sentence.start <= start < sentence.end:
                return language_code(sentence.language) or default
    return default


def _shifted(sentence: Any, shift: int) -> Any:
    """A sentence of a body the engine trimmed, moved back to the stored body's offsets."""
    if not shift:
        return sentence
    return replace(
        sentence,
        start=sentence.start + shift,
        end=sentence.end + shift,
        attributions=[
            replace(a, cue_start=a.cue_start + shift, cue_end=a.cue_end + shift)
            for a in sentence.attributions
        ],
    )


@transaction.atomic
def delete_article(*, article: Article, user: AbstractBaseUser) -> None:
    """Editors remove an article with its claims; nothing published may go with it."""
    policies.check_desk(user, policies.DeskAction.DELETE_ARTICLE)
    current = Article.objects.select_for_update().get(pk=article.pk)
    if current.claims.filter(state__in=policies.LOCKED_STATES).exists():
        raise ValidationError(
            _("This article has approved or published claims; reopen them before deleting it.")
        )
    current._history_user = user
    current.delete()


# --- attributions ------------------------------------------------------------------------

# What an attribution edit may carry: a source and a relay (a Source, or a typed name: a
# known name or alias, else a new source of the chosen kind and grade), and the cue words.
ATTRIBUTION_FIELDS = {
    "source",
    "source_name",
    "source_kind",
    "source_reliability",
    "via",
    "via_name",
    "cue",
}


def _check_attribution(user: AbstractBaseUser, claim: Claim, action: Action, sources: list) -> None:
    policies.check(user, claim, action)  # permission (403) or the claim's state (422)
    message = policies.attribution_refusal(user, claim, action, sources=sources)
    if message:
        raise PermissionDenied(message)


def _typed_sources(user: AbstractBaseUser, changes: dict[str, Any]) -> dict[str, Any]:
    """Turn typed names into sources: `source_name` into `source`, `via_name` into `via`
    (an empty relay name: no relay)."""
    from sources import services as source_services

    resolved = {k: v for k, v in changes.items() if k in {"source", "via", "cue"}}
    name = " ".join((changes.get("source_name") or "").split())
    if name:
        resolved["source"] = source_services.source_for_name(
            name=name,
            user=user,
            kind=changes.get("source_kind") or None,
            reliability=changes.get("source_reliability") or None,
        )
    if "via_name" in changes:
        via_name = " ".join((changes["via_name"] or "").split())
        resolved["via"] = (
            source_services.source_for_name(name=via_name, user=user) if via_name else None
        )
    return resolved


def _history_label(attribution: Attribution) -> str:
    """The attribution as the claim's history names it: the history is shown to everyone
    who may see the claim, so a confidential source or relay is not named there (its own
    record keeps the detail, for those who may see it)."""

    def name(source: Any) -> str:
        # The history is stored (and read by tools) in English, whoever wrote it.
        return "confidential source" if source.confidential else source.name

    label = name(attribution.source)
    return f"{label} via {name(attribution.via)}" if attribution.via_id else label


def _validate_attribution(attribution: Attribution) -> None:
    if attribution.source_id is None:
        raise ValidationError({"source": _("Name the source the claim comes from.")})
    if attribution.via_id is not None and attribution.via_id == attribution.source_id:
        raise ValidationError({"via": _("A source cannot be relayed via itself.")})
    twin = Attribution.objects.filter(
        claim_id=attribution.claim_id, source_id=attribution.source_id, via_id=attribution.via_id
    ).exclude(pk=attribution.pk)
    if twin.exists():
        raise ValidationError(
            {
                "source": _("“%(attribution)s” is already attributed here.")
                % {"attribution": attribution}
            }
        )
    attribution.cue = clean_text(attribution.cue)
    attribution.full_clean(exclude=["claim", "source", "via"], validate_constraints=False)


@transaction.atomic
def add_attribution(
    *,
    claim: Claim,
    user: AbstractBaseUser,
    expected_version: int | None = None,
    **fields: Any,
) -> Attribution:
    """Say where a claim comes from: a source (existing, or created from a typed name), the
    relay it reached the article through, and the cue words. Locked with the claim once it
    is approved or published; recorded in the claim's history."""
    unknown = set(fields) - ATTRIBUTION_FIELDS
    if unknown:
        raise ValueError(f"Not an attribution field: {', '.join(sorted(unknown))}")
    current = _locked(claim, expected_version)
    policies.check(user, current, Action.ADD_ATTRIBUTION)  # before any source is created
    values = _typed_sources(user, fields)
    attribution = Attribution(
        claim=current,
        source=values.get("source"),
        via=values.get("via"),
        cue=values.get("cue") or "",
    )
    _check_attribution(user, current, Action.ADD_ATTRIBUTION, [attribution.source, attribution.via])
    _validate_attribution(attribution)
    attribution._history_user = user  # type: ignore[attr-defined]
    attribution.save()
    _save(current, user, f"attribution added: {_history_label(attribution)}")
    return attribution


def _locked_attribution(attribution: Attribution, expected_version: int | None) -> tuple:
    claim = _locked(Claim(pk=attribution.claim_id), expected_version)
    current = (
        Attribution.objects.select_for_update(of=("self",))
        .select_related("source", "via")
        .get(pk=attribution.pk, claim=claim)
    )
    return claim, current


@transaction.atomic
def update_attribution(
    *,
    attribution: Attribution,
    user: AbstractBaseUser,
    expected_version: int | None = None,
    **changes: Any,
) -> Attribution:
    """Re-point an attribution to another source or relay (or none), or correct its cue."""
    unknown = set(changes) - ATTRIBUTION_FIELDS
    if unknown:
        raise ValueError(f"Not an attribution field: {', '.join(sorted(unknown))}")
    claim, current = _locked_attribution(attribution, expected_version)
    before = _history_label(current)
    policies.check(user, claim, Action.CHANGE_ATTRIBUTION)
    values = _typed_sources(user, changes)
    involved = [current.source, current.via]
    for field, value in values.items():
        setattr(current, field, "" if field == "cue" and value is None else value)
    _check_attribution(
        user, claim, Action.CHANGE_ATTRIBUTION, [*involved, current.source, current.via]
    )
    _validate_attribution(current)
    current._history_user = user  # type: ignore[attr-defined]
    current.save()
    after = _history_label(current)
    _save(
        claim,
        user,
        f"attribution changed: {before} → {after}" if after != before else "attribution changed",
    )
    return current


@transaction.atomic
def delete_attribution(
    *, attribution: Attribution, user: AbstractBaseUser, expected_version: int | None = None
) -> None:
    """Remove an attribution the article does not make (or that was detected wrongly)."""
    claim, current = _locked_attribution(attribution, expected_version)
    _check_attribution(user, claim, Action.DELETE_ATTRIBUTION, [current.source, current.via])
    label = _history_label(current)
    current._history_user = user  # type: ignore[attr-defined]
    current.delete()
    _save(claim, user, f"attribution removed: {label}")


@transaction.atomic
def link_proposed_attribution(
    *,
    proposal: ProposedAttribution,
    user: AbstractBaseUser,
    expected_version: int | None = None,
    source_name: str = "",
    source_kind: str | None = None,
    source_reliability: str | None = None,
) -> Attribution:
    """An unlinked attribution ("according to officials") becomes a real one: linked to the
    source a fact-checker names, or, with no name given, the article's words confirmed as a
    source of their own (of the chosen kind and grade). Same rules as `add_attribution`."""
    claim = _locked(Claim(pk=proposal.claim_id), expected_version)  # the claim first, always
    current = ProposedAttribution.objects.select_for_update().get(pk=proposal.pk, claim=claim)
    attribution = add_attribution(
        claim=claim,
        user=user,
        source_name=source_name.strip() or current.name,
        source_kind=source_kind,
        source_reliability=source_reliability,
        via=current.via,
        cue=current.cue,
    )
    if current.cue_start is not None:
        attribution.cue_start, attribution.cue_end = current.cue_start, current.cue_end
        attribution.save(update_fields=["cue_start", "cue_end"])
    current.delete()
    return attribution


@transaction.atomic
def dismiss_proposed_attribution(
    *, proposal: ProposedAttribution, user: AbstractBaseUser, expected_version: int | None = None
) -> None:
    """The article's vague words do not attribute this claim to anyone worth recording."""
    claim = _locked(Claim(pk=proposal.claim_id), expected_version)
    current = ProposedAttribution.objects.select_for_update().get(pk=proposal.pk, claim=claim)
    _check_attribution(user, claim, Action.DELETE_ATTRIBUTION, [current.via])
    current.delete()
    _save(claim, user, f"unlinked attribution dismissed: {current.name}")
