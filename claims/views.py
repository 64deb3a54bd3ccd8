from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from claims import selectors
from claims.models import Article, Claim


def dashboard(request: HttpRequest) -> HttpResponse:
    context = {
        "articles": selectors.articles_with_progress()[:50],
        "counts": selectors.claim_counts_by_state(),
        "states": Claim.State,
        "queue": selectors.my_queue(request.user)[:50],
    }
    return render(request, "claims/dashboard.html", context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        article = selectors.article_for_review(pk)
    except Article.DoesNotExist as exc:
        raise Http404("No such article.") from exc
    return render(request, "claims/article_detail.html", {"article": article})


def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        claim = selectors.claim_detail(pk)
    except Claim.DoesNotExist as exc:
        raise Http404("No such claim.") from exc
    template = "claims/_claim_panel.html" if request.htmx else "claims/claim_detail.html"
    return render(request, template, {"claim": claim})
