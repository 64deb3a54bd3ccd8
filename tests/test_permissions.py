"""Each role × each page: nothing is reachable without login, admin only for staff with
the model permission, reference data and users only for Admins."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "checker", "editor", "admin"]

# url name, args-key -> expected status per role (302 = sent to a login page)
APP_PAGES = {
    "claims:dashboard": (None, [302, 200, 200, 200]),
    "claims:article": ("article", [302, 200, 200, 200]),
    "claims:claim": ("claim", [302, 200, 200, 200]),
    "sources:list": (None, [302, 200, 200, 200]),
}
ADMIN_PAGES = {
    "admin:index": (None, [302, 302, 200, 200]),
    "admin:claims_article_changelist": (None, [302, 302, 200, 200]),
    "admin:claims_claim_changelist": (None, [302, 302, 200, 200]),
    "admin:claims_claim_change": ("claim", [302, 302, 200, 200]),
    "admin:claims_ratingscale_changelist": (None, [302, 302, 200, 200]),
    "admin:claims_ratinglabel_add": (None, [302, 302, 403, 200]),
    "admin:claims_ratingscale_add": (None, [302, 302, 403, 200]),
    "admin:sources_source_changelist": (None, [302, 302, 200, 200]),
    "admin:sources_source_add": (None, [302, 302, 200, 200]),
    "admin:sources_evidence_changelist": (None, [302, 302, 200, 200]),
    "admin:sources_attribution_changelist": (None, [302, 302, 200, 200]),
    "admin:sources_link_changelist": (None, [302, 302, 200, 200]),
    "admin:sources_linkcheck_changelist": (None, [302, 302, 200, 200]),
    "admin:sources_snapshot_changelist": (None, [302, 302, 200, 200]),
    "admin:auth_user_changelist": (None, [302, 302, 403, 200]),
    "admin:auth_group_changelist": (None, [302, 302, 403, 200]),
    "admin:claims_article_delete": ("article", [302, 302, 200, 200]),
}


@pytest.fixture
def clients(client, checker, editor, admin_user_in_group, django_user_model):
    from django.test import Client

    made = {"anonymous": client}
    for role, user in [("checker", checker), ("editor", editor), ("admin", admin_user_in_group)]:
        c = Client()
        c.force_login(user)
        made[role] = c
    return made


def _cases(pages):
    for name, (arg, statuses) in pages.items():
        for role, status in zip(ROLES, statuses, strict=True):
            yield pytest.param(name, arg, role, status, id=f"{name}-{role}")


@pytest.mark.parametrize(("name", "arg", "role", "expected"), list(_cases(APP_PAGES | ADMIN_PAGES)))
def test_role_gets_expected_status(clients, demo_article, name, arg, role, expected):
    objects = {"article": demo_article.pk, "claim": demo_article.claims.first().pk}
    url = reverse(name, args=[objects[arg]] if arg else None)
    response = clients[role].get(url)
    assert response.status_code == expected, f"{role} GET {url}"
    if expected == 302:
        assert "login" in response["Location"]


def test_healthz_answers_without_login(client, db):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_logged_out_visitor_is_sent_to_login_with_next(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/")


def test_post_without_csrf_token_is_refused(db, checker):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(checker)
    assert strict.post(reverse("logout")).status_code == 403


def test_fact_checker_cannot_see_confidential_sources(clients, demo_article):
    assert (
        "Aleh (border guard)"
        not in clients["checker"].get(reverse("sources:list")).content.decode()
    )
    assert "Aleh (border guard)" in clients["editor"].get(reverse("sources:list")).content.decode()


def test_groups_hold_the_role_permissions(checker, editor, admin_user_in_group):
    assert checker.has_perm("claims.draft_verdict")
    assert not checker.has_perm("claims.approve_verdict")
    assert editor.has_perm("claims.approve_verdict") and editor.has_perm("claims.publish_claim")
    assert not editor.has_perm("auth.change_user")
    assert admin_user_in_group.has_perm("auth.change_user")
