"""Charts drawn on our side as inline SVG: no script, no CDN, nothing the CSP must allow.
Every text in a chart is escaped; the numbers are also in a table and a CSV download."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
BAR_HEIGHT = 18
GAP = 6
LABEL_WIDTH = 200
PALETTE = ("#1f6feb", "#d29922", "#2da44e", "#cf222e", "#8250df", "#57606a", "#bf8700")


def hbar(rows: Sequence[tuple[str, float]], *, title: str, unit: str = "") -> SafeString:
    """Horizontal bars, one per (label, value)."""
    if not rows:
        return mark_safe("")
    top = max(value for _, value in rows) or 1
    span = WIDTH - LABEL_WIDTH - 60
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        w = max(1, round(span * value / top)) if value else 0
        shown = f"{value:g}{unit}"
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end" font-size="12">'
            f"{escape(_clip(label))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{w}" height="{BAR_HEIGHT}" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {escape(shown)}</title></rect>"
            f'<text x="{LABEL_WIDTH + w + 4}" y="{y + 13}" font-size="12">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def stacked_columns(
    periods: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    *,
    title: str,
) -> SafeString:
    """Columns per period, stacked by series (name, colour, counts per period): a
    scorecard's verdicts over time, claims checked per week."""
    if not periods or not series:
        return mark_safe("")
    height, bottom, left = 220, 190, 30
    totals = [sum(s[2][i] for s in series) for i in range(len(periods))]
    top = max(totals) or 1
    step = (WIDTH - left - 10) / len(periods)
    width = max(4.0, step * 0.7)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height + 40}" width="100%" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
        f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - 10}" y2="{bottom}" stroke="#999"/>'
        f'<text x="{left - 4}" y="{bottom - 160}" text-anchor="end" font-size="11">{top}</text>'
    ]
    for i, period in enumerate(periods):
        x = left + i * step + (step - width) / 2
        y = float(bottom)
        for name, colour, counts in series:
            n = counts[i]
            if not n:
                continue
            h = 160 * n / top
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{h:.1f}" '
                f'fill="{escape(colour)}"><title>{escape(period)}: {n} {escape(name)}</title></rect>'
            )
        if len(periods) <= 16 or i % max(1, len(periods) // 12) == 0:
            parts.append(
                f'<text x="{x + width / 2:.1f}" y="{bottom + 14}" text-anchor="middle" '
                f'font-size="10">{escape(period)}</text>'
            )
    for j, (name, colour, _) in enumerate(series[:8]):
        x = left + j * 76
        parts.append(
            f'<rect x="{x}" y="{height + 14}" width="10" height="10" fill="{escape(colour)}"/>'
            f'<text x="{x + 14}" y="{height + 23}" font-size="10">{escape(_clip(name, 12))}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def _clip(text: str, size: int = 32) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
