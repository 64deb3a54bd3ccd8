import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims import services
from claims.models import Article, Claim, RatingLabel

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    article = Article.objects.create(title="T", body="Unemployment fell to 4.1 percent in 2024.")
    return Claim.objects.create(article=article, start=0, end=41, text=article.body[:41])


@pytest.fixture
def false_label():
    return RatingLabel.objects.get(scale__is_default=True, slug="false")


def _drafted(claim, author, label):
    services.transition_claim(claim=claim, to_state=Claim.State.ACCEPTED, user=author)
    return services.draft_verdict(
        claim=claim, user=author, verdict=label, rationale="Stats say 4.4."
    )


def test_fact_checker_drafts_and_another_editor_approves(claim, checker, editor, false_label):
    drafted = _drafted(claim, checker, false_label)
    approved = services.approve_verdict(claim=drafted, user=editor)
    assert approved.state == Claim.State.APPROVED
    assert approved.reviewer == editor and approved.approved_at is not None


def test_fact_checker_cannot_approve(claim, checker, checker2, false_label):
    drafted = _drafted(claim, checker, false_label)
    with pytest.raises(PermissionDenied):
        services.approve_verdict(claim=drafted, user=checker2)


def test_editor_cannot_approve_own_verdict(claim, editor, false_label):
    drafted = _drafted(claim, editor, false_label)
    with pytest.raises(PermissionDenied, match="own verdict"):
        services.approve_verdict(claim=drafted, user=editor)
    assert Claim.objects.get(pk=claim.pk).state == Claim.State.DRAFTED


def test_send_back_needs_a_comment_and_records_it(claim, checker, editor, false_label):
    drafted = _drafted(claim, checker, false_label)
    with pytest.raises(ValidationError):
        services.send_back(claim=drafted, user=editor, comment="  ")
    back = services.send_back(claim=drafted, user=editor, comment="Source the 4.4 figure.")
    assert back.state == Claim.State.IN_RESEARCH
    assert back.comments.get().body == "Source the 4.4 figure."


def test_cannot_publish_before_approval(claim, checker, editor, false_label):
    drafted = _drafted(claim, checker, false_label)
    with pytest.raises(ValidationError):
        services.publish_claim(claim=drafted, user=editor)


def test_stale_version_raises_conflict_and_keeps_the_other_change(claim, checker, checker2):
    loaded_version = claim.version
    services.update_claim(
        claim=claim, user=checker, expected_version=loaded_version, claimant="Statistics office"
    )
    with pytest.raises(services.EditConflict) as excinfo:
        services.update_claim(
            claim=claim, user=checker2, expected_version=loaded_version, claimant="The minister"
        )
    assert excinfo.value.current.claimant == "Statistics office"
    assert Claim.objects.get(pk=claim.pk).claimant == "Statistics office"


def test_each_workflow_step_is_in_history_with_its_author(claim, checker, editor, false_label):
    drafted = _drafted(claim, checker, false_label)
    services.approve_verdict(claim=drafted, user=editor)
    reasons = [
        (h.history_change_reason, h.history_user) for h in claim.history.order_by("history_date")
    ]
    assert ("verdict drafted: False", checker) in reasons
    assert ("verdict approved: False", editor) in reasons
