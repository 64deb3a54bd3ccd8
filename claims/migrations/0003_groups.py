"""The three roles of the desk and what each may do. Approving and publishing belong to
Editors only; that nobody approves their own verdict is enforced in claims.services."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

FACT_CHECKER = [
    "claims.view_article", "claims.add_article", "claims.change_article",
    "claims.view_claim", "claims.add_claim", "claims.change_claim", "claims.draft_verdict",
    "claims.view_ratingscale", "claims.view_ratinglabel",
    "claims.view_reviewcomment", "claims.add_reviewcomment",
    "sources.view_source", "sources.add_source", "sources.change_source",
    "sources.view_sourcealias", "sources.add_sourcealias", "sources.change_sourcealias",
    "sources.view_attribution", "sources.add_attribution", "sources.change_attribution",
    "sources.delete_attribution",
    "sources.view_evidence", "sources.add_evidence", "sources.change_evidence",
    "sources.delete_evidence",
    "sources.view_link", "sources.view_linkcheck", "sources.view_snapshot",
]
EDITOR = FACT_CHECKER + [
    "claims.delete_article", "claims.delete_claim", "claims.approve_verdict",
    "claims.publish_claim", "claims.assign_claim", "claims.delete_reviewcomment",
    "sources.delete_source", "sources.delete_sourcealias", "sources.view_confidential_source",
]
GROUPS = {"Fact-checkers": FACT_CHECKER, "Editors": EDITOR}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module; create_permissions needs one.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(codes):
        found = []
        for code in codes:
            app_label, codename = code.split(".")
            found.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return found

    for name, codes in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(perms(codes))
    admins, _ = Group.objects.get_or_create(name="Admins")
    admins.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["claims", "sources", "auth"]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_default_rating_scale"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
