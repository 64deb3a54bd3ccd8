"""Inputs the media tests and benchmarks make themselves: screenshots rendered from known
text (DejaVu fonts, light and dark themes, five languages), generated photos, and audio and
video from ffmpeg's lavfi sources. Nothing is downloaded."""

from __future__ import annotations

import io
import random
import subprocess
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansCondensed.ttf")

# Body text in each language: news sentences with figures and attributions.
TEXTS = {
    "en": (
        "The ministry said on Monday that 42 people were detained near the border crossing. "
        "According to the police, the protest was organised by a local group of students. "
        "Officials claimed that prices rose by 12 percent in March."
    ),
    "ru": (
        "Министерство заявило в понедельник, что у пограничного перехода задержаны 42 человека. "
        "По данным полиции, акцию организовала местная группа студентов. "
        "Чиновники утверждают, что цены выросли на 12 процентов в марте."
    ),
    "uk": (
        "Міністерство заявило в понеділок, що біля прикордонного переходу затримали 42 людини. "
        "За даними поліції, акцію організувала місцева група студентів. "
        "Посадовці стверджують, що ціни зросли на 12 відсотків у березні."
    ),
    "be": (
        "Міністэрства заявіла ў панядзелак, што каля памежнага пераходу затрымалі 42 чалавекі. "
        "Паводле звестак міліцыі, акцыю арганізавала мясцовая група студэнтаў. "
        "Чыноўнікі сцвярджаюць, што цэны выраслі на 12 працэнтаў у сакавіку."
    ),
    "pl": (
        "Ministerstwo poinformowało w poniedziałek, że przy przejściu granicznym zatrzymano 42 osoby. "
        "Według policji protest zorganizowała lokalna grupa studentów. "
        "Urzędnicy twierdzą, że ceny wzrosły o 12 procent w marcu."
    ),
}


def wrap(text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def screenshot(
    text: str,
    *,
    width: int = 720,
    height: int | None = None,
    size: int = 22,
    dark: bool = False,
    font: str = "DejaVuSans.ttf",
    fmt: str = "PNG",
    margin: int = 32,
) -> bytes:
    """A phone-style screenshot of ``text``: one paragraph per "\\n\\n", wrapped to the width."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(str(FONTS / font), size)
    paragraphs = [wrap(p, face, width - 2 * margin) for p in text.split("\n\n")]
    line_height = int(size * 1.5)
    needed = margin * 2 + sum(len(p) * line_height + line_height for p in paragraphs)
    image = Image.new(
        "RGB", (width, max(height or 0, needed)), (24, 26, 31) if dark else (255, 255, 255)
    )
    draw = ImageDraw.Draw(image)
    ink = (230, 230, 230) if dark else (20, 20, 20)
    y = margin
    for lines in paragraphs:
        for line in lines:
            draw.text((margin, y), line, font=face, fill=ink)
            y += line_height
        y += line_height
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 92} if fmt == "JPEG" else {}))
    return out.getvalue()


def photo(seed: int, size: tuple[int, int] = (640, 480)) -> bytes:
    """An unrelated, photo-like image: random shapes and gradients from ``seed``."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(8, 30)):
        x0, y0 = rng.randrange(size[0]), rng.randrange(size[1])
        x1, y1 = x0 + rng.randrange(20, size[0] // 2), y0 + rng.randrange(20, size[1] // 2)
        colour = tuple(rng.randrange(256) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(rng.choice([0, 1, 2])))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def variants(data: bytes) -> dict[str, bytes]:
    """The copies a known image is found as: resized to 50 %, JPEG quality 40, cropped by
    10 % (5 % each side), and with a caption bar added below."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.open(io.BytesIO(data)).convert("RGB")
    w, h = image.size
    out: dict[str, bytes] = {}

    def save(name: str, img, **kw) -> None:
        buf = io.BytesIO()
        img.save(buf, "JPEG", **({"quality": 90} | kw))
        out[name] = buf.getvalue()

    save("resized", image.resize((w // 2, h // 2), Image.Resampling.BILINEAR))
    save("jpeg40", image, quality=40)
    save("cropped", image.crop((w // 20, h // 20, w - w // 20, h - h // 20)))
    bar = Image.new("RGB", (w, h + h // 6), (255, 255, 255))
    bar.paste(image, (0, 0))
    draw = ImageDraw.Draw(bar)
    draw.text((10, h + 10), "SHARE IF YOU AGREE!!", fill=(0, 0, 0), font=ImageFont.load_default(24))
    save("caption", bar)
    return out


def lavfi(path: Path, *, seconds: float = 2.0, video: bool = False, audio: bool = True) -> Path:
    """A recording made by ffmpeg from its test sources: a sine tone and/or a test pattern."""
    args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y"]
    if video:
        args += ["-f", "lavfi", "-i", f"testsrc=duration={seconds}:size=320x240:rate=10"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    if video:
        args += ["-c:v", "libx264" if path.suffix == ".mp4" else "libvpx", "-pix_fmt", "yuv420p"]
    args += ["-shortest", str(path)]
    subprocess.run(args, check=True, timeout=120)
    return path
