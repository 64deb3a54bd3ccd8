"""Prior fact-checks (0004) arrived after the roles were set up (0003), so no role held their
permissions: Editors may now import other organisations' ClaimReviews (add, and change for a
review imported again), Admins manage them like the rest of the reference data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Editors": ["view_priorfactcheck", "add_priorfactcheck", "change_priorfactcheck"],
    "Admins": [
        "view_priorfactcheck",
        "add_priorfactcheck",
        "change_priorfactcheck",
        "delete_priorfactcheck",
    ],
}


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)


def grant(apps, schema_editor):
    claims = apps.get_app_config("claims")
    # Permissions are created after all migrations ran; this one needs them now.
    original = getattr(claims, "models_module", None)
    claims.models_module = True
    create_permissions(claims, apps=apps, verbosity=0)
    claims.models_module = original
    Group = apps.get_model("auth", "Group")
    for name, codenames in ROLES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*_permissions(apps, codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in ROLES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*_permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_search_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
