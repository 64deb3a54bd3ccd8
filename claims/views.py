"""The workbench pages. One view, one URL, two renderings: full page, or the partial htmx
asks for. Views stay thin; rules live in claims.services and sources.services."""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect, reswap, retarget, trigger_client_event

from claims import policies, rendering, selectors, services
from claims.filters import filter_claims
from claims.forms import (
    ArticleLanguageForm,
    ArticleMetadataForm,
    AssignForm,
    AttributionForm,
    ClaimEditForm,
    ClaimReviewUploadForm,
    ImportForm,
    PriorFactCheckFilterForm,
    ReopenForm,
    SendBackForm,
    VerdictForm,
)
from claims.highlight import paragraphs
from claims.interchange.articles import import_article as run_import
from claims.interchange.common import ImportFailed
from claims.models import Article, Claim, ImportJob, RatingLabel
from claims.search import selectors as search_selectors
from claims.tasks import start_claimreview_import
from factcheck.request_limits import oversized_post_message
from media import services as media_services
from sources import services as source_services
from sources.fetching import download
from sources.forms import EvidenceForm
from sources.models import Attribution, ProposedAttribution

# --- dashboard -------------------------------------------------------------------------


DASHBOARD_PAGE_SIZE = 50
QUEUE_PAGE_SIZE = ARTICLES_PAGE_SIZE = 20


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """Counts by state, my queue, the filtered claims and the articles. Each list is paged on
    its own (`page`, `queue_page`, `articles_page`), so the page costs the same with 50 claims
    or 50,000; htmx asks for one list by its id and only that list is queried and rendered."""
    queries = {}
    for name in ("page", "queue_page", "articles_page"):
        others = request.GET.copy()
        others.pop(name, None)
        queries[name] = others.urlencode()
    target = request.htmx.target if request.htmx else None
    if target not in ("queue-results", "article-results", "claim-results"):
        target = None  # the whole page
    context: dict = {"queries": queries}
    if target in (None, "queue-results"):
        mine = selectors.my_queue(request.user).only(*rendering.QUEUE_ROW_FIELDS)
        queue_pages = Paginator(mine, QUEUE_PAGE_SIZE)
        queue_pages.count = selectors.my_queue_count(request.user)
        queue = queue_pages.get_page(request.GET.get("queue_page"))
        context["queue"] = queue
        context["queue_rows_html"] = rendering.queue_rows_html(queue)
        if target:
            return render(request, "claims/_queue_results.html", context)
    if target in (None, "article-results"):
        listed = selectors.articles_with_progress().only(*rendering.ARTICLE_ROW_FIELDS)
        article_pages = Paginator(listed, ARTICLES_PAGE_SIZE)
        article_pages.count = selectors.article_count()
        articles = article_pages.get_page(request.GET.get("articles_page"))
        context["articles"] = articles
        context["article_rows_html"] = rendering.article_rows_html(articles)
        if target:
            return render(request, "claims/_article_results.html", context)
    claims, filterset = filter_claims(
        request.GET,
        user=request.user,
        queryset=selectors.claims_for_lists().only(*rendering.CLAIM_ROW_FIELDS),
    )
    context["form"] = filterset.form
    paginator = Paginator(claims, DASHBOARD_PAGE_SIZE)
    if target is None:
        context["counts"] = selectors.claim_counts_by_state()
        context["states"] = Claim.State
        if not claims.query.where:  # no filter: every claim, which the state counts add up
            paginator.count = sum(context["counts"].values())
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = policies.redact_claimants(page.object_list, user=request.user)
    context["claims"] = page
    context["rows_html"] = rendering.claim_list_rows_html(page.object_list)
    if target == "claim-results":
        return render(request, "claims/_claim_results.html", context)
    return render(request, "claims/dashboard.html", context)


# --- import ----------------------------------------------------------------------------


