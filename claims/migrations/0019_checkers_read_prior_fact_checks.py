"""Fact-checkers read other organisations' published fact-checks: "checked before?" is their
question. The pages showed prior fact-checks to every desk reader while the API asked for
`claims.view_priorfactcheck`, which only Editors and Admins held; the one rule is now
`policies.DeskAction.VIEW_PRIOR_FACT_CHECKS` on every entrance, and the role that asks the
question holds the permission."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAME = "view_priorfactcheck"


def _permission(apps):
    claims = apps.get_app_config("claims")
    # Permissions are created after all migrations ran; this one needs it now.
    original = getattr(claims, "models_module", None)
    claims.models_module = True
    create_permissions(claims, apps=apps, verbosity=0)
    claims.models_module = original
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="claims", codename=CODENAME)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Fact-checkers").first()
    if group is not None:
        group.permissions.add(_permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Fact-checkers").first()
    if group is not None:
        group.permissions.remove(_permission(apps))


class Migration(migrations.Migration):
    dependencies = [("claims", "0018_import_job_counts")]
    operations = [migrations.RunPython(grant, revoke)]
