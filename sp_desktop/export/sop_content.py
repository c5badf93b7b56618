"""What a draft SOP AP prints, taken from the project: identity values and one row per step (export layer).

Pure: every value is final Indonesian text. The drawing is in ``sop_layout``; the writers in ``sop_pdf``
and ``sop_docx``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sp_desktop.domain import sop
from sp_desktop.domain.derive import is_usable_duration
from sp_desktop.domain.formatting.durations import format_duration
from sp_desktop.domain.formatting.money import format_rupiah
from sp_desktop.domain.formatting.nip import format_nip_line
from sp_desktop.domain.model import Layanan, Project

NOT_STATED = "-"


@dataclass(frozen=True)
class StepRow:
    """One row of the flowchart table.

    Attributes:
        no: the step's number ("1").
        kegiatan: the step's text.
        lane: index into ``SopContent.lanes`` of the column the symbol is drawn in.
        symbol: ``sop.TERMINATOR``, ``sop.PROCESS`` or ``sop.DECISION``.
        kelengkapan: the requirements handed in at this step.
        waktu, output, keterangan: the Mutu Baku's time, the output and the remark.
    """

    no: str
    kegiatan: str
    lane: int
    symbol: str
    kelengkapan: tuple[str, ...]
    waktu: str
    output: str
    keterangan: str


@dataclass(frozen=True)
class SopContent:
    """Everything one service's SOP prints."""

    pemerintah: str
    unit: str
    logo: bytes | None
    nomor: str
    tanggal_pembuatan: str
    tanggal_revisi: str
    tanggal_efektif: str
    jabatan: str
    nama: str
    nip_line: str
    nama_sop: str
    dasar_hukum: tuple[str, ...]
    kualifikasi: tuple[str, ...]
    keterkaitan: tuple[str, ...]
    peralatan: tuple[str, ...]
    peringatan: tuple[str, ...]
    pencatatan: tuple[str, ...]
    lanes: tuple[str, ...]
    steps: tuple[StepRow, ...]


def _items(values: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(v.split()) for v in values if v.strip())


def sop_content(project: Project, layanan: Layanan) -> SopContent:
    """The SOP of ``layanan``: its own fields from ``project.extra["sop"]``, the rest from the standard."""
    info = sop.info_for(project.extra, layanan.jenis_pelayanan)
    inst = project.instansi
    kepala = inst.kepala
    lanes = sop.lanes(layanan)
    kinds = sop.symbol_kinds(layanan)
    given = sop.kelengkapan(layanan)
    n = len(layanan.prosedur)
    rows = []
    for i, step in enumerate(layanan.prosedur):
        notes = []
        if kinds[i] == sop.DECISION:
            ahead = f"lanjut ke langkah {i + 2}" if i + 1 < n else "selesai"
            notes.append(f"Ya: {ahead}. Tidak: kembali ke langkah {i}.")
        if step.biaya_pengguna:
            notes.append(f"Biaya {format_rupiah(step.biaya_pengguna, cents=False)}")
        waktu = format_duration(step.durasi.nilai, step.durasi.satuan) if is_usable_duration(step.durasi) else ""
        rows.append(StepRow(
            no=str(i + 1),
            kegiatan=" ".join(step.uraian.split()) or NOT_STATED,
            lane=lanes.index(sop.lane_name(step.pelaksana)),
            symbol=kinds[i],
            kelengkapan=tuple(given[i]),
            waktu=waktu or NOT_STATED,
            output=" ".join(step.keluaran.split()) or NOT_STATED,
            keterangan=" ".join(notes),
        ))
    unit = inst.nama.strip() or "Perangkat Daerah"
    return SopContent(
        pemerintah=inst.pemerintah_daerah.strip(),
        unit=unit,
        logo=project.logo.data if project.logo is not None else None,
        nomor=info.nomor.strip() or NOT_STATED,
        tanggal_pembuatan=sop.show_date(info.tanggal_pembuatan),
        tanggal_revisi=sop.show_date(info.tanggal_revisi),
        tanggal_efektif=sop.show_date(info.tanggal_efektif),
        jabatan=kepala.jabatan.strip() or f"Kepala {unit}",
        nama=kepala.nama.strip() or "(nama belum diisi)",
        nip_line=format_nip_line(kepala.nip) if kepala.nip.strip() else "NIP. -",
        nama_sop=" ".join(layanan.jenis_pelayanan.split()) or "(tanpa nama)",
        dasar_hukum=_items(layanan.dasar_hukum),
        kualifikasi=_items(layanan.kompetensi_pelaksana),
        keterkaitan=tuple(sop.lines_of(info.keterkaitan)),
        peralatan=_items(layanan.sarana_prasarana),
        peringatan=tuple(sop.lines_of(info.peringatan)),
        pencatatan=tuple(sop.lines_of(info.pencatatan)),
        lanes=tuple(lanes),
        steps=tuple(rows),
    )
