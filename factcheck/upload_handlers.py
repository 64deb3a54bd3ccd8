"""Uploads are cut off on disk at the largest size any upload may have.

Django streams an upload over FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file whatever its
size, and the services refuse it afterwards by `upload.size` (sources.uploads.upload_limit,
the import forms): a logged-in person could fill the disk with one request of many
gigabytes before any refusal. This handler writes a file's bytes only up to
`upload_cap()`; past it they are counted, not kept. The file still reports the size that was
sent, which is over every limit, so every entrance (form, API, admin) refuses it with its
ordinary message and nothing truncated is ever used."""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadhandler import TemporaryFileUploadHandler


def upload_cap() -> int:
    """The largest upload any entrance accepts (recordings, documents, imports)."""
    return max(
        settings.FACTCHECK_MEDIA_MAX_BYTES,
        settings.FACTCHECK_MAX_UPLOAD_BYTES,
        settings.FACTCHECK_MAX_IMPORT_BYTES,
    )


class CappedTemporaryFileUploadHandler(TemporaryFileUploadHandler):
    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.cap = upload_cap()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if start < self.cap:
            self.file.write(raw_data[: self.cap - start])
