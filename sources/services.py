"""Writes for sources, evidence and link checks: every entry point (pages, the API, the
admin, tasks, commands) goes through these functions, so permissions and confidentiality
(claims.policies), validation, hashing, snapshots and enqueueing happen once.

Network work (checking URLs) never runs inside a database transaction; each recorded result
is its own short transaction, so a worker killed half-way through a batch keeps what it
finished and a redelivered task skips it.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import policies
from claims.engine_messages import to_json, translated
from claims.models import Claim
from claims.policies import Action, DeskAction
from factcheck.celery import enqueue
from provenance import services as provenance
from sources.events import LINK_CHANGED, LINK_DEAD, link_event
from sources.linkcheck import LinkResult, check_urls_sync, fetch, quote_found
from sources.linkcheck.result import DEAD_OUTCOMES
from sources.linkcheck.safety import UrlRefused, prepare_url
from sources.linkcheck_settings import linkcheck_config as linkcheck_config  # the one definition
from sources.matching import match_source
from sources.models import Evidence, Link, LinkCheck, Snapshot, Source, SourceAlias, url_hash
from sources.uploads import check_evidence_upload, upload_limit

DEAD_OUTCOME_VALUES = frozenset(outcome.value for outcome in DEAD_OUTCOMES)

log = logging.getLogger(__name__)

# Response headers not worth keeping with a snapshot (session state, not content).
_PRIVATE_HEADERS = {"set-cookie", "cookie", "authorization"}
_EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "application/json": ".json",
}
EVIDENCE_FIELDS = {"url", "upload", "excerpt", "stance", "credibility", "source", "confidential"}
SOURCE_FIELDS = {"name", "kind", "homepage", "reliability", "notes", "confidential"}


# --- Sources ----------------------------------------------------------------------------


def _system(user: AbstractBaseUser | None) -> bool:
    """No user: demo data, restores and imports run by the system itself."""
    return user is None


def _check_confidential_source(user: AbstractBaseUser | None, confidential: bool) -> None:
    if confidential and not _system(user) and not policies.can_see_confidential(user):
        raise PermissionDenied(_("Only editors manage confidential sources."))


@transaction.atomic
def create_source(
    *,
    name: str,
    user: AbstractBaseUser | None,
    kind: str = Source.Kind.OTHER,
    reliability: str = Source.Reliability.F,
    homepage: str = "",
    notes: str = "",
    confidential: bool = False,
    aliases: Sequence[str] = (),
) -> Source:
    """A new source; a name (or alias) that is already known is refused with the existing
    source's name, so one organisation stays one source."""
    if not _system(user):
        policies.check_desk(user, DeskAction.CREATE_SOURCE)
    _check_confidential_source(user, confidential)
    source = Source(
        name=" ".join(name.split()),
        kind=kind if kind in Source.Kind.values else Source.Kind.OTHER,
        reliability=reliability,
        homepage=homepage or "",
        notes=notes or "",
        confidential=confidential,
    )
    source.full_clean()
    known = match_source(source.name)
    if known is not None:
        raise ValidationError(
            {
                "name": _("“%(name)s” already exists under this name or alias.")
                % {"name": policies.shown_source_name(known, user=user)}
            }
        )
    if user is not None:
        source._history_user = user  # type: ignore[attr-defined]
    source.save()
    for alias in aliases:
        entry = SourceAlias(source=source, name=" ".join(alias.split()))
        entry.full_clean()
        entry.save()
    return source


def find_or_create_source(
    *,
    name: str,
    user: AbstractBaseUser | None,
    kind: str = Source.Kind.OTHER,
    reliability: str = Source.Reliability.F,
) -> Source:
    """The source of this name or alias, or a new one of the given kind and grade."""
    found = match_source(name)
    if found is not None:
        return found
    return create_source(name=name, user=user, kind=kind, reliability=reliability)


