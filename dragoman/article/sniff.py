"""Recognise files that are not text articles by their first bytes (magic numbers)."""

from __future__ import annotations

import zipfile
from io import BytesIO

# (leading bytes, what the person is told the file looks like)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Office file (save it as .docx or text)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"OggS", "an Ogg audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"{\\rtf", "an RTF document (save it as .docx or plain text)"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")


def describe_binary(data: bytes) -> str | None:
    """What a non-text file looks like ("a PNG image"), or None when it may be text or .docx.

    A ZIP archive that holds a Word document is not reported: it is a .docx.
    """
    if is_zip(data):
        return None if is_docx(data) else "a ZIP archive"
    for magic, description in _MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and not _looks_like_executable(data):
                continue  # a text may start with "MZ"
            return description
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    return None


def is_zip(data: bytes) -> bool:
    """True when ``data`` starts like a ZIP archive (a .docx is one)."""
    return data.startswith(_ZIP)


def is_docx(data: bytes) -> bool:
    """True for a ZIP archive with a Word main document part (a .docx, whatever its name)."""
    if not is_zip(data):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _looks_like_executable(data: bytes) -> bool:
    return len(data) > 64 and b"\x00" in data[:64]
