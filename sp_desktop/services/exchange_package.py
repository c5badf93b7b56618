"""The package file (``.spx``): a ZIP with ``manifest.json`` first, read with limits (services layer).

A package comes from a flash drive or an e-mail: it may be truncated, damaged, of another
program, or crafted. Reading never extracts to disk, checks every declared size before
reading, caps what it reads, and turns every problem into an Indonesian
:class:`ExchangeRefused`, before anything in the project is touched.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..export.atomic import atomic_write
from ..export.errors import ExportError
from .exchange_types import ExchangeRefused

FORMAT = "sp-desktop-paket"
FORMAT_VERSI = 1
KINDS = ("perubahan", "catatan_evaluasi")
MANIFEST = "manifest.json"
IMAGE = "gambar.sqlite"
MAX_MANIFEST = 256 * 1024
MAX_ENTRIES = 50_000
MAX_TOTAL = 2 * 1024**3  # uncompressed, all entries together
MAX_RATIO = 200  # uncompressed / compressed, per entry larger than 1 MB
_HEX = re.compile(r"^[0-9a-f]{16,64}$")
_NAME = re.compile(r"^(manifest\.json|gambar\.sqlite|perubahan/[0-9a-f]{16,64}\.changeset|berkas/[0-9a-f]{64}"
                   r"|catatan/[A-Za-z0-9_.-]{1,80})$")


@dataclass
class Package:
    """An opened package: its manifest and the ZIP to read the rest from (closed by the caller)."""

    path: Path
    manifest: dict[str, Any]
    zf: zipfile.ZipFile

    def read(self, name: str, limit: int = MAX_TOTAL) -> bytes:
        """One entry's bytes (``ExchangeRefused`` when absent, damaged or larger than it says)."""
        try:
            info = self.zf.getinfo(name)
        except KeyError as exc:
            raise _damaged(self.path, f"bagian {name} tidak ada") from exc
        try:
            with self.zf.open(info) as stream:
                data = stream.read(min(info.file_size, limit) + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise _damaged(self.path, f"bagian {name} rusak") from exc
        if len(data) > min(info.file_size, limit):
            raise _damaged(self.path, f"bagian {name} lebih besar dari yang tercatat")
        return data

    def has(self, name: str) -> bool:
        return name in self.zf.NameToInfo

    def close(self) -> None:
        self.zf.close()


def _damaged(path: Path, why: str) -> ExchangeRefused:
    return ExchangeRefused(f"Paket {path.name} rusak atau tidak lengkap ({why}). Tidak ada yang diubah; minta "
                           "pengirim membuat paket baru.", path)


def open_package(path: Path) -> Package:
    """Open and check a package: ZIP whole, names known, sizes sane, manifest valid.

    Raises:
        ExchangeRefused: anything wrong, with the reason in Indonesian.
    """
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise ExchangeRefused(f"Paket {path} tidak ditemukan.", path) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ExchangeRefused(f"Berkas {path.name} bukan paket SP Desktop atau rusak (terpotong saat disalin?). "
                              "Tidak ada yang diubah.", path) from exc
    try:
        infos = zf.infolist()
        if not infos or infos[0].filename != MANIFEST:
            raise ExchangeRefused(f"Berkas {path.name} bukan paket SP Desktop (manifest.json tidak ada di awal). "
                                  "Tidak ada yang diubah.", path)
        if len(infos) > MAX_ENTRIES:
            raise _damaged(path, "terlalu banyak bagian")
        total = 0
        for info in infos:
            if not _NAME.match(info.filename):
                raise _damaged(path, f"bagian tak dikenal: {info.filename[:60]}")
            total += info.file_size
            if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _damaged(path, "isi termampatkan secara tidak wajar")
        if total > MAX_TOTAL:
            raise _damaged(path, "isi terlalu besar")
        if len({i.filename for i in infos}) != len(infos):
            raise _damaged(path, "bagian ganda")
        package = Package(path, {}, zf)
        package.manifest = _manifest(path, package.read(MANIFEST, MAX_MANIFEST))
        return package
    except BaseException:
        zf.close()
        raise


def _manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _damaged(path, "manifest.json tidak terbaca") from exc
    bad = _damaged(path, "manifest.json tidak sesuai format")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeRefused(f"Berkas {path.name} bukan paket SP Desktop. Tidak ada yang diubah.", path)
    versi = data.get("format_versi")
    if not isinstance(versi, int) or isinstance(versi, bool):
        raise bad
    if versi > FORMAT_VERSI:
        raise ExchangeRefused(f"Paket {path.name} dibuat oleh versi SP Desktop yang lebih baru. Perbarui aplikasi "
                              "ini dulu; tidak ada yang diubah.", path)
    if data.get("jenis") not in KINDS or not isinstance(data.get("proyek_uid"), str):
        raise bad
    dari = data.get("dari")
    if not (isinstance(dari, dict) and all(isinstance(dari.get(k), str) for k in ("nama", "peran", "replika"))):
        raise bad
    if not isinstance(data.get("dibuat"), str):
        raise bad
    if data["jenis"] == "perubahan":
        seq = data.get("seq")
        if (not isinstance(seq, int) or isinstance(seq, bool) or seq < 1 or not _HEX.match(dari["replika"])
                or not _HEX.match(data["proyek_uid"])):
            raise bad
    return data


def write_package(path: Path, manifest: dict[str, Any], parts: list[tuple[str, bytes]]) -> Path:
    """Write a package atomically: the manifest first, then ``parts`` (name, bytes).

    Raises:
        ExchangeRefused: the file cannot be written (the folder, the disk).
    """

    def write(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in parts:
                zf.writestr(name, data)

    try:
        return atomic_write(Path(path), write)
    except ExportError as exc:
        raise ExchangeRefused(str(exc), Path(path)) from exc
