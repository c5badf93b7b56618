"""What a file-system error means, in Indonesian (domain layer).

The operating system's own text ("No space left on device") is English on most office
laptops; messages the app shows use this instead.
"""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "berkas atau folder tidak ditemukan",
    errno.EACCES: "akses ditolak",
    errno.EPERM: "akses ditolak",
    errno.ENOSPC: "disk penuh",
    errno.EROFS: "media penyimpanan hanya-baca",
    errno.EISDIR: "yang dipilih adalah folder",
    errno.ENOTDIR: "sebagian jalurnya bukan folder",
    errno.EEXIST: "berkas sudah ada",
    errno.EBUSY: "berkas sedang dipakai program lain",
    errno.ENAMETOOLONG: "nama atau jalur berkas terlalu panjang",
    errno.EIO: "media penyimpanan tidak dapat dibaca atau ditulisi (rusak atau dilepas)",
    errno.EDQUOT: "kuota penyimpanan habis",
}


def os_reason(exc: BaseException) -> str:
    """An Indonesian phrase for ``exc`` (an ``OSError``), e.g. "disk penuh"."""
    number = getattr(exc, "errno", None)
    if number in _REASONS:
        return _REASONS[number]
    if isinstance(exc, PermissionError):
        return _REASONS[errno.EACCES]
    if isinstance(exc, FileNotFoundError):
        return _REASONS[errno.ENOENT]
    return f"kesalahan sistem berkas (kode {number})" if number else "kesalahan sistem berkas"
