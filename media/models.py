"""What the workbench knows about images and recordings: the pages an article was read
from (with OCR word boxes), the media facts of evidence files (format, duration, EXIF,
transcript, key frames) and the perceptual hashes of every image it has seen."""

from __future__ import annotations

from django.db import models

from claims.models import Article
from sources.models import Evidence


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
        IMAGE = "image", "Image"
        AUDIO = "audio", "Audio"
        VIDEO = "video", "Video"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a worker"
        RUNNING = "running", "Reading the file"
        DONE = "done", "Done"
        FAILED = "failed", "Could not be read"

    evidence = models.OneToOneField(Evidence, on_delete=models.CASCADE, related_name="media")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    done = models.PositiveSmallIntegerField(default=0)
    total = models.PositiveSmallIntegerField(default=1)
    error = models.TextField(blank=True)
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
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.kind} of evidence {self.evidence_id}"

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


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
        EVIDENCE = "evidence", "Evidence image"
        ARTICLE = "article", "Imported screenshot or scan"
        KEYFRAME = "keyframe", "Video key frame"

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
                condition=models.Q(evidence__isnull=False) | models.Q(article__isnull=False),
                name="image_hash_seen_somewhere",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pdq[:12]}…"