def _add_import_error(form: ImportForm, exc: ValidationError) -> None:
    """An import's refusal on the form: an error about one of the form's fields beside it,
    any other (the article's `body`, `imported_by`: model fields the form does not have)
    above the form. Django's add_error raises ValueError, a 500, for a field it lacks."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def import_article(request: HttpRequest) -> HttpResponse:
    policies.check_desk(request.user, policies.DeskAction.IMPORT_ARTICLE)  # says why, in words
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["upload"]
        if upload is not None and media_services.wants_worker(upload):  # OCR: seconds a page
            try:
                job = media_services.start_scan_import(
                    upload=upload, user=request.user, metadata=form.metadata()
                )
            except ValidationError as exc:
                _add_import_error(form, exc)
            else:
                if request.htmx:
                    return HttpResponseClientRedirect(reverse("media:scan_import", args=[job.pk]))
                return redirect("media:scan_import", pk=job.pk)
    if request.method == "POST" and form.is_valid():
        try:
            article, created = run_import(
                user=request.user,
                text=form.cleaned_data["text"],
                upload=form.cleaned_data["upload"],
                url=form.cleaned_data["url"],
                metadata=form.metadata(),
            )
        except ValidationError as exc:
            _add_import_error(form, exc)
        else:
            if created:
                count = article.claims.count()
                imported = ngettext(
                    "Imported “%(title)s” with %(count)d proposed claim.",
                    "Imported “%(title)s” with %(count)d proposed claims.",
                    count,
                ) % {"title": article.title, "count": count}
                if not count:
                    imported += " " + _(
                        "No sentence had the marks of a checkable statement; the review page "
                        "says why and you can select claims yourself."
                    )
                messages.success(request, imported)
            else:
                messages.info(
                    request, _("This text was imported before: here is the existing article.")
                )
            if request.htmx:
                return HttpResponseClientRedirect(article.get_absolute_url())
            return redirect(article)
    too_big = oversized_post_message(request)  # a paste over the limit: factcheck.request_limits
    status = 422 if form.errors or too_big else 200
    return render(request, "claims/import.html", {"form": form, "too_big": too_big}, status=status)


# --- prior fact-checks -----------------------------------------------------------------

PRIOR_PAGE_SIZE = 50


def _prior_context(request: HttpRequest, upload_form: ClaimReviewUploadForm | None = None) -> dict:
    form = PriorFactCheckFilterForm(
        request.GET or None, authors=selectors.prior_fact_check_authors()
    )
    filters = {}
    if form.is_bound:
        form.is_valid()  # a bad field is reported and left out; the valid ones still filter
        filters = {name: value for name, value in form.cleaned_data.items() if value}
    priors = selectors.filtered_prior_fact_checks(**filters)
    page = Paginator(priors, PRIOR_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "can_import": policies.desk_refusal(
            request.user, policies.DeskAction.IMPORT_PRIOR_FACT_CHECKS
        )
        is None,
        "upload_form": upload_form or ClaimReviewUploadForm(),
    }


@require_GET
def prior_fact_checks(request: HttpRequest) -> HttpResponse:
    """Other organisations' published fact-checks: filter, page, and go to the original."""
    policies.check_desk(request.user, policies.DeskAction.VIEW_PRIOR_FACT_CHECKS)
    context = _prior_context(request)
    if request.htmx and request.htmx.target == "prior-results":
        return render(request, "claims/_prior_fact_check_results.html", context)
    return render(request, "claims/prior_fact_checks.html", context)


@require_POST
def import_prior_fact_checks(request: HttpRequest) -> HttpResponse:
    """A ClaimReview JSON-LD file, a saved HTML page or a page address (fetched through the
    SSRF-safe fetcher), through the same all-or-nothing import as `manage.py
    import_claimreview`; on failure every problem is listed, nothing is saved. A large file
    is imported by a worker (claims.tasks.start_claimreview_import): the page then shows
    the job's progress."""
    policies.check_desk(request.user, policies.DeskAction.IMPORT_PRIOR_FACT_CHECKS)
    form = ClaimReviewUploadForm(request.POST, request.FILES)
    problems: list[str] = []
    if form.is_valid():
        try:
            if form.cleaned_data["url"]:
                data = download(form.cleaned_data["url"], what="This page").body
            else:
                data = form.cleaned_data["upload"].read()
            result = start_claimreview_import(data=data, user=request.user)
        except ValidationError as exc:
            problems = exc.messages
        except ImportFailed as exc:
            problems = exc.errors
        else:
            if isinstance(result, ImportJob):
                url = reverse("claims:import_job", args=[result.pk])
            else:
                messages.success(request, _("Imported %(result)s.") % {"result": result})
                url = reverse("claims:prior_fact_checks")
            return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
    context = {**_prior_context(request, upload_form=form), "import_problems": problems}
    return render(request, "claims/prior_fact_checks.html", context, status=422)


