"""Domain objects of a project: the unit, its team and its service standards (domain layer).

Field names follow the SP JSON contract (``../shared/reference/sp-json.md``) so that the
codec is a plain mapping. Enumerated fields hold the enum's string value.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass
class Kepala:
    """The head of the unit, who signs the documents."""

    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    golongan: str = ""
    jabatan: str = ""


@dataclass
class Instansi:
    """Profile of the Perangkat Daerah (unit) that owns the project."""

    pemerintah_daerah: str = ""
    nama: str = ""
    singkatan: str = ""
    alamat: str = ""
    telepon: str = ""
    email: str = ""
    laman: str = ""
    kota: str = ""
    zona_waktu: str = "WIB"
    kepala: Kepala = field(default_factory=Kepala)


@dataclass
class Logo:
    """The unit's logo image as stored in the project file."""

    data: bytes
    mime: str  # "image/png" or "image/jpeg"


@dataclass
class Member:
    """A member of the Tim Penyusun. ``id`` is the storage id (0 when not yet stored)."""

    nama: str = ""
    nip: str = ""
    jabatan: str = ""
    peran: str = "anggota"
    id: int = 0


@dataclass
class Persyaratan:
    """One requirement and when it is handed in (awal / akhir / bertahap)."""

    uraian: str = ""
    tahap: str = "awal"


@dataclass
class Durasi:
    """A duration: a positive value and its unit (menit, jam, hari_kerja, hari)."""

    nilai: float = 0
    satuan: str = ""


@dataclass
class LangkahProsedur:
    """One step of the procedure."""

    uraian: str = ""
    pelaksana: str = ""
    durasi: Durasi | None = None
    biaya_pengguna: int = 0
    biaya_unit: int = 0
    keluaran: str = ""


@dataclass
class Biaya:
    """The stated fee. ``tarif`` 0 means free, and ``uraian`` must then say so in words."""

    tarif: int = 0
    uraian: str = ""
    dasar: str = ""
    beban_unit: int = 0


@dataclass
class SaluranPengaduan:
    """One complaint channel and its address (number, box location, account).

    ``nama`` is the channel's own name, used when ``jenis`` is ``lainnya`` (e.g. "Aplikasi Halo Dukcapil").
    """

    jenis: str = "telepon"
    alamat: str = ""
    nama: str = ""


@dataclass
class PetugasPengaduan:
    """The officer who handles complaints."""

    nama: str = ""
    telepon: str = ""
    email: str = ""
    alamat: str = ""


@dataclass
class Pengaduan:
    """How complaints, suggestions and input are handled."""

    saluran: list[SaluranPengaduan] = field(default_factory=list)
    petugas: PetugasPengaduan = field(default_factory=PetugasPengaduan)
    tindak_lanjut: str = ""


@dataclass
class Layanan:
    """One service (jenis pelayanan) with its fourteen components.

    ``waktu_penyelesaian`` and ``biaya`` are ``None`` when they are derived from the
    procedure steps rather than stated by the team.
    """

    jenis_pelayanan: str = ""
    klasifikasi: str = "administratif"
    dasar_hukum: list[str] = field(default_factory=list)
    persyaratan: list[Persyaratan] = field(default_factory=list)
    prosedur: list[LangkahProsedur] = field(default_factory=list)
    waktu_penyelesaian: str | None = None
    biaya: Biaya | None = None
    produk: list[str] = field(default_factory=list)
    pengaduan: Pengaduan = field(default_factory=Pengaduan)
    sarana_prasarana: list[str] = field(default_factory=list)
    kompetensi_pelaksana: list[str] = field(default_factory=list)
    pengawasan_internal: list[str] = field(default_factory=list)
    jumlah_pelaksana: str = ""
    jaminan_pelayanan: list[str] = field(default_factory=list)
    jaminan_keamanan: list[str] = field(default_factory=list)
    evaluasi_kinerja: list[str] = field(default_factory=list)
    status: str = "draf"
    id: int = 0
    position: int = 0
    versi: int = 1  # the version number the content carries: 2, 3, … for revisions of an adopted standard

    def copy(self) -> Layanan:
        """A deep copy, used for undo snapshots and duplication."""
        return copy.deepcopy(self)


