"""What the workbench knows about images and recordings: the pages an article was read
from (with OCR word boxes), the media facts of evidence files (format, duration, EXIF,
transcript, key frames) and the perceptual hashes of every image it has seen."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims.engine_messages import from_json, translated
from claims.models import Article
from sources.models import Evidence, Snapshot


class ArticleScan(models.Model):
    """An article read with OCR: the words' boxes, as ``[start, end, page, left, top, width,
    height]`` lists (offsets into Article.body, pixels of the stored page image)."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="scan")
    language = models.CharField(max_length=8, blank=True)
    words = models.JSONField(default=list)
    seconds = models.FloatField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"OCR of article {self.article_id}"


def page_path(instance: ScanPage, filename: str) -> str:
    return f"scans/{instance.scan.article_id}/{filename}"


class ScanPage(models.Model):
    scan = models.ForeignKey(ArticleScan, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField()  # 0-based, as in the word boxes
    image = models.FileField(upload_to=page_path, max_length=255)
    content_type = models.CharField(max_length=40, default="image/png")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()

    class Meta:
        ordering = ["scan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["scan", "number"], name="scan_page_unique"),
        ]

    def __str__(self) -> str:
        return f"page {self.number + 1} of {self.scan}"


class MediaInfo(models.Model):
    """What was learnt from an evidence file in the background (media.tasks)."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        AUDIO = "audio", _("Audio")
        VIDEO = "video", _("Video")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a worker")
        RUNNING = "running", _("Reading the file")
        DONE = "done", _("Done")
        FAILED = "failed", _("Could not be read")

    evidence = models.OneToOneField(Evidence, on_delete=models.CASCADE, related_name="media")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    done = models.PositiveSmallIntegerField(default=0)
    total = models.PositiveSmallIntegerField(default=1)
    error = models.TextField(blank=True)
    # The refusal as its template and params (claims.engine_messages.to_json): the card
    # shows it in each reader's language; `error` keeps the text for the admin and old rows.
    error_message = models.JSONField(null=True, blank=True)
    format_name = models.CharField(max_length=100, blank=True)
    duration_seconds = models.FloatField(null=True, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    streams = models.JSONField(default=list, blank=True)
    metadata = models.JSONField(
        default=dict,
        blank=True,
        help_text="EXIF that matters: capture time, camera, GPS, software.",
    )
    transcript = models.TextField(blank=True)
    source_url = models.URLField(
        max_length=2048, blank=True, help_text="A linked recording: the address it came from."
    )
    fetched = models.FileField(
        upload_to="linked-recordings/",
        max_length=255,
        blank=True,
        help_text="Our copy of a linked recording (fetched by the worker, played from here).",
    )
    fetched_sha256 = models.CharField(max_length=64, blank=True)
    fetched_size = models.PositiveBigIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.kind} of evidence {self.evidence_id}"

    @property
    def playable(self) -> bool:
        """There is a file to play: the upload, or our copy of a linked recording."""
        return bool(self.evidence.file) or bool(self.fetched)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def error_text(self) -> str:
        """Why the file could not be read, in the active language."""
        if not self.error_message:
            return self.error
        return translated(from_json(self.error_message))


def frame_path(instance: KeyFrame, filename: str) -> str:
    return f"keyframes/{instance.media.evidence_id}/{filename}"


class KeyFrame(models.Model):
    media = models.ForeignKey(MediaInfo, on_delete=models.CASCADE, related_name="frames")
    seconds = models.FloatField()
    image = models.FileField(upload_to=frame_path, max_length=255)

    class Meta:
        ordering = ["media", "seconds"]

    def __str__(self) -> str:
        return f"frame at {self.seconds:.1f} s of {self.media}"


class ImageHash(models.Model):
    """Perceptual hashes of one image the workbench has seen. ``pdq`` holds the PDQ hashes
    (64 hex digits each) of the whole image and of its centre (a copy cropped by up to 10 %
    matches the centre); ``phash`` is the 64-bit pHash of the whole image."""

    class Kind(models.TextChoices):
        EVIDENCE = "evidence", _("Evidence image")
        ARTICLE = "article", _("Imported screenshot or scan")
        KEYFRAME = "keyframe", _("Video key frame")
        SNAPSHOT = "snapshot", _("Image on a cited page")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    evidence = models.ForeignKey(
        Evidence, on_delete=models.CASCADE, null=True, blank=True, related_name="image_hashes"
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, null=True, blank=True, related_name="image_hashes"
    )
    frame = models.ForeignKey(
        KeyFrame, on_delete=models.CASCADE, null=True, blank=True, related_name="hashes"
    )
    snapshot = models.ForeignKey(
        Snapshot, on_delete=models.CASCADE, null=True, blank=True, related_name="image_hashes"
    )
    image_url = models.URLField(
        max_length=2048, blank=True, help_text="A snapshot's image: the address it was at."
    )
    where = models.CharField(max_length=300, blank=True, help_text="Where it was seen.")
    pdq = models.CharField(max_length=64)
    pdq_centre = models.CharField(max_length=64)
    phash = models.CharField(max_length=16, blank=True)
    quality = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(evidence__isnull=False)
                | models.Q(article__isnull=False)
                | models.Q(snapshot__isnull=False),
                name="image_hash_seen_somewhere",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pdq[:12]}…"


class ScanImport(models.Model):
    """An image or scanned PDF imported as an article by a worker (media.tasks.run_scan_import):
    OCR takes seconds a page, so the import page answers at once and polls this row. The
    upload waits in ``file`` and is removed when the import ends, stored or not."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a worker")
        READING = "reading", _("Reading the text")
        SAVING = "saving", _("Proposing claims")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Nothing imported")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scan_imports"
    )
    file = models.FileField(upload_to="scan-imports/", max_length=255, blank=True)
    file_name = models.CharField(max_length=255)
    metadata = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=1)
    error = models.TextField(blank=True)
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.BooleanField(default=False, help_text="False: the text was known already.")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"scan import {self.pk} ({self.status})"

    @property
    def running(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.READING, self.Status.SAVING)

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(99, round(100 * self.done / self.total)) if self.total else 0
