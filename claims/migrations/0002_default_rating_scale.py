"""The default verdict scale. ratingValue mapping for ClaimReview: 5 = True … 1 = False
(bestRating 5, worstRating 1); Misleading, Missing context and Unverifiable are not on
the ordinal scale and are published by their name only."""

from django.db import migrations

LABELS = [
    ("True", "true", 5, "#2e7d32", "Accurate, with nothing significant missing."),
    ("Mostly true", "mostly-true", 4, "#558b2f", "Accurate but needs clarification or detail."),
    ("Half true", "half-true", 3, "#8d6e00", "Partly accurate; leaves out important details."),
    ("Mostly false", "mostly-false", 2, "#e65100", "Has an element of truth but ignores facts."),
    ("False", "false", 1, "#c62828", "Not accurate."),
    ("Misleading", "misleading", None, "#6a1b9a", "Accurate facts arranged to mislead."),
    ("Missing context", "missing-context", None, "#4e342e", "Needs context to be understood."),
    ("Unverifiable", "unverifiable", None, "#455a64", "Cannot be proven or disproven."),
]


def create_scale(apps, schema_editor):
    RatingScale = apps.get_model("claims", "RatingScale")
    RatingLabel = apps.get_model("claims", "RatingLabel")
    scale, _ = RatingScale.objects.get_or_create(
        slug="default",
        defaults={
            "name": "Truth scale",
            "best_value": 5,
            "worst_value": 1,
            "is_default": True,
            "description": "Five ordinal ratings plus three non-ordinal labels.",
        },
    )
    for position, (name, slug, value, colour, description) in enumerate(LABELS):
        RatingLabel.objects.get_or_create(
            scale=scale,
            slug=slug,
            defaults={
                "name": name,
                "value": value,
                "colour": colour,
                "description": description,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(create_scale, migrations.RunPython.noop)]
