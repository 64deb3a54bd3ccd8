"""What a zip archive may unpack to, before anything reads it: Word documents (.docx) and any
other upload that is a zip (xlsx, odt, epub… are zips too).

A 52 KB .docx can hold 7 MB of XML, or 400 MB; whoever opens it (our loader, a colleague's
word processor after downloading the evidence) pays for the unpacked size. The limits are
checked on the archive's directory first, which costs nothing, then by unpacking every member
in small pieces with a running budget, so a member whose header lies about its size is caught
too. Plain Python: the article loaders and the evidence upload check both call it."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import IO

from claims.engine_messages import Message, Number, Refusal, gettext_noop

CHUNK = 64 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    unpacked_bytes: int = 30_000_000
    members: int = 1000
    # Text compresses about 5-20 times and images not at all; Apache POI (the Java Office
    # library) refuses members that unpack more than 100 times, and so do we, for members
    # large enough to matter.
    ratio: float = 100.0
    ratio_from_bytes: int = 1_000_000


DEFAULT_LIMITS = ArchiveLimits()


class ArchiveRefused(Refusal):
    """The archive is damaged or unpacks to too much; the message is for the uploader (in
    their language through claims.engine_messages.translated)."""


def check_zip(
    archive: bytes | IO[bytes],
    name: str,
    *,
    advice: str = Message(gettext_noop("save it as a smaller file")),
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> None:
    """Raise ArchiveRefused unless the zip unpacks within ``limits``; ``advice`` ends the
    message about size ("save it as a smaller file or paste the text")."""
    stream = _stream(archive)
    too_big = Message(
        gettext_noop("“%(name)s” unpacks to more than %(limit)s MB; %(advice)s."),
        name=name,
        limit=Number(limits.unpacked_bytes / 1e6, 0),
        advice=advice,
    )
    try:
        with zipfile.ZipFile(stream) as zipped:
            members = zipped.infolist()
            if len(members) > limits.members:
                raise ArchiveRefused(
                    gettext_noop(
                        "“%(name)s” holds %(count)s files inside; the limit is %(limit)s. "
                        "It is not a normal document."
                    ),
                    name=name,
                    count=Number(len(members), grouping=True),
                    limit=Number(limits.members, grouping=True),
                )
            if sum(m.file_size for m in members) > limits.unpacked_bytes:
                raise ArchiveRefused(too_big)
            for member in members:
                _check_ratio(member, name, limits)
            unpacked = 0
            for member in members:
                with zipped.open(member) as part:
                    while piece := part.read(CHUNK):
                        unpacked += len(piece)
                        if unpacked > limits.unpacked_bytes:
                            raise ArchiveRefused(too_big)
    except ArchiveRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise ArchiveRefused(
            gettext_noop("“%(name)s” is a damaged or unsupported zip archive."), name=name
        ) from exc
    except RuntimeError as exc:  # an encrypted member
        raise ArchiveRefused(
            gettext_noop("“%(name)s” is password-protected; upload an unlocked copy."), name=name
        ) from exc
    except (OSError, ValueError) as exc:  # zlib errors and truncated streams
        raise ArchiveRefused(
            gettext_noop("“%(name)s” is a damaged zip archive."), name=name
        ) from exc
    finally:
        if not isinstance(archive, bytes):
            archive.seek(0)


def _check_ratio(member: zipfile.ZipInfo, name: str, limits: ArchiveLimits) -> None:
    if member.file_size < limits.ratio_from_bytes:
        return
    if member.file_size > limits.ratio * max(member.compress_size, 1):
        raise ArchiveRefused(
            gettext_noop(
                "“%(name)s” is compressed more than %(ratio)s times (%(member)s unpacks from "
                "%(packed)s KB to %(unpacked)s MB), which no normal document is; it was refused."
            ),
            name=name,
            ratio=Number(limits.ratio, 0),
            member=member.filename,
            packed=Number(member.compress_size / 1e3, 0, grouping=True),
            unpacked=Number(member.file_size / 1e6, 0, grouping=True),
        )


def _stream(archive: bytes | IO[bytes]) -> IO[bytes]:
    if isinstance(archive, bytes):
        return io.BytesIO(archive)
    archive.seek(0)
    return archive