# --- article review --------------------------------------------------------------------


def _review_context(request: HttpRequest, article: Article, selected: int | None = None) -> dict:
    claims = list(article.claims.all())
    can_merge = request.user.has_perm("claims.delete_claim")
    flags = search_selectors.checked_before(
        article.pk, include_prior=policies.reads_prior_fact_checks(request.user)
    )
    return {
        "article": article,
        "claims": claims,
        "body_html": rendering.body_html(paragraphs(article.body, claims), selected=selected),
        "rows_html": rendering.claim_rows_html(
            claims,
            user=request.user,
            selected=selected,
            can_merge=can_merge,
            article_language=article.language,
            checked_before=flags.counts,
        ),
        "checked_before_pending": flags.pending,
        "progress": selectors.article_progress(article, claims),
        "can_edit_article": policies.desk_refusal(request.user, policies.DeskAction.EDIT_ARTICLE)
        is None,
        "metadata_form": _metadata_form(article),
        "can_merge": can_merge,
        "selected": selected,
    } | language_context(article, claims)


def language_context(article: Article, claims: list[Claim]) -> dict:
    """What the review page says about the article's language: its name, the correction
    form, and a note when the rules are generic or nothing was proposed (an empty import
    is never left unexplained)."""
    code = article.language
    supported = policies.has_language_rules(code)
    name = policies.language_name(code)
    note = ""
    if not code:
        note = _(
            "Language not recognised: claims are proposed with generic rules, so expect "
            "fewer proposals and no attributions. If you know the language, choose it below "
            "and the proposals are made again."
        )
    elif not supported:
        note = _(
            "Language not supported (%(language)s): claims are proposed with generic rules, so "
            "expect fewer proposals and no attributions. Read the text yourself and select "
            "any claim the rules missed."
        ) % {"language": name}
    empty = "" if claims else policies.no_proposals_note(code)
    return {
        "language_label": name,
        "language_supported": supported,
        "language_note": note,
        "empty_note": empty,
        "language_form": ArticleLanguageForm(initial={"language": code}),
    }


@require_GET
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        article = selectors.article_for_review(pk)
    except Article.DoesNotExist as exc:
        raise Http404(_("No such article.")) from exc
    context = _review_context(request, article)
    if request.htmx and request.htmx.target == "review-body":
        return render(request, "claims/_review_body.html", context)
    return render(request, "claims/article_review.html", context)


def _metadata_form(article: Article, data=None) -> ArticleMetadataForm:
    initial = {name: getattr(article, name) for name in ArticleMetadataForm.FIELDS}
    return ArticleMetadataForm(data, initial=initial)


@require_POST
def edit_article(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct the article's details (outlet, address, author, date); recorded in its history."""
    article = get_object_or_404(Article, pk=pk)
    form = _metadata_form(article, request.POST)
    notice, status = "", 200
    if form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.changed_data}
        try:
            if changes:
                article = services.update_article(article=article, user=request.user, **changes)
            notice = _("Details saved.") if changes else _("Nothing changed.")
            form = _metadata_form(article)
        except PermissionDenied as exc:
            form.add_error(None, _message(exc))
            status = 403
        except ValidationError as exc:
            form.add_error(None, _message(exc))
            status = 422
    else:
        status = 422
    if not request.htmx:
        if notice:
            messages.success(request, notice)
        else:
            messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect(article)
    context = {
        "article": article,
        "progress": selectors.article_progress(article),
        "metadata_form": form,
        "metadata_notice": notice,
        "can_edit_article": True,
    } | language_context(article, list(article.claims.all()))
    return render(request, "claims/_article_head.html", context, status=status)


