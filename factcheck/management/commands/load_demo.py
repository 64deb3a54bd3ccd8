from django.core.management.base import BaseCommand

from factcheck.demo import USERS, demo_password, load_demo
from sources.tasks import check_article_links


class Command(BaseCommand):
    help = "Load the demo article, sources, claims, evidence and users (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--check-links",
            action="store_true",
            help="also queue a background check of the demo evidence links",
        )

    def handle(self, *args, **options) -> None:
        article, created = load_demo()
        if options["check_links"]:
            check_article_links.delay(article.pk)
            self.stdout.write("Queued a link check of the demo evidence.")
        verb = "Loaded" if created else "Already loaded"
        self.stdout.write(f"{verb}: article {article.pk} “{article.title}”")
        self.stdout.write(f"Demo users (password: {demo_password()}):")
        for username, group, _staff, _name in USERS:
            self.stdout.write(f"  {username:<9} {group}")
