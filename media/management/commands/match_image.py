import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.engine_messages import translated
from claims.extraction.errors import ExtractionError
from media.hashing import MATCH_DISTANCE
from media.services import find_matches


class Command(BaseCommand):
    requires_system_checks: list[str] = []
    help = (
        "Has the workbench seen this image before? Prints one JSON object per match, nearest "
        "first: kind (evidence, article, keyframe), id (evidence, article or key frame id), "
        "distance (PDQ bits of 256), where, evidence_id, claim_id, article_id, seen_at. "
        "No output: no match. Run as the system: confidential evidence is included."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--json", action="store_true", help="print JSON lines (the only format)"
        )
        parser.add_argument(
            "--max-distance",
            type=int,
            default=MATCH_DISTANCE,
            help=f"largest PDQ distance reported (default {MATCH_DISTANCE})",
        )

    def handle(self, *args, path: Path, max_distance: int, **options) -> None:
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        if path.stat().st_size > settings.FACTCHECK_MAX_UPLOAD_BYTES:
            raise CommandError(f"“{path.name}” is over the upload limit.")
        try:
            matches = find_matches(
                path.read_bytes(), user=None, name=path.name, max_distance=max_distance
            )
        except ExtractionError as exc:
            raise CommandError(translated(exc)) from exc
        for match in matches:
            self.stdout.write(json.dumps(match, ensure_ascii=False))
