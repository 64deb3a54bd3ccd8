from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.interchange.articles import import_article
from claims.policies import has_language_rules, language_name, no_proposals_note


class Command(BaseCommand):
    help = (
        "Import an article from a file (.txt, .html, .md, .pdf, .docx) or an http(s) URL with "
        "its proposed claims and attributions, exactly as the UI import does; prints its id."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", help="a file path or an http(s) URL")
        parser.add_argument(
            "--language",
            default="",
            help="ISO 639-1 code of the article's language (default: detected)",
        )

    def handle(self, *args, source: str, language: str = "", **options) -> None:
        is_url = source.lower().startswith(("http://", "https://"))
        try:
            article, created = import_article(
                user=None,
                url=source if is_url else "",
                path=None if is_url else Path(source),
                metadata={"language": language} if language else None,
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        if not created:
            self.stderr.write(f"Already imported as article {article.pk}.")
        else:
            if not has_language_rules(article.language):
                self.stderr.write(_generic_rules_note(article.language))
            if not article.claims.exists():  # never an empty import without explanation
                self.stderr.write(no_proposals_note(article.language))
        self.stdout.write(str(article.pk))


def _generic_rules_note(code: str) -> str:
    """What the review page's language note says (claims.views.language_context), for the
    terminal: the article got the generic rules only."""
    if not code:
        return (
            "Language not recognised: claims were proposed with generic rules, so expect "
            "fewer proposals and no attributions; if you know the language, import again "
            "with --language CODE or correct it on the review page."
        )
    return (
        f"Language not supported ({language_name(code)}): claims were proposed with generic "
        "rules, so expect fewer proposals and no attributions; read the text on the review "
        "page and select any claim the rules missed (--language only names the language)."
    )
