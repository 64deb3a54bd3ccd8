"""The default verdict scale's names in the interface languages (ru, be, uk, pl). A label
whose names an editor has already filled is left alone."""

from django.db import migrations

SCALE = {
    "ru": "Шкала достоверности",
    "be": "Шкала праўдзівасці",
    "uk": "Шкала правдивості",
    "pl": "Skala prawdziwości",
}

NAMES = {
    "true": {"ru": "Правда", "be": "Праўда", "uk": "Правда", "pl": "Prawda"},
    "mostly-true": {
        "ru": "В основном правда",
        "be": "У асноўным праўда",
        "uk": "Здебільшого правда",
        "pl": "W większości prawda",
    },
    "half-true": {"ru": "Полуправда", "be": "Паўпраўда", "uk": "Напівправда", "pl": "Półprawda"},
    "mostly-false": {
        "ru": "В основном ложь",
        "be": "У асноўным хлусня",
        "uk": "Здебільшого неправда",
        "pl": "W większości fałsz",
    },
    "false": {"ru": "Ложь", "be": "Хлусня", "uk": "Неправда", "pl": "Fałsz"},
    "misleading": {
        "ru": "Вводит в заблуждение",
        "be": "Уводзіць у зман",
        "uk": "Вводить в оману",
        "pl": "Wprowadza w błąd",
    },
    "missing-context": {
        "ru": "Не хватает контекста",
        "be": "Не хапае кантэксту",
        "uk": "Бракує контексту",
        "pl": "Brak kontekstu",
    },
    "unverifiable": {
        "ru": "Невозможно проверить",
        "be": "Немагчыма праверыць",
        "uk": "Неможливо перевірити",
        "pl": "Nie do zweryfikowania",
    },
}


def name_default_scale(apps, schema_editor):
    RatingScale = apps.get_model("claims", "RatingScale")
    RatingLabel = apps.get_model("claims", "RatingLabel")
    scale = RatingScale.objects.filter(slug="default").first()
    if scale is None:
        return
    if not scale.names:
        scale.names = SCALE
        scale.save(update_fields=["names"])
    for label in RatingLabel.objects.filter(scale=scale, slug__in=NAMES):
        if not label.names:
            label.names = NAMES[label.slug]
            label.save(update_fields=["names"])


class Migration(migrations.Migration):
    dependencies = [("claims", "0016_rating_names")]
    operations = [migrations.RunPython(name_default_scale, migrations.RunPython.noop)]
