"""The queries every page asks, compiled once (factcheck/compiled.py): the same answers as
the ORM they are written with, fresh on every request, and refused where the SQL would
depend on the values."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client

from claims import policies, selectors
from claims.filters import _outlets
from claims.models import Article, Claim, RatingLabel
from factcheck.auth_backend import PermissionBackend
from factcheck.compiled import CompiledQuery
from newsroom.models import Notification
from newsroom.services import inbox, unread_count
from sources.models import Source, SourceAlias

pytestmark = pytest.mark.django_db


def test_permissions_are_modelbackends_and_a_role_change_applies_at_once(checker, editor):
    from django.contrib.auth.backends import ModelBackend

    for user in (checker, editor):
        fresh = User.objects.get(pk=user.pk)
        assert PermissionBackend().get_all_permissions(fresh) == ModelBackend().get_all_permissions(
            User.objects.get(pk=user.pk)
        )
    assert not User.objects.get(pk=checker.pk).has_perm("claims.approve_verdict")

    checker.groups.add(Group.objects.get(name="Editors"))  # promoted
    assert User.objects.get(pk=checker.pk).has_perm("claims.approve_verdict")
    checker.groups.clear()
    direct = Permission.objects.get(codename="approve_verdict")
    checker.user_permissions.add(direct)
    assert User.objects.get(pk=checker.pk).has_perm("claims.approve_verdict")
    checker.user_permissions.clear()
    assert not User.objects.get(pk=checker.pk).get_all_permissions()

    checker.is_active = False
    assert PermissionBackend().get_all_permissions(checker) == set()


def test_the_navigation_and_the_dashboard_count_what_the_orm_counts(checker, editor):
    article = Article.objects.create(title="A", outlet="Outlet One", body="x")
    Article.objects.create(title="B", outlet="", body="y")
    Claim.objects.create(text="One.", assignee=checker)
    label = RatingLabel.objects.first()
    Claim.objects.create(text="Two.", assignee=checker, state=Claim.State.PUBLISHED, verdict=label)
    Claim.objects.create(
        text="Three.",
        state=Claim.State.DRAFTED,
        verdict=label,
        verdict_author=checker,
    )
    Notification.objects.create(recipient=checker, in_app=True, message="m", key="a")
    Notification.objects.create(recipient=checker, in_app=False, message="email only", key="b")
    assert unread_count(checker) == inbox(checker).filter(read_at__isnull=True).count() == 1
    assert unread_count(editor) == 0
    for user in (checker, editor):
        assert selectors.my_queue_count(user) == selectors.my_queue(user).count()
    assert selectors.article_count() == Article.objects.count()
    counts = selectors.claim_counts_by_state()
    assert counts[Claim.State.PUBLISHED] == 1 and sum(counts.values()) == Claim.objects.count()
    assert dict(_outlets()) == {article.outlet: article.outlet}

    witness = Source.objects.create(name="Witness Seven", confidential=True)
    SourceAlias.objects.create(source=witness, name="W7")
    assert policies.secret_names() == {witness.normalised_name, "w7"}


def test_a_query_whose_sql_depends_on_the_values_is_refused():
    folded = CompiledQuery(  # the value decides the SQL itself (IS NULL / IS NOT NULL)
        lambda flag: Claim.objects.filter(pk__isnull=bool(flag)).values("pk"), "flag"
    )
    with pytest.raises(ValueError, match="do not reach the SQL"):
        folded.rows(flag=1)


def test_pages_still_answer_with_the_compiled_queries(checker):
    client = Client()
    client.force_login(checker)
    for path in ("/", "/sources/", "/notifications/"):
        assert client.get(path).status_code == 200


def test_sessions_and_the_session_user_read_as_django_reads_them(checker, django_user_model):
    from django.contrib.sessions.backends.db import SessionStore as DjangoStore

    from factcheck.sessions import SessionStore

    client = Client()
    client.force_login(checker)
    key = client.cookies["sessionid"].value
    assert SessionStore(key).load() == DjangoStore(key).load() != {}
    assert SessionStore("no-such-session-key-000000000000").load() == {}
    assert SessionStore(None).load() == {}

    backend = PermissionBackend()
    found = backend.get_user(str(checker.pk))
    assert found == checker and found.username == checker.username
    assert found.last_login == django_user_model.objects.get(pk=checker.pk).last_login
    assert backend.get_user("999999") is None and backend.get_user("not a number") is None
    checker.is_active = False
    checker.save()
    assert backend.get_user(checker.pk) is None  # deactivated: logged out at once
    assert client.get("/").status_code == 302


def test_an_expired_session_is_not_read(checker):
    import datetime as dt

    from django.contrib.sessions.models import Session

    from factcheck.sessions import SessionStore

    client = Client()
    client.force_login(checker)
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(
        expire_date=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    )
    assert SessionStore(key).load() == {}
    assert client.get("/").status_code == 302
