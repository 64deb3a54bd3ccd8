"""A person's interface language: saved on their account, applied by the middleware."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from newsroom.models import PersonalSettings

CODES = {code for code, _ in settings.LANGUAGES}


def saved_language(user: Any) -> str:
    return (
        PersonalSettings.objects.filter(user_id=user.pk).values_list("language", flat=True).first()
        or ""
    )


def save_language(user: Any, code: str) -> None:
    if code not in CODES:
        raise ValueError(f"not an interface language: {code!r}")
    PersonalSettings.objects.update_or_create(user_id=user.pk, defaults={"language": code})


def language_of(user: Any) -> str:
    """The language to write to `user` in (emails, notifications): theirs, else the site's."""
    return saved_language(user) or settings.LANGUAGE_CODE