def source_for_name(
    *,
    name: str,
    user: AbstractBaseUser | None,
    kind: str | None = None,
    reliability: str | None = None,
) -> Source:
    """The source a person typed: a known name or alias (a kind or grade chosen for it that
    differs from the stored one is refused with what the source is, never dropped), or a new
    source of `kind` and `reliability` (None: not chosen; other, F)."""
    known = match_source(name)
    if known is not None:
        _check_grades_agree(known, kind, reliability, user=user)
        return known
    return create_source(
        name=name,
        user=user,
        kind=kind or Source.Kind.OTHER,
        reliability=reliability or Source.Reliability.F,
    )


@transaction.atomic
def update_source(*, source: Source, user: AbstractBaseUser | None, **changes: Any) -> Source:
    unknown = set(changes) - SOURCE_FIELDS
    if unknown:
        raise TypeError(f"update_source() got unexpected fields: {', '.join(sorted(unknown))}")
    current = Source.objects.select_for_update().get(pk=source.pk)
    if not _system(user):
        policies.check_desk(user, DeskAction.EDIT_SOURCE)
    _check_confidential_source(user, current.confidential or changes.get("confidential", False))
    for field, value in changes.items():
        setattr(current, field, value)
    current.full_clean()
    if user is not None:
        current._history_user = user  # type: ignore[attr-defined]
    current.save()
    return current


@transaction.atomic
def add_alias(*, source: Source, user: AbstractBaseUser | None, name: str) -> SourceAlias:
    """Link another name to a source (a transliteration: Lukashenko, Лукашенко, Łukaszenka),
    so imports in any language recognise it. A name that already means another source is
    refused with that source's name: merging two sources is a decision, not a side effect."""
    if not _system(user):
        policies.check_desk(user, DeskAction.LINK_ALIAS)
    current = Source.objects.select_for_update().get(pk=source.pk)
    _check_confidential_source(user, current.confidential)
    alias = SourceAlias(source=current, name=" ".join((name or "").split()))
    problem = alias_problem(source=current, name=alias.name, user=user)
    if problem:
        raise ValidationError({"name": problem})
    alias.full_clean()
    alias.save()
    if user is not None:
        current._history_user = user  # type: ignore[attr-defined]
    current._change_reason = f"alias added: {alias.name}"  # type: ignore[attr-defined]
    current.save(update_fields=["updated_at"])
    return alias


def alias_problem(*, source: Source, name: str, user: AbstractBaseUser | None) -> str | None:
    """Why `name` cannot become another name of `source` (it already leads there, or it is
    another source: merging two sources is a decision, not a side effect), or None. Asked by
    add_alias and, before it saves anything, by the admin's alias rows."""
    name = " ".join((name or "").split())
    known = match_source(name) if name else None
    if known is None:
        return None
    if known.pk == source.pk:
        return _("“%(alias)s” already leads to “%(source)s”.") % {"alias": name, "source": source}
    return _("“%(alias)s” is already the source “%(source)s”; it cannot be both.") % {
        "alias": name,
        "source": policies.shown_source_name(known, user=user),
    }


@transaction.atomic
def remove_alias(*, alias: SourceAlias, user: AbstractBaseUser | None) -> None:
    if not _system(user):
        policies.check_desk(user, DeskAction.UNLINK_ALIAS)
    current = Source.objects.select_for_update().get(pk=alias.source_id)
    _check_confidential_source(user, current.confidential)
    name = alias.name
    alias.delete()
    if user is not None:
        current._history_user = user  # type: ignore[attr-defined]
    current._change_reason = f"alias removed: {name}"  # type: ignore[attr-defined]
    current.save(update_fields=["updated_at"])


@transaction.atomic
def delete_source(*, source: Source, user: AbstractBaseUser | None) -> None:
    if not _system(user):
        policies.check_desk(user, DeskAction.DELETE_SOURCE)
    _check_confidential_source(user, source.confidential)
    if (
        source.attributions.exists()
        or source.evidence.exists()
        or source.relayed_attributions.exists()
    ):
        raise ValidationError(_("The source is still cited by attributions or evidence."))
    source.delete()