@require_POST
def change_language(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct the article's language: the untouched proposals are made again with that
    language's rules (claims.services.change_article_language); the page reloads with
    the new proposals and says what changed."""
    article = get_object_or_404(Article, pk=pk)
    form = ArticleLanguageForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a language from the list."))
        return redirect(article)
    try:
        change = services.change_article_language(
            article=article, user=request.user, language=form.cleaned_data["language"]
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _message(exc))
        return redirect(article)
    if not change.changed:
        messages.info(request, _("The language was already set to that; nothing changed."))
    else:
        name = policies.language_name(change.article.language)
        messages.success(
            request,
            _(
                "Language set to %(language)s. %(proposed)s claims proposed again with its "
                "rules; %(removed)s earlier proposals nobody had worked on were replaced; "
                "%(kept)s claims you or others had worked on are kept as they were."
            )
            % {
                "language": name,
                "proposed": change.proposed,
                "removed": change.removed,
                "kept": change.kept,
            },
        )
    if request.htmx:
        return HttpResponseClientRedirect(article.get_absolute_url())
    return redirect(article)


@require_GET
def article_progress(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    progress = selectors.article_progress(article)
    return render(request, "claims/_progress.html", {"article": article, "progress": progress})


@require_POST
def create_claim(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    try:
        start, end = int(request.POST["start"]), int(request.POST["end"])
        claim = services.create_claim(article=article, user=request.user, start=start, end=end)
    except (KeyError, ValueError):
        return _error(request, _("Select some text of the article first."), article)
    except (ValidationError, PermissionDenied) as exc:
        return _error(request, _message(exc), article)
    return _after_article_change(request, article, claim)


@require_POST
def merge_claims(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    ids = request.POST.getlist("claims")
    claims = list(article.claims.filter(pk__in=[i for i in ids if i.isdigit()]))
    try:
        merged = services.merge_claims(claims=claims, user=request.user)
    except (ValidationError, PermissionDenied) as exc:
        return _error(request, _message(exc), article)
    return _after_article_change(request, article, merged)


CLEARED_ERRORS = '<div id="review-errors" aria-live="polite" hx-swap-oob="true"></div>'


def _after_article_change(request: HttpRequest, article: Article, claim: Claim) -> HttpResponse:
    """Span changes re-render the highlighted body; the panel then shows the claim."""
    if not request.htmx:
        return redirect(f"{article.get_absolute_url()}?claim={claim.pk}")
    article = selectors.article_for_review(article.pk)
    context = _review_context(request, article, selected=claim.pk)
    response = render(request, "claims/_review_body.html", context)
    response.write(CLEARED_ERRORS)  # out of band: an earlier refusal's message goes
    return trigger_client_event(response, "claims-changed", {"select": claim.pk, "open": True})


def _error(request: HttpRequest, message: str, article: Article | None = None) -> HttpResponse:
    """A refused change to the article's claims: the message goes next to the actions
    (#review-errors), the article and the claim list stay as they are."""
    if request.htmx:
        response = render(request, "claims/_error.html", {"message": message}, status=422)
        return reswap(retarget(response, "#review-errors"), "innerHTML")
    messages.error(request, message)
    return redirect(article) if article else redirect("claims:dashboard")


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc) or _("You may not do that.")


# --- claim panel and actions -----------------------------------------------------------


@functools.cache
def _blank_evidence_fields() -> dict[str, str]:
    """The empty evidence form is the same for every claim; rendering its eight widgets
    through the form renderer cost a third of the panel's time, so it is rendered once."""
    form = EvidenceForm()
    return {name: str(form[name]) for name in form.fields}


def _panel(request: HttpRequest, claim_pk: int, *, status: int = 200, **extra) -> HttpResponse:
    try:
        claim = selectors.claim_detail(claim_pk)
    except Claim.DoesNotExist as exc:
        raise Http404(_("No such claim.")) from exc
    user = request.user
    policies.mask_for(user, claim)
    selectors.mark_citations(list(claim.evidence.all()))
    context = {
        "claim": claim,
        "history": selectors.claim_history(claim, user=user),
        "unlocated": selectors.unlocated_sources(claim),
        "split_points": selectors.split_points(claim),
        "labels": RatingLabel.objects.filter(scale__is_default=True).order_by("position"),
        "can_see_confidential": policies.can_see_confidential(user, claim),
        "claim_language": policies.language_name(claim.language),
        "actions": policies.allowed_actions(user, claim),
        "in_review_page": _in_review_page(request),
        "assign_form": AssignForm(
            initial={"version": claim.version, "assignee": claim.assignee_id}
        ),
    } | extra
    _attribution_forms(claim, context)
    context.setdefault("evidence_form", EvidenceForm())
    form = context["evidence_form"]
    context["evidence_fields"] = (
        {name: form[name] for name in form.fields} if form.is_bound else _blank_evidence_fields()
    )
    context.setdefault(
        "verdict_form",
        VerdictForm(
            initial={
                "version": claim.version,
                "verdict": claim.verdict_id,
                "rationale": claim.rationale,
            }
        ),
    )
    context.setdefault(
        "edit_form",
        ClaimEditForm(
            initial={
                "version": claim.version,
                "text": claim.text,
                "claimant": claim.claimant,
                "claim_date": claim.claim_date,
                "appearance_url": claim.appearance_url,
                "start": claim.start,
                "end": claim.end,
            }
        ),
    )
    if request.htmx:
        response = render(request, "claims/_claim_panel.html", context, status=status)
        if status == 200 and request.method == "POST":
            trigger_client_event(response, "claims-changed", {"select": claim.pk, "open": False})
        return response
    return render(request, "claims/claim_detail.html", context, status=status)


@functools.cache
def _blank_attribution_fields() -> dict[str, str]:
    form = AttributionForm()
    return {name: str(form[name]) for name in ("source_kind", "source_reliability")}


def _attribution_forms(claim: Claim, context: dict) -> None:
    """What each attribution's "Change" form and the "Add" form hold: the stored names, or
    what the person typed when their save was refused. A masked (confidential) source or
    relay is never put into a form."""
    editing_pk, typed = context.get("editing_attribution") or (None, None)
    for attribution in claim.attributions.all():
        attribution.masked = attribution.source_label != attribution.source.name or bool(
            attribution.via_id and attribution.via_label != attribution.via.name
        )
        if typed is not None and attribution.pk == editing_pk:
            attribution.form_open = True
            attribution.form_errors = typed.non_field_errors() or typed.errors
            attribution.values = {
                n: typed[n].value() or "" for n in ("source_name", "via_name", "cue")
            }
            attribution.form_version = typed["version"].value()
        else:
            attribution.form_open = False
            attribution.form_errors = None
            attribution.values = {
                "source_name": attribution.source.name,
                "via_name": attribution.via.name if attribution.via_id else "",
                "cue": attribution.cue,
            }
            attribution.form_version = claim.version
    allowed = context["can_see_confidential"]
    context["proposals"] = proposals = list(claim.proposed_attributions.select_related("via"))
    for proposal in proposals:
        via = proposal.via
        proposal.via_label = "" if via is None else via.name
        if via is not None and via.confidential and not allowed:
            proposal.via_label = "a confidential source"
    form = context.get("attribution_form")
    if form is None:
        context["attribution_values"] = {"version": claim.version}
        context["attribution_fields"] = _blank_attribution_fields()
    else:
        context["attribution_values"] = {
            n: form[n].value() or "" for n in ("version", "source_name", "via_name", "cue")
        }
        context["attribution_fields"] = {n: form[n] for n in ("source_kind", "source_reliability")}


def _in_review_page(request: HttpRequest) -> bool:
    """Is the panel shown inside an article's review page (where the body and the claim
    list can be re-rendered), rather than on the claim's own page?"""
    current = request.htmx.current_url if request.htmx else None
    if not current:
        return False
    try:
        return resolve(urlsplit(current).path).view_name == "claims:article"
    except Resolver404:
        return False


def panel_response(request: HttpRequest, claim_pk: int, *, notice: str = "") -> HttpResponse:
    """The claim panel after an act taken elsewhere (e.g. "Same claim as…"), for the
    workspace to swap in."""
    return _panel(request, claim_pk, notice=notice)


@require_GET
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _panel(request, pk)


# Fields a person may have typed, as the panel names them, and how to read them on a claim.
CONFLICT_FIELDS = (
    ("text", gettext_lazy("Claim")),
    ("claimant", gettext_lazy("Claimant")),
    ("claim_date", gettext_lazy("Claim made on")),
    ("appearance_url", gettext_lazy("Where it appeared")),
    ("rationale", gettext_lazy("Rationale")),
    ("comment", pgettext_lazy("the text of a review comment", "Comment")),
    ("reason", gettext_lazy("Reason")),
)


def _conflict_panel(request: HttpRequest, pk: int, conflict: services.EditConflict) -> HttpResponse:
    """Somebody saved first. Nothing typed is lost: every field this person sent is shown
    beside the saved version, and the forms are filled with what they typed (carrying the
    current version, so saving again is a deliberate overwrite)."""
    current = conflict.current
    # what they are shown of the saved version is what the panel shows (claims.policies)
    policies.redact_claimants([current], user=request.user)
    typed = request.POST
    rows = []
    for name, label in CONFLICT_FIELDS:
        if name not in typed:
            continue
        theirs = getattr(current, name, "")
        theirs = "" if theirs is None else str(theirs)
        rows.append(
            {
                "label": label,
                "yours": typed[name],
                "theirs": theirs,
                "differs": typed[name].strip() != theirs.strip(),
            }
        )
    mine = {name: typed[name] for name, _ in CONFLICT_FIELDS if name in typed}
    extra: dict = {"conflict": conflict, "conflict_rows": rows}
    if {"text", "claimant", "claim_date", "appearance_url"} & set(mine):
        extra["edit_form"] = ClaimEditForm(
            initial={
                "version": current.version,
                "text": mine.get("text", current.text),
                "claimant": mine.get("claimant", current.claimant),
                "claim_date": mine.get("claim_date", current.claim_date),
                "appearance_url": mine.get("appearance_url", current.appearance_url),
                "start": typed.get("start", current.start),
                "end": typed.get("end", current.end),
            }
        )
    if "rationale" in mine:
        extra["verdict_form"] = VerdictForm(
            initial={
                "version": current.version,
                "verdict": typed.get("verdict") or current.verdict_id,
                "rationale": mine["rationale"],
            }
        )
    extra["conflict_fields"] = [name for name in ("edit_form", "verdict_form") if name in extra]
    return _panel(request, pk, status=409, **extra)


def _claim_action(
    request: HttpRequest, pk: int, action: Callable[[Claim, int | None], object], done: str
) -> HttpResponse:
    """Run a workflow service with the version the user saw; report conflicts and errors in
    the panel instead of losing the user's input."""
    claim = get_object_or_404(Claim, pk=pk)
    version = request.POST.get("version")
    expected = int(version) if version and version.isdigit() else None
    try:
        action(claim, expected)
    except services.EditConflict as exc:
        return _conflict_panel(request, pk, exc)
    except PermissionDenied as exc:
        return _panel(request, pk, status=403, action_error=_message(exc))
    except ValidationError as exc:
        return _panel(request, pk, status=422, action_error=_message(exc))
    if not request.htmx:
        messages.success(request, done)
        return redirect(claim)
    return _panel(request, pk, notice=done)


@require_POST
def transition(request: HttpRequest, pk: int) -> HttpResponse:
    to_state = request.POST.get("state", "")
    if to_state not in Claim.State.values:
        return _panel(request, pk, status=422, action_error=_("Unknown state."))
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.transition_claim(
            claim=claim, to_state=to_state, user=request.user, expected_version=v
        ),
        _("Claim is now %(state)s.") % {"state": policies.state_label(to_state)},
    )


