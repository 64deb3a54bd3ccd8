"""HTML for the two parts of the review page that repeat per claim: the highlighted body
and the claim list.

An article can carry hundreds of claims; through the template engine these two loops cost
about 1 ms per claim (an include, four {% url %} calls and ~30 variable lookups each), which
alone broke the 150 ms budget for 300 claims. Here each row is one format string with every
value escaped, and URLs come from one reverse() per request. The markup is the same as the
templates it replaces, which the browser tests and static/js/review.js rely on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.urls import reverse
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext as _

from claims import policies
from claims.highlight import Paragraph
from claims.models import Article, Claim

_SENTINEL = 987654321
# Lazy labels: str() of each gives it in the active language.
_STATE_LABELS = dict(Claim.State.choices)
_ARTICLE_STATUS_LABELS = dict(Article.Status.choices)


def url_for(name: str) -> Callable[[int], str]:
    """pk -> URL of a one-argument route, reversing it once."""
    pattern = reverse(name, args=[_SENTINEL])
    head, tail = pattern.split(str(_SENTINEL), 1)
    return lambda pk: f"{head}{pk}{tail}"


def _workspace_url(claim_url: Callable[[int], str], article_url: Callable[[int], str]):
    """Where a claim is worked on: its article's review page with the claim open, or the
    claim's own page for claims outside any article (as Claim.get_absolute_url)."""

    def url(claim: Claim) -> str:
        if claim.article_id:
            return f"{article_url(claim.article_id)}?claim={claim.pk}"
        return claim_url(claim.pk)

    return url


def _state_labels() -> dict[str, str]:
    """The state names in the language of this request, looked up once per list."""
    return {state: escape(label) for state, label in _STATE_LABELS.items()}


def _no_verdict() -> str:
    return f'<span class="verdict none">{escape(_("No verdict"))}</span>'


def _verdict_badge(claim: Claim, no_verdict: str) -> str:
    label = claim.verdict
    if label is None:
        return no_verdict
    return f'<span class="verdict" style="--verdict: {escape(label.colour)}">{escape(label.display_name)}</span>'


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def body_html(paragraphs: Iterable[Paragraph], *, selected: int | None = None) -> SafeString:
    claim_url = url_for("claims:claim")
    states = {state: str(label) for state, label in _STATE_LABELS.items()}
    parts: list[str] = []
    for paragraph in paragraphs:
        parts.append(f'<p data-offset="{paragraph.start}">')
        for run in paragraph.runs:
            claim = run.claim
            if claim is None:
                parts.append(f'<span data-offset="{run.start}">{escape(run.text)}</span>')
                continue
            state_label = states[claim.state]
            title = state_label + (f": {claim.verdict.display_name}" if claim.verdict else "")
            style = f' style="--verdict: {escape(claim.verdict.colour)}"' if claim.verdict else ""
            chosen = " selected" if claim.pk == selected else ""
            parts.append(
                f'<mark id="mark-{claim.pk}" class="claim state-{claim.state}{chosen}" '
                f'data-claim="{claim.pk}" data-offset="{run.start}"{style} '
                f'hx-get="{claim_url(claim.pk)}" hx-target="#panel" title="{escape(title)}">'
                f"{escape(run.text)}</mark>"
            )
        parts.append("</p>\n")
    return mark_safe("".join(parts))  # every value above is escaped


def checked_before_flag(pk: int, count: int, url: str, *, oob: bool = False) -> str:
    """The review row's "checked before?" flag (claims.search.selectors.checked_before):
    empty when no earlier fact-check is suggested; a link that opens the claim's panel,
    whose "Checked before?" section lists the matches. The slot keeps its id so the poll
    after an import can fill it (`oob`: as an htmx out-of-band swap)."""
    flag = ""
    if count:
        title = ngettext(
            "%(count)d earlier fact-check says the same: open the claim to see it",
            "%(count)d earlier fact-checks say the same: open the claim to see them",
            count,
        ) % {"count": count}
        flag = (
            f'<a class="checked-before" data-testid="checked-before" href="{url}#similar-claims" '
            f'hx-get="{url}" hx-target="#panel" hx-push-url="false" title="{escape(title)}">'
            f"{escape(gettext('Checked before?'))} ({count})</a>"
        )
    swap = ' hx-swap-oob="true"' if oob else ""
    return f'<span{swap} class="checked-before-slot" id="checked-before-{pk}">{flag}</span>'