class ServiceSummary(NamedTuple):
    """What the list of services shows of one service, read without decoding its components.

    ``missing`` holds the keys of the components the review still blocks on. A named tuple, not a
    frozen dataclass: the list builds 2,000 of them at every reload, at a third of the cost.
    """

    id: int
    position: int
    jenis_pelayanan: str
    klasifikasi: str
    status: str
    missing: tuple[str, ...]


# The three elements both Perwali require (Metro Bab III huruf E, Bontang Pasal 14 ayat (2)); see domain/maklumat.py.
DEFAULT_MAKLUMAT = (
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
    "ditetapkan, memberikan pelayanan sesuai kewajiban dan melakukan perbaikan secara terus-menerus, dan "
    "apabila tidak menepati janji ini, kami siap menerima sanksi dan/atau memberikan kompensasi sesuai "
    "peraturan perundang-undangan yang berlaku."
)


@dataclass
class Pengaturan:
    """Per-project document settings; every field has a sensible default.

    Attributes:
        maklumat_teks: the pledge sentence of the Maklumat Pelayanan (editable per project).
        kertas: ``"f4"`` (215 x 330 mm) or ``"a4"``.
        margin_mm: top, right, bottom, left margins in millimetres (bottom at least 2.5 cm per tata naskah).
        ukuran_huruf: body font size in points.
        versi_rancangan: the draft's version label printed on the Rancangan.
        tanggal_rancangan: ISO date of the draft ("" means today).
        tanggal_maklumat: ISO date printed on the Maklumat ("" means the penetapan date, else today).
        tata_letak_standar: the Standar's table: ``"ab"`` (parts A and B, each numbered from 1) or
            ``"tunggal"`` (one table numbered 1-14, the format of Perwali Bontang 31/2018).
        urutan_komponen: the order of the fourteen rows: ``"permenpan"`` (Persyaratan first),
            ``"metro"`` (Produk pelayanan first, as Kota Metro publishes) or ``"uu25"`` (Dasar hukum first).
        nomor_halaman: the page numbers of the Rancangan and the Standar: ``"tata_naskah"`` ("- 2 -"
            centred at the top, none on the first page) or ``"x_dari_y"`` ("Halaman 2 dari 5" in the footer).
        penetap: who adopts the standards: ``"kepala_pd"`` (Keputusan Kepala Perangkat Daerah) or
            ``"kepala_daerah"`` (Keputusan Wali Kota / Bupati, for a PTSP or a kecamatan's PATEN).
        pengesahan_kepala_daerah: the local rule has the mayor or regent endorse (disahkan) the head's decree.
        evaluasi_wajib: the Bagian Organisasi's evaluation of the draft decree is part of the adoption gate.
        alur_di_standar: the Standar Pelayanan shows each service's alur pelayanan (flowchart) under its table.
        alur_di_rancangan: the Rancangan shows it too.
    """

    maklumat_teks: str = DEFAULT_MAKLUMAT
    kertas: str = "f4"
    margin_mm: tuple[float, float, float, float] = (20.0, 20.0, 25.0, 30.0)
    ukuran_huruf: float = 11.0
    versi_rancangan: str = "1"
    tanggal_rancangan: str = ""
    tanggal_maklumat: str = ""
    tata_letak_standar: str = "ab"
    urutan_komponen: str = "permenpan"
    nomor_halaman: str = "tata_naskah"
    penetap: str = "kepala_pd"
    pengesahan_kepala_daerah: bool = False
    evaluasi_wajib: bool = False
    alur_di_standar: bool = False
    alur_di_rancangan: bool = False


@dataclass
class Project:
    """Everything a team has typed: the unit, its team and its services.

    ``extra`` keeps the optional project keys this version does not edit yet
    (``pembahasan``, ``penetapan``) so that they survive an import/export round trip.
    """

    instansi: Instansi = field(default_factory=Instansi)
    tim: list[Member] = field(default_factory=list)
    layanan: list[Layanan] = field(default_factory=list)
    logo: Logo | None = None
    pengaturan: Pengaturan = field(default_factory=Pengaturan)
    extra: dict[str, Any] = field(default_factory=dict)
