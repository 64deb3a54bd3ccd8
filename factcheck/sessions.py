"""Django's database sessions, with the one read every request makes compiled once
(factcheck/compiled.py); writes, expiry and the async path are Django's own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.utils import timezone

from factcheck.compiled import CompiledQuery

_SESSION_DATA = CompiledQuery(
    lambda session_key, now: Session.objects.filter(
        session_key=session_key, expire_date__gt=now
    ).values_list("session_data"),
    "session_key",
    "now",
    kinds={"session_key": str, "now": dt.datetime},
)


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        key = self.session_key
        rows = _SESSION_DATA.rows(session_key=key, now=timezone.now()) if key else []
        if not key or not rows:
            self._session_key = None
            return None
        return Session(session_key=key, session_data=rows[0][0])