def claim_rows_html(
    claims: Iterable[Claim],
    *,
    user: AbstractBaseUser | AnonymousUser,
    selected: int | None = None,
    can_merge: bool = False,
    article_language: str = "",
    checked_before: Mapping[int, int] | None = None,
) -> SafeString:
    """One row per claim; the quick accept/reject buttons are those claims.policies allows.
    A claim in another language than its article (a quote) shows its language code;
    a claim with an earlier fact-check suggested, its "checked before?" flag."""
    allowed = {a: policies.allowed_on_each(user, a) for a in ("accept", "reject")}
    flags = checked_before or {}
    claim_url = url_for("claims:claim")
    transition_url = url_for("claims:transition")
    states, no_verdict = _state_labels(), _no_verdict()
    button_labels = {"accept": escape(_("Accept")), "reject": escape(_("Reject"))}
    select_label = escape(_("Select for merge"))
    score_title = escape(_("Check-worthiness"))
    counts = escape(_("%(attributions)s attr. · %(evidence)s evid."))  # looked up once a list
    decimal = get_format("DECIMAL_SEPARATOR")
    rows: list[str] = []
    for claim in claims:
        pk, state = claim.pk, claim.state
        chosen = " selected" if pk == selected else ""
        checkbox = (
            f'<input type="checkbox" name="claims" value="{pk}" aria-label="{select_label}">'
            if can_merge
            else ""
        )
        reasons = ""
        if state == Claim.State.PROPOSED and claim.checkworthiness_reasons:
            reasons = f'<span class="reasons">{escape(policies.reasons_text(claim.checkworthiness_reasons))}</span>'
        language = ""
        if claim.language and claim.language != article_language:
            title = _("Language of this claim: %(language)s") % {
                "language": policies.language_name(claim.language)
            }
            language = (
                f'<span class="lang" data-testid="claim-language" lang="{escape(claim.language)}" '
                f'title="{escape(title)}">{escape(claim.language)}</span> '
            )
        buttons = []
        for action, to_state in (("accept", "accepted"), ("reject", "rejected")):
            if allowed[action](claim):
                buttons.append(
                    f'<button type="button" class="{action}" data-action="{action}" '
                    f'hx-post="{transition_url(pk)}" '
                    f'hx-vals=\'{{"state": "{to_state}", "version": "{claim.version}"}}\' '
                    f'hx-target="#panel">{button_labels[action]}</button>'
                )
        url = claim_url(pk)
        score = f"{claim.checkworthiness:.2f}".replace(".", decimal)
        tally = counts % {
            "attributions": getattr(claim, "attribution_count", 0),
            "evidence": getattr(claim, "evidence_count", 0),
        }
        rows.append(
            f'<li id="row-{pk}" class="claim-row state-{state}{chosen}" data-claim="{pk}">'
            f"{checkbox}"
            f'<a href="{url}" hx-get="{url}" hx-target="#panel" hx-push-url="false" '
            f'class="claim-link" data-user-content>{escape(_truncate(claim.text, 160))}</a> '
            f'<span class="state state-{state}">{states[state]}</span> '
            f"{language}{_verdict_badge(claim, no_verdict)} "
            f"{checked_before_flag(pk, flags.get(pk, 0), url)} "
            f'<span class="score" title="{score_title}">{score}</span> '
            f"{reasons} "
            f'<span class="counts">{tally}</span> '
            f"{' '.join(buttons)}</li>\n"
        )
    return mark_safe("".join(rows))  # every value above is escaped


