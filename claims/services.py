"""Writes to claims and verdicts. Views, admin actions, commands and tasks all call these,
so the workflow rules (who may approve, optimistic locking, history) live in one place."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Article, Claim, RatingLabel, ReviewComment

EDITABLE_FIELDS = {"text", "claimant", "claim_date", "appearance_url", "start", "end", "assignee"}


class EditConflict(Exception):
    """Somebody else saved the claim since this user loaded it."""

    def __init__(self, current: Claim) -> None:
        super().__init__(
            f"This claim was changed by someone else (now version {current.version}). "
            "Review their change and apply yours again."
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


def _save(claim: Claim, user: AbstractBaseUser | None, reason: str) -> Claim:
    claim.version += 1
    claim.full_clean(exclude=_DB_CHECKED, validate_constraints=False)
    claim._change_reason = reason
    if user is not None and user.is_authenticated:
        claim._history_user = user
    claim.save()
    return claim


def _move(claim: Claim, to_state: str) -> None:
    if not claim.can_move_to(to_state):
        raise ValidationError(
            f"A claim that is {claim.get_state_display().lower()} cannot become "
            f"{Claim.State(to_state).label.lower()}."
        )
    claim.state = to_state


@transaction.atomic
def update_claim(
    *, claim: Claim, user: AbstractBaseUser, expected_version: int | None, **changes: Any
) -> Claim:
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(sorted(unknown))}")
    current = _locked(claim, expected_version)
    for field, value in changes.items():
        setattr(current, field, value)
    if current.article_id and current.start is not None and "text" not in changes:
        current.text = current.span_text
    return _save(current, user, "edited")


@transaction.atomic
def transition_claim(
    *, claim: Claim, to_state: str, user: AbstractBaseUser, expected_version: int | None = None
) -> Claim:
    """Accept, reject, reopen or start research: the steps anyone on the desk may take."""
    if to_state in {Claim.State.DRAFTED, Claim.State.APPROVED, Claim.State.PUBLISHED}:
        raise ValidationError("Use the verdict actions to draft, approve or publish.")
    if not user.has_perm("claims.change_claim"):
        raise PermissionDenied("You may not change claims.")
    current = _locked(claim, expected_version)
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
    if not user.has_perm("claims.draft_verdict"):
        raise PermissionDenied("You may not draft verdicts.")
    if not rationale.strip():
        raise ValidationError({"rationale": "Explain the verdict: the rationale is empty."})
    current = _locked(claim, expected_version)
    _move(current, Claim.State.DRAFTED)
    current.verdict = verdict
    current.rationale = rationale
    current.verdict_author = user
    current.reviewer = None
    current.approved_at = None
    return _save(current, user, f"verdict drafted: {verdict.name}")


@transaction.atomic
def approve_verdict(
    *, claim: Claim, user: AbstractBaseUser, expected_version: int | None = None
) -> Claim:
    """The second pair of eyes: an editor who did not draft the verdict approves it."""
    if not user.has_perm("claims.approve_verdict"):
        raise PermissionDenied("Only editors approve verdicts.")
    current = _locked(claim, expected_version)
    if current.verdict_author_id == user.pk:
        raise PermissionDenied("Nobody approves their own verdict: ask another editor.")
    _move(current, Claim.State.APPROVED)
    current.reviewer = user
    current.approved_at = timezone.now()
    return _save(current, user, f"verdict approved: {current.verdict}")


@transaction.atomic
def send_back(
    *, claim: Claim, user: AbstractBaseUser, comment: str, expected_version: int | None = None
) -> Claim:
    if not user.has_perm("claims.approve_verdict"):
        raise PermissionDenied("Only editors send verdicts back.")
    if not comment.strip():
        raise ValidationError({"comment": "Say what needs to change."})
    current = _locked(claim, expected_version)
    _move(current, Claim.State.IN_RESEARCH)
    current.reviewer = None
    current.approved_at = None
    ReviewComment.objects.create(claim=current, author=user, body=comment)
    return _save(current, user, "sent back")


@transaction.atomic
def publish_claim(
    *, claim: Claim, user: AbstractBaseUser, expected_version: int | None = None
) -> Claim:
    if not user.has_perm("claims.publish_claim"):
        raise PermissionDenied("Only editors publish fact-checks.")
    current = _locked(claim, expected_version)
    _move(current, Claim.State.PUBLISHED)
    current.published_at = timezone.now()
    return _save(current, user, "published")


def _span_error(article: Article, start: int, end: int) -> str | None:
    if not 0 <= start < end <= len(article.body):
        return f"The selection {start}–{end} is not inside the article ({len(article.body)} characters)."
    if not article.body[start:end].strip():
        return "The selection is empty."
    return None


def _trimmed(article: Article, start: int, end: int) -> tuple[int, int]:
    """Selections often catch surrounding spaces; claims start and end on text."""
    text = article.body[start:end]
    return start + (len(text) - len(text.lstrip())), end - (len(text) - len(text.rstrip()))


@transaction.atomic
def create_claim(
    *,
    article: Article | None,
    user: AbstractBaseUser,
    start: int | None = None,
    end: int | None = None,
    text: str = "",
    claimant: str = "",
    state: str = Claim.State.ACCEPTED,
    checkworthiness: float = 0.0,
    reasons: list[str] | None = None,
) -> Claim:
    """A claim picked by a person (from a selection) or from outside any article."""
    if not user.has_perm("claims.add_claim"):
        raise PermissionDenied("You may not create claims.")
    if article is not None and start is not None and end is not None:
        error = _span_error(article, start, end)
        if error:
            raise ValidationError(error)
        start, end = _trimmed(article, start, end)
        overlapping = article.claims.exclude(state=Claim.State.REJECTED).filter(
            start__lt=end, end__gt=start
        )
        if overlapping.exists():
            raise ValidationError(
                "The selection overlaps an existing claim; edit, split or merge that one instead."
            )
        text = text or article.body[start:end]
    claim = Claim(
        article=article,
        start=start,
        end=end,
        text=" ".join(text.split()),
        claimant=claimant,
        state=state,
        checkworthiness=checkworthiness,
        checkworthiness_reasons=reasons or [],
        created_by=user,
    )
    claim.full_clean()
    claim._change_reason = "created"
    claim._history_user = user
    claim.save()
    from claims.search.services import enqueue_suggestions  # it imports this module

    enqueue_suggestions([claim.pk])
    return claim


@transaction.atomic
def merge_claims(*, claims: list[Claim], user: AbstractBaseUser) -> Claim:
    """Join adjacent claims of one article into the first; the others' attributions and
    evidence move over, and the others are deleted (their history stays)."""
    if not user.has_perm("claims.change_claim") or not user.has_perm("claims.delete_claim"):
        raise PermissionDenied("Only editors merge claims.")
    if len(claims) < 2:
        raise ValidationError("Choose at least two claims to merge.")
    locked = list(
        Claim.objects.select_for_update(of=("self",))
        .select_related("article")
        .filter(pk__in=[c.pk for c in claims])
        .order_by("start")
    )
    articles = {c.article_id for c in locked}
    if len(articles) != 1 or None in articles or any(c.start is None for c in locked):
        raise ValidationError("Only claims of the same article can be merged.")
    first, rest = locked[0], locked[1:]
    if any(c.state in {Claim.State.APPROVED, Claim.State.PUBLISHED} for c in locked):
        raise ValidationError("Approved or published claims cannot be merged.")
    first.end = max(c.end for c in locked)
    first.text = " ".join(first.article.body[first.start : first.end].split())
    first.checkworthiness = max(c.checkworthiness for c in locked)
    for other in rest:
        other.attributions.exclude(source__in=first.attributions.values("source")).update(
            claim=first
        )
        other.evidence.update(claim=first)
        other._history_user = user
        other._change_reason = f"merged into claim {first.pk}"
        other.delete()
    return _save(first, user, f"merged {len(rest) + 1} claims")


@transaction.atomic
def split_claim(*, claim: Claim, user: AbstractBaseUser, at: int) -> tuple[Claim, Claim]:
    """Cut a claim in two at an absolute body offset; evidence and attributions stay with
    the first part, where the fact-checker can move them."""
    if not user.has_perm("claims.add_claim") or not user.has_perm("claims.change_claim"):
        raise PermissionDenied("You may not split claims.")
    current = _locked(claim, None)
    if current.start is None or not current.start < at < current.end:
        raise ValidationError("Split inside the claim's text.")
    body = current.article.body
    first_end = current.start + len(body[current.start : at].rstrip())
    second_start = at + (len(body[at : current.end]) - len(body[at : current.end].lstrip()))
    if first_end <= current.start or second_start >= current.end:
        raise ValidationError("Both parts need text.")
    old_end = current.end
    current.end = first_end
    current.text = " ".join(body[current.start : first_end].split())
    _save(current, user, f"split at {at}")
    second = Claim(
        article=current.article,
        start=second_start,
        end=old_end,
        text=" ".join(body[second_start:old_end].split()),
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
    second.save()
    return current, second


@transaction.atomic
def assign_claim(
    *,
    claim: Claim,
    user: AbstractBaseUser,
    assignee: AbstractBaseUser | None,
    expected_version: int | None = None,
) -> Claim:
    if not user.has_perm("claims.assign_claim"):
        raise PermissionDenied("Only editors assign claims.")
    current = _locked(claim, expected_version)
    current.assignee = assignee
    return _save(current, user, f"assigned to {assignee or 'nobody'}")
