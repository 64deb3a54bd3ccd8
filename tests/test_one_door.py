"""One door: every protected act gives the same answer from the page, the REST API and the
Django admin, for every role, and a refusal writes nothing.

The expected answers are written out here, act by act, in the desk's terms (who may do
it); they are not read from claims.policies, so the test catches the policy and every
entrance drifting apart. Each case runs inside a transaction that is rolled back, and the
whole database is compared before and after every refusal."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Claim, RatingLabel
from sources import services as source_services
from sources.models import Evidence, Source
from tests.factories import database_fingerprint

pytestmark = pytest.mark.django_db

MARKER = "MARKER-WITNESS-5190"
ROLES = ("anonymous", "checker", "assignee", "editor", "author", "admin")
EVERYONE = frozenset(ROLES) - {"anonymous"}
EDITORS = frozenset({"editor", "author", "admin"})
NOBODY: frozenset[str] = frozenset()
HX = {"HTTP_HX_REQUEST": "true"}
PASTED = (
    "Border crossings rose in May\n\n"
    "Officials said 300 people crossed the border from Belarus in May 2024, twice the April "
    "figure, according to the Polish Border Guard. The ministry said patrols were doubled on "
    "June 3. Rights groups said at least 12 people were pushed back across the fence."
)


@dataclass
class World:
    users: dict
    proposed: Claim
    drafted: Claim  # drafted by "author" (an editor), assigned to "assignee"
    approved: Claim
    published: Claim
    secret: Evidence  # confidential evidence on `proposed`
    attributed: Claim  # accepted, with a public attribution (assigned to "assignee")


@pytest.fixture
def world(demo_article, checker, checker2, editor, editor2, admin_user_in_group) -> World:
    for user in (checker, checker2):
        user.is_staff = True  # so that the admin is an entrance for every role
        user.save()
    claims = demo_article.claims
    proposed = claims.filter(state=Claim.State.PROPOSED).order_by("start").first()
    accepted = claims.filter(state=Claim.State.ACCEPTED).order_by("start").first()
    researched = claims.filter(state=Claim.State.IN_RESEARCH).order_by("start").first()
    published = claims.filter(state=Claim.State.PUBLISHED).order_by("start").first()
    Claim.objects.filter(pk__in=[proposed.pk, accepted.pk, researched.pk, published.pk]).update(
        assignee=checker2
    )
    label = RatingLabel.objects.get(slug="mostly-true")
    drafted = services.draft_verdict(
        claim=accepted, user=editor2, verdict=label, rationale="Checked against the decree."
    )
    approved = services.draft_verdict(
        claim=researched, user=checker, verdict=label, rationale="Dates match the record."
    )
    approved = services.approve_verdict(claim=approved, user=editor)
    secret = source_services.add_evidence(
        claim=proposed,
        user=editor,
        excerpt=f"{MARKER} says the border was sealed.",
        confidential=True,
    )
    users = {
        "checker": checker,
        "assignee": checker2,
        "editor": editor,
        "author": editor2,
        "admin": admin_user_in_group,
    }
    attributed = claims.filter(state=Claim.State.ACCEPTED).exclude(pk=drafted.pk).order_by("start")
    attributed = attributed.first() or claims.get(pk=proposed.pk)
    politico = Source.objects.get(name="POLITICO")
    for claim in (attributed, published):
        claim.attributions.get_or_create(source=politico, via=None, defaults={"cue": "reported"})
    return World(users, proposed, drafted, approved, published, secret, attributed)


def client_for(world: World, role: str) -> Client:
    client = Client(REMOTE_ADDR=f"203.0.113.{uuid.uuid4().int % 250}")
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


# --- how each entrance reports success --------------------------------------------------


def page_ok(response) -> bool:
    if response.status_code == 302:
        return "/login/" not in response["Location"]
    return response.status_code == 200


def api_ok(response) -> bool:
    return response.status_code in (200, 201, 204)


def admin_ok(response) -> bool:
    """The admin redirects after a save; a form with errors comes back with 200."""
    return response.status_code == 302 and "/login/" not in response["Location"]


def admin_post(client: Client, url: str, changes: dict, *, form_id: str) -> object:
    """Submit an admin form as a browser would: every field as the page shows it, with
    `changes` applied. A user who may not open the page gets that answer instead."""
    page = client.get(url)
    if page.status_code != 200:
        return page
    form = lxml.html.fromstring(page.content).get_element_by_id(form_id)
    data: dict[str, list] = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = [value]
    data["_save"] = ["Save"]
    return client.post(url, data)


def admin_change(model: str, pk: int) -> str:
    return reverse(f"admin:{model}_change", args=[pk])


def admin_add(model: str) -> str:
    return reverse(f"admin:{model}_add")


# --- the acts -----------------------------------------------------------------------------

Entrance = Callable[[Client, World], object]


@dataclass
class Act:
    allowed: frozenset[str]
    page: Entrance | None = None
    api: Entrance | None = None
    admin: Entrance | None = None
    writes: bool = True
    seen: str = ""  # for reads: the text an allowed user sees


def _edit_page(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        return client.post(
            reverse("claims:edit", args=[claim.pk]),
            {"version": claim.version, "text": "Changed wording.", "claimant": claim.claimant},
            **HX,
        )

    return run


def _edit_api(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        return client.patch(
            f"/api/claims/{claim.pk}/",
            {"text": "Changed wording.", "version": claim.version},
            content_type="application/json",
        )

    return run


def _edit_admin(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        url = admin_change("claims_claim", claim_of(w).pk)
        return admin_post(client, url, {"text": "Changed wording."}, form_id="claim_form")

    return run


def _workflow_page(name: str, claim_of: Callable[[World], Claim], **extra) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        return client.post(
            reverse(f"claims:{name}", args=[claim.pk]), {"version": claim.version, **extra}, **HX
        )

    return run


def _workflow_api(name: str, claim_of: Callable[[World], Claim], **extra) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        return client.post(
            f"/api/claims/{claim.pk}/{name}/",
            {"version": claim.version, **extra},
            content_type="application/json",
        )

    return run


def _evidence_page(claim_of: Callable[[World], Claim], *, confidential: bool) -> Entrance:
    def run(client: Client, w: World) -> object:
        data = {"excerpt": "The decree was published on 3 May.", "stance": "supports"}
        data |= {"credibility": "2", "source_name": "Official gazette"}
        if confidential:
            data["confidential"] = "on"
        return client.post(reverse("claims:add_evidence", args=[claim_of(w).pk]), data, **HX)

    return run


def _evidence_api(claim_of: Callable[[World], Claim], *, confidential: bool) -> Entrance:
    def run(client: Client, w: World) -> object:
        return client.post(
            "/api/evidence/",
            {
                "claim": claim_of(w).pk,
                "excerpt": "The decree was published on 3 May.",
                "confidential": confidential,
            },
            content_type="application/json",
        )

    return run


def _evidence_admin(claim_of: Callable[[World], Claim], *, confidential: bool) -> Entrance:
    def run(client: Client, w: World) -> object:
        changes = {
            "claim": str(claim_of(w).pk),
            "excerpt": "The decree was published on 3 May.",
            "stance": "supports",
            "credibility": "2",
        }
        if confidential:
            changes["confidential"] = "on"
        return admin_post(client, admin_add("sources_evidence"), changes, form_id="evidence_form")

    return run


def _politico(claim: Claim):
    return claim.attributions.get(source__name="POLITICO", via=None)


def _attribute_page(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        data = {"version": claim.version, "source_name": "Official gazette", "via_name": "POLITICO"}
        return client.post(reverse("claims:add_attribution", args=[claim.pk]), data, **HX)

    return run


def _attribute_api(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        return client.post(
            "/api/attributions/",
            {"claim": claim_of(w).pk, "source_name": "Official gazette", "via_name": "POLITICO"},
            content_type="application/json",
        )

    return run


def _attribute_admin(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        changes = {
            "claim": str(claim_of(w).pk),
            "source": str(Source.objects.get(name="POLITICO").pk),
            "cue": "reported by",
        }
        return admin_post(
            client, admin_add("sources_attribution"), changes, form_id="attribution_form"
        )

    return run


def _repoint_page(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        attribution = _politico(claim)
        return client.post(
            reverse("claims:change_attribution", args=[claim.pk, attribution.pk]),
            {"version": claim.version, "source_name": "Official gazette", "via_name": ""},
            **HX,
        )

    return run


def _repoint_api(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        attribution = _politico(claim_of(w))
        return client.patch(
            f"/api/attributions/{attribution.pk}/",
            {"source_name": "Official gazette", "via_name": ""},
            content_type="application/json",
        )

    return run


def _repoint_admin(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        attribution = _politico(claim_of(w))
        url = admin_change("sources_attribution", attribution.pk)
        return admin_post(client, url, {"cue": "as re-read"}, form_id="attribution_form")

    return run


def _unattribute_page(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        claim = claim_of(w)
        attribution = _politico(claim)
        return client.post(
            reverse("claims:remove_attribution", args=[claim.pk, attribution.pk]),
            {"version": claim.version},
            **HX,
        )

    return run


def _unattribute_api(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        return client.delete(f"/api/attributions/{_politico(claim_of(w)).pk}/")

    return run


def _unattribute_admin(claim_of: Callable[[World], Claim]) -> Entrance:
    def run(client: Client, w: World) -> object:
        attribution = _politico(claim_of(w))
        return client.post(
            reverse("admin:sources_attribution_delete", args=[attribution.pk]), {"post": "yes"}
        )

    return run


def _proposed(w: World) -> Claim:
    return w.proposed


def _published(w: World) -> Claim:
    return w.published


def _drafted(w: World) -> Claim:
    return w.drafted


def _approved(w: World) -> Claim:
    return w.approved


def _attributed(w: World) -> Claim:
    """A claim in research with a (public) attribution to change or remove."""
    return w.attributed


def _published_attributed(w: World) -> Claim:
    return w.published


ACTS: dict[str, Act] = {
    "edit a proposed claim": Act(
        EVERYONE, _edit_page(_proposed), _edit_api(_proposed), _edit_admin(_proposed)
    ),
    "edit a published claim": Act(
        NOBODY, _edit_page(_published), _edit_api(_published), _edit_admin(_published)
    ),
    "create a claim from a selection": Act(
        EVERYONE,
        page=lambda c, w: c.post(
            reverse("claims:create_claim", args=[w.proposed.article_id]),
            {"start": 0, "end": 20},
            **HX,
        ),
        api=lambda c, w: c.post(
            "/api/claims/",
            {"article": w.proposed.article_id, "start": 0, "end": 20},
            content_type="application/json",
        ),
        admin=lambda c, w: admin_post(
            c,
            admin_add("claims_claim"),
            {"article": str(w.proposed.article_id), "start": "0", "end": "20", "text": "Lead."},
            form_id="claim_form",
        ),
    ),
    "create a claim overlapping another": Act(
        NOBODY,
        page=lambda c, w: c.post(
            reverse("claims:create_claim", args=[w.proposed.article_id]),
            {"start": w.proposed.start, "end": w.proposed.end},
            **HX,
        ),
        api=lambda c, w: c.post(
            "/api/claims/",
            {"article": w.proposed.article_id, "start": w.proposed.start, "end": w.proposed.end},
            content_type="application/json",
        ),
        admin=lambda c, w: admin_post(
            c,
            admin_add("claims_claim"),
            {
                "article": str(w.proposed.article_id),
                "start": str(w.proposed.start),
                "end": str(w.proposed.end),
                "text": "Again.",
            },
            form_id="claim_form",
        ),
    ),
    "approve a drafted verdict": Act(
        frozenset({"editor", "admin"}),  # never its author
        _workflow_page("approve", _drafted),
        _workflow_api("approve", _drafted),
    ),
    "send a draft back": Act(
        EDITORS,
        _workflow_page("send_back", _drafted, comment="Find the decree itself."),
        _workflow_api("send-back", _drafted, comment="Find the decree itself."),
    ),
    "publish an approved verdict": Act(
        EDITORS, _workflow_page("publish", _approved), _workflow_api("publish", _approved)
    ),
    "reopen a published claim": Act(
        EDITORS,
        _workflow_page("reopen", _published, reason="The ministry corrected its figure."),
        _workflow_api("reopen", _published, reason="The ministry corrected its figure."),
    ),
    "draft a verdict on a published claim": Act(
        NOBODY,
        _workflow_page("draft_verdict", _published, verdict="1", rationale="Again."),
        _workflow_api("draft-verdict", _published, verdict=1, rationale="Again."),
    ),
    "add evidence": Act(
        EVERYONE,
        _evidence_page(_proposed, confidential=False),
        _evidence_api(_proposed, confidential=False),
        _evidence_admin(_proposed, confidential=False),
    ),
    "add confidential evidence": Act(
        frozenset({"assignee"}) | EDITORS,
        _evidence_page(_proposed, confidential=True),
        _evidence_api(_proposed, confidential=True),
        _evidence_admin(_proposed, confidential=True),
    ),
    "add evidence to a published claim": Act(
        NOBODY,
        _evidence_page(_published, confidential=False),
        _evidence_api(_published, confidential=False),
        _evidence_admin(_published, confidential=False),
    ),
    "add an attribution": Act(
        EVERYONE,
        _attribute_page(_proposed),
        _attribute_api(_proposed),
        _attribute_admin(_proposed),
    ),
    "add an attribution to a published claim": Act(
        NOBODY,
        _attribute_page(_published),
        _attribute_api(_published),
        _attribute_admin(_published),
    ),
    "re-point an attribution": Act(
        EVERYONE,
        _repoint_page(_attributed),
        _repoint_api(_attributed),
        _repoint_admin(_attributed),
    ),
    "re-point an attribution of a published claim": Act(
        NOBODY,
        _repoint_page(_published_attributed),
        _repoint_api(_published_attributed),
        _repoint_admin(_published_attributed),
    ),
    "remove an attribution": Act(
        EVERYONE,
        _unattribute_page(_attributed),
        _unattribute_api(_attributed),
        _unattribute_admin(_attributed),
    ),
    "remove an attribution of a published claim": Act(
        NOBODY,
        _unattribute_page(_published_attributed),
        _unattribute_api(_published_attributed),
        _unattribute_admin(_published_attributed),
    ),
    "see confidential evidence": Act(
        frozenset({"assignee"}) | EDITORS,
        page=lambda c, w: c.get(reverse("claims:claim", args=[w.proposed.pk])),
        api=lambda c, w: c.get(
            "/api/evidence/", {"claim": w.proposed.pk, "include_confidential": "1"}
        ),
        writes=False,
        seen=MARKER,
    ),
    "create a confidential source": Act(
        EDITORS,
        api=lambda c, w: c.post(
            "/api/sources/",
            {"name": "Second intercepted call", "kind": "other", "confidential": True},
            content_type="application/json",
        ),
        admin=lambda c, w: admin_post(
            c,
            admin_add("sources_source"),
            {"name": "Second intercepted call", "confidential": "on"},
            form_id="source_form",
        ),
    ),
    "delete a proposed claim": Act(
        EDITORS,
        api=lambda c, w: c.delete(f"/api/claims/{w.proposed.pk}/"),
        admin=lambda c, w: c.post(
            reverse("admin:claims_claim_delete", args=[w.proposed.pk]), {"post": "yes"}
        ),
    ),
    "import an article": Act(
        EVERYONE,
        page=lambda c, w: c.post(
            reverse("claims:import"),
            {"text": PASTED},
        ),
        api=lambda c, w: c.post(
            "/api/articles/",
            {
                "title": "Crossings",
                "body": "Officials said 300 people crossed the border in May 2024.",
            },
            content_type="application/json",
        ),
    ),
}


def _verdict(act: Act, entrance: str, response, before: tuple) -> tuple[bool, bool]:
    """(allowed, wrote) as this entrance answered."""
    ok = {"page": page_ok, "api": api_ok, "admin": admin_ok}[entrance](response)
    if ok and act.seen:
        body = response.content.decode("utf-8", "replace")
        ok = act.seen in body
    return ok, database_fingerprint() != before


class _Rollback(Exception):
    pass


@pytest.mark.parametrize("role", ROLES)
def test_every_entrance_gives_the_same_answer_and_a_refusal_writes_nothing(world, role):
    problems = []
    for name, act in ACTS.items():
        for entrance in ("page", "api", "admin"):
            run = getattr(act, entrance)
            if run is None:
                continue
            expected = role in act.allowed
            client = client_for(world, role)  # logging in writes last_login: before the count
            try:
                with transaction.atomic():
                    before = database_fingerprint()
                    response = run(client, world)
                    allowed, wrote = _verdict(act, entrance, response, before)
                    raise _Rollback
            except _Rollback:
                pass
            except Exception as exc:  # a 500: the test client re-raises the view's error
                problems.append(f"{name} via {entrance}: server error {exc!r:.200}")
                continue
            status = getattr(response, "status_code", "?")
            if allowed != expected:
                want = "allowed" if expected else "refused"
                problems.append(f"{name} via {entrance}: expected {want}, got {status}")
            elif not allowed and wrote:
                problems.append(f"{name} via {entrance}: refused ({status}) but wrote to the db")
            elif allowed and act.writes and not wrote:
                problems.append(f"{name} via {entrance}: answered {status} but saved nothing")
    assert not problems, "\n".join(problems)


# --- the divergences the issue found, one test each --------------------------------------


def test_api_create_claim_refuses_the_overlap_the_page_refuses(world):
    from tests.factories import api

    before = Claim.objects.count()
    response = api(world.users["checker"]).post(
        "/api/claims/",
        {
            "article": world.proposed.article_id,
            "start": world.proposed.start + 2,
            "end": world.proposed.end + 1,
        },
        format="json",
    )
    assert response.status_code == 400
    assert "overlaps" in str(response.json())
    assert Claim.objects.count() == before


def test_api_create_claim_queues_match_suggestions(
    world, eager_tasks, require_postgres, django_capture_on_commit_callbacks
):
    from claims.models import ClaimMatch
    from tests.factories import api

    with django_capture_on_commit_callbacks(execute=True):
        response = api(world.users["checker"]).post(
            "/api/claims/",
            {"text": "At least 120 people have died on Belarus' borders, Human Constanta says."},
            format="json",
        )
    assert response.status_code == 201, response.json()
    new = Claim.objects.get(pk=response.json()["id"])
    assert ClaimMatch.objects.filter(claim=new, matched_claim=world.published).exists()


def test_api_article_import_proposes_claims_like_the_paste_form(checker):
    from tests.factories import api

    body = (
        "The ministry said 4,200 people crossed the border in March 2024.\n\n"
        "According to the rights group Human Constanta, at least 120 people have died."
    )
    response = api(checker).post(
        "/api/articles/", {"title": "Crossings", "body": body}, format="json"
    )
    assert response.status_code == 201, response.json()
    article_claims = Claim.objects.filter(article_id=response.json()["id"])
    assert article_claims.count() >= 2
    assert article_claims.filter(attributions__source__name="Human Constanta").exists()


def test_refused_upload_leaves_no_new_source_behind(world):
    client = client_for(world, "checker")
    before = Source.objects.count()
    response = client.post(
        reverse("claims:add_evidence", args=[world.proposed.pk]),
        {
            "upload": SimpleUploadedFile("tool.exe", b"MZ\x90\x00" + b"\x00" * 200),
            "source_name": "A brand-new agency",
            "stance": "context",
            "credibility": "6",
        },
        **HX,
    )
    assert response.status_code == 422
    assert Source.objects.count() == before


def test_confidential_claimant_is_redacted_on_panel_dashboard_and_api_for_other_checkers(world):
    Claim.objects.filter(pk=world.proposed.pk).update(claimant="Aleh (border guard)")
    for role, sees in (("checker", False), ("assignee", True), ("editor", True)):
        client = client_for(world, role)
        panel = client.get(reverse("claims:claim", args=[world.proposed.pk])).content.decode()
        dashboard = client.get(reverse("claims:dashboard"), {"state": "proposed"}).content.decode()
        detail = client.get(
            f"/api/claims/{world.proposed.pk}/", {"include_confidential": "1"}
        ).content.decode()
        for surface, text in (("panel", panel), ("dashboard", dashboard), ("api", detail)):
            assert ("Aleh" in text) is sees, f"{role} on the {surface}"
            if not sees:
                assert "Confidential source" in text, f"{role} on the {surface}"


def test_a_confidential_source_cannot_be_found_by_guessing_its_name(world):
    Source.objects.filter(name="Aleh (border guard)").update(confidential=True)
    claim = world.proposed
    aleh = Source.objects.get(name="Aleh (border guard)")
    claim.attributions.create(source=aleh, cue="told POLITICO")
    for role, finds in (("checker", False), ("editor", True)):
        client = client_for(world, role)
        page = client.get(reverse("claims:dashboard"), {"source": "ale"}).content.decode()
        assert (claim.text[:40] in page) is finds, role
        listed = client.get("/api/claims/", {"source": "aleh"}).json()["results"]
        assert (claim.pk in [c["id"] for c in listed]) is finds, role


def test_same_claim_as_does_not_copy_confidential_evidence_for_a_fact_checker(world):
    from claims.models import ClaimMatch
    from claims.search.services import link_match

    other = Claim.objects.create(text="Poland will close its Belarus border this summer.")
    match = ClaimMatch.objects.create(claim=other, matched_claim=world.proposed, score=0.9)
    link_match(match=match, user=world.users["checker"])
    assert not other.evidence.filter(excerpt__contains=MARKER).exists()
    match2 = ClaimMatch.objects.create(
        claim=Claim.objects.create(text="Poland seals the border."),
        matched_claim=world.proposed,
        score=0.9,
    )
    link_match(match=match2, user=world.users["editor"])
    assert match2.claim.evidence.filter(excerpt__contains=MARKER, confidential=True).exists()


def test_admin_cannot_move_a_claim_through_the_workflow(world):
    """State, verdict and reviewer are read-only in the admin: an editor who posts them
    for their own draft changes nothing (approving your own verdict stays impossible)."""
    client = client_for(world, "author")
    url = admin_change("claims_claim", world.drafted.pk)
    reviewer = world.users["editor"].pk
    admin_post(client, url, {"state": "approved", "reviewer": str(reviewer)}, form_id="claim_form")
    world.drafted.refresh_from_db()
    assert world.drafted.state == Claim.State.DRAFTED and world.drafted.reviewer is None


def test_published_text_stays_what_was_approved_in_the_claimreview(world):
    from tests.factories import api

    claimreview = f"/api/claims/{world.published.pk}/claimreview/"
    before = api(world.users["checker"]).get(claimreview).json()["claimReviewed"]
    api(world.users["checker"]).patch(
        f"/api/claims/{world.published.pk}/", {"text": "Rewritten."}, format="json"
    )
    assert api(world.users["checker"]).get(claimreview).json()["claimReviewed"] == before


def test_reopen_records_who_and_why_and_needs_a_new_approval(world):
    editor = world.users["editor"]
    reopened = services.reopen_claim(
        claim=world.published, user=editor, reason="The ministry corrected its figure."
    )
    assert reopened.state == Claim.State.IN_RESEARCH and reopened.reviewer is None
    assert reopened.comments.filter(author=editor, body__contains="corrected").exists()
    assert "reopened" in reopened.history.first().history_change_reason


def test_merging_claims_with_another_between_them_is_refused(editor):
    from django.core.exceptions import ValidationError

    from claims.models import Article

    body = "One sentence here. Another sentence there. A third sentence last."
    article = Article.objects.create(title="Three", body=body)
    parts = [
        services.create_claim(
            article=article, user=editor, start=body.index(s), end=body.index(s) + len(s)
        )
        for s in ("One sentence here.", "Another sentence there.", "A third sentence last.")
    ]
    with pytest.raises(ValidationError, match="not next to each other"):
        services.merge_claims(claims=[parts[0], parts[2]], user=editor)
    merged = services.merge_claims(claims=parts[:2], user=editor)
    assert merged.text == "One sentence here. Another sentence there."


def test_invisible_direction_overrides_are_removed_from_claim_text(world):
    from tests.factories import api

    response = api(world.users["checker"]).patch(
        f"/api/claims/{world.proposed.pk}/",
        {
            "text": "Poland \u202eredrob eht\u202c will seal\u200b it.",
            "claimant": "\u2066Gov\u2069",
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    world.proposed.refresh_from_db()
    assert world.proposed.text == "Poland redrob eht will seal it."
    assert world.proposed.claimant == "Gov"


def test_dead_links_mean_the_same_on_the_progress_bar_and_in_reports(world):
    from claims.reports.selectors import open_issues
    from claims.selectors import article_progress
    from sources.linkcheck.result import Outcome
    from sources.models import Link

    claim = world.proposed
    for outcome in Outcome:
        link = Link.objects.create(url=f"https://example.org/{outcome.value}", last_outcome=outcome)
        Evidence.objects.create(claim=claim, url=link.url, link=link, excerpt="x")
    dead_in_reports = {issue.message for issue in open_issues([claim]) if issue.kind == "dead_link"}
    broken = article_progress(claim.article)["links"]["broken"]
    assert broken == len(dead_in_reports) == sum(1 for o in Outcome if o.is_dead)


def test_templates_ask_the_policy_instead_of_comparing_states():
    from pathlib import Path

    panel = Path("templates/claims/_claim_panel.html").read_text()
    assert 'claim.state in "' not in panel


def test_a_name_without_its_qualifier_is_the_same_source(demo_article):
    from sources.matching import match_source

    assert match_source("Aleh").name == "Aleh (border guard)"
    assert match_source("recorded phone call").name == "Recorded phone call, May 2021"
    assert match_source("Human") is None  # a prefix of a name is not the name


def test_a_grade_chosen_for_a_known_source_is_never_dropped_silently(world):
    client = client_for(world, "checker")
    url = reverse("claims:add_evidence", args=[world.proposed.pk])
    data = {"excerpt": "Quoted by Politico.", "stance": "supports", "credibility": "2"}
    refused = client.post(
        url, data | {"source_name": "Politico", "new_source_reliability": "E"}, **HX
    )
    assert refused.status_code == 422
    assert "already a source" in refused.content.decode()
    assert not world.proposed.evidence.filter(excerpt="Quoted by Politico.").exists()
    cited = client.post(url, data | {"source_name": "Politico"}, **HX)
    assert cited.status_code == 200
    item = world.proposed.evidence.get(excerpt="Quoted by Politico.")
    assert item.source.name == "POLITICO" and item.source.reliability == "B"


def test_marking_a_chain_unverified_shows_in_the_panel_the_api_and_the_report(world):
    from claims.reports.selectors import open_issues
    from tests.factories import api

    claim = world.proposed
    client = client_for(world, "checker")
    response = client.post(
        reverse("claims:mark_chain", args=[claim.pk]),
        {"unverified": "1", "version": claim.version},
        **HX,
    )
    assert response.status_code == 200 and "chain-unverified" in response.content.decode()
    claim.refresh_from_db()
    assert claim.chain_unverified
    assert any(i.kind == "chain_unverified" for i in open_issues([claim]))
    undone = api(world.users["checker"]).patch(
        f"/api/claims/{claim.pk}/", {"chain_unverified": False}, format="json"
    )
    assert undone.status_code == 200 and undone.json()["chain_unverified"] is False
    published = world.published
    refused = client.post(
        reverse("claims:mark_chain", args=[published.pk]),
        {"unverified": "1", "version": published.version},
        **HX,
    )
    assert refused.status_code == 422
