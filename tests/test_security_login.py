"""The per-username login limit counts every spelling that reaches the same account."""

from __future__ import annotations

import uuid

import pytest
from django.core.cache import cache
from django.test import Client

from factcheck.views import _login_keys, throttle_username


def fullwidth(text: str) -> str:
    """ASCII letters, digits and '-' as their fullwidth forms (NFKC maps them back)."""
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isalnum() or ch == "-" else ch for ch in text)


@pytest.fixture
def target():
    """A fresh username and six client addresses; their counters are removed afterwards."""
    tag = uuid.uuid4().hex[:8]
    username, addresses = f"desk-{tag}", [f"2001:db8::{tag[:4]}:{n}" for n in range(6)]
    yield username, addresses
    for address in addresses:

        class Posted:
            META = {"REMOTE_ADDR": address}
            POST = {"username": username}

        cache.delete_many([key for key, _ in _login_keys(Posted)])


def test_look_alike_spellings_share_one_throttle_key():
    assert throttle_username("ｅｄｉｔｏｒ") == throttle_username("Editor") == "editor"
    assert throttle_username(" EDITOR ") == "editor"


@pytest.mark.django_db
def test_fullwidth_and_upper_case_spellings_do_not_reset_the_username_limit(target):
    username, addresses = target
    spellings = [fullwidth(username), username.upper(), fullwidth(username.upper()), username]
    # A different client address each time: only the per-username counter can refuse.
    for number, address in enumerate(addresses[:5]):
        posted = {"username": spellings[number % len(spellings)], "password": "wrong"}
        assert Client(REMOTE_ADDR=address).post("/accounts/login/", posted).status_code == 200
    refused = Client(REMOTE_ADDR=addresses[5]).post(
        "/accounts/login/", {"username": fullwidth(username), "password": "wrong"}
    )
    assert refused.status_code == 429