# --- Evidence ---------------------------------------------------------------------------


CONFIDENTIAL_EVIDENCE_REFUSAL = gettext_lazy(
    "Only editors and the claim's assignee handle confidential evidence."
)


def evidence_refusal(
    user: AbstractBaseUser | None, claim: Claim, action: Action, *, confidential: bool
) -> str | None:
    """Why `user` may not add, change or delete (`action`) this evidence, or None: the
    claim's workflow must allow it, and secret material goes only where its author may see
    it again (editors, the claim's assignee). Forms ask this; the services enforce it."""
    if _system(user):
        return None
    refusal = policies.refusal(user, claim, action)
    if refusal:
        return refusal
    if confidential and not policies.can_see_confidential(user, claim):
        return str(CONFIDENTIAL_EVIDENCE_REFUSAL)
    return None


def source_refusal(
    user: AbstractBaseUser | None, action: DeskAction, *, confidential: bool
) -> str | None:
    """Why `user` may not create, edit or delete (`action`) a source, or None."""
    if _system(user):
        return None
    refusal = policies.desk_refusal(user, action)
    if refusal:
        return refusal
    if confidential and not policies.can_see_confidential(user):
        return _("Only editors manage confidential sources.")
    return None


def _check_grades_agree(
    source: Source,
    kind: str | None,
    reliability: str | None,
    *,
    user: AbstractBaseUser | None,
    claim: Claim | None = None,
) -> None:
    differs = (kind and kind != source.kind) or (reliability and reliability != source.reliability)
    if differs and policies.shown_source_name(source, user=user, claim=claim) != source.name:
        # a confidential source the person may not see: not its name, kind or grade
        raise ValidationError(
            {
                "source_name": _(
                    "“%(name)s” is already a source. Leave kind and reliability as they were "
                    "to cite it as it is."
                )
                % {"name": policies.shown_source_name(source, user=user, claim=claim)}
            }
        )
    if differs:
        raise ValidationError(
            {
                "source_name": _(
                    "“%(name)s” is already a source: %(kind)s, reliability %(reliability)s. "
                    "Leave kind and reliability as they were to cite it as it is, or change "
                    "the source itself (editors, in the admin) if its grade is wrong."
                )
                % {
                    "name": source.name,
                    "kind": source.get_kind_display(),
                    "reliability": source.reliability,
                }
            }
        )


def _check_evidence(
    user: AbstractBaseUser | None, claim: Claim, action: Action, *, confidential: bool
) -> None:
    if not _system(user):
        policies.check(user, claim, action)
    refusal = evidence_refusal(user, claim, action, confidential=confidential)
    if refusal:
        raise PermissionDenied(refusal)


