"""Reading documents: plain text (UTF-8 or GBK), HTML, DOCX and PDF text layers.

``iter_documents`` walks files and folders lazily, one document at a time, so a large
corpus never sits in memory; ``-`` reads standard input.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from chainatlas.errors import InputError
from chainatlas.textfile import decode_bytes

SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf"}
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article")


def html_text(data: bytes, *, file: str) -> str:
    """Visible text of an HTML page, one block element per line, scripts and styles dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_bytes(data, file=file), "html.parser")
    for tag in soup(["script", "style", "noscript", "head"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (line.strip() for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


def docx_text(data: bytes, *, file: str) -> str:
    """Paragraphs and table cells of a Word document, one per line."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types
        raise InputError(f"is not a readable DOCX file ({exc})", file=file, code="E112") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def pdf_text(data: bytes, *, file: str) -> str:
    """The text layer of a PDF, page after page (scanned pages have none)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise InputError(f"is not a readable PDF file ({exc})", file=file, code="E113") from None
    return "\n".join(pages)


def read_document(path: Path) -> str:
    """The text of one file, by its suffix."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", file=str(path), code="E111") from None
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return html_text(data, file=path.name)
    if suffix == ".docx":
        return docx_text(data, file=path.name)
    if suffix == ".pdf":
        return pdf_text(data, file=path.name)
    return decode_bytes(data, file=path.name)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the readable files under folders named, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        elif path.exists():
            yield path
        else:
            raise InputError("does not exist", file=str(path), code="E111")


def iter_documents(paths: Iterable[str | Path]) -> Iterator[tuple[str, str]]:
    """``(name, text)`` for each document; ``-`` is standard input."""
    for raw in paths:
        if str(raw) == "-":
            yield "stdin", decode_bytes(sys.stdin.buffer.read(), file="stdin")
            continue
        for path in iter_paths([raw]):
            yield path.name, read_document(path)
