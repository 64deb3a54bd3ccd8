"""Every URL pattern × every role × GET/POST (DELETE for API objects), found by walking the
resolver, not listed by hand: a new URL fails `test_every_url_pattern_is_classified` until
EXPECTED says who may use it.

Besides the status, every refused or anonymous write is checked for having no effect on the
database (a fingerprint of all rows taken before and after), because the UI answers a refused
workflow action with a 422 panel, not a 403. Each request runs in a rolled-back savepoint, so
one role's writes never change what the next request sees.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from claims.models import Claim, ClaimMatch, ExportJob
from newsroom.models import Notification
from provenance.warc import build_warc
from sources.models import Link, ProposedAttribution, Snapshot, Source, SourceAlias
from tests.factories import database_fingerprint

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "checker", "editor", "admin")

# Status classes ---------------------------------------------------------------------------
OK = "200"
LOGIN = "login"  # 302 to /accounts/login/, and nothing changed
ADMIN_LOGIN = "admin-login"  # 302 to /admin/login/, and nothing changed
UNAUTH = "401/403"  # the API refuses anonymous requests, nothing changed
DENIED = "403"  # refused for want of permission, nothing changed
REFUSED = "refused"  # any 3xx/4xx answer (the UI's 422 panel or redirect), and nothing changed
NOT_ALLOWED = "405"
ALLOWED = "allowed"  # the permission check let it through: not 401/403, no login, no 5xx
HIDDEN = "404"
STAFF = "staff"  # Django admin's own model permissions decide: anything but 5xx or a login

STATUS_CHECKS: dict[str, Callable[[int, str], bool]] = {
    OK: lambda s, loc: s == 200,
    LOGIN: lambda s, loc: s == 302 and loc.startswith("/accounts/login/"),
    # The login middleware answers first for most admin URLs, the admin itself for the rest.
    ADMIN_LOGIN: lambda s, loc: s == 302 and loc.startswith(("/admin/login/", "/accounts/login/")),
    UNAUTH: lambda s, loc: s in (401, 403),
    DENIED: lambda s, loc: s == 403,
    REFUSED: lambda s, loc: 300 <= s < 500 and not loc.startswith("/accounts/login/"),
    NOT_ALLOWED: lambda s, loc: s == 405,
    ALLOWED: lambda s, loc: s < 500 and s not in (401, 403) and "/login/" not in loc,
    HIDDEN: lambda s, loc: s == 404,
    STAFF: lambda s, loc: s < 500 and "/login/" not in loc,
}
NO_EFFECT = {LOGIN, ADMIN_LOGIN, UNAUTH, DENIED, REFUSED, NOT_ALLOWED, HIDDEN}


def page(get: tuple = (LOGIN, OK, OK, OK)) -> dict[str, tuple]:
    """A page everyone logged in may read; nobody may POST to it."""
    return {"GET": get, "POST": (LOGIN, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)}


def action(post: tuple = (LOGIN, ALLOWED, ALLOWED, ALLOWED)) -> dict[str, tuple]:
    """A POST-only endpoint."""
    return {"GET": (LOGIN, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED), "POST": post}


def api(
    get: tuple = (UNAUTH, OK, OK, OK),
    post: tuple = (UNAUTH, ALLOWED, ALLOWED, ALLOWED),
    delete: tuple | None = None,
) -> dict[str, tuple]:
    table = {"GET": get, "POST": post}
    if delete:
        table["DELETE"] = delete
    return table


API_OBJECT = api(post=(UNAUTH, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED))
API_ACTION = api(get=(UNAUTH, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED))
# Fact-checkers delete no articles, claims or sources; editors and admins may.
API_DELETE_EDITORS = (UNAUTH, DENIED, ALLOWED, ALLOWED)

EXPECTED: dict[str, dict[str, tuple]] = {
    # --- public ---
    "login": {"GET": (OK, OK, OK, OK), "POST": (OK, OK, OK, OK)},  # blank form: shown again
    "healthz": {"GET": (OK, OK, OK, OK), "POST": (OK, OK, OK, OK)},
    "favicon": {"GET": (ALLOWED,) * 4, "POST": (NOT_ALLOWED,) * 4},
    "logout": {
        "GET": (LOGIN, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED),
        "POST": (LOGIN, LOGIN, LOGIN, LOGIN),
    },
    # --- workbench ---
    "claims:dashboard": page(),
    "claims:import": {"GET": (LOGIN, OK, OK, OK), "POST": (LOGIN, OK, OK, OK)},  # blank form
    "claims:article": page(),
    "claims:article_progress": page(),
    "claims:edit_article": action(),
    "claims:article_language": action(),
    "claims:claim": page(),
    "claims:create_claim": action(),
    "claims:merge_claims": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "claims:transition": action(),
    "claims:edit": action(),
    "claims:split": action(),
    "claims:draft_verdict": action(),
    "claims:approve": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "claims:send_back": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "claims:publish": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "claims:reopen": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "claims:mark_chain": action(),
    "claims:assign": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "claims:add_evidence": action(),
    "claims:comment": action(),
    # --- notifications: each person's own; another's answers 404 ---
    "newsroom:inbox": page(),
    "newsroom:mark_read": action((LOGIN, ALLOWED, HIDDEN, HIDDEN)),
    "newsroom:mark_all_read": action(),
    "newsroom:settings": {"GET": (LOGIN, OK, OK, OK), "POST": (LOGIN, ALLOWED, ALLOWED, ALLOWED)},
    "newsroom:mentions": page(),
    # the language switcher: anyone, also on the login page; an empty choice changes nothing
    "newsroom:language": {"GET": (NOT_ALLOWED,) * 4, "POST": (REFUSED,) * 4},
    # claimant and source pages: the desk; statistics: editors
    "records:source": page(),
    "records:claimant": page((LOGIN, ALLOWED, ALLOWED, ALLOWED)),  # no name given: 404
    "records:statistics": page((LOGIN, DENIED, OK, OK)),
    "claims:add_attribution": action(),
    "claims:change_attribution": action(),
    "claims:remove_attribution": action(),
    "claims:link_proposed_attribution": action(),
    "claims:dismiss_proposed_attribution": action(),
    "claims:prior_fact_checks": page(),
    # Importing other organisations' ClaimReviews: Editors and Admins (0007); an empty form
    # is answered with the page and its errors (422).
    "claims:import_prior_fact_checks": action((LOGIN, DENIED, REFUSED, REFUSED)),
    # A background import's progress belongs to whoever started it (the walker's id is none).
    "claims:import_job": page((LOGIN, HIDDEN, HIDDEN, HIDDEN)),
    "sources:list": page(),
    "sources:search": page(),
    "sources:add_alias": action(),
    # Linking a name is desk work; removing one is for editors (a refusal is a message).
    "sources:remove_alias": action((LOGIN, REFUSED, ALLOWED, ALLOWED)),
    "sources:evidence_status": page(),
    "sources:recheck": action(),
    "sources:snapshot": page(),
    "sources:evidence_file": page(),
    "sources:snapshot_raw": page(),
    "sources:snapshot_warc": page(),
    "sources:snapshot_replay": page(),
    "provenance:claim_package": page(),
    "provenance:article_package": page(),
    # media: the demo evidence has no scan, frame or media facts, so signed-in users get 404
    "media:scan_page_image": page((LOGIN, HIDDEN, HIDDEN, HIDDEN)),
    "media:key_frame_image": page((LOGIN, HIDDEN, HIDDEN, HIDDEN)),
    "media:evidence_media": page((LOGIN, HIDDEN, HIDDEN, HIDDEN)),
    "media:transcript": action(),
    "media:linked_recording": page((LOGIN, HIDDEN, HIDDEN, HIDDEN)),
    # an image import's progress belongs to whoever started it
    "media:scan_import": page((LOGIN, HIDDEN, HIDDEN, HIDDEN)),
    "search:search": page(),
    "search:checked_before": page(),
    "search:similar": page(),
    "search:link": action(),
    "search:dismiss": action(),
    # GET without ?q= is a 400 that says what to give; POST is not a method of it
    "api:similar": api(
        get=(UNAUTH, ALLOWED, ALLOWED, ALLOWED),
        post=(UNAUTH, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED),
    ),
    "reports:article": page(),
    "reports:claim": page(),
    "reports:exports": {"GET": (LOGIN, OK, OK, OK), "POST": (LOGIN, ALLOWED, ALLOWED, ALLOWED)},
    # The export belongs to the fact-checker: nobody else sees it, not even an admin.
    "reports:export_status": page((LOGIN, OK, HIDDEN, HIDDEN)),
    "reports:export_download": page((LOGIN, OK, HIDDEN, HIDDEN)),
    # --- API: tokens or session; the schema and its docs need a login too ---
    "api:api-root": api(post=(UNAUTH, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)),
    "api:schema": api(post=(UNAUTH, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)),
    "api:docs": api(post=(UNAUTH, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)),
    "api:article-list": api(),
    "api:article-detail": api(post=API_OBJECT["POST"], delete=API_DELETE_EDITORS),
    "api:claim-list": api(),
    "api:claim-detail": api(post=API_OBJECT["POST"], delete=API_DELETE_EDITORS),
    "api:claim-approve": api(get=API_ACTION["GET"], post=(UNAUTH, DENIED, ALLOWED, ALLOWED)),
    "api:claim-publish": api(get=API_ACTION["GET"], post=(UNAUTH, DENIED, ALLOWED, ALLOWED)),
    "api:claim-reopen": api(get=API_ACTION["GET"], post=(UNAUTH, DENIED, ALLOWED, ALLOWED)),
    "api:claim-send-back": api(get=API_ACTION["GET"], post=(UNAUTH, DENIED, ALLOWED, ALLOWED)),
    "api:claim-transition": API_ACTION,
    "api:claim-draft-verdict": API_ACTION,
    "api:claim-claimreview": api(get=(UNAUTH, HIDDEN, HIDDEN, HIDDEN), post=API_OBJECT["POST"]),
    "api:evidence-list": api(),
    # Fact-checkers hold sources.delete_evidence (0003_groups): they may withdraw evidence.
    "api:evidence-detail": api(post=API_OBJECT["POST"], delete=(UNAUTH, ALLOWED, ALLOWED, ALLOWED)),
    # The file's download: the UI's download view behind the API's authentication.
    "api:evidence-file": API_OBJECT,
    "api:evidence-recheck": API_ACTION,
    "api:source-list": api(),
    "api:attribution-list": api(),
    # Fact-checkers hold sources.delete_attribution (0003_groups), as for evidence.
    "api:attribution-detail": api(
        post=API_OBJECT["POST"], delete=(UNAUTH, ALLOWED, ALLOWED, ALLOWED)
    ),
    "api:source-detail": api(post=API_OBJECT["POST"], delete=API_DELETE_EDITORS),
    # Rating labels are read-only here: model permissions refuse writers first, then 405.
    "api:ratinglabel-list": api(post=(UNAUTH, DENIED, DENIED, NOT_ALLOWED)),
    "api:ratinglabel-detail": api(post=(UNAUTH, DENIED, DENIED, NOT_ALLOWED)),
}
# Django admin: classified as a whole. Logged-out users and fact-checkers (not staff) are sent
# to the admin login for every admin URL and method; staff get Django's per-model permission
# checks (403 where the role lacks the permission, 404 for objects that do not exist).
# Staff POSTs are not sent: the admin's own forms would really delete demo rows.
ADMIN = {
    "GET": (ADMIN_LOGIN, ADMIN_LOGIN, STAFF, STAFF),
    "POST": (ADMIN_LOGIN, ADMIN_LOGIN, None, None),
}
# Users, roles and API tokens: Admins only (tokens not even them: created by command).
ADMIN_EXCEPTIONS = {
    "admin:login": {"GET": (OK, OK, ALLOWED, ALLOWED), "POST": (OK, OK, None, None)},
    "admin:auth_user": {"GET": (ADMIN_LOGIN, ADMIN_LOGIN, DENIED, STAFF), "POST": ADMIN["POST"]},
    "admin:auth_group": {"GET": (ADMIN_LOGIN, ADMIN_LOGIN, DENIED, STAFF), "POST": ADMIN["POST"]},
    "admin:authtoken_tokenproxy": {
        "GET": (ADMIN_LOGIN, ADMIN_LOGIN, REFUSED, REFUSED),
        "POST": ADMIN["POST"],
    },
    "admin:logout": {
        "GET": (ADMIN_LOGIN, REFUSED, STAFF, STAFF),
        "POST": (ADMIN_LOGIN, REFUSED, None, None),
    },
}


@dataclass(frozen=True)
class Pattern:
    key: str  # "namespace:name", "+format" for DRF's format-suffix twin
    name: str
    kwargs: tuple[str, ...]
    prefix: str  # the route of the enclosing includes, to build URLs of unnamed patterns
    positional: int  # unnamed regex groups (simple_history's admin: object id, history id)

    def url(self, objects: dict) -> str:
        if "<unnamed" in self.name:  # the admin's catch-all
            return f"/{self.prefix}no/such/page/"
        if self.positional:
            model = _admin_model(self.name.partition(":")[2])
            first = model.objects.order_by("pk").first()
            history = first.history.order_by("history_id").first() if first else None
            args = [first.pk if first else 999999, history.history_id if history else 999999]
            return reverse(self.name, args=args[: self.positional])
        return reverse(self.name, kwargs=_kwargs(self, objects))

    def expected(self) -> dict[str, tuple]:
        if self.key.startswith("admin:"):
            prefix = next((k for k in ADMIN_EXCEPTIONS if self.key.startswith(k)), None)
            return ADMIN_EXCEPTIONS[prefix] if prefix else ADMIN
        return EXPECTED[self.key.removesuffix("+format")]


def walk(patterns=None, namespace: str = "", prefix: str = "") -> Iterator[Pattern]:
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, inner, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            kwargs = tuple(sorted(entry.pattern.regex.groupindex))
            name = (
                f"{namespace}{entry.name}"
                if entry.name
                else f"{namespace}<unnamed {entry.pattern}>"
            )
            positional = entry.pattern.regex.groups - len(kwargs)
            yield Pattern(
                name + ("+format" if "format" in kwargs else ""), name, kwargs, prefix, positional
            )


PATTERNS = list(walk())


def test_every_url_pattern_is_classified():
    unclassified = [
        p.key
        for p in PATTERNS
        if not p.key.startswith("admin:") and p.key.removesuffix("+format") not in EXPECTED
    ]
    assert not unclassified, f"classify these URLs in EXPECTED: {unclassified}"
    stale = set(EXPECTED) - {p.key.removesuffix("+format") for p in PATTERNS}
    assert not stale, f"EXPECTED names URLs that no longer exist: {stale}"


# --- demo objects the URLs point at ---------------------------------------------------------


@pytest.fixture
def objects(demo_article, checker, editor, admin_user_in_group) -> dict:
    from sources import services as source_services

    drafted = demo_article.claims.get(state=Claim.State.DRAFTED)
    published = demo_article.claims.get(state=Claim.State.PUBLISHED)
    proposed = list(demo_article.claims.filter(state=Claim.State.PROPOSED).order_by("start")[:2])
    with_file = source_services.add_evidence(
        claim=drafted,
        user=checker,
        excerpt="Transcript of the call.",
        upload=SimpleUploadedFile("transcript.txt", b"Transcript of the call."),
    )
    link = Link.objects.first()
    snapshot = Snapshot.objects.create(
        link=link,
        captured_at=drafted.created_at,
        sha256="0" * 64,
        content_type="text/html",
        raw=SimpleUploadedFile("page.html", b"<p>cited</p>"),
        warc=SimpleUploadedFile(
            "page.warc",
            build_warc(
                url=link.url,
                status=200,
                headers={"Content-Type": "text/html"},
                body=b"<p>cited</p>",
                captured_at=drafted.created_at,
            ),
        ),
    )
    match = ClaimMatch.objects.create(claim=proposed[0], matched_claim=published, score=0.5)
    council = Source.objects.get(name="Council of the European Union")
    attribution = drafted.attributions.create(source=council, cue="said")
    proposal = ProposedAttribution.objects.create(claim=drafted, name="officials")
    job = ExportJob.objects.create(
        requested_by=checker, format=ExportJob.Format.JSON, status=ExportJob.Status.DONE
    )
    job.file.save("export.json", ContentFile(b"{}"))
    note = Notification.objects.create(
        recipient=checker, event="assigned", key="walk", message="You were assigned a claim."
    )
    return {
        "notification": note,
        "article": demo_article,
        "drafted": drafted,
        "published": published,
        "proposed": proposed,
        "evidence": with_file,
        "link": link,
        "snapshot": snapshot,
        "match": match,
        "attribution": attribution,
        "proposal": proposal,
        "job": job,
        "source": Source.objects.filter(confidential=False).first(),
        "alias": SourceAlias.objects.filter(source__confidential=False).first(),
        "checker": checker,
    }


def _kwargs(p: Pattern, o: dict) -> dict:
    """Fill each URL's converters with the id of a real object of the right kind."""
    app, _, view = p.name.partition(":")
    pk_for = {
        "claims": o["drafted"].pk,
        "search": o["match"].pk,
        "reports": o["job"].pk if "export" in view else o["article"].pk,
        "newsroom": o["notification"].pk,
        "records": o["source"].pk,
        "provenance": o["article"].pk if "article" in view else o["drafted"].pk,
        "media": o["evidence"].pk,
    }
    if p.name in {
        "claims:article",
        "claims:article_progress",
        "claims:edit_article",
        "claims:article_language",
        "claims:create_claim",
        "claims:merge_claims",
    }:
        pk_for["claims"] = o["article"].pk
    if p.name == "reports:claim":
        pk_for["reports"] = o["published"].pk
    sources = {
        "evidence_status": o["evidence"].pk,
        "recheck": o["evidence"].pk,
        "evidence_file": o["evidence"].pk,
        "snapshot": o["link"].pk,
        "snapshot_raw": o["snapshot"].pk,
        "add_alias": o["source"].pk,
        "remove_alias": o["alias"].pk,
        "snapshot_warc": o["snapshot"].pk,
        "snapshot_replay": o["snapshot"].pk,
    }
    api_pk = {
        "article": o["article"].pk,
        "claim": o["drafted"].pk,
        "evidence": o["evidence"].pk,
        "source": o["source"].pk,
        "attribution": o["attribution"].pk,
        "ratinglabel": o["drafted"].verdict_id,
    }
    values: dict = {}
    for kwarg in p.kwargs:
        if kwarg == "format":
            values[kwarg] = ".json" if p.name == "api:api-root" else "json"
        elif kwarg == "attribution_pk":
            values[kwarg] = o["attribution"].pk
        elif kwarg == "proposal_pk":
            values[kwarg] = o["proposal"].pk
        elif kwarg == "claim_id":
            values[kwarg] = o["drafted"].pk
        elif kwarg == "article_id":
            values[kwarg] = o["article"].pk
        elif kwarg == "pk" and app == "api":
            values[kwarg] = api_pk[view.split("-")[0]]
        elif kwarg == "pk" and app == "sources":
            values[kwarg] = sources[view]
        elif kwarg == "pk":
            values[kwarg] = pk_for[app]
        elif kwarg in ("object_id", "id"):
            model = _admin_model(view)
            first = model.objects.order_by("pk").first() if model else None
            values[kwarg] = first.pk if first else 999999
        elif kwarg == "app_label":
            values[kwarg] = "claims"
        elif kwarg == "content_type_id":
            values[kwarg] = ContentType.objects.get_for_model(Claim).pk
        elif kwarg == "url":
            values[kwarg] = "no/such/page/"
        else:
            raise AssertionError(f"{p.key}: no value for the URL argument {kwarg!r}")
    return values


