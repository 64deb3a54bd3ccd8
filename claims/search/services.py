"""Writes for claim matching: computing suggestions, and linking or dismissing them.

Linking reuses the earlier work without bypassing the workflow: evidence rows are copied,
and the verdict is proposed as a *draft* through claims.services.draft_verdict, so it
still needs a second editor's approval.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Length
from django.utils import timezone

from claims import policies
from claims import services as claim_services
from claims.models import Claim, ClaimMatch, PriorFactCheck, RatingLabel, RatingScale, TextVector
from claims.policies import Action
from claims.search import embeddings, pgvector_index, selectors, stored_analysis
from sources.models import Evidence

SUGGESTIONS_PER_CLAIM = 5
EMBED_BATCH = 32
logger = logging.getLogger(__name__)


def _stale(kind: str, rows: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(pk, text, hash) of the rows whose stored vector is missing or was computed from
    another text or model."""
    owner = "claim_id" if kind == "claim" else "prior_fact_check_id"
    stored = {
        pk: (digest, model)
        for pk, digest, model in TextVector.objects.filter(
            **{f"{owner}__in": [pk for pk, _ in rows]}
        ).values_list(owner, "text_hash", "model_name")
    }
    out = []
    for pk, text in rows:
        digest = embeddings.text_hash(text)
        if stored.get(pk) != (digest, embeddings.MODEL_NAME) and text.strip():
            out.append((pk, text, digest))
    return out


def _write(kind: str, batch: list[tuple[int, str, str]]) -> int:
    """Embed one batch (outside any transaction: the model takes ~25 ms a claim for the
    dense vector, as much again for the sparse one) and store it in one short
    transaction; a row deleted meanwhile is skipped. The row's stored analysis (what the
    re-score reads from its text: stored_analysis) is written with it."""
    texts = [text for _, text, _ in batch]
    vectors = embeddings.embed_passages(texts)
    sparse = embeddings.embed_sparse(texts)
    analyses = [stored_analysis.stored(text) for text in texts]
    owner = "claim_id" if kind == "claim" else "prior_fact_check_id"
    model = Claim if kind == "claim" else PriorFactCheck
    with transaction.atomic():
        alive = set(
            model.objects.filter(pk__in=[pk for pk, _, _ in batch]).values_list("pk", flat=True)
        )
        stored = []
        for (pk, _text, digest), vector, features, (analysed, analysis) in zip(
            batch, vectors, sparse, analyses, strict=True
        ):
            if pk not in alive:
                continue
            TextVector.objects.update_or_create(
                **{owner: pk},
                defaults={
                    "model_name": embeddings.MODEL_NAME,
                    "text_hash": digest,
                    "vector": embeddings.to_bytes(vector),
                    "sparse": embeddings.sparse_to_bytes(features),
                    "analysis": "",  # the JSON form of 0023; packed since
                    "analysis_packed": analysis,
                    "analysis_digest": analysed,
                },
            )
            stored.append((pk, vector))
        if pgvector_index.installed():  # the database's index, in the same transaction
            pgvector_index.write(kind, stored)
    return len(alive)


def store_vectors(
    *,
    claim_ids: Iterable[int] = (),
    prior_ids: Iterable[int] = (),
    progress: Callable[[int], None] | None = None,
) -> int:
    """Compute and store the vectors of these claims and prior fact-checks whose text
    changed. Idempotent: an up-to-date vector is left alone, so a redelivered task or a
    rebuild costs one query. Raises embeddings.EmbeddingUnavailable when the model cannot
    be used (callers fall back to lexical matching)."""
    done = 0
    for kind, ids, model, field in (
        ("claim", list(claim_ids), Claim, "text"),
        ("prior", list(prior_ids), PriorFactCheck, "claim_reviewed"),
    ):
        for start in range(0, len(ids), 500):
            rows = list(
                model.objects.filter(pk__in=ids[start : start + 500]).values_list("pk", field)
            )
            stale = _stale(kind, rows)
            for at in range(0, len(stale), EMBED_BATCH):
                done += _write(kind, stale[at : at + EMBED_BATCH])
            if progress:
                progress(len(rows))
    return done


def _write_analyses(changed: list[tuple[int, bytes, str]]) -> None:
    """Only the analysis columns of these rows (a vector written meanwhile keeps its own,
    and `updated_at` stays: the vector index's delta is not touched): the packed form, and
    the JSON form of 0023 emptied. In PostgreSQL one statement (Django's bulk_update builds
    a CASE a row: a quarter of a back-fill's time)."""
    if not changed:
        return
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {TextVector._meta.db_table} AS t"
                " SET analysis = '', analysis_packed = v.packed, analysis_digest = v.digest"
                " FROM (SELECT unnest(%s::bigint[]) AS id, unnest(%s::bytea[]) AS packed,"
                " unnest(%s::text[]) AS digest) AS v WHERE t.id = v.id",
                [
                    [pk for pk, _, _ in changed],
                    [a for _, a, _ in changed],
                    [d for _, _, d in changed],
                ],
            )
        return
    TextVector.objects.bulk_update(
        [
            TextVector(pk=pk, analysis="", analysis_packed=a, analysis_digest=d)
            for pk, a, d in changed
        ],
        ["analysis", "analysis_packed", "analysis_digest"],
        batch_size=500,
    )


