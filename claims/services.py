"""Writes to claims and verdicts. Views, admin actions, commands and tasks all call these,
so the workflow rules (who may approve, optimistic locking, history) live in one place."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim, RatingLabel, ReviewComment

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
    current = Claim.objects.select_for_update(of=("self",)).select_related("article").get(pk=claim.pk)
    if expected_version is not None and current.version != expected_version:
        raise EditConflict(current)
    return current


def _save(claim: Claim, user: AbstractBaseUser | None, reason: str) -> Claim:
    claim.version += 1
    claim.full_clean()
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
