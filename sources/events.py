"""What the link checker found that people who cited the link must hear about.

`link_event` is sent by `sources.services.record_result` inside its transaction, only when
the state flips (alive → dead, cited text → changed), so a redelivered check or the next
check of a page that is still dead announces nothing."""

from __future__ import annotations

from django.dispatch import Signal

# kwargs: event (LINK_DEAD or LINK_CHANGED), link, check
link_event = Signal()

LINK_DEAD = "link_dead"
LINK_CHANGED = "link_changed"
