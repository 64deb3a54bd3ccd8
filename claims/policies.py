"""Who may do what to a claim, and who may see confidential material: decided here, once.

Services call `check()` before they write; pages, htmx partials, the API and the admin call
`allowed_actions()` (or `refusal()`) to decide what to offer, and the confidentiality
helpers to decide what to show. Nothing else re-states these rules: a template asks
`"approve" in actions`, it never compares states or permissions itself.

A refusal is either a missing permission (`PermissionDenied`, "you may not…", 403) or a
state that does not allow the act (`ValidationError`, "a published claim…", 422); the
message is written for a fact-checker.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, Model, OuterRef, Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext_lazy, gettext_noop, override
from django.utils.translation import gettext as _

from claims.extraction import SUPPORTED_LANGUAGES
from claims.models import Claim
from factcheck.compiled import CompiledQuery
from sources.models import (
    Attribution,
    Evidence,
    Link,
    Source,
    SourceAlias,
    normalise_name,
)

State = Claim.State
LOCKED_STATES = frozenset({State.APPROVED, State.PUBLISHED})
# Shown instead of a protected witness's name; marked for the catalogues, translated where
# it is shown (`_(CONFIDENTIAL_CLAIMANT)`: "Конфиденциальный источник" for a Russian reader).
CONFIDENTIAL_CLAIMANT = gettext_noop("Confidential source")
CONFIDENTIAL_PERMISSION = "sources.view_confidential_source"

User = AbstractBaseUser | AnonymousUser


class Action(StrEnum):
    """The protected acts on one claim. Values are what templates and the API name."""

    EDIT = "edit"  # text, claimant, span, date, appearance
    ACCEPT = "accept"
    REJECT = "reject"
    PROPOSE = "propose"  # back to proposed, from rejected
    START_RESEARCH = "start_research"
    DRAFT_VERDICT = "draft_verdict"
    APPROVE = "approve"
    SEND_BACK = "send_back"
    PUBLISH = "publish"
    REOPEN = "reopen"  # approved or published → in research, with a recorded reason
    ASSIGN = "assign"
    SPLIT = "split"
    MERGE = "merge"
    ADD_EVIDENCE = "add_evidence"
    CHANGE_EVIDENCE = "change_evidence"
    DELETE_EVIDENCE = "delete_evidence"
    LINK_MATCH = "link_match"
    DISMISS_MATCH = "dismiss_match"
    DELETE = "delete"
    COMMENT = "comment"  # a review comment; allowed in every state
    ADD_ATTRIBUTION = "add_attribution"
    CHANGE_ATTRIBUTION = "change_attribution"  # re-point its source or relay, edit its cue
    DELETE_ATTRIBUTION = "delete_attribution"


# The state a transition action moves a claim to (the model's TRANSITIONS say from where).
TRANSITION_TARGETS: dict[Action, str] = {
    Action.ACCEPT: State.ACCEPTED,
    Action.REJECT: State.REJECTED,
    Action.PROPOSE: State.PROPOSED,
    Action.START_RESEARCH: State.IN_RESEARCH,
}
TRANSITION_FOR_STATE = {state: action for action, state in TRANSITION_TARGETS.items()}

# Permission(s) each act needs, and what a refusal says.
_PERMISSIONS: dict[Action, tuple[tuple[str, ...], Promise]] = {
    Action.EDIT: (("claims.change_claim",), gettext_lazy("You may not edit claims.")),
    Action.ACCEPT: (("claims.change_claim",), gettext_lazy("You may not change claims.")),
    Action.REJECT: (("claims.change_claim",), gettext_lazy("You may not change claims.")),
    Action.PROPOSE: (("claims.change_claim",), gettext_lazy("You may not change claims.")),
    Action.START_RESEARCH: (("claims.change_claim",), gettext_lazy("You may not change claims.")),
    Action.DRAFT_VERDICT: (("claims.draft_verdict",), gettext_lazy("You may not draft verdicts.")),
    Action.APPROVE: (("claims.approve_verdict",), gettext_lazy("Only editors approve verdicts.")),
    Action.SEND_BACK: (
        ("claims.approve_verdict",),
        gettext_lazy("Only editors send verdicts back."),
    ),
    Action.PUBLISH: (("claims.publish_claim",), gettext_lazy("Only editors publish fact-checks.")),
    Action.REOPEN: (
        ("claims.publish_claim",),
        gettext_lazy("Only editors reopen approved or published work."),
    ),
    Action.ASSIGN: (("claims.assign_claim",), gettext_lazy("Only editors assign claims.")),
    Action.SPLIT: (
        ("claims.add_claim", "claims.change_claim"),
        gettext_lazy("You may not split claims."),
    ),
    Action.MERGE: (
        ("claims.change_claim", "claims.delete_claim"),
        gettext_lazy("Only editors merge claims."),
    ),
    Action.ADD_EVIDENCE: (("sources.add_evidence",), gettext_lazy("You may not add evidence.")),
    Action.CHANGE_EVIDENCE: (
        ("sources.change_evidence",),
        gettext_lazy("You may not change evidence."),
    ),
    Action.DELETE_EVIDENCE: (
        ("sources.delete_evidence",),
        gettext_lazy("You may not delete evidence."),
    ),
    Action.LINK_MATCH: (("claims.change_claim",), gettext_lazy("You may not change claims.")),
    Action.DISMISS_MATCH: (("claims.change_claim",), gettext_lazy("You may not change claims.")),
    Action.DELETE: (("claims.delete_claim",), gettext_lazy("Only editors delete claims.")),
    Action.COMMENT: (
        ("claims.view_claim", "claims.add_reviewcomment"),
        gettext_lazy("You may not comment on claims."),
    ),
    Action.ADD_ATTRIBUTION: (
        ("sources.add_attribution",),
        gettext_lazy("You may not add attributions."),
    ),
    Action.CHANGE_ATTRIBUTION: (
        ("sources.change_attribution",),
        gettext_lazy("You may not change attributions."),
    ),
    Action.DELETE_ATTRIBUTION: (
        ("sources.delete_attribution",),
        gettext_lazy("You may not remove attributions."),
    ),
}

_LOCKED_MESSAGE = gettext_lazy(
    "This claim is %(state)s: its text, evidence and verdict are locked. "
    "An editor can reopen it (with a reason), which sends it back through approval."
)
# Acts that change what an editor approved; refused while the claim is approved/published.
_LOCKED_BY_APPROVAL = {
    Action.EDIT,
    Action.SPLIT,
    Action.MERGE,
    Action.ADD_EVIDENCE,
    Action.CHANGE_EVIDENCE,
    Action.DELETE_EVIDENCE,
    Action.LINK_MATCH,
    Action.DELETE,
    Action.ADD_ATTRIBUTION,
    Action.CHANGE_ATTRIBUTION,
    Action.DELETE_ATTRIBUTION,
}


def state_label(state: str) -> str:
    """A state as a sentence names it ("verdict drafted"), in the active language."""
    return _state_label(state, get_language())


@functools.lru_cache(maxsize=256)
def _state_label(state: str, language: str | None) -> str:
    try:
        return str(State(state).label).lower()
    except ValueError:
        return state


def _state_refusal(user: User, claim: Claim, action: Action) -> str | None:
    """Why the claim's state forbids `action`, or None. Asked per row of every list (a
    300-claim review page asks it 600 times): the answer depends only on the action, the
    state, whether the user is one of the verdict's authors and whether the claim is in an
    article, so it is worked out once per combination and interface language."""
    return _state_refusal_for(
        action,
        claim.state,
        _approver_conflict(user, claim),
        claim.start is None,
        get_language(),
    )


def _approver_conflict(user: User, claim: Claim) -> str:
    """Why `user` is one of the verdict's authors: "" (not one), "verdict" (drafted it) or
    "edited" (changed the claim while the verdict waited for approval)."""
    pk = getattr(user, "pk", None)
    if pk is None:
        return ""
    if claim.verdict_author_id == pk:
        return "verdict"
    if claim.draft_edited_by_id == pk:
        return "edited"
    return ""


@functools.lru_cache(maxsize=4096)
def _state_refusal_for(
    action: Action, state: str, author: str, outside_article: bool, language: str | None
) -> str | None:
    label = state_label(state)
    if action in _LOCKED_BY_APPROVAL and state in LOCKED_STATES:
        return _LOCKED_MESSAGE % {"state": label}
    if action in TRANSITION_TARGETS:
        # Out of a draft is the editor's send-back; out of approved/published is a reopen.
        own_step = state not in LOCKED_STATES and state != State.DRAFTED
        if not Claim.transition_allowed(state, TRANSITION_TARGETS[action]) or not own_step:
            target = state_label(TRANSITION_TARGETS[action])
            return _("A claim that is %(state)s cannot become %(target)s.") % {
                "state": label,
                "target": target,
            }
        return None
    if action == Action.DRAFT_VERDICT and state not in {
        State.ACCEPTED,
        State.IN_RESEARCH,
        State.DRAFTED,
    }:
        return _("A claim that is %(state)s cannot get a verdict: accept it first.") % {
            "state": label
        }
    if action in {Action.APPROVE, Action.SEND_BACK} and state != State.DRAFTED:
        return _(
            "Only a drafted verdict can be approved or sent back; this claim is %(state)s."
        ) % {"state": label}
    if action == Action.APPROVE and author == "verdict":
        return _("Nobody approves their own verdict: ask another editor.")
    if action == Action.APPROVE and author == "edited":
        return _(
            "You changed this claim after its verdict was drafted, so you are one of its "
            "authors now: ask another editor to approve it."
        )
    if action == Action.PUBLISH and state != State.APPROVED:
        return _("Only an approved verdict can be published; this claim is %(state)s.") % {
            "state": label
        }
    if action == Action.REOPEN and state not in LOCKED_STATES:
        return _("Only approved or published claims are reopened; this claim is %(state)s.") % {
            "state": label
        }
    if action in {Action.SPLIT, Action.MERGE} and outside_article:
        return _("Only claims in an article can be split or merged.")
    return None


def _permission_refusal(user: User, action: Action) -> str | None:
    if not user.is_authenticated:
        return _("Log in first.")
    permissions, message = _PERMISSIONS[action]
    return None if user.has_perms(permissions) else str(message)


def refusal(user: User, claim: Claim, action: Action | str) -> str | None:
    """Why `user` may not do `action` to `claim` now, or None if they may."""
    action = Action(action)
    return _permission_refusal(user, action) or _state_refusal(user, claim, action)


def allowed_on_each(user: User, action: Action | str) -> Callable[[Claim], bool]:
    """`refusal(user, claim, action) is None` for many claims of one page: the permission is
    asked once, the state rule per claim (a 300-claim list asked it 600 times)."""
    action = Action(action)
    if _permission_refusal(user, action) is not None:
        return lambda claim: False
    return lambda claim: _state_refusal(user, claim, action) is None


def check(user: User, claim: Claim, action: Action | str) -> None:
    """Raise PermissionDenied (no right to do it) or ValidationError (not in this state)."""
    action = Action(action)
    message = _permission_refusal(user, action)
    if message:
        raise PermissionDenied(message)
    message = _state_refusal(user, claim, action)
    if message:
        if action == Action.APPROVE and _approver_conflict(user, claim):
            raise PermissionDenied(message)
        raise ValidationError(message)


def allowed_actions(user: User, claim: Claim) -> frozenset[str]:
    """Every act `user` may take on `claim` now: what the page offers."""
    return frozenset(a.value for a in Action if refusal(user, claim, a) is None)


def transition_action(to_state: str) -> Action:
    """The act that moves a claim to `to_state` through `transition_claim`."""
    try:
        return TRANSITION_FOR_STATE[to_state]
    except KeyError:
        raise ValidationError(
            _("Use the verdict actions to draft, approve, publish or reopen a claim.")
        ) from None


class DeskAction(StrEnum):
    """Protected acts that concern no single claim."""

    CREATE_CLAIM = "create_claim"
    IMPORT_ARTICLE = "import_article"
    EDIT_ARTICLE = "edit_article"
    DELETE_ARTICLE = "delete_article"
    CREATE_SOURCE = "create_source"
    EDIT_SOURCE = "edit_source"
    DELETE_SOURCE = "delete_source"
    LINK_ALIAS = "link_alias"  # another name (a transliteration) for a source
    UNLINK_ALIAS = "unlink_alias"
    IMPORT_PRIOR_FACT_CHECKS = "import_prior_fact_checks"
    # Other organisations' published fact-checks: their list, and every "checked before?"
    # answer that includes them (search page, claim panel, cluster, API).
    VIEW_PRIOR_FACT_CHECKS = "view_prior_fact_checks"
    EXPORT = "export"
    VIEW_STATISTICS = "view_statistics"
    VIEW_RECORDS = "view_records"  # claimant and source pages
    READ = "read"  # any page of the desk: a login alone is not a role on it


_DESK_PERMISSIONS: dict[DeskAction, tuple[tuple[str, ...], Promise]] = {
    DeskAction.CREATE_CLAIM: (("claims.add_claim",), gettext_lazy("You may not create claims.")),
    DeskAction.IMPORT_ARTICLE: (
        ("claims.add_article",),
        gettext_lazy("You may not import articles."),
    ),
    DeskAction.EDIT_ARTICLE: (
        ("claims.change_article",),
        gettext_lazy("You may not edit articles."),
    ),
    DeskAction.DELETE_ARTICLE: (
        ("claims.delete_article",),
        gettext_lazy("Only editors delete articles."),
    ),
    DeskAction.CREATE_SOURCE: (
        ("sources.add_source",),
        gettext_lazy("You may not create sources."),
    ),
    DeskAction.EDIT_SOURCE: (("sources.change_source",), gettext_lazy("You may not edit sources.")),
    DeskAction.DELETE_SOURCE: (
        ("sources.delete_source",),
        gettext_lazy("Only editors delete sources."),
    ),
    DeskAction.LINK_ALIAS: (
        ("sources.add_sourcealias", "sources.change_source"),
        gettext_lazy("You may not link names to sources."),
    ),
    DeskAction.UNLINK_ALIAS: (
        ("sources.delete_sourcealias",),
        gettext_lazy("Only editors remove a name from a source."),
    ),
    DeskAction.IMPORT_PRIOR_FACT_CHECKS: (
        ("claims.add_priorfactcheck",),
        gettext_lazy("Only editors import other organisations' fact-checks."),
    ),
    DeskAction.VIEW_PRIOR_FACT_CHECKS: (
        ("claims.view_priorfactcheck",),
        gettext_lazy("You may not read other organisations' fact-checks."),
    ),
    DeskAction.EXPORT: (("claims.view_claim",), gettext_lazy("You may not export fact-checks.")),
    DeskAction.VIEW_STATISTICS: (
        ("claims.approve_verdict",),
        gettext_lazy("The desk statistics are for editors."),
    ),
    DeskAction.VIEW_RECORDS: (
        ("claims.view_claim", "sources.view_source"),
        gettext_lazy("You may not see claimant and source records."),
    ),
    # The rule the API's model permissions apply to every read, for the pages too
    # (claims.middleware.DeskRoleMiddleware): an account with no role, or one taken out of
    # its group, reads nothing on any entrance.
    DeskAction.READ: (
        ("claims.view_article", "claims.view_claim"),
        gettext_lazy(
            "Your account has no role on this desk yet: ask an editor or an administrator "
            "to add you to the fact-checkers or the editors."
        ),
    ),
}


def desk_refusal(user: User, action: DeskAction | str) -> str | None:
    if not user.is_authenticated:
        return _("Log in first.")
    permissions, message = _DESK_PERMISSIONS[DeskAction(action)]
    return None if user.has_perms(permissions) else str(message)


def reads_prior_fact_checks(user: User) -> bool:
    """Whether "checked before?" answers show `user` other organisations' fact-checks (the
    list page, the search page, the claim panel and its cluster, the review page's flags,
    the API)."""
    return desk_refusal(user, DeskAction.VIEW_PRIOR_FACT_CHECKS) is None


def check_desk(user: User, action: DeskAction | str) -> None:
    message = desk_refusal(user, action)
    if message:
        raise PermissionDenied(message)


CONFIDENTIAL_ATTRIBUTION_REFUSAL = gettext_lazy(
    "Only editors and the claim's assignee handle attributions to confidential sources."
)


def attribution_refusal(
    user: User, claim: Claim, action: Action | str, *, sources: Iterable[Source | None] = ()
) -> str | None:
    """Why `user` may not add, change or remove (`action`) an attribution of `claim` that
    involves `sources` (the attribution's source and relay, before and after), or None.
    The workflow rule is the claim's (locked once approved); a confidential source or relay
    is handled only by those who may see it (editors, the claim's assignee)."""
    refused = refusal(user, claim, action)
    if refused:
        return refused
    secret = any(source is not None and source.confidential for source in sources)
    if secret and not can_see_confidential(user, claim):
        return str(CONFIDENTIAL_ATTRIBUTION_REFUSAL)
    return None


# --- background jobs -------------------------------------------------------------------

JobT = TypeVar("JobT", bound=Model)


def visible_jobs(user: User, jobs: QuerySet[JobT]) -> QuerySet[JobT]:
    """A background job (an import of fact-checks, an image read as an article, an export)
    is seen by whoever asked for it (its page, its poll, its file) and by a superuser;
    for anyone else it does not exist (404, not 403: its name and progress tell something)."""
    if not user.is_authenticated:
        return jobs.none()
    if user.is_superuser:
        return jobs
    return jobs.filter(requested_by_id=user.pk)


# --- confidentiality -------------------------------------------------------------------


def can_see_confidential(user: User, claim: Claim | None = None) -> bool:
    """Protected witnesses and intercepted material: editors, and whoever the claim is
    assigned to."""
    return sees_confidential_on_each(user)(claim)


def sees_confidential_on_each(user: User) -> Callable[[Claim | None], bool]:
    """`can_see_confidential(user, claim)` for many claims (a page of rows), asking for the
    user's permission once instead of once a row."""
    if not user.is_authenticated:
        return lambda claim: False
    if user.has_perm(CONFIDENTIAL_PERMISSION):
        return lambda claim: True
    return lambda claim: claim is not None and claim.assignee_id == user.pk


def may_include_confidential(user: User | None, asked: bool) -> bool:
    """Bulk reads (reports, exports, API lists) include confidential material only when the
    caller has the permission and asked for it explicitly."""
    return bool(asked and user is not None and user.has_perm(CONFIDENTIAL_PERMISSION))


def _assigned_q(user: User, claim_path: str) -> Q:
    """Rows under claims assigned to `user` (who then sees their confidential material)."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    return Q(**{f"{claim_path}assignee": user})


def _sees_all(user: User) -> bool:
    return user.is_authenticated and user.has_perm(CONFIDENTIAL_PERMISSION)


def visible_evidence(
    evidence: QuerySet[Evidence], user: User, *, include_confidential: bool = True
) -> QuerySet[Evidence]:
    """Evidence `user` may see. Confidential items (or items from a confidential source)
    stay only for editors and the claim's assignee, and only when asked for
    (`include_confidential`; the API and bulk reads leave them out by default)."""
    public = Q(confidential=False) & (Q(source__isnull=True) | Q(source__confidential=False))
    if not include_confidential:
        return evidence.filter(public)
    if _sees_all(user):
        return evidence
    return evidence.filter(public | _assigned_q(user, "claim__"))


def visible_attributions(
    attributions: QuerySet[Attribution], user: User, *, include_confidential: bool = True
) -> QuerySet[Attribution]:
    """Attributions whose source and relay `user` may see (same rule as evidence)."""
    public = Q(source__confidential=False) & (Q(via__isnull=True) | Q(via__confidential=False))
    if not include_confidential:
        return attributions.filter(public)
    if _sees_all(user):
        return attributions
    return attributions.filter(public | _assigned_q(user, "claim__"))


def attribution_visible_to(
    user: User | None, attribution: Attribution, claim: Claim, *, include_confidential: bool
) -> bool:
    """`visible_attributions` for one loaded attribution of `claim` (its source and relay
    loaded): what a serializer may list whatever queryset its instance came from."""
    via = attribution.via if attribution.via_id else None
    if not attribution.source.confidential and (via is None or not via.confidential):
        return True
    return include_confidential and user is not None and can_see_confidential(user, claim)


def visible_links(links: QuerySet[Link], user: User) -> QuerySet[Link]:
    """Cited pages `user` may see (their checks and snapshots with them): a link is hidden
    when every evidence item citing it is hidden (the snapshot page's rule); one no item
    cites any more stays visible. For lists (the admin's) where the page asks per link."""
    if _sees_all(user):
        return links
    citing = Evidence.objects.filter(link=OuterRef("pk"))
    seen = visible_evidence(Evidence.objects.filter(link=OuterRef("pk")), user)
    return links.filter(~Exists(citing) | Exists(seen))


def visible_sources(sources: QuerySet[Source], user: User) -> QuerySet[Source]:
    """Source records: confidential ones only for those allowed to see all such material."""
    return sources if _sees_all(user) else sources.filter(confidential=False)


def shown_source_name(source: Source, *, user: User | None, claim: Claim | None = None) -> str:
    """How a message names `source` to `user` (a refusal that found it by the name they
    typed): a confidential source they may not see (on `claim`, or anywhere without one) is
    "Confidential source", never its name, kind or grade. `user` None: the system."""
    if not source.confidential or user is None or can_see_confidential(user, claim):
        return source.name
    return _(CONFIDENTIAL_CLAIMANT)


def evidence_visible_to(user: User, evidence: Evidence) -> bool:
    """One item, for a download or a status badge (uses its loaded claim and source)."""
    return not evidence.is_confidential or can_see_confidential(user, evidence.claim)


def _secret_names_query() -> QuerySet:
    own = Source.objects.filter(confidential=True).values_list("normalised_name")
    aliases = SourceAlias.objects.filter(source__confidential=True).values_list("normalised_name")
    return own.order_by().union(aliases.order_by(), all=True)


# Asked by every list that shows claimants: compiled once (factcheck/compiled.py).
_SECRET_NAMES = CompiledQuery(_secret_names_query)


def secret_names() -> set[str]:
    """Normalised names and aliases of confidential sources: a claimant with one of these
    names is the protected witness. One query."""
    names = {name for (name,) in _SECRET_NAMES.rows()}
    names.discard("")
    return names


def is_secret_claimant(claimant: str, secret: set[str]) -> bool:
    return bool(claimant) and normalise_name(claimant) in secret


def shown_claimant(claim: Claim, *, user: User | None, secret: set[str]) -> str:
    """The claimant as `user` may see it: a claimant named after a confidential source (the
    protected witness) is shown as "Confidential source" unless `user` may see that claim's
    confidential material. `user` None: a public or bulk output, redacted for everyone."""
    allowed = user is not None and can_see_confidential(user, claim)
    return _shown_claimant(claim, allowed=allowed, secret=secret)


def _shown_claimant(claim: Claim, *, allowed: bool, secret: set[str]) -> str:
    if allowed or not is_secret_claimant(claim.claimant, secret):
        return claim.claimant
    return _(CONFIDENTIAL_CLAIMANT)


def claimant_hidden_on_each(
    user: User | None, *, secret: set[str] | None = None
) -> Callable[[Claim], bool]:
    """Whether `user` is shown a claim's claimant as "Confidential source" (the protected
    witness), for many claims: the permission and the secret names are asked once. What is
    hidden is hidden from every read, search included: such a claim is found by its text,
    never by the name (claims.search.selectors). `user` None: a public or bulk output."""
    secret = secret_names() if secret is None else secret
    if not secret:
        return lambda claim: False
    sees = sees_confidential_on_each(user) if user is not None else (lambda claim: False)
    return lambda claim: is_secret_claimant(claim.claimant, secret) and not sees(claim)


def shown_claimant_name(name: str, *, claim: Claim, user: User | None) -> str:
    """A claimant's name that is not the claim's current one (an older or newer value in the
    claim's history), as `user` may see it on that claim: the rule of `shown_claimant`."""
    allowed = user is not None and can_see_confidential(user, claim)
    if allowed or not is_secret_claimant(name, secret_names()):
        return name
    return _(CONFIDENTIAL_CLAIMANT)


CONFIDENTIAL_CLAIMANT_REFUSAL = gettext_lazy(
    "This claimant is a confidential source: only editors and the claim's assignee change it."
)


@functools.lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    """ "Confidential source" as each interface language shows it (what an edit form sent
    back holds when its claimant was redacted)."""
    forms = set()
    for code, _name in settings.LANGUAGES:
        with override(code):
            forms.add(normalise_name(_(CONFIDENTIAL_CLAIMANT)))
    return frozenset(forms)


def claimant_change_wanted(user: User, claim: Claim, claimant: str) -> bool:
    """Whether an edit by `user` that sends `claimant` changes the claim's claimant. A
    claimant hidden from `user` (the protected witness) comes back from their form as
    "Confidential source", which is no change; any other value is refused
    (PermissionDenied): they cannot see what they would replace."""
    if claimant == claim.claimant or not claimant_hidden_on_each(user)(claim):
        return claimant != claim.claimant
    if normalise_name(claimant) in _placeholders():
        return False
    raise PermissionDenied(str(CONFIDENTIAL_CLAIMANT_REFUSAL))


def redact_claimants(
    claims: Iterable[Claim],
    *,
    user: User | None = None,
    include_confidential: bool = False,
    secret: set[str] | None = None,
) -> list[Claim]:
    """`shown_claimant` applied in memory to each claim (nothing is saved). Without `user`,
    `include_confidential` decides for all (bulk exports that were allowed to include it)."""
    claims = list(claims)
    if include_confidential or not claims:
        return claims
    hidden = claimant_hidden_on_each(user, secret=secret)
    for claim in claims:  # shown_claimant, with the permission asked once
        if hidden(claim):
            claim.claimant = _(CONFIDENTIAL_CLAIMANT)
    return claims


def mask_for(user: User, claim: Claim) -> Claim:
    """Prepare a claim with its prefetched attributions and evidence for a page: each
    evidence item gets `hidden`, each attribution `source_label`/`via_label`, and the
    claimant is redacted, all by the rules above. In memory only."""
    allowed = can_see_confidential(user, claim)
    for item in claim.evidence.all():
        item.hidden = item.is_confidential and not allowed
    for attribution in claim.attributions.all():
        source, via = attribution.source, attribution.via
        attribution.source_label = (
            source.name if allowed or not source.confidential else _(CONFIDENTIAL_CLAIMANT)
        )
        attribution.via_label = ""
        if via is not None:
            attribution.via_label = (
                via.name if allowed or not via.confidential else _("a confidential source")
            )
    if not allowed:
        redact_claimants([claim], user=user)
    return claim


# --- languages -------------------------------------------------------------------------

# How the machine's own history entries begin (the import's proposals, and those made again
# after a language correction: "proposed by import (ru rules)"); a person's never do.
MACHINE_REASON = "proposed by import"


# The check-worthiness engine's reasons (claims/extraction/score.py) are stored as these
# English words; pages show them in the reader's language.
REASON_LABELS = {
    "attribution": gettext_lazy("attribution"),
    "comparison": gettext_lazy("comparison"),
    "date": gettext_lazy("date"),
    "deadline": gettext_lazy("deadline"),
    "factual event": gettext_lazy("factual event"),
    "hedge": gettext_lazy("hedge"),
    "named entity": gettext_lazy("named entity"),
    "number": gettext_lazy("number"),
    "opinion": gettext_lazy("opinion"),
    "prediction of feelings": gettext_lazy("prediction of feelings"),
    "prediction": gettext_lazy("prediction"),
    "question": gettext_lazy("question"),
    "quote": gettext_lazy("quote"),
    "short": gettext_lazy("short"),
    "statistic": gettext_lazy("statistic"),
}


def reasons_text(reasons: Iterable[str]) -> str:
    """ "named entity, date" in the active language; a reason this table lacks as stored."""
    return ", ".join(str(REASON_LABELS.get(reason, reason)) for reason in reasons)


def has_language_rules(code: str) -> bool:
    """Whether claims of an article in this language are proposed with that language's own
    rules (cleaning, splitting, cues, attribution) rather than the generic ones: the one
    answer behind the review page's note, import_article's warning and the API's
    ``language_rules`` field."""
    return code in SUPPORTED_LANGUAGES


def no_proposals_note(code: str) -> str:
    """Why an import proposed no claims, for every entrance that shows an import's result
    (the review page, `import_article` on stderr): an empty import is never left
    unexplained. `code`: the article's language (its rules or the generic ones)."""
    if has_language_rules(code):
        return _(
            "No claims were proposed: no sentence has the marks of a checkable statement "
            "(figures, dates, named people or bodies, attributions). Select text in the "
            "article to make a claim yourself."
        )
    return _(
        "No claims were proposed: no sentence has the marks of a checkable statement "
        "(figures, dates, named people or bodies, attributions) that the generic rules "
        "look for. Select text in the article to make a claim yourself."
    )


def language_name(code: str) -> str:
    """ "ru" -> "Russian" (in the active language: "русский"; Django's own catalogue has the
    names); an unknown code is shown as it is."""
    if not code:
        return _("not known")
    if code in _NAMES_DJANGO_LACKS:
        return str(_NAMES_DJANGO_LACKS[code])
    info = LANG_INFO.get(code, {})
    return _(str(info["name"])) if "name" in info else code


# Languages whose English name in Django's LANG_INFO its own catalogues do not translate.
_NAMES_DJANGO_LACKS = {
    "no": gettext_lazy("Norwegian"),
    "nb": gettext_lazy("Norwegian Bokmål"),
}


def language_problem(code: str) -> str | None:
    """Why `code` is no language the desk can set, or None. ISO 639-1 codes, as Django
    knows them (its LANG_INFO: about a hundred languages), or empty for "not known"."""
    if code == "":
        return None
    if len(code) != 2 or code not in LANG_INFO or "-" in code:
        return _("“%(code)s” is not a language code: choose a language from the list.") % {
            "code": code[:20]
        }
    return None


def check_language(code: str) -> None:
    message = language_problem(code)
    if message:
        raise ValidationError({"language": message})


def language_refusal(user: User) -> str | None:
    """Correcting an article's language is editing the article."""
    return desk_refusal(user, DeskAction.EDIT_ARTICLE)


def untouched_proposals(claims: Iterable[Claim]) -> list[Claim]:
    """The machine's proposals nobody has worked on: still proposed and never saved since
    (version 1), every history entry written by the import, no evidence, no comment, no
    "same claim" decision. Everything else (accepted, edited, rejected, created by
    selection, restored from a file, annotated) was touched by a person and is kept. Four
    queries for any number of claims."""
    from claims.models import ClaimMatch

    candidates = [c for c in claims if c.state == State.PROPOSED and c.version == 1]
    if not candidates:
        return []
    ids = [c.pk for c in candidates]
    touched = set(
        Claim.history.filter(id__in=ids)
        .exclude(history_change_reason__startswith=MACHINE_REASON)
        .values_list("id", flat=True)
    )
    touched |= set(Evidence.objects.filter(claim__in=ids).values_list("claim_id", flat=True))
    touched |= set(
        ClaimMatch.objects.filter(claim__in=ids)
        .exclude(status=ClaimMatch.Status.SUGGESTED)
        .values_list("claim_id", flat=True)
    )
    touched |= set(
        Claim.objects.filter(pk__in=ids, comments__isnull=False).values_list("pk", flat=True)
    )
    return [c for c in candidates if c.pk not in touched]
