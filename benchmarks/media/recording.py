"""A one-hour recording is uploaded, read by a real Celery worker and played with seeking,
and neither the web process nor the worker holds it in memory.

Usage (PostgreSQL and Redis, a database of its own: it is migrated and written to):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench \\
    REDIS_URL=redis://127.0.0.1:6379/7 DEBUG=1 .venv/bin/python benchmarks/media/recording.py

1. ffmpeg makes a 1-hour WAV (16 kHz mono, 16-bit: 115 MB, bigger than any buffer here).
2. The upload goes through the whole web stack (Django's WSGI handler, middleware, CSRF,
   the claim panel's evidence form, sources.services.add_evidence): the multipart body is
   read from a file on disk in chunks, as a server hands it over, so Django's upload handlers
   stream it to a temporary file (FILE_UPLOAD_MAX_MEMORY_SIZE) and the service hashes it in
   chunks.
3. A real `celery worker` (pool solo, so the process that runs the task is the one measured)
   runs media.tasks.process_evidence_media: ffprobe on the stored file's path.
4. Five seeks through the download view (`Range: bytes=…`), one of them to the end of the
   file (streamed 256 KB at a time).

Peak RSS: ru_maxrss of this process (the web side) and VmHWM of the worker process, each
before and after, so what the recording added is visible.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
WORK = Path(tempfile.mkdtemp(prefix="recording-bench-"))
os.environ["MEDIA_ROOT"] = str(WORK / "media")  # this process and the worker share it

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

CHUNK = 1024 * 1024


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb(pid: int) -> float:
    """VmHWM (the peak resident set) of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def make_recording(path: Path) -> None:
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
            "-ac",
            "1",
            "-c:a",
            "pcm_s16le",
            "-y",
            str(path),
        ],
        check=True,
        timeout=600,
    )


def multipart_body(recording: Path, target: Path, boundary: str) -> None:
    """The form post a browser would send, written to disk in chunks."""
    fields = {"stance": "supports", "credibility": "6", "excerpt": "The whole hour."}
    with target.open("wb") as out:
        for name, value in fields.items():
            out.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="upload"; '
            f'filename="{recording.name}"\r\nContent-Type: audio/wav\r\n\r\n'.encode()
        )
        with recording.open("rb") as source:
            shutil.copyfileobj(source, out, CHUNK)
        out.write(f"\r\n--{boundary}--\r\n".encode())


def start_worker() -> subprocess.Popen:
    from factcheck.celery import app

    env = dict(os.environ, CELERY_BROKER_URL=settings.CELERY_BROKER_URL)
    env.pop("CELERY_TASK_ALWAYS_EAGER", None)
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "celery"),
            "-A",
            "factcheck",
            "worker",
            "--pool",
            "solo",
            "--queues",
            "default,linkcheck",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-n",
            f"recording-bench-{os.getpid()}@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not app.control.ping(timeout=0.5):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the celery worker did not start")
    return proc


def main() -> None:
    if not os.environ.get("REDIS_URL"):
        sys.exit("needs REDIS_URL (a real worker reads the recording)")
    from claims.models import Claim
    from media.models import MediaInfo
    from sources.models import Evidence
    from tests.conftest import make_user

    call_command("migrate", verbosity=0)
    recording = WORK / "hour.wav"
    started = time.perf_counter()
    make_recording(recording)
    size = recording.stat().st_size
    print(
        f"the 1-hour recording: {size / 1e6:.1f} MB WAV, made in {time.perf_counter() - started:.1f} s"
    )

    user = make_user(f"bench-{os.getpid()}", "Editors", staff=True)
    claim = Claim.objects.create(text="The minister said it on the radio.", assignee=user)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    worker = start_worker()
    try:
        worker_before = peak_mb(worker.pid)
        boundary = "recording-bench-boundary"
        body = WORK / "body.multipart"
        multipart_body(recording, body, boundary)
        web_before = rss_mb()
        token = "a" * 32  # an unmasked CSRF secret: cookie and header agree
        with body.open("rb") as stream:
            environ = {
                "REQUEST_METHOD": "POST",
                "PATH_INFO": f"/claims/{claim.pk}/evidence/",
                "SCRIPT_NAME": "",
                "QUERY_STRING": "",
                "SERVER_NAME": "localhost",
                "SERVER_PORT": "80",
                "SERVER_PROTOCOL": "HTTP/1.1",
                "HTTP_HOST": "localhost",
                "REMOTE_ADDR": "127.0.0.1",
                "CONTENT_TYPE": f"multipart/form-data; boundary={boundary}",
                "CONTENT_LENGTH": str(body.stat().st_size),
                "HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}="
                f"{client.cookies[settings.SESSION_COOKIE_NAME].value}; "
                f"{settings.CSRF_COOKIE_NAME}={token}",
                "HTTP_X_CSRFTOKEN": token,
                "HTTP_HX_REQUEST": "true",
                "wsgi.input": stream,
                "wsgi.url_scheme": "http",
                "wsgi.errors": sys.stderr,
                "wsgi.multithread": False,
                "wsgi.multiprocess": False,
                "wsgi.run_once": False,
                "wsgi.version": (1, 0),
            }
            statuses: list[str] = []
            started = time.perf_counter()
            answer = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
            b"".join(answer)
        upload_seconds = time.perf_counter() - started
        evidence = Evidence.objects.filter(claim=claim).first()
        if evidence is None:
            sys.exit(f"the upload was refused: {statuses} {b''.join(answer)[:500]!r}")
        print(
            f"upload through the evidence form ({statuses[0]}): {upload_seconds:.1f} s; "
            f"stored {evidence.file_size / 1e6:.1f} MB with its SHA-256; web process peak "
            f"RSS {rss_mb():.1f} MB (before the upload {web_before:.1f} MB)"
        )

        started = time.perf_counter()
        while True:
            info = MediaInfo.objects.get(evidence=evidence)
            if info.status in ("done", "failed"):
                break
            if time.perf_counter() - started > 300:
                sys.exit("the worker did not finish within 300 s")
            time.sleep(0.2)
        print(
            f"worker: {info.status} {info.error} in {time.perf_counter() - started:.1f} s "
            f"(queue to done); duration {info.duration_seconds:.1f} s, {info.format_name}; "
            f"worker peak RSS {peak_mb(worker.pid):.1f} MB (before the task {worker_before:.1f} MB)"
        )

        url = f"/sources/evidence/{evidence.pk}/file"
        served, started = 0, time.perf_counter()
        web_before = rss_mb()
        for fraction in (0.0, 0.25, 0.5, 0.9):
            start = int(size * fraction)
            part = client.get(url, HTTP_RANGE=f"bytes={start}-{start + CHUNK - 1}")
            assert part.status_code == 206, part.status_code
            served += sum(len(chunk) for chunk in part.streaming_content)  # type: ignore[attr-defined]
        to_end = client.get(url, HTTP_RANGE=f"bytes={size // 10}-")
        assert to_end.status_code == 206
        served += sum(len(chunk) for chunk in to_end.streaming_content)  # type: ignore[attr-defined]
        print(
            f"five seeks (four 1 MB ranges and one from 10 % to the end): {served / 1e6:.1f} MB "
            f"streamed in {time.perf_counter() - started:.2f} s, answers 206; web process peak "
            f"RSS {rss_mb():.1f} MB (before {web_before:.1f} MB)"
        )
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            worker.kill()
        claim.delete()
        user.delete()
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
