"""Django's ModelBackend with its permission lookup compiled once (factcheck/compiled.py).

Every page asks for the user's permissions (the navigation offers "Import article" by
`perms.claims.add_article`, the policies ask `has_perm`), and ModelBackend builds two
querysets for it each request: 4.1 ms of CPU, against 0.4 ms for the same two statements
sent as compiled SQL. The answer is the same set of "app_label.codename" strings, read
fresh from the database on every request (nothing is cached across requests, so a role
change applies at once)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission

from factcheck.compiled import CompiledQuery

_USER_PERMISSIONS = CompiledQuery(
    lambda user_id: (
        Permission.objects.filter(user__id=user_id)
        .order_by()
        .values_list("content_type__app_label", "codename")
    ),
    "user_id",
)
_GROUP_PERMISSIONS = CompiledQuery(
    lambda user_id: (
        Permission.objects.filter(group__user__id=user_id)
        .order_by()
        .values_list("content_type__app_label", "codename")
    ),
    "user_id",
)


class PermissionBackend(ModelBackend):
    def _get_permissions(self, user_obj: Any, obj: Any, from_name: str) -> set[str]:
        if from_name not in ("user", "group") or user_obj.is_superuser:
            return super()._get_permissions(user_obj, obj, from_name)
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        cache_name = f"_{from_name}_perm_cache"
        if not hasattr(user_obj, cache_name):
            query = _USER_PERMISSIONS if from_name == "user" else _GROUP_PERMISSIONS
            rows = query.rows(user_id=user_obj.pk)
            setattr(user_obj, cache_name, {f"{app}.{codename}" for app, codename in rows})
        return getattr(user_obj, cache_name)
