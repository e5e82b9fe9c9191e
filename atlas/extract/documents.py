"""The text of an uploaded or named document: .txt, .md, .docx (python-docx) or .pdf with a
text layer (pypdf). What cannot be read gets a DocumentError whose message says why and what
to do, never a traceback: a scanned PDF, a binary file renamed .txt, an unknown file type.
"""

from __future__ import annotations

import io
from pathlib import Path

from atlas.i18n import M_

TEXT_TYPES = (".txt", ".md", ".markdown", ".text")
SUPPORTED = (*TEXT_TYPES, ".docx", ".pdf")


class DocumentError(Exception):
    """A document could not be turned into text; the message is for the person who gave it (an
    atlas.i18n Message, English as a str, said in the page's language on screen)."""

    @property
    def message(self) -> str:
        return self.args[0] if self.args else str(self)


def read_path(path: str | Path) -> str:
    """The text of a file on disk."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(
            M_("{file}: cannot be opened ({reason})", file=path.name, reason=err.strerror or err)
        ) from None
    return read_document(data, path.name)


def read_document(data: bytes, name: str) -> str:
    """The text of a document given as bytes and its file name (the name says its type)."""
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_TYPES or suffix == "":
        return _plain_text(data, name)
    if suffix == ".docx":
        return _docx_text(data, name)
    if suffix == ".pdf":
        return _pdf_text(data, name)
    if suffix == ".doc":
        raise DocumentError(
            M_("{file}: old Word (.doc) files cannot be read; save it as .docx or .txt", file=name)
        )
    raise DocumentError(
        M_(
            "{file}: {suffix} files are not supported; use {kinds}",
            file=name,
            suffix=suffix,
            kinds=", ".join(SUPPORTED),
        )
    )


def _plain_text(data: bytes, name: str) -> str:
    head = data[:8192]
    if b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff")):
        raise DocumentError(
            M_(
                "{file}: this is not a text file (it holds binary data); if it is a Word or PDF "
                "document, give it its .docx or .pdf name",
                file=name,
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(10, len(text) // 100):
        raise DocumentError(
            M_(
                "{file}: the text is in an encoding that could not be read; save it as UTF-8",
                file=name,
            )
        )
    return text


def _docx_text(data: bytes, name: str) -> str:
    import docx  # python-docx; imported here so plain-text imports do not pay for lxml

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - python-docx raises many kinds for a broken file
        raise DocumentError(
            M_(
                "{file}: could not be read as a Word document ({reason})",
                file=name,
                reason=type(err).__name__,
            )
        ) from None
    blocks: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.lower().startswith("list"):
            blocks.append("- " + text)
        elif style.lower().startswith(("heading", "title")):
            blocks.append("# " + text)
        else:
            blocks.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                blocks.append(" | ".join(cells))
    # List items stay together as one block, so a sentence ending in ":" still leads into them.
    out: list[str] = []
    for block in blocks:
        if out and block.startswith("- ") and out[-1].split("\n")[-1].startswith("- "):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join(out)


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001
                raise DocumentError(
                    M_(
                        "{file}: this PDF is password-protected; save an unprotected copy",
                        file=name,
                    )
                ) from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise DocumentError(
            M_(
                "{file}: could not be read as a PDF ({reason})",
                file=name,
                reason=type(err).__name__,
            )
        ) from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text.strip():
        raise DocumentError(
            M_(
                "{file}: this PDF has no text layer (it is scanned images); run OCR first, "
                "for example with ocrmypdf, and import the result",
                file=name,
            )
        )
    return text