@require_POST
def edit_claim(request: HttpRequest, pk: int) -> HttpResponse:
    form = ClaimEditForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, edit_form=form)
    data = form.cleaned_data
    claim = get_object_or_404(Claim, pk=pk)
    # Only what the person changed; a new span without new text takes the span's words.
    fields = ("text", "claimant", "claim_date", "appearance_url")
    changes = {f: data[f] for f in fields if f in request.POST and data[f] != getattr(claim, f)}
    span = (data["start"], data["end"])
    if claim.article_id and None not in span and span != (claim.start, claim.end):
        changes |= {"start": data["start"], "end": data["end"]}
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.update_claim(
            claim=claim, user=request.user, expected_version=data["version"], **changes
        ),
        _("Claim saved."),
    )


@require_POST
def split_claim(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
    try:
        at = int(request.POST.get("at", ""))
        first, _second = services.split_claim(claim=claim, user=request.user, at=at)
    except ValueError:
        return _panel(request, pk, status=422, action_error=_("Choose where to split."))
    except PermissionDenied as exc:
        return _panel(request, pk, status=403, action_error=_message(exc))
    except ValidationError as exc:
        return _panel(request, pk, status=422, action_error=_message(exc))
    return _after_article_change(request, claim.article, first)


@require_POST
def draft_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    form = VerdictForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, verdict_form=form)
    data = form.cleaned_data
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.draft_verdict(
            claim=claim,
            user=request.user,
            verdict=data["verdict"],
            rationale=data["rationale"],
            expected_version=data["version"],
        ),
        _("Verdict drafted: an editor will review it."),
    )


