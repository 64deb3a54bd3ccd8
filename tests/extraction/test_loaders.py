import io

import pytest

from claims.extraction import ExtractionError, extract, extract_file

ARTICLE = (
    "Port Strike Ends After Nine Days\n\n"
    "Dock workers in Rotterdam ended a nine-day strike on Friday after the union accepted a "
    "4.5 percent pay rise, the port authority said.\n\n"
    "The strike delayed about 300 ships, according to shipping data firm MarineWatch."
)


def test_extract_rejects_empty_text_with_clear_message():
    with pytest.raises(ExtractionError, match="empty"):
        extract("   \n\t ")


def test_extract_file_rejects_binary_file():
    with pytest.raises(ExtractionError, match="binary"):
        extract_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")


def test_extract_file_rejects_oversize_file():
    with pytest.raises(ExtractionError, match="limit is"):
        extract_file(ARTICLE.encode() * 10, "big.txt", max_bytes=1000)


def test_extract_file_rejects_unsupported_extension():
    with pytest.raises(ExtractionError, match="not a supported file type"):
        extract_file(b"PK\x03\x04", "slides.pptx")


def test_extract_file_decodes_cp1252_smart_quotes_and_euro():
    text = (
        "Budget Row Deepens\n\nThe minister said the \u201cnew\u201d plan costs \u20ac320 "
        "million, a caf\u00e9 owners\u2019 group said on Monday."
    )
    doc = extract_file(text.encode("cp1252"), "budget.txt")
    assert "\u201cnew\u201d plan costs \u20ac320 million" in doc.body
    assert "caf\u00e9 owners\u2019 group" in doc.body


def test_extract_file_decodes_latin1_accents():
    text = "Na\u00efve Budget\n\nThe r\u00e9gion approved 12 new schools in 2024, officials said."
    doc = extract_file(text.encode("latin-1"), "region.txt")
    assert "r\u00e9gion approved 12 new schools" in doc.body


def test_extract_html_never_leaks_script_text_into_body():
    html = (
        "<html><head><title>Port Strike Ends</title><script>var tracker = 'SECRET_JS';"
        "</script><style>.x{color:red}</style></head><body><nav>Home News Sport</nav>"
        "<article><h1>Port Strike Ends</h1><p>Dock workers in Rotterdam ended a nine-day "
        "strike on Friday after accepting a 4.5 percent pay rise, the port authority said."
        "</p><script>document.write('INLINE_JS')</script><p>The strike delayed about 300 "
        "ships, according to shipping data firm MarineWatch.</p></article>"
        "<footer>Copyright 2025</footer></body></html>"
    )
    doc = extract(html, content_type="text/html")
    assert "SECRET_JS" not in doc.body and "INLINE_JS" not in doc.body
    assert "color:red" not in doc.body
    assert "4.5 percent pay rise" in doc.body
    assert doc.title == "Port Strike Ends"


def test_extract_html_keeps_paragraph_breaks():
    html = (
        "<html><body><p>Short.</p><script>alert('x')</script>"
        "<p>The first paragraph says the council met on Monday.</p>"
        "<p>The second paragraph says it voted 7 to 2.</p></body></html>"
    )
    doc = extract_file(html.encode(), "page.html")
    assert "alert" not in doc.body
    assert "Monday.\n\nThe second" in doc.body


def test_extract_file_reads_markdown_heading_as_title():
    md = "# Port Strike Ends\n\nDock workers ended a **nine-day** strike on Friday, the union said."
    doc = extract_file(md.encode(), "story.md")
    assert doc.title == "Port Strike Ends"
    assert doc.body == "Dock workers ended a nine-day strike on Friday, the union said."


def test_extract_file_reads_docx_paragraphs_and_title():
    import docx

    document = docx.Document()
    document.add_heading("Port Strike Ends", level=1)
    document.add_paragraph("Dock workers ended a nine-day strike on Friday, the union said.")
    document.add_paragraph("The strike delayed about 300 ships, according to MarineWatch.")
    document.core_properties.author = "Ana Ruiz"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = extract_file(buffer.getvalue(), "story.docx")
    assert doc.title == "Port Strike Ends"
    assert doc.author == "Ana Ruiz"
    assert [s.text for s in doc.sentences] == [
        "Dock workers ended a nine-day strike on Friday, the union said.",
        "The strike delayed about 300 ships, according to MarineWatch.",
    ]


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF with one line of Helvetica text, offsets computed for the xref."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def test_extract_file_reads_pdf_text():
    pdf = _minimal_pdf("Dock workers ended a nine-day strike on Friday, the union said.")
    doc = extract_file(pdf, "story.pdf")
    assert doc.sentences[0].text == (
        "Dock workers ended a nine-day strike on Friday, the union said."
    )


def test_extract_file_rejects_corrupt_pdf():
    with pytest.raises(ExtractionError, match="PDF"):
        extract_file(b"%PDF-1.4\nthis is not really a pdf", "broken.pdf")
