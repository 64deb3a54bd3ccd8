"""Link-check benchmark: our engine vs LinkChecker on 1,000 URLs over 50 loopback hosts.

    .venv/bin/python benchmarks/linkcheck/bench.py [--urls 1000] [--hosts 50] [--delay 0.1]

A server process answers every request after `--delay` seconds on 127.0.0.1-127.0.0.N (one
port; Linux routes all of 127/8 to lo). Each checker runs as its own process on the same URL
list, timed from start to exit (interpreter start-up included); peak RSS comes from wait4().
The engine runs with default settings (per-host politeness 4, HEAD then GET for the body).
It also measures peak RSS while reading an endless body and a gzip bomb (default 5 MB cap).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = (
    "<!doctype html><html><head><title>Story {n}</title></head><body><nav>Home</nav>"
    "<article><h1>Story {n}</h1><p>At least 120 people have died, according to Human "
    "Constanta.</p></article><footer>generated</footer></body></html>"
)


def serve(port: int, hosts: int, delay: float) -> None:
    """The slow site: every answer takes `delay` seconds. Runs until killed."""
    from aiohttp import web

    co = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    bomb_first = co.compress(zeros) + co.flush(zlib.Z_FULL_FLUSH)
    bomb_block = co.compress(zeros) + co.flush(zlib.Z_FULL_FLUSH)

    async def page(request: web.Request) -> web.Response:
        await asyncio.sleep(delay)
        return web.Response(text=PAGE.format(n=request.path), content_type="text/html")

    async def robots(request: web.Request) -> web.Response:
        await asyncio.sleep(delay)
        return web.Response(status=404)

    async def endless(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/html"})
        await resp.prepare(request)
        chunk = b"<p>" + b"spam " * 13000 + b"</p>\n"
        try:
            while request.method == "GET":
                await resp.write(chunk)
        except (ConnectionError, asyncio.CancelledError):
            pass
        return resp

    async def bomb(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
        await resp.prepare(request)
        try:
            if request.method == "GET":
                await resp.write(bomb_first)
                for _ in range(10_000):  # ~10 MB on the wire, ~10 GB decompressed
                    await resp.write(bomb_block)
        except (ConnectionError, asyncio.CancelledError):
            pass
        return resp

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/robots.txt", robots)
        app.router.add_get("/endless", endless)
        app.router.add_get("/gzip-bomb", bomb)
        app.router.add_get("/{tail:.*}", page)
        runner = web.AppRunner(app, access_log=None, handle_signals=True)
        await runner.setup()
        for i in range(1, hosts + 1):
            await web.TCPSite(runner, f"127.0.0.{i}", port, backlog=1024).start()
        print("ready", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_measured(cmd: list[str]) -> tuple[float, float, bytes]:
    """Wall seconds, peak RSS in MB and stdout of one child process."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return wall, usage.ru_maxrss / 1024, out.read()


def our_cmd(url_file: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "sources.linkcheck", "--json", "--allow", "127.0.0.0/8",
        "--file", url_file, *extra,
    ]  # fmt: skip


def run_ours(cmd: list[str], repeat: int, label: str) -> float:
    """Run the engine `repeat` times; print best and median; return the median wall time."""
    walls, rss = [], 0.0
    outcomes: Counter[str] = Counter()
    for _ in range(repeat):
        wall, peak, out = run_measured(cmd)
        walls.append(wall)
        rss = max(rss, peak)
        outcomes = Counter(json.loads(line)["outcome"] for line in out.splitlines())
    median = statistics.median(walls)
    print(
        f"{label:<30} best {min(walls):5.2f} s  median {median:5.2f} s  "
        f"peak RSS {rss:5.1f} MB  {dict(outcomes)}"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=3, help="runs of our engine per mode")
    parser.add_argument("--skip-linkchecker", action="store_true")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.hosts, args.delay)
        return

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), "--hosts", str(args.hosts),
         "--delay", str(args.delay)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        with tempfile.TemporaryDirectory() as tmp:
            url_file = os.path.join(tmp, "urls.txt")
            urls = [
                f"http://127.0.0.{i % args.hosts + 1}:{port}/story/{i}" for i in range(args.urls)
            ]
            Path(url_file).write_text("\n".join(urls) + "\n")
            print(f"{args.urls} URLs on {args.hosts} hosts, every answer after {args.delay} s")

            wall = run_ours(our_cmd(url_file), args.repeat, "engine (default, one GET)")
            wall_head = run_ours(
                our_cmd(url_file, "--status-only"), args.repeat, "engine (--status-only, HEAD)"
            )

            for path in ("/endless", "/gzip-bomb"):
                bomb_file = os.path.join(tmp, "bomb.txt")
                Path(bomb_file).write_text(f"http://127.0.0.1:{port}{path}\n")
                b_wall, b_rss, out = run_measured(our_cmd(bomb_file))
                res = json.loads(out)
                print(f"engine on {path:<20} {b_wall:5.2f} s  peak RSS {b_rss:5.1f} MB  "
                      f"outcome {res['outcome']}")  # fmt: skip

            linkchecker = shutil.which("linkchecker")
            if linkchecker and not args.skip_linkchecker:
                cmd = [linkchecker, "--no-status", "-o", "none", "-r", "0", *urls]
                lc_wall, lc_rss, _ = run_measured(cmd)
                print(f"{'LinkChecker 10 threads, -r0':<30} {lc_wall:5.2f} s  peak RSS "
                      f"{lc_rss:5.1f} MB")  # fmt: skip
                print(f"speed-up (median): {lc_wall / wall:.1f}x (default), "
                      f"{lc_wall / wall_head:.1f}x (status only)")  # fmt: skip
            else:
                print("LinkChecker not installed (apt-get install linkchecker): skipped")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