def _admin_model(view: str):
    for model in apps.get_models():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        if view.startswith(prefix):
            return model
    return None


def _payload(p: Pattern, o: dict) -> dict:
    """Valid data for the guarded actions, so that a refusal can only mean 'no permission'."""
    drafted = o["drafted"]
    return {
        "claims:approve": {"version": drafted.version},
        "claims:publish": {"version": drafted.version},
        "claims:send_back": {"version": drafted.version, "comment": "Find the primary source."},
        "claims:comment": {"body": "Checked the ministry's table."},
        "claims:assign": {"version": drafted.version, "assignee": o["checker"].pk},
        "claims:merge_claims": {"claims": [c.pk for c in o["proposed"]]},
        "api:claim-approve": {"version": drafted.version},
        "api:claim-publish": {"version": drafted.version},
        "api:claim-reopen": {"version": drafted.version, "reason": "A correction came in."},
        "api:claim-send-back": {"version": drafted.version, "comment": "Find the primary source."},
    }.get(p.name, {})


class _Rollback(Exception):
    pass


def _client(role: str, users: dict) -> Client:
    # A fresh address per run: login failures are counted per address in the shared cache.
    client = Client(enforce_csrf_checks=True, REMOTE_ADDR=f"198.51.100.{uuid.uuid4().int % 250}")
    if role != "anonymous":
        client.force_login(users[role])
    client.get("/accounts/login/")  # sets the CSRF cookie, as the browser gets it
    return client


