"""A member's optional PIN: checked for form, stored only as a salted PBKDF2 hash (domain layer).

What the PIN protects against is a colleague's slip on a shared office PC (working under the
ketua's name, marking a standard by mistake). It does not protect against someone who copies the
project file: the file is not encrypted, and any SQLite tool can change it.
"""

from __future__ import annotations

import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000
"""PBKDF2 rounds for a new hash: about a tenth of a second on an office laptop, once per PIN typed."""
SALT_BYTES = 16
MIN_DIGITS, MAX_DIGITS = 4, 8

PROTECTS = (
    "PIN mencegah kekeliruan di komputer kantor yang dipakai bersama: rekan kerja tidak dapat bekerja atas "
    "nama Anda, dan tindakan khusus ketua (mengubah status standar, menunjuk atau mengganti ketua) "
    "meminta PIN ketua."
)
DOES_NOT_PROTECT = (
    "PIN tidak melindungi isi berkas proyek: siapa pun yang menyalin berkas .spdb dapat membaca dan "
    "mengubahnya dengan program lain. Simpan berkas di folder yang hanya dapat dibuka tim."
)


class PinError(ValueError):
    """A PIN that is not of the accepted form; the message says why, in Indonesian."""


def why_pin_invalid(pin: str) -> str | None:
    """Why ``pin`` cannot be used as a PIN, or None when it can (4 to 8 digits)."""
    if not pin.isascii() or not pin.isdigit():
        return "PIN hanya boleh berisi angka."
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"PIN terdiri atas {MIN_DIGITS} sampai {MAX_DIGITS} angka."
    return None


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The stored form of ``pin``: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``.

    Raises:
        PinError: ``pin`` is not 4 to 8 digits.
    """
    reason = why_pin_invalid(pin)
    if reason is not None:
        raise PinError(reason)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """Whether ``pin`` matches the stored hash (compared in constant time); False for no or a malformed hash."""
    if not stored:
        return False
    try:
        algorithm, rounds, salt_hex, digest_hex = stored.split("$")
        iterations, salt, expected = int(rounds), bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False
    if algorithm != ALGORITHM or iterations < 1:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8", "replace"), salt, iterations)
    return hmac.compare_digest(digest, expected)

