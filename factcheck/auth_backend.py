"""Django's ModelBackend with its per-request lookups (the session's user, their
permissions) compiled once (factcheck/compiled.py).

Every page asks for the user's permissions (the navigation offers "Import article" by
`perms.claims.add_article`, the policies ask `has_perm`), and ModelBackend builds two
querysets for it each request: 4.1 ms of CPU, against 0.4 ms for the same two statements
sent as compiled SQL. The answer is the same set of "app_label.codename" strings, read
fresh from the database on every request (nothing is cached across requests, so a role
change applies at once)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
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


_USER = CompiledQuery(
    lambda user_id: get_user_model()._default_manager.filter(pk=user_id), "user_id"
)


class PermissionBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        """The session's user (every request asks), as ModelBackend finds it."""
        try:
            pk = get_user_model()._meta.pk.to_python(user_id)
        except Exception:
            return None
        if not isinstance(pk, int):
            return super().get_user(user_id)
        found = _USER.objects(user_id=pk)
        user: Any = found[0] if found else None
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_user_permissions(self, user_obj: Any, obj: Any = None) -> set[str]:
        return self._compiled(user_obj, obj, "user", _USER_PERMISSIONS)

    def get_group_permissions(self, user_obj: Any, obj: Any = None) -> set[str]:
        return self._compiled(user_obj, obj, "group", _GROUP_PERMISSIONS)

    def _compiled(self, user_obj: Any, obj: Any, kind: str, query: CompiledQuery) -> set[str]:
        """ModelBackend's rules (inactive, anonymous or per-object: none; a superuser: all),
        and its per-request cache attribute, with the lookup compiled."""
        if user_obj.is_superuser:
            getter = (
                super().get_user_permissions if kind == "user" else super().get_group_permissions
            )
            return getter(user_obj, obj)
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        cache_name = f"_{kind}_perm_cache"
        if not hasattr(user_obj, cache_name):
            rows = query.rows(user_id=user_obj.pk)
            setattr(user_obj, cache_name, {f"{app}.{codename}" for app, codename in rows})
        return getattr(user_obj, cache_name)
