from django.urls import path

from claims import import_job_views, views

app_name = "claims"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("import/", views.import_article, name="import"),
    path("prior-fact-checks/", views.prior_fact_checks, name="prior_fact_checks"),
    path(
        "prior-fact-checks/import/",
        views.import_prior_fact_checks,
        name="import_prior_fact_checks",
    ),
    path("prior-fact-checks/imports/<int:pk>/", import_job_views.import_job, name="import_job"),
    path("articles/<int:pk>/", views.article_review, name="article"),
    path("articles/<int:pk>/progress/", views.article_progress, name="article_progress"),
    path("articles/<int:pk>/details/", views.edit_article, name="edit_article"),
    path("articles/<int:pk>/language/", views.change_language, name="article_language"),
    path("articles/<int:pk>/claims/new/", views.create_claim, name="create_claim"),
    path("articles/<int:pk>/claims/merge/", views.merge_claims, name="merge_claims"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/state/", views.transition, name="transition"),
    path("claims/<int:pk>/edit/", views.edit_claim, name="edit"),
    path("claims/<int:pk>/split/", views.split_claim, name="split"),
    path("claims/<int:pk>/verdict/", views.draft_verdict, name="draft_verdict"),
    path("claims/<int:pk>/approve/", views.approve_verdict, name="approve"),
    path("claims/<int:pk>/send-back/", views.send_back, name="send_back"),
    path("claims/<int:pk>/publish/", views.publish, name="publish"),
    path("claims/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("claims/<int:pk>/chain/", views.mark_chain, name="mark_chain"),
    path("claims/<int:pk>/assign/", views.assign, name="assign"),
    path("claims/<int:pk>/comment/", views.comment, name="comment"),
    path("claims/<int:pk>/evidence/", views.add_evidence, name="add_evidence"),
]

urlpatterns += [
    path("claims/<int:pk>/attributions/", views.add_attribution, name="add_attribution"),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/",
        views.change_attribution,
        name="change_attribution",
    ),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/remove/",
        views.remove_attribution,
        name="remove_attribution",
    ),
    path(
        "claims/<int:pk>/unlinked/<int:proposal_pk>/link/",
        views.link_proposed_attribution,
        name="link_proposed_attribution",
    ),
    path(
        "claims/<int:pk>/unlinked/<int:proposal_pk>/dismiss/",
        views.dismiss_proposed_attribution,
        name="dismiss_proposed_attribution",
    ),
]