def store_analyses(
    *,
    claim_ids: Iterable[int] = (),
    prior_ids: Iterable[int] = (),
    progress: Callable[[int], None] | None = None,
) -> int:
    """Refill the stored analyses (stored_analysis) of these rows' vectors where it is
    missing, stale or in the JSON form of 0023: a row written before it existed or by a
    bulk load, or after the code that computes it changed (its stamp), or before the packed
    form. The vector is left alone. Idempotent; returns how many were written."""
    done = 0
    for kind, ids, field in (
        ("claim", list(claim_ids), "claim__text"),
        ("prior", list(prior_ids), "prior_fact_check__claim_reviewed"),
    ):
        owner = "claim_id" if kind == "claim" else "prior_fact_check_id"
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            rows = (
                TextVector.objects.filter(**{f"{owner}__in": chunk})
                .annotate(packed=Length("analysis_packed"))
                .values_list("pk", "analysis_digest", field, "packed")
            )
            changed: list[tuple[int, bytes, str]] = []
            for pk, digest, text, packed in rows:
                if packed and digest == stored_analysis.digest(text or ""):
                    continue
                analysed, analysis = stored_analysis.stored(text or "")
                changed.append((pk, analysis, analysed))
            _write_analyses(changed)
            done += len(changed)
            if progress:
                progress(len(chunk))
    return done


def store_vectors_quietly(*, claim_ids: Iterable[int] = (), prior_ids: Iterable[int] = ()) -> int:
    """store_vectors for the background tasks: without the model, log why and carry on
    (suggestions are then lexical; `build_vectors` fills the gap later)."""
    try:
        return store_vectors(claim_ids=claim_ids, prior_ids=prior_ids)
    except embeddings.EmbeddingUnavailable as exc:
        logger.warning("vectors not computed: %s", exc)
        return 0


# How far back the sweep looks for a text edited after its vector was stored (the edit
# queues its own recompute; the sweep catches a task lost meanwhile).
EDITED_WINDOW = timedelta(days=1)


