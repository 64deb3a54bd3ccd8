"""Claimant and source pages (the "scorecard"), and the editors' statistics. Every chart is
SVG drawn here, with its numbers in a table and a CSV download."""

from __future__ import annotations

import csv
from datetime import date
from io import StringIO
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from claims import policies
from claims.reports.formats import neutralise
from factcheck.http import WorkbenchRequest
from newsroom import charts, records

PAGE_SIZE = 50


def _scorecard_svg(card: records.Scorecard, title: str):
    return charts.stacked_columns(card.periods, card.series, title=title)


@require_GET
def source_page(request: WorkbenchRequest, pk: int) -> HttpResponse:
    policies.check_desk(request.user, policies.DeskAction.VIEW_RECORDS)
    source = records.visible_source(request.user, pk)
    record = records.source_record(request.user, source)
    attributed = Paginator(record["attributed"], PAGE_SIZE).get_page(request.GET.get("page"))
    made = Paginator(record["made"], PAGE_SIZE).get_page(request.GET.get("made_page"))
    attributed.object_list = policies.redact_claimants(attributed.object_list, user=request.user)
    made.object_list = policies.redact_claimants(made.object_list, user=request.user)
    evidence = Paginator(record["evidence"], PAGE_SIZE).get_page(request.GET.get("evidence_page"))
    return render(
        request,
        "newsroom/source.html",
        {
            "source": source,
            "attributed": attributed,
            "made": made,
            "evidence": evidence,
            "scorecard": record["scorecard"],
            "chart": _scorecard_svg(
                record["scorecard"], _("Verdicts on claims by %(name)s") % {"name": source.name}
            ),
        },
    )


@require_GET
def claimant_page(request: WorkbenchRequest) -> HttpResponse:
    policies.check_desk(request.user, policies.DeskAction.VIEW_RECORDS)
    record = records.claimant_record(request.user, request.GET.get("name", ""))
    made = Paginator(record["made"], PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "newsroom/claimant.html",
        {
            **record,
            "made": made,
            "query": urlencode({"name": record["name"]}),  # _pager.html: urlencoded
            "chart": _scorecard_svg(
                record["scorecard"], _("Verdicts on claims by %(name)s") % {"name": record["name"]}
            ),
        },
    )


def _period(request: WorkbenchRequest) -> tuple[records.Period, str]:
    period = records.default_period()
    problem = ""
    try:
        if request.GET.get("start"):
            period.start = date.fromisoformat(request.GET["start"])
        if request.GET.get("end"):
            period.end = date.fromisoformat(request.GET["end"])
    except ValueError:
        problem = _("Dates are written YYYY-MM-DD; showing the last twelve weeks instead.")
        period = records.default_period()
    if period.start > period.end:
        problem = _("The range starts after it ends; the two dates were swapped.")
        period.start, period.end = period.end, period.start
    return period, problem


# CSV downloads: name → (header, rows from the figures)
CSV_TABLES = {
    "weekly": (("week", "claims approved"), lambda f: [(w.isoformat(), n) for w, n in f["weekly"]]),
    "waiting_state": (("state", "claims"), lambda f: f["waiting_state"]),
    "waiting_assignee": (("assignee", "claims"), lambda f: f["waiting_assignee"]),
    "by_outlet": (("outlet", "verdict", "claims"), lambda f: f["by_outlet"]),
    "by_claimant": (("claimant", "verdict", "claims"), lambda f: [r[:3] for r in f["by_claimant"]]),
    "links": (("links", "count"), lambda f: list(f["links"].items())),
    "time_to_approval": (
        ("measure", "hours"),
        lambda f: [("median", f["median_hours"]), ("90th percentile", f["p90_hours"])],
    ),
}


@require_GET
def statistics_page(request: WorkbenchRequest) -> HttpResponse:
    policies.check_desk(request.user, policies.DeskAction.VIEW_STATISTICS)
    period, problem = _period(request)
    figures = records.newsroom_statistics(request.user, period)
    table = request.GET.get("csv")
    if table:
        if table not in CSV_TABLES:
            return HttpResponse(_("Unknown table."), status=404, content_type="text/plain")
        header, rows = CSV_TABLES[table]
        out = StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([neutralise(cell) for cell in row] for row in rows(figures))
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        name = f"{table}-{period.start.isoformat()}-{period.end.isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    outlet_totals: dict[str, int] = {}
    for outlet, _verdict, n in figures["by_outlet"]:
        outlet_totals[outlet] = outlet_totals.get(outlet, 0) + n
    context = {
        "figures": figures,
        "period": period,
        "problem": problem,
        "range_query": f"start={period.start.isoformat()}&end={period.end.isoformat()}",
        "weekly_chart": charts.stacked_columns(
            [date_format(w, "d M") for w, _ in figures["weekly"]],  # in the reader's language
            [(_("approved"), charts.PALETTE[0], [n for _, n in figures["weekly"]])],
            title=_("Claims approved per week"),
        ),
        "state_chart": charts.hbar(figures["waiting_state"], title=_("Open claims by state")),
        "assignee_chart": charts.hbar(
            figures["waiting_assignee"], title=_("Open claims by assignee")
        ),
        "outlet_chart": charts.hbar(
            sorted(outlet_totals.items(), key=lambda r: -r[1])[:20], title=_("Verdicts by outlet")
        ),
    }
    return render(request, "newsroom/statistics.html", context)
