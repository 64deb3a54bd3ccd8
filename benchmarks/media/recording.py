"""A one-hour recording becomes playable and seekable without being loaded into memory.

Usage: DEBUG=1 .venv/bin/python benchmarks/media/recording.py [EXISTING.ogg]

Makes a 1-hour Opus recording with ffmpeg (a sine tone at 8 kbit/s, about 3.8 MB, under the
default 5 MB upload limit), then does what the worker and the download view do with it:
ffprobe (media.probe.probe) and the range responses an <audio> element asks for when the
listener seeks (sources.views._download, streamed 256 KB at a time). Peak RSS is
ru_maxrss of this process (the worker's side) and of its children (ffprobe).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from django.core.files import File  # noqa: E402

from media.probe import probe  # noqa: E402
from sources.views import _download  # noqa: E402


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp) / "hour.ogg"
        started = time.perf_counter()
        if not path.exists():
            subprocess.run(
                [
                    "ffmpeg",
                    "-hide_banner",
                    "-loglevel",
                    "error",
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=300:duration=3600:sample_rate=16000",
                    "-c:a",
                    "libopus",
                    "-b:a",
                    "8k",
                    "-y",
                    str(path),
                ],
                check=True,
            )
        made = time.perf_counter() - started
        size = path.stat().st_size
        print(f"the 1-hour recording: {size / 1e6:.1f} MB, made in {made:.1f} s")
        base = rss_mb(resource.RUSAGE_SELF)
        children_before = rss_mb(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        facts = probe(path, path.name)
        print(
            f"ffprobe: {facts.duration:.1f} s, {facts.format_name}, "
            f"{(time.perf_counter() - started) * 1000:.0f} ms; ffprobe peak RSS "
            f"{rss_mb(resource.RUSAGE_CHILDREN):.1f} MB (ffmpeg, if it made the file: "
            f"{children_before:.1f} MB)"
        )
        served = 0
        started = time.perf_counter()
        with path.open("rb") as handle:
            stored = File(handle, name=str(path))
            for fraction in (0.0, 0.25, 0.5, 0.9, 0.999):
                start = int(size * fraction)
                response = _download(stored, path.name, f"bytes={start}-")
                assert response.status_code == 206, response.status_code
                for chunk in response.streaming_content:  # type: ignore[attr-defined]
                    served += len(chunk)
        print(
            f"five seeks (range requests to the end of the file): {served / 1e6:.1f} MB "
            f"streamed in {time.perf_counter() - started:.2f} s; this process's peak RSS "
            f"{rss_mb(resource.RUSAGE_SELF):.1f} MB (before serving {base:.1f} MB)"
        )


if __name__ == "__main__":
    main()
