"""(Re)build the sentence vectors of every claim and imported prior fact-check.

python manage.py build_vectors            # what is missing or stale (idempotent)
python manage.py build_vectors --index    # and write the usearch index files (large pools)

Idempotent: a vector computed from the same text and model is left alone, so a second run
only reads. A progress bar goes to stderr; the summary to stdout.
"""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Claim, PriorFactCheck
from claims.search import embeddings, services, vector_index


class Progress:
    """A one-line progress bar on stderr (redrawn in place on a terminal, a line per
    tenth otherwise)."""

    def __init__(self, stream, label: str, total: int) -> None:
        self.stream, self.label, self.total, self.done = stream, label, total, 0
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.start = time.monotonic()
        self.shown = -1

    def __call__(self, step: int) -> None:
        self.done = min(self.total, self.done + step)
        tenth = int(10 * self.done / self.total) if self.total else 10
        if not self.tty and tenth == self.shown and self.done < self.total:
            return
        self.shown = tenth
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        rate = self.done / max(time.monotonic() - self.start, 1e-6)
        line = (
            f"{self.label:<18} [{'#' * filled}{'.' * (width - filled)}] "
            f"{self.done:>8,}/{self.total:,}  {rate:,.0f}/s"
        )
        self.stream.write(("\r" + line) if self.tty else line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")


class Command(BaseCommand):
    help = "Compute the missing or stale sentence vectors of claims and prior fact-checks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--only", choices=["claims", "priors"], help="one kind only")
        parser.add_argument(
            "--index",
            action="store_true",
            help="also write the memory-mapped usearch index files (VAR_DIR/vectors/)",
        )

    def handle(self, *args, only: str | None, index: bool, **options) -> None:
        problem = embeddings.problem()
        if problem:
            raise CommandError(problem)
        err = getattr(self.stderr, "_out", sys.stderr)
        total = 0
        for kind, model, label in (
            ("claim", Claim, "claims"),
            ("prior", PriorFactCheck, "prior fact-checks"),
        ):
            if only and only != label.split()[0]:
                continue
            ids = list(model._default_manager.order_by("pk").values_list("pk", flat=True))
            bar = Progress(err, label, len(ids))
            if kind == "claim":
                done = services.store_vectors(claim_ids=ids, progress=bar)
            else:
                done = services.store_vectors(prior_ids=ids, progress=bar)
            bar.finish()
            total += done
            self.stdout.write(f"{label}: {len(ids)} checked, {done} computed")
            if index:
                count = vector_index.build_file(kind)
                self.stdout.write(f"{label}: index of {count} vectors written")
        self.stdout.write(f"done: {total} vectors computed")