@require_POST
def approve_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.approve_verdict(
            claim=claim, user=request.user, expected_version=v
        ),
        _("Verdict approved."),
    )


@require_POST
def send_back(request: HttpRequest, pk: int) -> HttpResponse:
    form = SendBackForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, action_error=_("Say what needs to change."))
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.send_back(
            claim=claim,
            user=request.user,
            comment=form.cleaned_data["comment"],
            expected_version=form.cleaned_data["version"],
        ),
        _("Sent back to research with your comment."),
    )


@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.publish_claim(claim=claim, user=request.user, expected_version=v),
        _("Published."),
    )


@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    body = request.POST.get("body", "")
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.add_comment(claim=claim, user=request.user, body=body),
        _("Comment added."),
    )


@require_POST
def mark_chain(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that the primary source could not be located (or that it now is)."""
    unverified = request.POST.get("unverified") == "1"
    if request.POST.get("version") is None:
        return _panel(request, pk, status=422, action_error=_("Reload the claim."))
    done = (
        _("Attribution chain marked unverified: reports list it as an open issue.")
        if unverified
        else _("Attribution chain no longer marked unverified.")
    )
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.update_claim(
            claim=claim, user=request.user, expected_version=v, chain_unverified=unverified
        ),
        done,
    )


@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    form = ReopenForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, action_error=_("Say why the claim is reopened."))
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.reopen_claim(
            claim=claim,
            user=request.user,
            reason=form.cleaned_data["reason"],
            expected_version=form.cleaned_data["version"],
        ),
        _("Reopened: the claim is back in research and needs a new approval."),
    )


@require_POST
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    form = AssignForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, action_error=_("Choose someone on the desk."))
    return _claim_action(
        request,
        pk,
        lambda claim, v: services.assign_claim(
            claim=claim,
            user=request.user,
            assignee=form.cleaned_data["assignee"],
            expected_version=form.cleaned_data["version"],
        ),
        _("Assignment saved."),
    )


@require_POST
def add_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        return _panel(request, pk, status=422, evidence_form=form)
    data = form.cleaned_data
    try:
        source_services.add_evidence(
            claim=claim,
            user=request.user,
            url=data["url"],
            upload=data["upload"],
            excerpt=data["excerpt"],
            stance=data["stance"],
            credibility=int(data["credibility"]),
            source_name=data["source_name"],
            # None: the person did not choose, so a known source is cited as it is
            source_kind=data["new_source_kind"] if "new_source_kind" in form.changed_data else None,
            source_reliability=data["new_source_reliability"]
            if "new_source_reliability" in form.changed_data
            else None,
            confidential=data["confidential"],
        )
    except (ValidationError, PermissionDenied) as exc:
        form.add_error(None, _message(exc))
        status = 403 if isinstance(exc, PermissionDenied) else 422
        return _panel(request, pk, status=status, evidence_form=form)
    if not request.htmx:
        messages.success(request, _("Evidence added; its link is being checked."))
        return redirect(claim)
    return _panel(request, pk, notice=_("Evidence added; its link is being checked."))


# --- attributions --------------------------------------------------------------------------


def _attribution_act(
    request: HttpRequest,
    pk: int,
    act: Callable[[int | None], object],
    done: str,
    *,
    form: AttributionForm | None = None,
    editing: int | None = None,
) -> HttpResponse:
    """Run an attribution service; a refusal or a conflict comes back in the panel with
    the form as the person filled it (on a conflict, carrying the current version)."""
    version = request.POST.get("version", "")
    expected = int(version) if version.isdigit() else None

    def again(shown: AttributionForm | None) -> dict:
        if shown is None:
            return {}
        if editing is not None:
            return {"editing_attribution": (editing, shown)}
        return {"attribution_form": shown}

    try:
        act(expected)
    except services.EditConflict as exc:
        typed = None
        if form is not None:
            data = request.POST.copy()
            data["version"] = str(exc.current.version)  # saving again is a deliberate choice
            typed = AttributionForm(data)
            typed.is_valid()
        return _panel(request, pk, status=409, action_error=str(exc), **again(typed))
    except (PermissionDenied, ValidationError) as exc:
        status = 403 if isinstance(exc, PermissionDenied) else 422
        if form is not None:
            form.add_error(None, _message(exc))
        return _panel(request, pk, status=status, action_error=_message(exc), **again(form))
    if not request.htmx:
        messages.success(request, done)
        return redirect(get_object_or_404(Claim, pk=pk))
    return _panel(request, pk, notice=done)


def _attribution_changes(form: AttributionForm, *, new: bool) -> dict:
    data = form.cleaned_data
    changes = {
        "source_name": data["source_name"],
        "via_name": data["via_name"],
        "cue": data["cue"],
    }
    if new:
        changes |= {
            "source_kind": data["source_kind"],
            "source_reliability": data["source_reliability"],
        }
    return changes


@require_POST
def add_attribution(request: HttpRequest, pk: int) -> HttpResponse:
    """Say where the claim comes from: a source (known or new) and the relay it came via."""
    form = AttributionForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, attribution_form=form)
    claim = get_object_or_404(Claim, pk=pk)
    return _attribution_act(
        request,
        pk,
        lambda v: services.add_attribution(
            claim=claim,
            user=request.user,
            expected_version=v,
            **_attribution_changes(form, new=True),
        ),
        _("Attribution added."),
        form=form,
    )


def _attribution_of(pk: int, attribution_pk: int) -> Attribution:
    return get_object_or_404(Attribution, pk=attribution_pk, claim_id=pk)


@require_POST
def change_attribution(request: HttpRequest, pk: int, attribution_pk: int) -> HttpResponse:
    """Re-point an attribution (another source, another relay or none) or fix its cue."""
    attribution = _attribution_of(pk, attribution_pk)
    form = AttributionForm(request.POST)
    if not form.is_valid():
        return _panel(request, pk, status=422, editing_attribution=(attribution.pk, form))
    return _attribution_act(
        request,
        pk,
        lambda v: services.update_attribution(
            attribution=attribution,
            user=request.user,
            expected_version=v,
            **_attribution_changes(form, new=False),
        ),
        _("Attribution changed."),
        form=form,
        editing=attribution.pk,
    )


@require_POST
def remove_attribution(request: HttpRequest, pk: int, attribution_pk: int) -> HttpResponse:
    attribution = _attribution_of(pk, attribution_pk)
    return _attribution_act(
        request,
        pk,
        lambda v: services.delete_attribution(
            attribution=attribution, user=request.user, expected_version=v
        ),
        _("Attribution removed."),
    )


def _proposal_of(pk: int, proposal_pk: int) -> ProposedAttribution:
    return get_object_or_404(ProposedAttribution, pk=proposal_pk, claim_id=pk)


@require_POST
def link_proposed_attribution(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    """Link an unlinked attribution ("according to officials") to a real source, or (no
    name typed) confirm the article's words as a source."""
    proposal = _proposal_of(pk, proposal_pk)
    name = (request.POST.get("source_name") or "").strip()[:300]
    kind = request.POST.get("source_kind") or None
    reliability = request.POST.get("source_reliability") or None
    return _attribution_act(
        request,
        pk,
        lambda v: services.link_proposed_attribution(
            proposal=proposal,
            user=request.user,
            expected_version=v,
            source_name=name,
            source_kind=kind,
            source_reliability=reliability,
        ),
        _("Linked to “%(name)s”.") % {"name": name}
        if name
        else _("“%(name)s” confirmed as a source.") % {"name": proposal.name},
    )


@require_POST
def dismiss_proposed_attribution(request: HttpRequest, pk: int, proposal_pk: int) -> HttpResponse:
    proposal = _proposal_of(pk, proposal_pk)
    return _attribution_act(
        request,
        pk,
        lambda v: services.dismiss_proposed_attribution(
            proposal=proposal, user=request.user, expected_version=v
        ),
        _("“%(name)s” dismissed: not recorded as an attribution.") % {"name": proposal.name},
    )
