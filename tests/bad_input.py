"""Shared by the tests/test_bad_input_*.py modules: a refusal must leave the database as it
was, so they compare a fingerprint of every row before and after."""

from __future__ import annotations

from django.apps import apps


def fingerprint() -> tuple:
    """Every row of our apps, users and tokens: any write shows up here."""
    rows = []
    for label in ("claims", "sources", "auth", "authtoken"):
        for model in apps.get_app_config(label).get_models():
            rows.append((model._meta.label, tuple(model.objects.order_by("pk").values_list())))
    return tuple(rows)
