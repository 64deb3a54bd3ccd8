"""A real RFC 3161 timestamp authority for tests: `openssl ts -reply` behind a tiny HTTP
server on 127.0.0.1, in its own process (so a test can stop and start it).

Paths choose the behaviour: `/` answers honestly; `/garbage` answers bytes that are no
timestamp; `/wrong-nonce` and `/other-hash` sign a request with one byte of the nonce or of
the digest changed; `/untrusted` signs with a TSA whose CA the workbench does not trust.
Each reply carries only the signing certificate (no chain: rfc3161-client rejects it).
Run: python tests/provenance_tsa_server.py DIR PORT
"""

from __future__ import annotations

import http.server
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_SHA256_OID = bytes.fromhex("0609608648016503040201")

TSA_CONFIG = """
[ tsa ]
default_tsa = tsa_config1

[ tsa_config1 ]
dir = {dir}
serial = {dir}/{name}.serial
crypto_device = builtin
signer_cert = {dir}/{name}.crt
signer_key = {dir}/{name}.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""

EXTENSIONS = """basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=critical,timeStamping
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_authority(directory: Path, name: str, common_name: str) -> None:
    """A root CA `<name>-ca.crt` and a TSA certificate `<name>.crt` it signed."""
    _openssl(
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", f"{name}-ca.key", "-out", f"{name}-ca.crt", "-days", "3650",
        "-subj", f"/CN={common_name} Root CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    _openssl(
        "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={common_name}",
        cwd=directory,
    )  # fmt: skip
    (directory / f"{name}.ext").write_text(EXTENSIONS)
    _openssl(
        "x509", "-req", "-in", f"{name}.csr", "-CA", f"{name}-ca.crt", "-CAkey",
        f"{name}-ca.key", "-CAcreateserial", "-out", f"{name}.crt", "-days", "365",
        "-extfile", f"{name}.ext",
        cwd=directory,
    )  # fmt: skip
    (directory / f"{name}.serial").write_text("01\n")
    (directory / f"{name}.cnf").write_text(TSA_CONFIG.format(dir=directory, name=name))


def _flip_after(request: bytes, marker: bytes, skip: int) -> bytes:
    """Change one byte `skip` bytes after `marker` (the digest or the nonce)."""
    at = request.index(marker) + len(marker) + skip
    changed = bytearray(request)
    changed[at] ^= 0x01
    return bytes(changed)


def reply(directory: Path, name: str, request: bytes) -> bytes:
    with tempfile.TemporaryDirectory(dir=directory) as tmp:
        query, answer = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
        query.write_bytes(request)
        _openssl(
            "ts", "-reply", "-config", str(directory / f"{name}.cnf"),
            "-queryfile", str(query), "-out", str(answer),
            cwd=directory,
        )  # fmt: skip
        return answer.read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    directory: Path
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802
        request = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.rstrip("/")
        try:
            with self.lock:  # openssl keeps the serial number in a file
                if path == "/garbage":
                    body = b"this is not a timestamp"
                elif path == "/wrong-nonce":
                    # imprint: OID, NULL (2), OCTET STRING header (2) + 32 bytes, then the
                    # nonce INTEGER's tag and length: change its last byte
                    body = reply(self.directory, "tsa", _flip_after(request, _SHA256_OID, 38))
                elif path == "/other-hash":
                    body = reply(self.directory, "tsa", _flip_after(request, _SHA256_OID, 4))
                elif path == "/untrusted":
                    body = reply(self.directory, "rogue", request)
                else:
                    body = reply(self.directory, "tsa", request)
        except (subprocess.CalledProcessError, ValueError) as exc:
            self.send_error(400, str(exc))
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def serve(directory: Path, port: int) -> None:
    Handler.directory = directory
    server = http.server.HTTPServer(("127.0.0.1", port), Handler)
    print("ready", flush=True)
    server.serve_forever()


class TsaProcess:
    """The authority as a child process on a fixed port, stopped and started at will."""

    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port
        self.proc: subprocess.Popen | None = None

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def ca_file(self) -> str:
        return str(self.directory / "tsa-ca.crt")

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, str(self.directory), str(self.port)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the test timestamp authority did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def tsa_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TsaProcess]:
    """A CA, a TSA certificate it signed (and a rogue pair nobody trusts), and the server."""
    directory = tmp_path_factory.mktemp("tsa")
    make_authority(directory, "tsa", "Test TSA")
    make_authority(directory, "rogue", "Rogue TSA")
    process = TsaProcess(directory, free_port())
    process.start()
    yield process
    process.stop()


@pytest.fixture
def tsa(tsa_process: TsaProcess, settings: Any) -> TsaProcess:
    """Sealing on, against the test authority, trusting only its root."""
    if tsa_process.proc is None:
        tsa_process.start()
    settings.FACTCHECK_TSA_URLS = [tsa_process.url()]
    settings.FACTCHECK_TSA_CA_FILE = tsa_process.ca_file
    settings.FACTCHECK_TSA_TIMEOUT_SECONDS = 5
    return tsa_process


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
