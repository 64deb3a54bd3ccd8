"""(Re)build the sentence vectors of every claim and imported prior fact-check.

python manage.py build_vectors            # what is missing or stale (idempotent)
python manage.py build_vectors --index    # and index them for large pools: in PostgreSQL
                                          # with pgvector its HNSW indexes (installed if
                                          # missing, the column filled), else usearch files
                                          # (or always: FACTCHECK_VECTOR_INDEX=usearch)

Idempotent: a vector computed from the same text and model is left alone, so a second run
only reads. A progress bar goes to stderr; the summary to stdout.
"""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import Claim, PriorFactCheck
from claims.search import embeddings, pgvector_index, services, vector_index


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
            help="also index the vectors: pgvector's HNSW indexes where PostgreSQL has the "
            "extension, else the memory-mapped usearch files (VAR_DIR/vectors/)",
        )

    def handle(self, *args, only: str | None, index: bool, **options) -> None:
        problem = embeddings.problem()
        if problem:
            raise CommandError(problem)
        err = getattr(self.stderr, "_out", sys.stderr)
        # pgvector's indexes unless another backend was chosen (FACTCHECK_VECTOR_INDEX)
        in_database = (
            index and vector_index.backend() in {"auto", "pgvector"} and pgvector_index.install()
        )
        total = 0
        for kind, model, label, option in (
            ("claim", Claim, "claims", "claims"),
            ("prior", PriorFactCheck, "prior fact-checks", "priors"),
        ):
            if only and only != option:
                continue
            ids = list(model._default_manager.order_by("pk").values_list("pk", flat=True))
            bar = Progress(err, label, len(ids))
            try:
                if kind == "claim":
                    done = services.store_vectors(claim_ids=ids, progress=bar)
                else:
                    done = services.store_vectors(prior_ids=ids, progress=bar)
            except embeddings.EmbeddingUnavailable as exc:  # the engine failed mid-way
                bar.finish()
                raise CommandError(
                    f"{exc} The vectors stored before it are whole (one transaction a "
                    "batch) and kept; run the command again to go on from there."
                ) from exc
            bar.finish()
            total += done
            self.stdout.write(f"{label}: {len(ids)} checked, {done} computed")
            bar = Progress(err, f"{label}, stored analyses", len(ids))
            if kind == "claim":
                refilled = services.store_analyses(claim_ids=ids, progress=bar)
            else:
                refilled = services.store_analyses(prior_ids=ids, progress=bar)
            bar.finish()
            self.stdout.write(f"{label}: {refilled} stored analyses written")
            if index and not in_database:
                count = vector_index.build_file(kind)
                self.stdout.write(f"{label}: index of {count} vectors written")
        if in_database:
            bar = Progress(err, "pgvector column", self._unfilled())
            filled = pgvector_index.fill_missing(progress=bar)
            bar.finish()
            self.stdout.write(f"pgvector: {filled} rows filled; HNSW indexes in the database")
        self.stdout.write(f"done: {total} vectors computed")

    @staticmethod
    def _unfilled() -> int:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {pgvector_index.TABLE} WHERE embedding IS NULL")
            return int(cursor.fetchone()[0])