def clean_url(url: str) -> str:
    """Strip and check the syntax with the checker's own rules, so whatever is saved can be
    checked. Addresses the SSRF policy refuses (an intranet link) are still accepted: the
    citation is kept and its checks say `blocked`."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        prepare_url(url, linkcheck_config())
    except UrlRefused as exc:
        if not exc.blocked:
            raise ValidationError(
                {"url": _("This URL cannot be used: %(reason)s.") % {"reason": translated(exc)}}
            ) from None
    return url


def validate_upload(upload: UploadedFile) -> None:
    """Refuse a file the services would refuse (type, size), for forms that check first."""
    _attach_upload(Evidence(), upload)
    upload.seek(0)


def _attach_upload(evidence: Evidence, upload: UploadedFile) -> None:
    """Hash the upload in chunks (never all in memory) and refuse it above the size limit
    of its kind (sources.uploads.upload_limit: recordings may be large)."""
    limit = upload_limit(upload.name or "")
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            {
                "file": _("The file is %(size)s bytes; the limit is %(limit)s bytes.")
                % {
                    "size": number_format(upload.size, force_grouping=True),
                    "limit": number_format(limit, force_grouping=True),
                }
            }
        )
    check_evidence_upload(upload)  # type by extension and first bytes (sources/uploads.py)
    digest, size = hashlib.sha256(), 0
    for chunk in upload.chunks():
        digest.update(chunk)
        size += len(chunk)
        if size > limit:
            raise ValidationError(
                {
                    "file": _("The file is larger than the limit of %(limit)s bytes.")
                    % {"limit": number_format(limit, force_grouping=True)}
                }
            )
    upload.seek(0)
    name = os.path.basename(upload.name or "upload") or "upload"
    evidence.file_sha256 = digest.hexdigest()
    evidence.file_name = name[:255]
    evidence.file_size = size
    evidence.file = upload


def _save(evidence: Evidence, upload: UploadedFile | None) -> None:
    """Save the row; the upload is written to storage during the save, so if the row cannot
    be written the new file is removed again: a failed save leaves no orphaned file."""
    try:
        evidence.save()
    except Exception:
        if upload is not None and evidence.file and evidence.file._committed:
            evidence.file.storage.delete(evidence.file.name)
        raise


def _link_for(url: str) -> Link | None:
    if not url:
        return None
    link, _created = Link.objects.get_or_create(url_hash=url_hash(url), defaults={"url": url})
    return link


def _enqueue_check(link: Link) -> None:
    # The evidence is saved whatever the broker does; the beat re-check finds links that
    # were never checked.
    enqueue("sources.tasks.check_links", [link.pk])


@transaction.atomic
def add_evidence(
    *,
    claim: Claim,
    user: AbstractBaseUser | None,
    url: str = "",
    upload: UploadedFile | None = None,
    excerpt: str = "",
    stance: str = "context",
    credibility: int = 6,
    source: Source | None = None,
    source_name: str = "",
    source_kind: str | None = None,
    source_reliability: str | None = None,
    confidential: bool = False,
) -> Evidence:
    """Attach evidence to a claim; its URL is checked in the background after commit.
    `source_name` names the source instead of `source`: a known name or alias, or a new
    source of `source_kind` and `source_reliability` (None: not chosen; other, F), created
    in this same transaction (a refused upload leaves no new source behind). A kind or grade
    chosen for a name that is already a source, and that differs from it, is refused with
    what the source is: a grade is never silently dropped."""
    if source is None and source_name.strip():
        known = match_source(source_name)
        if known is not None:
            _check_grades_agree(known, source_kind, source_reliability, user=user, claim=claim)
            source = known
        else:
            source = create_source(
                name=source_name,
                user=user,
                kind=source_kind or Source.Kind.OTHER,
                reliability=source_reliability or Source.Reliability.F,
            )
    _check_evidence(
        user,
        claim,
        Action.ADD_EVIDENCE,
        confidential=confidential or bool(source is not None and source.confidential),
    )
    evidence = Evidence(
        claim=claim,
        url=clean_url(url),
        excerpt=excerpt or "",
        stance=stance,
        credibility=credibility,
        source=source,
        confidential=confidential,
        added_by=user if user is not None and user.is_authenticated else None,
    )
    if upload is not None:
        _attach_upload(evidence, upload)
    evidence.full_clean()
    evidence.link = _link_for(evidence.url)
    evidence._history_user = evidence.added_by  # type: ignore[attr-defined]
    _save(evidence, upload)
    if evidence.link is not None:
        _enqueue_check(evidence.link)
    if upload is not None:
        _register_media(evidence)
    elif evidence.url:
        _register_media(evidence, url_only=True)
    return evidence


def _register_media(evidence: Evidence, *, url_only: bool = False) -> None:
    """Images and recordings (uploaded, or a linked recording) are read by a worker after
    commit (hashes, EXIF, duration). ``url_only``: new evidence citing an address, which
    matters only if it names a recording."""
    from media.services import linked_recording, register_evidence_media  # media builds on this

    if url_only and not linked_recording(evidence.url):
        return
    register_evidence_media(evidence)


def _register_snapshot_images(snapshot: Snapshot, body: bytes | None) -> None:
    """The images a snapshotted page links are hashed by a worker ("seen this image before?")."""
    from media.services import register_snapshot

    register_snapshot(snapshot, body)


def _locked_evidence(pk: int) -> Evidence:
    """The row under a lock (only the evidence row: its source may be null), with what the
    policy checks need."""
    return (
        Evidence.objects.select_for_update(of=("self",))
        .select_related("claim", "source")
        .get(pk=pk)
    )


@transaction.atomic
def update_evidence(
    *, evidence: Evidence, user: AbstractBaseUser | None, **changes: Any
) -> Evidence:
    """Change evidence fields (same rules as `add_evidence`); a new URL is re-linked and
    checked. `upload` replaces the file; other keys are Evidence field names."""
    unknown = set(changes) - EVIDENCE_FIELDS
    if unknown:
        raise TypeError(f"update_evidence() got unexpected fields: {', '.join(sorted(unknown))}")
    evidence = _locked_evidence(evidence.pk)
    _check_evidence(
        user, evidence.claim, Action.CHANGE_EVIDENCE, confidential=evidence.is_confidential
    )
    old_url = evidence.url
    upload = changes.pop("upload", None)
    if "url" in changes:
        changes["url"] = clean_url(changes["url"])
    if "excerpt" in changes:
        changes["excerpt"] = changes["excerpt"] or ""
    for field, value in changes.items():
        setattr(evidence, field, value)
    if upload is not None:
        _attach_upload(evidence, upload)
    _check_evidence(
        user, evidence.claim, Action.CHANGE_EVIDENCE, confidential=evidence.is_confidential
    )
    evidence.full_clean()
    if evidence.url != old_url:
        evidence.link = _link_for(evidence.url)
    evidence._history_user = user if user is not None and user.is_authenticated else None  # type: ignore[attr-defined]
    _save(evidence, upload)
    if evidence.url != old_url and evidence.link is not None:
        _enqueue_check(evidence.link)
    if upload is not None or (evidence.url != old_url and not evidence.file):
        _register_media(evidence)
    return evidence


@transaction.atomic
def delete_evidence(*, evidence: Evidence, user: AbstractBaseUser | None) -> None:
    evidence = _locked_evidence(evidence.pk)
    _check_evidence(
        user, evidence.claim, Action.DELETE_EVIDENCE, confidential=evidence.is_confidential
    )
    evidence._history_user = user  # type: ignore[attr-defined]
    evidence.delete()


_LOOK_IT_UP = object()


def quote_check(evidence: Evidence, cited: Snapshot | None | object = _LOOK_IT_UP) -> bool | None:
    """Does the excerpt appear in the page as it was when cited? None: nothing to compare
    (no excerpt, no snapshot yet, or a snapshot without text such as a PDF). Pages showing
    many items pass each item's `cited` snapshot, fetched together, to avoid a query each."""
    if not evidence.excerpt.strip() or evidence.link_id is None:
        return None
    if cited is _LOOK_IT_UP:
        cited = evidence.cited_snapshot or evidence.link.cited_snapshot
    snapshot = cited
    if snapshot is None or not snapshot.text:
        return None
    return quote_found(evidence.excerpt, snapshot.text)