def _request(client: Client, method: str, url: str, data: dict):
    token = client.cookies["csrftoken"].value
    if method == "GET":
        return client.get(url)
    if url.startswith("/api/") and method == "POST":
        return client.post(url, data, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    if method == "DELETE":
        return client.delete(url, HTTP_X_CSRFTOKEN=token)
    return client.post(url, data, HTTP_X_CSRFTOKEN=token)


@pytest.mark.parametrize("role", ROLES)
def test_role_gets_expected_status_on_every_url(
    role, objects, editor, admin_user_in_group, checker
):
    users = {"checker": checker, "editor": editor, "admin": admin_user_in_group}
    client, column = _client(role, users), ROLES.index(role)
    failures, tried = [], 0
    for p in PATTERNS:
        url = p.url(objects)
        for method, expectations in p.expected().items():
            expected = expectations[column]
            if expected is None:
                continue
            tried += 1
            try:
                with transaction.atomic():
                    before = database_fingerprint() if expected in NO_EFFECT else None
                    response = _request(client, method, url, _payload(p, objects))
                    changed = before is not None and database_fingerprint() != before
                    raise _Rollback
            except _Rollback:
                pass
            if p.name == "logout" and role != "anonymous":
                client = _client(role, users)  # the session is gone with the log-out
            location = response.get("Location", "")
            if not STATUS_CHECKS[expected](response.status_code, location):
                failures.append(
                    f"{method} {url} ({p.key}): expected {expected}, got {response.status_code} {location}"
                )
            elif changed:
                failures.append(
                    f"{method} {url} ({p.key}): refused with {response.status_code} but changed data"
                )
    assert tried > 100
    assert not failures, f"{len(failures)} of {tried} {role} requests wrong:\n" + "\n".join(
        failures
    )


def test_no_post_is_taken_without_the_csrf_token(objects, checker):
    """Every POST a browser session can send (pages, htmx partials, the admin, the API
    through the session, the new notification, media and search endpoints) is refused
    without the CSRF token by the middleware, before any view runs: no view is exempt."""
    client = _client("checker", {"checker": checker})
    accepted, tried = [], 0
    for p in PATTERNS:
        if "POST" not in p.expected():
            continue
        tried += 1
        url = p.url(objects)
        if url.startswith("/api/"):
            response = client.post(url, {}, content_type="application/json")
        else:
            response = client.post(url, _payload(p, objects))
        if response.status_code != 403:
            accepted.append(f"{url} ({p.key}): {response.status_code}")
    assert tried > 100 and not accepted, "\n".join(accepted)


# A login with no role: the pages refuse it as the API does -------------------------------
# Its own pages (notifications, settings, language) and logging out stay open; the admin
# and the API keep their own permission layers (tested above for the roles).
OWN_PAGES = {
    "logout",
    "login",
    "healthz",
    "favicon",
    "newsroom:inbox",
    "newsroom:mark_read",
    "newsroom:mark_all_read",
    "newsroom:settings",
    "newsroom:language",
}


def test_a_login_without_a_role_reads_and_writes_nothing_on_any_page(objects, db):
    from tests.conftest import make_user

    nobody = make_user("no-role")  # an account no group gives anything (or taken out of one)
    client = _client("nobody", {"nobody": nobody})
    failures, tried = [], 0
    for p in PATTERNS:
        if p.key.startswith(("admin:", "api:")) or p.name in OWN_PAGES:
            continue
        url = p.url(objects)
        for method in p.expected():
            if method == "DELETE":
                continue
            tried += 1
            try:
                with transaction.atomic():
                    before = database_fingerprint()
                    response = _request(client, method, url, _payload(p, objects))
                    changed = database_fingerprint() != before
                    raise _Rollback
            except _Rollback:
                pass
            if response.status_code not in (403, 404, 405) or changed:
                failures.append(f"{method} {url}: {response.status_code}, changed={changed}")
    assert tried > 80
    assert not failures, "\n".join(failures)


def test_the_refusal_says_why_and_leaves_the_account_its_own_pages(client, db):
    from tests.conftest import make_user

    client.force_login(make_user("no-role"))
    page = client.get("/")
    assert page.status_code == 403
    text = page.content.decode()
    assert "no role on this desk" in text and 'data-testid="refusal"' in text
    assert "<html" in text  # a whole page, with the navigation and the log-out button
    partial = client.get("/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="claim-results")
    assert partial.status_code == 403 and "<html" not in partial.content.decode()
    assert "no role on this desk" in partial.content.decode()
    assert client.get(reverse("newsroom:inbox")).status_code == 200
    assert client.get(reverse("newsroom:settings")).status_code == 200
    assert client.get("/api/claims/").status_code == 403  # the API's own rule, the same answer
