"""Warming a serving process at start-up: what "checked before?" builds on its first use
in a process, built in a background thread as soon as the process starts instead of
inside somebody's first lookup.

The re-score reads each text's sources with the attribution engine
(claims.extraction.attribute, through hybrid.signals), which compiles a language's
patterns and loads its dictionary the first time a sentence of that language comes: 9-15 s
for Russian, Ukrainian or Belarusian on the busy two-core box (docs/search.md), the
slowest lookups there are. `warm()` runs the analysis a lookup runs (hybrid.signals and
text.analyse) on one sentence of each language we support, so whatever that language's
first query would build lazily is built, and loads the model.

Started from the serving entry points only — the WSGI module (each gunicorn worker
imports it after the fork) and each Celery worker process (worker_process_init, in
factcheck/celery.py) — not from AppConfig.ready: management commands, the shell and the
tests start without it. FACTCHECK_WARM=off leaves it out.
"""

from __future__ import annotations

import logging
import os
import threading
import time

from claims.search import embeddings, hybrid
from claims.search.text import analyse

logger = logging.getLogger(__name__)

# One claim with a source a language (written for this module), in every language
# matching is calibrated for: the engine picks each one's rules by its letters.
SAMPLES = {
    "en": "The harbour authority said on Tuesday that 40 ferries had been cancelled.",
    "ru": "Пресс-служба мэрии заявила, что в марте в городе закрыли 3 школы.",
    "uk": "Міністерство повідомило, що минулої зими відкрили 12 нових лікарень.",
    "be": "Міністэрства паведаміла, што ў мінулым годзе зачынілі 5 заводаў.",
    "pl": "Rzecznik ratusza przekazał, że w maju zamknięto 7 przychodni w mieście.",
}

_started: dict[int, threading.Thread] = {}
_lock = threading.Lock()


def disabled() -> bool:
    return os.environ.get("FACTCHECK_WARM", "").lower() in {"0", "off", "false", "no"}


def warm(languages: list[str] | None = None, *, model: bool = True) -> dict[str, float]:
    """Run the lookup's analysis once per language (and load the model: `model`); the
    seconds each took. Never raises: a failure here is the first lookup's to report."""
    took: dict[str, float] = {}
    for code in languages or list(SAMPLES):
        started = time.perf_counter()
        try:
            hybrid.signals(SAMPLES[code])
            analyse(SAMPLES[code])
        except Exception:  # noqa: BLE001 - warming must never stop a process
            logger.exception("warming the analysis of %s failed", code)
        took[code] = time.perf_counter() - started
    if model and not embeddings.switched_off():
        started = time.perf_counter()
        embeddings.problem()  # loads it (or remembers why it cannot)
        took["model"] = time.perf_counter() - started
    return took


def _run() -> None:
    took = warm()
    logger.info(
        "warmed for similar-claim lookups in %.1f s (%s)",
        sum(took.values()),
        ", ".join(f"{name} {seconds:.1f} s" for name, seconds in took.items()),
    )


def start() -> threading.Thread | None:
    """Warm this process in a daemon thread (once a process: a forked child starts its
    own); None when FACTCHECK_WARM=off."""
    if disabled():
        return None
    with _lock:
        thread = _started.get(os.getpid())
        if thread is None:
            thread = threading.Thread(target=_run, name="warm-lookups", daemon=True)
            _started[os.getpid()] = thread
            thread.start()
        return thread