# --- Link checks ------------------------------------------------------------------------


def _comparison_key(fingerprint: str | None, sha256: str | None) -> str:
    """Text fingerprint when the page has text (ignores markup, ads, timestamps), else the
    byte hash (PDFs, images)."""
    return fingerprint or sha256 or ""


def _snapshot(link: Link, check: LinkCheck, result: LinkResult) -> Snapshot:
    content_type = result.content_type or ""
    ext = _EXTENSIONS.get(content_type.split(";")[0].strip().lower(), ".bin")
    snapshot = Snapshot(
        link=link,
        link_check=check,
        captured_at=result.checked_at,
        final_url=result.final_url or result.url,
        content_type=content_type[:200],
        headers={k: v for k, v in result.headers.items() if k.lower() not in _PRIVATE_HEADERS},
        sha256=result.content_hash or "",
        text_fingerprint=result.text_fingerprint or "",
        text=result.text or "",
    )
    warc = None
    if result.body is not None:
        name = f"{result.checked_at:%Y%m%dT%H%M%S%fZ}{ext}"
        snapshot.raw.save(name, ContentFile(result.body), save=False)
        warc = provenance.snapshot_warc(snapshot, result.status_code, result.body)
        snapshot.warc.save(f"{name.removesuffix(ext)}.warc", ContentFile(warc), save=False)
    snapshot.full_clean()
    snapshot.save()
    provenance.seal_snapshot(snapshot=snapshot, warc=warc)  # a trusted timestamp, after commit
    _register_snapshot_images(snapshot, result.body)
    if settings.WAYBACK_SAVE_ENABLED:
        enqueue("sources.tasks.submit_to_wayback", snapshot.pk)
    return snapshot


