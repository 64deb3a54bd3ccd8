"""How work enters and leaves the workbench, one module per format and direction, side by side:

- articles: an article as text, a file or a URL, through the extraction engine (every entrance).
- json_export / json_import: our complete, re-importable JSON document.
- claimreview_export / claimreview_import: schema.org ClaimReview JSON-LD (Google's markup).

Reports for people (HTML, PDF, Markdown, CSV) are in claims.reports."""
