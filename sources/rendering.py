"""The sources list's rows, in Python.

Fifty rows through the template engine cost about two thirds of the page (each row a
`{% url %}`, a `{% grade %}`, the aliases loop with a form per alias, two CSRF tokens and
~25 variable lookups: 34 ms of the page's 51 on this machine). Here each row is one format
string with every value escaped and the URLs reversed once per page, as claims/rendering.py
does for the dashboard. The markup is the one templates/sources/_source_results.html had,
which the tests read."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, pgettext

from claims.rendering import url_for
from claims.templatetags.workbench import grade
from sources.models import Source


def source_rows_html(
    sources: Iterable[Source],
    *,
    page_number: int,
    csrf_token: str,
    can_link: bool,
    can_unlink: bool,
) -> SafeString:
    """The <tr> of each source (with its prefetched aliases, its attribution_count and
    evidence_count annotations); the alias forms only where the desk rules allow them."""
    record_url = url_for("records:source")
    add_url = url_for("sources:add_alias")
    remove_url = url_for("sources:remove_alias")
    hidden = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
        f'<input type="hidden" name="page" value="{page_number}">'
    )
    kinds = {value: str(label) for value, label in Source.Kind.choices}
    add_label = escape(gettext("Add a name (e.g. another spelling)"))
    link_label = escape(pgettext("verb: link to a source", "Link"))
    link_head = '\n          <form method="post" action="'
    link_tail = (
        '" class="inline alias-form">\n'
        f"            {hidden}\n"
        f'            <label>{add_label} <input name="name" maxlength="300" required></label>\n'
        f'            <button type="submit" class="secondary">{link_label}</button>\n'
        "          </form>"
    )
    rows = []
    for source in sources:
        aliases = []
        names = list(source.aliases.all())
        for index, alias in enumerate(names):
            name = escape(alias.name)
            part = f'<span class="alias">{name}</span>'
            if can_unlink:
                label = escape(gettext("Remove the name %(name)s") % {"name": alias.name})
                part += (
                    f'<form method="post" action="{remove_url(alias.pk)}" class="inline">'
                    f'{hidden}<button type="submit" class="linkish" aria-label="{label}">×'
                    "</button></form>"
                )
            if index < len(names) - 1:
                part += ", "
            aliases.append(part)
        link_form = ""
        if can_link:
            link_form = f"{link_head}{add_url(source.pk)}{link_tail}"
        rows.append(
            "\n      <tr>\n"
            f'        <td><a href="{record_url(source.pk)}">{escape(source.name)}</a></td>\n'
            f"        <td>{escape(kinds.get(source.kind, source.kind))}</td>\n"
            f"        <td>{grade(source.reliability)}</td>\n"
            f'        <td data-testid="aliases-{source.pk}">\n'
            f"          {''.join(aliases)}{link_form}\n"
            "        </td>\n"
            f"        <td>{localize(getattr(source, 'attribution_count', 0))}</td>\n"
            f"        <td>{localize(getattr(source, 'evidence_count', 0))}</td>\n"
            "      </tr>"
        )
    return mark_safe("".join(rows))  # every value above is escaped
