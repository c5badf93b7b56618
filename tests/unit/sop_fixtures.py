"""Projects for the draft SOP tests: a service of n steps over five pelaksana."""

from __future__ import annotations

from sp_desktop.domain.model import Durasi, Instansi, Kepala, LangkahProsedur, Layanan, Persyaratan, Project

PELAKSANA = ("Pemohon", "Petugas Loket", "Verifikator Berkas", "Kepala Seksi Pelayanan", "Kepala Dinas")
NAME = "Penerbitan Akta Kelahiran"


def step_text(i: int) -> str:
    if i % 4 == 2:
        return f"Verifikator memeriksa kelengkapan berkas permohonan langkah{i + 1}"
    return f"Petugas menyiapkan dokumen dan mencatat register langkah{i + 1}"


def sop_project(n: int, long_step: str | None = None, lanes: tuple[str, ...] = PELAKSANA) -> Project:
    steps = [LangkahProsedur(uraian=step_text(i), pelaksana=lanes[i % len(lanes)], durasi=Durasi(10, "menit"),
                             keluaran=f"Keluaran{i + 1}") for i in range(n)]
    if long_step is not None:
        steps[min(1, n - 1)].uraian = long_step
    lay = Layanan(
        jenis_pelayanan=NAME, id=7, prosedur=steps,
        dasar_hukum=["Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan"],
        persyaratan=[Persyaratan("Surat keterangan lahir", "awal"), Persyaratan("KTP asli ditunjukkan", "akhir"),
                     Persyaratan("Buku nikah orang tua", "bertahap")],
        kompetensi_pelaksana=["Mampu mengoperasikan SIAK"],
        sarana_prasarana=["Komputer dan printer"],
    )
    inst = Instansi(pemerintah_daerah="Pemerintah Kota Bontang", nama="Dinas Kependudukan dan Pencatatan Sipil",
                    kepala=Kepala(nama="Ahmad Yani", nip="196801012000031001", jabatan="Kepala Dinas Dukcapil"))
    sop = {"nomor": "800/123/SOP/2026", "tanggal_pembuatan": "2026-03-01", "tanggal_revisi": "",
           "tanggal_efektif": "2026-04-01", "keterkaitan": "SOP Penerbitan KK\nSOP Penerbitan KTP-el",
           "peringatan": "Berkas tidak lengkap tidak diproses", "pencatatan": "Buku register permohonan",
           "catatan_lain": {"x": 1}}
    return Project(instansi=inst, layanan=[lay], extra={"sop": {NAME: sop}})
