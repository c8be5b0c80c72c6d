"""Decode text files the way Chinese offices write them: UTF-8 (with or without BOM) or GBK.

Shared by every layer that reads files (``ingest`` for tables and datasets, ``extract`` for
documents), like ``errors`` and ``settings``, so the rule lives once.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from chainatlas.errors import InputError


def decode_bytes(data: bytes, *, file: str) -> str:
    """UTF-8 first (strict), then GBK (strict, as GB18030 covers it); else a clear error."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("is neither UTF-8 nor GBK text", file=file, code="E110")


def detect_encoding(path: Path, *, chunk: int = 1 << 20) -> str:
    """The encoding a whole file decodes with (UTF-8 or GBK), checked without holding it.

    Used before streaming a big table, so a bad byte near the end is found before the
    first row is read rather than after half the rows are written.
    """
    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        try:
            with path.open("rb") as fh:
                while block := fh.read(chunk):
                    decoder.decode(block)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise InputError("is neither UTF-8 nor GBK text", file=path.name, code="E110")


def read_text(path: Path | str) -> str:
    """The text of ``path``, decoded by :func:`decode_bytes`."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", file=str(p), code="E111") from None
    return decode_bytes(data, file=p.name)