@transaction.atomic
def record_result(
    *, link: Link, result: LinkResult, task_id: str = "", archive: bool = False
) -> LinkCheck:
    """Store one check of a link: history row, the link's latest state, and a snapshot when
    the page is first fetched or its content differs from what was cited. A redelivered task
    (same `task_id`) returns the row it already made."""
    link = Link.objects.select_for_update().get(pk=link.pk)  # one writer per link
    if task_id:
        existing = LinkCheck.objects.filter(link=link, task_id=task_id).first()
        if existing is not None:
            return existing
    check = LinkCheck(
        link=link,
        outcome=result.outcome.value,
        status_code=result.status_code,
        final_url=result.final_url or "",
        redirect_chain=list(result.redirects),
        content_hash=result.content_hash or "",
        text_fingerprint=result.text_fingerprint or "",
        elapsed_ms=result.elapsed_ms,
        error=str(result.error or ""),
        error_message=to_json(result.error),
        checked_at=result.checked_at,
        task_id=task_id,
    )
    check.full_clean(validate_constraints=False)  # the constraint is enforced just below
    try:
        with transaction.atomic():
            check.save()
    except IntegrityError:  # a concurrent delivery of the same task won the race
        return LinkCheck.objects.get(link=link, task_id=task_id)

    was_dead = link.last_outcome in DEAD_OUTCOME_VALUES
    was_changed = link.content_changed
    if link.last_checked_at is None or result.checked_at >= link.last_checked_at:
        link.last_outcome = check.outcome
        link.last_status_code = check.status_code
        link.last_checked_at = check.checked_at
    if result.outcome.is_alive and result.content_hash is not None:
        snapshots = list(link.snapshots.order_by("captured_at", "pk"))
        key = _comparison_key(result.text_fingerprint, result.content_hash)
        current = snapshots[-1] if snapshots else None
        if not snapshots:
            current = _snapshot(link, check, result)
        else:
            cited, latest = snapshots[0], snapshots[-1]
            link.content_changed = key != _comparison_key(cited.text_fingerprint, cited.sha256)
            if archive or key != _comparison_key(latest.text_fingerprint, latest.sha256):
                # each new version once, for the diff; and whenever someone asks to archive
                current = _snapshot(link, check, result)
        # Each citation keeps the version it cited: the first live check after it was made.
        link.evidence.filter(cited_snapshot__isnull=True).update(cited_snapshot=current)
    link.full_clean()
    link.save()
    if link.last_checked_at == check.checked_at and result.outcome.is_dead and not was_dead:
        link_event.send(sender=Link, event=LINK_DEAD, link=link, check=check)
    if link.content_changed and not was_changed:
        link_event.send(sender=Link, event=LINK_CHANGED, link=link, check=check)
    return check


