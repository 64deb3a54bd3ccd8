"""Recordings: what ffprobe says about a file on disk, key frames from ffmpeg, and
time-coded excerpts ("01:23–01:41: 'quote'"). Plain Python; files are read from their path,
never whole into memory."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from claims.engine_messages import Message, Refusal, gettext_noop

PROBE_TIMEOUT = 30
FRAME_TIMEOUT = 120
MAX_FRAMES = 12


# The only demuxers ffprobe and ffmpeg may use: those of the recordings we accept (mp3; mov
# reads .mp4/.m4a/.mov; ogg; wav; matroska reads .webm). Without it a "recording" that is an
# HLS playlist (#EXTM3U, whatever its extension: a linked recording is not checked by its
# first bytes) makes them open the local files it lists, such as another claim's
# confidential recording on this disk, read as if it were this evidence.
DEMUXERS = "mp3,mov,ogg,wav,matroska"


class MediaRefused(Refusal):
    """The file is not a recording we can read; the message is for the fact-checker (in
    their language through claims.engine_messages.translated)."""


@dataclass(frozen=True)
class Probe:
    kind: str  # "audio" or "video"
    format_name: str
    duration: float
    width: int | None = None
    height: int | None = None
    streams: list[dict] = field(default_factory=list)


def probe(path: Path, name: str = "") -> Probe:
    name = name or Message(gettext_noop("The recording"))
    try:
        done = subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-format_whitelist",
                DEMUXERS,
                "-print_format",
                "json",
                "-show_format",
                "-show_streams",
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise MediaRefused(
            gettext_noop("“%(name)s” took too long to read; it may be damaged."), name=name
        ) from exc
    except OSError as exc:
        raise MediaRefused(
            gettext_noop("Recordings cannot be read here: ffprobe is not installed.")
        ) from exc
    try:
        info = json.loads(done.stdout or "{}")
    except json.JSONDecodeError:
        info = {}
    streams = [s for s in info.get("streams", []) if s.get("codec_type") in ("audio", "video")]
    if done.returncode != 0 or not streams:
        raise MediaRefused(
            gettext_noop("“%(name)s” is not a recording we can read (no audio or video found)."),
            name=name,
        )
    video = [
        s
        for s in streams
        if s["codec_type"] == "video" and not s.get("disposition", {}).get("attached_pic")
    ]
    duration = _float(info.get("format", {}).get("duration"))
    if duration is None:
        duration = max((_float(s.get("duration")) or 0 for s in streams), default=0) or None
    if not duration or duration <= 0:
        raise MediaRefused(
            gettext_noop("“%(name)s” has no duration; it may be damaged or still being written."),
            name=name,
        )
    return Probe(
        kind="video" if video else "audio",
        format_name=str(info.get("format", {}).get("format_long_name", ""))[:100],
        duration=duration,
        width=video[0].get("width") if video else None,
        height=video[0].get("height") if video else None,
        streams=[
            {
                "type": s["codec_type"],
                "codec": s.get("codec_name", ""),
                **({"sample_rate": s["sample_rate"]} if "sample_rate" in s else {}),
                **({"channels": s["channels"]} if "channels" in s else {}),
            }
            for s in streams
        ],
    )


def _float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def key_frames(
    path: Path, duration: float, *, count: int = MAX_FRAMES
) -> list[tuple[float, bytes]]:
    """Evenly spaced frames (PNG, 320 px wide) with their time in seconds."""
    count = max(1, min(count, int(duration) + 1))
    frames = []
    with tempfile.TemporaryDirectory(prefix="frames-") as tmp:
        for i in range(count):
            at = duration * (i + 0.5) / count
            target = Path(tmp) / f"{i}.png"
            try:
                subprocess.run(
                    [
                        "ffmpeg",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-format_whitelist",
                        DEMUXERS,
                        "-ss",
                        f"{at:.3f}",
                        "-i",
                        str(path),
                        "-frames:v",
                        "1",
                        "-vf",
                        "scale=320:-2",
                        "-y",
                        str(target),
                    ],
                    capture_output=True,
                    timeout=FRAME_TIMEOUT,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                continue
            if target.exists() and target.stat().st_size:
                frames.append((at, target.read_bytes()))
    return frames


# "01:23–01:41: 'quote'", "1:02:03-1:02:10 “quote”", "83-101: quote"
_TIMECODE = r"(?:\d{1,2}:)?\d{1,2}(?::\d{2})?(?:\.\d+)?"
_EXCERPT = re.compile(
    rf"^\s*(?P<start>{_TIMECODE})\s*[–—-]\s*(?P<end>{_TIMECODE})\s*:?\s*(?P<quote>.+?)\s*$",
    re.DOTALL,
)
_QUOTES = "'\"“”‘’«»„"


@dataclass(frozen=True)
class TimedExcerpt:
    start: float
    end: float
    quote: str

    @property
    def label(self) -> str:
        return f"{timecode(self.start)}–{timecode(self.end)}"


def seconds(code: str) -> float:
    total = 0.0
    for part in code.split(":"):
        total = total * 60 + float(part)
    return total


def timecode(value: float) -> str:
    value = int(value)
    hours, rest = divmod(value, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def parse_excerpt(text: str) -> TimedExcerpt | None:
    """A time-coded excerpt, or None when the text has no time codes."""
    match = _EXCERPT.match(text or "")
    if not match:
        return None
    start, end = seconds(match["start"]), seconds(match["end"])
    quote = match["quote"].strip().strip(_QUOTES).strip()
    if end < start or not quote:
        return None
    return TimedExcerpt(start, end, quote)
