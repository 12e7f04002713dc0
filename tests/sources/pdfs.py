"""Small PDFs written in the test run: text pages by hand (Helvetica, one line a row), blank and
encrypted ones with pypdf. No file is downloaded."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter


def _escaped(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_with_text(pages: list[list[str]], *, title: str = "", author: str = "", created: str = "") -> bytes:
    """A valid PDF whose pages show these lines; ``created`` is a PDF date such as ``D:20240311093000Z``."""
    objects: list[bytes] = []
    page_ids = [3 + 2 * number for number in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    info_id = font_id + 1
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for page_id, lines in zip(page_ids, pages, strict=True):
        rows = " ".join(f"({_escaped(line)}) Tj T*" for line in lines)
        stream = f"BT /F1 11 Tf 14 TL 50 780 Td {rows} ET".encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_id + 1} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = {"Title": title, "Author": author, "CreationDate": created}
    objects.append(("<< " + " ".join(f"/{k} ({_escaped(v)})" for k, v in info.items() if v) + " >>").encode())
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info_id)
    out.write(trailer + b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def blank_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages hold no text at all (what a scan without OCR looks like to a text extractor)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(data: bytes, password: str = "secret") -> bytes:
    """``data`` locked with a user password (RC4, which pypdf writes without extra libraries)."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