# The columns claim_list_rows_html and queue_rows_html read (and claims.policies needs to
# redact the claimant), for `.only()`: a dashboard row loaded every column of the claim, its
# article, verdict and assignee (password hash and dates included), four model instances
# and a dozen parsed timestamps a row. A row that reads another field costs a query per row,
# which tests/test_list_pagination.py catches.
CLAIM_ROW_FIELDS = (
    "text",
    "claimant",
    "state",
    "assignee__username",
    "article__title",
    "verdict__name",
    "verdict__names",
    "verdict__colour",
)
QUEUE_ROW_FIELDS = (
    "text",
    "state",
    "assignee__username",
    "article__title",
    "verdict__name",
    "verdict__names",
    "verdict__colour",
)
ARTICLE_ROW_FIELDS = ("title", "outlet", "status")


def claim_list_rows_html(claims: Iterable[Claim]) -> SafeString:
    """The dashboard's claim table rows. A page of 50 rows cost 28 ms of CPU through the
    template engine (two reverse() and two truncatechars per row) and costs ~1 ms here.
    The claimant is printed here and nowhere else: callers pass claims whose claimant the
    policy has already redacted (claims.policies.redact_claimants)."""
    claim_url, article_url = url_for("claims:claim"), url_for("claims:article")
    workspace = _workspace_url(claim_url, article_url)
    states, no_verdict = _state_labels(), _no_verdict()
    rows = []
    for claim in claims:
        article = ""
        if claim.article is not None:
            article = (
                f'<a href="{article_url(claim.article.pk)}" data-user-content>'
                f"{escape(_truncate(claim.article.title, 50))}</a>"
            )
        assignee = escape(str(claim.assignee)) if claim.assignee_id else ""
        rows.append(
            f'<tr><td><a href="{workspace(claim)}" data-user-content>'
            f"{escape(_truncate(claim.text, 110))}</a></td>"
            f"<td>{escape(claim.claimant)}</td>"
            f'<td><span class="state state-{claim.state}">{states[claim.state]}</span></td>'
            f"<td>{_verdict_badge(claim, no_verdict)}</td><td>{assignee}</td><td>{article}</td></tr>\n"
        )
    return mark_safe("".join(rows))  # every value above is escaped


def queue_rows_html(claims: Iterable[Claim]) -> SafeString:
    """The rows of "My queue" on the dashboard, like claim_list_rows_html."""
    claim_url, article_url = url_for("claims:claim"), url_for("claims:article")
    workspace = _workspace_url(claim_url, article_url)
    states, no_verdict = _state_labels(), _no_verdict()
    rows = []
    for claim in claims:
        article = ""
        if claim.article is not None:
            article = (
                f'<a href="{article_url(claim.article.pk)}" data-user-content>'
                f"{escape(_truncate(claim.article.title, 60))}</a>"
            )
        rows.append(
            f'<tr><td><a href="{workspace(claim)}" data-user-content>'
            f"{escape(_truncate(claim.text, 120))}</a></td>"
            f'<td><span class="state state-{claim.state}">{states[claim.state]}</span></td>'
            f"<td>{_verdict_badge(claim, no_verdict)}</td><td>{article}</td></tr>\n"
        )
    return mark_safe("".join(rows))  # every value above is escaped


def article_rows_html(articles: Iterable[Article]) -> SafeString:
    """The rows of the dashboard's article table (articles annotated by
    selectors.articles_with_progress), like claim_list_rows_html: 20 rows through the
    template engine cost ~3 ms (a reverse() and five lookups per row)."""
    article_url = url_for("claims:article")
    statuses = {status: str(label) for status, label in _ARTICLE_STATUS_LABELS.items()}
    rows = []
    for article in articles:
        status = statuses.get(article.status, article.status)
        rows.append(
            f'<tr>\n      <td><a href="{article_url(article.pk)}">{escape(article.title)}</a></td>\n'
            f"      <td>{escape(article.outlet)}</td>\n"
            f"      <td>{escape(status)}</td>\n"
            f"      <td>{getattr(article, 'claim_count', 0)}</td>\n"
            f"      <td>{getattr(article, 'open_count', 0)}</td>\n    </tr>\n"
        )
    return mark_safe("".join(rows))  # every value above is escaped