def _needing_vectors(model, field: str, limit: int) -> list[int]:
    """Ids of rows with no vector, one from another model, or (edited within EDITED_WINDOW)
    one older than the row, oldest edit first; store_vectors then skips those whose text
    hash is unchanged (a state change, not a text edit)."""
    recent = timezone.now() - EDITED_WINDOW
    return list(
        model.objects.filter(
            Q(text_vector__isnull=True)
            | ~Q(text_vector__model_name=embeddings.MODEL_NAME)
            | Q(updated_at__gte=recent, text_vector__updated_at__lt=F("updated_at"))
        )
        .exclude(**{field: ""})
        .order_by("updated_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def embed_missing(*, limit: int = 5000) -> int:
    """The beat sweep (claims.search.tasks.embed_missing): vectors for up to `limit` claims
    and prior fact-checks whose vector is missing or stale (another model, or a text edited
    since), e.g. imported while the model or the worker was down, or after a model upgrade.
    Idempotent: a second run finds nothing to compute. Without the model, logs why."""
    claims = _needing_vectors(Claim, "text", limit)
    priors = _needing_vectors(PriorFactCheck, "claim_reviewed", limit)
    if not claims and not priors:
        return 0
    return store_vectors_quietly(claim_ids=claims, prior_ids=priors)


def compute_suggestions(*, claim_id: int) -> list[ClaimMatch]:
    """The claim's vector first (new or edited text), then its suggestions. Idempotent:
    re-running replaces open suggestions and keeps what people decided."""
    store_vectors_quietly(claim_ids=[claim_id])
    return _compute_suggestions(claim_id=claim_id)


@transaction.atomic
def _compute_suggestions(*, claim_id: int) -> list[ClaimMatch]:
    claim = Claim.objects.filter(pk=claim_id).first()
    if claim is None:
        return []
    hits = selectors.similar_claims(
        claim.text,
        exclude_claim_id=claim.pk,
        limit=SUGGESTIONS_PER_CLAIM,
        min_score=selectors.MIN_SUGGESTION_SCORE,
    )
    kept: list[int] = []
    for hit in hits:
        target = (
            {"matched_claim": hit.obj} if hit.kind == "claim" else {"prior_fact_check": hit.obj}
        )
        match, created = ClaimMatch.objects.get_or_create(
            claim=claim, **target, defaults={"score": hit.score}
        )
        if not created and match.status == ClaimMatch.Status.SUGGESTED and match.score != hit.score:
            match.score = hit.score
            match.save(update_fields=["score", "updated_at"])
        kept.append(match.pk)
    ClaimMatch.objects.filter(claim=claim, status=ClaimMatch.Status.SUGGESTED).exclude(
        pk__in=kept
    ).delete()
    return list(ClaimMatch.objects.filter(pk__in=kept))


def _label_for_prior(prior: PriorFactCheck) -> RatingLabel | None:
    """Another organisation's rating text, if our default scale has a label of that name."""
    scale = RatingScale.default()
    if scale is None or not prior.rating_text:
        return None
    return scale.labels.filter(name__iexact=prior.rating_text.strip()).first()


def _copy_evidence(*, source_claim: Claim, claim: Claim, user: AbstractBaseUser) -> int:
    """Copy evidence rows (same link, file and grades); skips items the claim already has.
    Confidential items are copied only by those who may see such material everywhere
    (editors): a copy would otherwise show it to whoever is assigned the new claim."""
    have = {(e.url, e.excerpt, e.file_sha256) for e in claim.evidence.all()}
    copied = 0
    for item in source_claim.evidence.select_related("source", "claim"):
        if (item.url, item.excerpt, item.file_sha256) in have:
            continue
        if item.is_confidential and not policies.can_see_confidential(user):
            continue
        copy = Evidence(
            claim=claim,
            source=item.source,
            url=item.url,
            link=item.link,
            cited_snapshot_id=item.cited_snapshot_id,
            file=item.file.name,
            file_name=item.file_name,
            file_sha256=item.file_sha256,
            file_size=item.file_size,
            excerpt=item.excerpt,
            stance=item.stance,
            credibility=item.credibility,
            confidential=item.confidential,
            added_by=user,
        )
        copy.full_clean()
        copy._history_user = user  # type: ignore[attr-defined]
        copy._change_reason = f"copied from claim #{source_claim.pk}"  # type: ignore[attr-defined]
        copy.save()
        copied += 1
    return copied


def _record_on_claim(claim: Claim, user: AbstractBaseUser, reason: str) -> Claim:
    """A history entry on the claim itself, so the link shows in the claim's history."""
    current = Claim.objects.select_for_update(of=("self",)).get(pk=claim.pk)
    current.version += 1
    current._change_reason = reason  # type: ignore[attr-defined]
    current._history_user = user  # type: ignore[attr-defined]
    current.save(update_fields=["version", "updated_at"])
    return current


def _check_target(user: AbstractBaseUser, match: ClaimMatch) -> None:
    """A suggestion of another organisation's fact-check is acted on only by a reader who
    may see those (the panel does not show it to anyone else)."""
    if match.prior_fact_check_id is not None:
        policies.check_desk(user, policies.DeskAction.VIEW_PRIOR_FACT_CHECKS)


@transaction.atomic
def link_match(*, match: ClaimMatch, user: AbstractBaseUser) -> dict[str, object]:
    """Record "same claim as …"; copy its evidence and propose its verdict as a draft.

    Returns what was reused, for the message shown to the editor."""
    match = (
        ClaimMatch.objects.select_for_update(of=("self",))
        .select_related("claim", "matched_claim__verdict", "prior_fact_check")
        .get(pk=match.pk)
    )
    claim, target = match.claim, match.target
    policies.check(user, claim, Action.LINK_MATCH)
    _check_target(user, match)
    match.status = ClaimMatch.Status.LINKED
    match.linked_by = user
    match.linked_at = timezone.now()
    match._history_user = user  # type: ignore[attr-defined]
    match.save()

    if isinstance(target, Claim):
        label, copied = target.verdict, _copy_evidence(source_claim=target, claim=claim, user=user)
        where = f"claim #{target.pk}"
        checked_in = f" in “{target.article.title}”" if target.article_id else ""
        rationale = (
            f"Same claim as one this desk checked before{checked_in}: “{target.text}”."
            f"\n\n{target.rationale}"
        )
    else:
        label, copied = _label_for_prior(target), 0
        where = f"{target.author_name or 'a prior fact-check'} ({target.url})"
        rationale = f"Same claim as checked by {where}: rated “{target.rating_text}”."
    _record_on_claim(claim, user, f"linked: same claim as {where}")

    drafted = False
    claim.refresh_from_db()
    can_draft = policies.refusal(user, claim, Action.DRAFT_VERDICT) is None
    if label is not None and can_draft and rationale.strip():
        claim_services.draft_verdict(claim=claim, user=user, verdict=label, rationale=rationale)
        drafted = True
    return {"evidence_copied": copied, "verdict_drafted": drafted, "verdict": label}


@transaction.atomic
def dismiss_match(*, match: ClaimMatch, user: AbstractBaseUser) -> ClaimMatch:
    match = ClaimMatch.objects.select_for_update().select_related("claim").get(pk=match.pk)
    policies.check(user, match.claim, Action.DISMISS_MATCH)
    _check_target(user, match)
    match.status = ClaimMatch.Status.DISMISSED
    match.linked_by = user
    match.linked_at = timezone.now()
    match._history_user = user  # type: ignore[attr-defined]
    match.save()
    return match