def run_link_checks(
    *, link_ids: Sequence[int], task_id: str = "", archive: bool = False
) -> list[LinkCheck]:
    """Check links as one batch and record each result. Links this task already recorded
    (a redelivery after a crash) are not fetched again."""
    links = list(Link.objects.filter(pk__in=link_ids).order_by("pk"))
    if task_id:
        done = set(
            LinkCheck.objects.filter(task_id=task_id, link__in=links).values_list(
                "link_id", flat=True
            )
        )
        links = [link for link in links if link.pk not in done]
    if not links:
        return []
    # Bodies are kept so a snapshot can be stored; batches stay small (see tasks) because
    # each body may be up to LINKCHECK_MAX_BYTES.
    results = check_urls_sync([link.url for link in links], linkcheck_config(keep_body=True))
    checks = []
    for link, result in zip(links, results, strict=True):
        try:
            checks.append(record_result(link=link, result=result, task_id=task_id, archive=archive))
        except Link.DoesNotExist:  # evidence and link deleted while the check ran
            continue
    return checks


def queue_link_check(*, evidence: Evidence, user: AbstractBaseUser, archive: bool = False) -> Link:
    """ "Re-check now" (and "Archive now": keep a snapshot even if the page did not change)
    for the link this evidence cites, on the link-check queue. Whoever may see the evidence
    may ask; the answer lands as a new check on the link."""
    if not user.is_authenticated or not user.has_perm("sources.view_link"):
        raise PermissionDenied(_("You may not check links."))
    if not policies.evidence_visible_to(user, evidence):
        raise PermissionDenied(str(CONFIDENTIAL_EVIDENCE_REFUSAL))
    if not evidence.url:
        raise ValidationError(_("This evidence cites no address to check."))
    with transaction.atomic():
        if evidence.link_id is None:  # entered before links existed (admin, old imports)
            evidence.link = _link_for(evidence.url)
            evidence.save(update_fields=["link"])
        task = "sources.tasks.archive_links" if archive else "sources.tasks.check_links"
        enqueue(task, [evidence.link.pk])
    return evidence.link


@transaction.atomic
def link_article_evidence(*, article_id: int) -> list[int]:
    """Ids of the links cited by an article's evidence, creating missing ones (evidence
    entered before links existed, e.g. demo data or admin edits)."""
    unlinked = (
        Evidence.objects.select_for_update()
        .filter(claim__article_id=article_id, link__isnull=True)
        .exclude(url="")
    )
    for evidence in unlinked:
        evidence.link = _link_for(evidence.url)
        evidence.save(update_fields=["link"])
    return sorted(
        set(
            Evidence.objects.filter(claim__article_id=article_id, link__isnull=False).values_list(
                "link_id", flat=True
            )
        )
    )


def submit_to_wayback(*, snapshot: Snapshot) -> str:
    """Ask the Wayback Machine's Save Page Now to archive the cited page; returns the
    archive URL ("" when disabled or refused). Off unless WAYBACK_SAVE_ENABLED, because it
    tells a third party which pages the newsroom is checking."""
    if not settings.WAYBACK_SAVE_ENABLED:
        return ""
    config = replace(linkcheck_config(), total_timeout=120.0, read_timeout=60.0, retries=1)
    result = fetch(f"https://web.archive.org/save/{snapshot.link.url}", config)
    location = result.headers.get("Content-Location", "")
    if location.startswith("/web/"):
        archived = f"https://web.archive.org{location}"
    elif result.final_url and "/web/" in result.final_url:
        archived = result.final_url
    else:
        log.warning(
            "Wayback did not archive %s: %s", snapshot.link.url, result.error or result.outcome
        )
        return ""
    Snapshot.objects.filter(pk=snapshot.pk).update(wayback_url=archived[:2048])
    return archived
