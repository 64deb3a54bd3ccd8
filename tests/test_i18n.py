"""The interface in five languages: every marked string has a translation in each catalogue,
the catalogues are up to date with the code, a person's choice is kept and applied, and
what the workbench writes to a person (notifications, emails) is in their language."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from newsroom.languages import save_language
from tests.conftest import ROOT

CATALOGUES = {
    code: ROOT / "locale" / code / "LC_MESSAGES" / "django.po"
    for code, _ in settings.LANGUAGES
    if code != "en"
}
# Each app may keep its own strings in <app>/locale/<code>/LC_MESSAGES/django.po.
APP_CATALOGUES = sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po"))


def entries(po: Path) -> list[tuple[str, list[str], bool]]:
    """(msgid, msgstrs, fuzzy) for each entry of a catalogue, header excluded."""
    found = []
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().split("\n")
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in lines)
        msgid, strs, current = "", [], None
        for line in lines:
            if line.startswith("msgid "):
                current, msgid = "id", _unquote(line[6:])
            elif line.startswith("msgid_plural "):
                current = "plural"
            elif line.startswith("msgstr"):
                current = "str"
                strs.append(_unquote(line.split(" ", 1)[1]))
            elif line.startswith('"') and current == "id":
                msgid += _unquote(line)
            elif line.startswith('"') and current == "str":
                strs[-1] += _unquote(line)
        if msgid:
            found.append((msgid, strs, fuzzy))
    return found


def _unquote(text: str) -> str:
    return text.strip()[1:-1].replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .mo files dev.py compiles before the tests (pytest may also run on its own)."""
    sys.path.insert(0, str(ROOT))
    from dev import compile_messages

    if shutil.which("msgfmt") is None:
        pytest.fail("needs GNU gettext's msgfmt (apt-get install gettext) to compile catalogues")
    compile_messages()
    from django.utils import translation

    translation.trans_real._translations = {}  # reload the freshly compiled catalogues


@pytest.mark.parametrize(
    "po",
    [*CATALOGUES.values(), *APP_CATALOGUES],
    ids=lambda po: str(po.relative_to(ROOT)),
)
def test_every_string_is_translated(po):
    code = po.parent.parent.name
    assert po.exists(), f"no catalogue for {code}"
    found = entries(po)
    assert found
    untranslated = [msgid for msgid, strs, fuzzy in found if fuzzy or not all(strs)]
    assert not untranslated, (
        f"{code}: {len(untranslated)} strings without translation: {untranslated[:5]}"
    )
    for msgid, strs, _ in found:  # placeholders survive translation
        wanted = sorted(re.findall(r"%\(\w+\)[sd]|\{\w+\}", msgid))
        for text in strs:
            assert sorted(re.findall(r"%\(\w+\)[sd]|\{\w+\}", text)) == wanted, (code, msgid)


def test_catalogues_hold_every_string_the_code_marks(tmp_path):
    """makemessages run on a copy of the code finds no string the catalogues lack."""
    for name in ("claims", "sources", "newsroom", "media", "provenance", "factcheck", "templates"):
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("migrations", "__pycache__", "locale"),
        )
    (tmp_path / "locale").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    django_admin = Path(sys.executable).parent / "django-admin"
    subprocess.run(
        [str(django_admin), "makemessages", "-l", "ru", "--no-location", "--no-obsolete"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    marked = {msgid for msgid, _, _ in entries(tmp_path / "locale/ru/LC_MESSAGES/django.po")}
    have = {
        msgid
        for po in [CATALOGUES["ru"], *(p for p in APP_CATALOGUES if p.parent.parent.name == "ru")]
        for msgid, _, _ in entries(po)
    }
    assert not marked - have, f"run makemessages and translate: {sorted(marked - have)[:5]}"


@pytest.mark.django_db
def test_a_persons_language_is_kept_and_applied(checker):
    client = Client()
    client.force_login(checker)
    assert 'lang="en"' in client.get(reverse("newsroom:inbox")).content.decode()

    answer = client.post(
        reverse("newsroom:language"), {"language": "ru", "next": "/notifications/"}
    )
    assert answer.status_code == 302 and answer["Location"] == "/notifications/"
    page = client.get(reverse("newsroom:inbox")).content.decode()
    assert 'lang="ru"' in page and "Уведомления" in page and "Отметить все как прочитанные" in page

    again = Client()  # a new session (another browser) finds the saved choice
    again.force_login(checker)
    assert "Уведомления" in again.get(reverse("newsroom:inbox")).content.decode()

    refused = client.post(
        reverse("newsroom:language"), {"language": "xx", "next": "https://evil.example/"}
    )
    assert refused["Location"] == "/"


def test_the_login_page_switches_language_without_an_account(client):
    answer = client.post(
        reverse("newsroom:language"), {"language": "pl", "next": "/accounts/login/"}
    )
    assert answer.status_code == 302
    assert 'lang="pl"' in client.get("/accounts/login/").content.decode()


@pytest.mark.django_db
def test_notifications_are_written_in_the_recipients_language(checker, editor):
    from claims import services
    from claims.models import Claim
    from newsroom.models import Notification

    save_language(checker, "uk")
    claim = Claim.objects.create(text="Кількість перетинів зросла на 40 відсотків.")
    services.assign_claim(claim=claim, user=editor, assignee=checker)
    note = Notification.objects.get(recipient=checker)
    assert note.message.startswith("editor призначив(-ла) вам")
