"""Review checks of a service standard and of the project, each naming the rule behind it (domain layer).

BLOKIR findings keep a standard from being marked ready; PERINGATAN findings only ask the team to look again.
"""

from __future__ import annotations

from dataclasses import dataclass

from .components import STEP_KEYS, TEXT_LIST_KEYS, komponen_label
from .derive import MINUTES_PER_UNIT, duration_in_minutes, effective_biaya, total_duration_text, total_minutes
from .enums import JenisSaluran, Klasifikasi, SatuanDurasi, Tahap, Tingkat, ZonaWaktu
from .formatting import check_nip, format_duration, format_rupiah
from .hierarchy import RANK_LABELS, first_order_problem, rank_of
from .model import Durasi, Instansi, Layanan, Member, SaluranPengaduan
from .roles import team_problems

BLOKIR = Tingkat.BLOKIR.value
PERINGATAN = Tingkat.PERINGATAN.value

_PERWALI = "Perwali Bontang 31/2018"
_LAMPIRAN = f"{_PERWALI} Lampiran angka 1 huruf B"
RULE_KOMPONEN = f"UU 25/2009 Pasal 21; {_PERWALI} Pasal 8 (14 komponen wajib)"
RULE_JENIS = f"{_PERWALI} Pasal 10 ayat (1); Lampiran angka 1 huruf B angka 1"
RULE_KLASIFIKASI = f"{_PERWALI} Pasal 6-7"
RULE_PERSYARATAN = f"{_LAMPIRAN} angka 3"
RULE_PROSEDUR = f"{_LAMPIRAN} angka 4"
RULE_WAKTU = f"{_LAMPIRAN} angka 5"
RULE_BIAYA = f"{_LAMPIRAN} angka 6"
RULE_PENGADUAN = f"{_LAMPIRAN} angka 8"
RULE_WAJAR = "UU 25/2009 Pasal 4 (asas ketepatan waktu serta kecepatan dan kemudahan)"
RULE_INSTANSI = f"{_PERWALI} Pasal 10 ayat (1)"
RULE_KEPALA = f"{_PERWALI} Pasal 12 ayat (1)"
RULE_TIM = f"{_PERWALI} Pasal 10 ayat (2) dan ayat (4)"
RULE_HIERARKI = "UU 12/2011 Pasal 7 dan Pasal 8 (jenis dan hierarki peraturan perundang-undangan)"
RULE_NIP = "Susunan NIP PNS: 18 digit (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut)"

LONG_TOTAL_WORKDAYS = 30
"""A procedure longer than this many working days (8 hours each) in total gets a warning."""
LONG_STEP_DAYS = 14
"""A single step longer than this many days gets a warning."""

_UNITS_TEXT = "menit, jam, hari kerja, atau hari"


@dataclass(frozen=True)
class Finding:
    """One problem found by the review.

    Attributes:
        komponen: the step key (``components.STEP_KEYS``) the UI jumps to, or ``"instansi"`` / ``"tim"``.
        tingkat: ``"BLOKIR"`` (must be fixed) or ``"PERINGATAN"`` (worth a second look).
        pesan: what is wrong, in plain Indonesian.
        aturan: the regulation or rule behind the finding.
    """

    komponen: str
    tingkat: str
    pesan: str
    aturan: str


def has_blocking(findings: list[Finding]) -> bool:
    """Whether any of ``findings`` is blocking (BLOKIR)."""
    return any(f.tingkat == BLOKIR for f in findings)


def _block(komponen: str, pesan: str, aturan: str) -> Finding:
    return Finding(komponen, BLOKIR, pesan, aturan)


def _warn(komponen: str, pesan: str, aturan: str) -> Finding:
    return Finding(komponen, PERINGATAN, pesan, aturan)


def _blank(text: object) -> bool:
    return not isinstance(text, str) or not text.strip()


def _empty_list(items: list[str]) -> bool:
    return all(_blank(item) for item in items)


def _is_money(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _empty(key: str) -> Finding:
    return _block(key, f"Komponen “{komponen_label(key)}” belum diisi.", RULE_KOMPONEN)


def _check_jenis(layanan: Layanan) -> list[Finding]:
    out = []
    if _blank(layanan.jenis_pelayanan):
        out.append(_block("jenis_pelayanan", "Nama jenis pelayanan belum diisi.", RULE_JENIS))
    if layanan.klasifikasi not in Klasifikasi.values():
        out.append(_warn("jenis_pelayanan", f"Klasifikasi '{layanan.klasifikasi}' tidak dikenal; pilih pelayanan "
                                            "barang, jasa, atau administratif.", RULE_KLASIFIKASI))
    return out


def _check_dasar_hukum(layanan: Layanan) -> list[Finding]:
    if _empty_list(layanan.dasar_hukum):
        return [_empty("dasar_hukum")]
    problem = first_order_problem(layanan.dasar_hukum)
    if problem is None:
        return []
    lines = layanan.dasar_hukum
    return [_warn("dasar_hukum", f"Dasar hukum belum urut dari yang tertinggi: nomor {problem.line + 1} "
                                 f"({RANK_LABELS[rank_of(lines[problem.line])]}) semestinya di atas nomor "
                                 f"{problem.above + 1} ({RANK_LABELS[rank_of(lines[problem.above])]}). Gunakan "
                                 "“Urutkan menurut hierarki” pada langkah Dasar hukum.", RULE_HIERARKI)]


def _check_persyaratan(layanan: Layanan) -> list[Finding]:
    if all(_blank(p.uraian) for p in layanan.persyaratan):
        return [_empty("persyaratan")]
    out = []
    for i, item in enumerate(layanan.persyaratan, start=1):
        if _blank(item.uraian):
            out.append(_block("persyaratan", f"Persyaratan nomor {i} belum berisi uraian.", RULE_PERSYARATAN))
        if item.tahap not in Tahap.values():
            out.append(_block("persyaratan", f"Persyaratan nomor {i}: waktu penyerahan '{item.tahap}' tidak dikenal; "
                                             "pilih di awal, di akhir, atau bertahap.", RULE_PERSYARATAN))
    if _empty_list(layanan.dasar_hukum):
        out.append(_warn("persyaratan", "Persyaratan belum dapat dikaitkan dengan dasar hukum apa pun karena dasar "
                                        "hukum masih kosong; setiap persyaratan semestinya bersandar pada peraturan "
                                        "yang berlaku.", RULE_PERSYARATAN))
    return out


def _check_durasi(i: int, durasi: Durasi | None) -> list[Finding]:
    where = f"langkah prosedur nomor {i}"
    if durasi is None:
        return [_block("prosedur", f"Langkah prosedur nomor {i} belum memiliki lama waktu.", RULE_WAKTU)]
    out = []
    nilai = durasi.nilai
    if isinstance(nilai, bool) or not isinstance(nilai, (int, float)) or not nilai > 0:
        out.append(_block("prosedur", f"Lama waktu {where} harus berupa angka lebih dari nol.", RULE_WAKTU))
    if _blank(durasi.satuan):
        out.append(_block("prosedur", f"Lama waktu {where} belum memiliki satuan ({_UNITS_TEXT}).", RULE_WAKTU))
    elif durasi.satuan not in SatuanDurasi.values():
        out.append(_block("prosedur", f"Satuan waktu '{durasi.satuan}' pada {where} tidak dikenal; "
                                      f"pilih {_UNITS_TEXT}.", RULE_WAKTU))
    minutes = duration_in_minutes(durasi)
    if minutes is not None:
        # Day-based steps are compared by their own count of days; shorter units by calendar days of 24 hours.
        day_based = durasi.satuan in (SatuanDurasi.HARI.value, SatuanDurasi.HARI_KERJA.value)
        days = durasi.nilai if day_based else minutes / MINUTES_PER_UNIT[SatuanDurasi.HARI.value]
        if days > LONG_STEP_DAYS:
            shown = format_duration(durasi.nilai, durasi.satuan)
            out.append(_warn("prosedur", f"Langkah prosedur nomor {i} memakan waktu lebih dari {LONG_STEP_DAYS} "
                                         f"hari ({shown}); periksa apakah langkah ini dapat dipersingkat.", RULE_WAJAR))
    return out


def _check_prosedur(layanan: Layanan) -> list[Finding]:
    if all(_blank(s.uraian) for s in layanan.prosedur):
        return [_empty("prosedur")]
    out = []
    for i, step in enumerate(layanan.prosedur, start=1):
        if _blank(step.uraian):
            out.append(_block("prosedur", f"Langkah prosedur nomor {i} belum berisi uraian.", RULE_PROSEDUR))
        if _blank(step.pelaksana):
            out.append(_warn("prosedur", f"Langkah prosedur nomor {i} belum menyebutkan pelaksananya.", RULE_PROSEDUR))
        out.extend(_check_durasi(i, step.durasi))
        for value, who in ((step.biaya_pengguna, "pemohon"), (step.biaya_unit, "unit")):
            if not _is_money(value) or value < 0:
                out.append(_block("prosedur", f"Biaya {who} pada langkah prosedur nomor {i} harus berupa angka "
                                              "rupiah yang tidak negatif.", RULE_BIAYA))
    return out


def _check_waktu(layanan: Layanan) -> list[Finding]:
    out = []
    if _blank(layanan.waktu_penyelesaian) and not total_duration_text(layanan):
        out.append(_block("waktu_penyelesaian", "Jangka waktu penyelesaian belum diisi dan tidak dapat dihitung "
                                                "karena belum ada langkah prosedur yang memiliki lama waktu.",
                          RULE_KOMPONEN))
    if total_minutes(layanan) > LONG_TOTAL_WORKDAYS * MINUTES_PER_UNIT[SatuanDurasi.HARI_KERJA.value]:
        out.append(_warn("waktu_penyelesaian", f"Jumlah waktu seluruh langkah prosedur setara lebih dari "
                                               f"{LONG_TOTAL_WORKDAYS} hari kerja (1 hari kerja = 8 jam, 1 hari = "
                                               "24 jam); periksa apakah waktu ini wajar bagi masyarakat.", RULE_WAJAR))
    return out


def _check_biaya(layanan: Layanan) -> list[Finding]:
    if layanan.biaya is None and not layanan.prosedur:
        return [_block("biaya", "Biaya/tarif belum diisi dan tidak dapat dihitung karena belum ada langkah "
                                "prosedur.", RULE_KOMPONEN)]
    if layanan.biaya is None and not all(
        _is_money(v) and v >= 0 for s in layanan.prosedur for v in (s.biaya_pengguna, s.biaya_unit)
    ):
        return []  # the bad step fees are reported under "prosedur"; a derived sum would repeat them
    biaya = effective_biaya(layanan)
    out = []
    if not _is_money(biaya.tarif) or biaya.tarif < 0:
        out.append(_block("biaya", "Tarif harus berupa angka rupiah yang tidak negatif.", RULE_BIAYA))
    elif biaya.tarif == 0 and _blank(biaya.uraian):
        out.append(_block("biaya", "Tarif Rp0 harus dinyatakan dengan kata-kata, misalnya “Tidak dipungut biaya”, "
                                   "agar jelas bagi masyarakat.", RULE_BIAYA))
    elif biaya.tarif > 0 and _blank(biaya.dasar):
        out.append(_warn("biaya", f"Tarif {format_rupiah(biaya.tarif)} belum mencantumkan dasar penetapannya "
                                  "(peraturan atau kesepakatan).", RULE_BIAYA))
    if not _is_money(biaya.beban_unit) or biaya.beban_unit < 0:
        out.append(_block("biaya", "Biaya yang ditanggung unit harus berupa angka rupiah yang tidak negatif.",
                          RULE_BIAYA))
    return out


def _check_pengaduan(layanan: Layanan) -> list[Finding]:
    pengaduan = layanan.pengaduan
    if not pengaduan.saluran:
        return [_block("pengaduan", "Belum ada saluran pengaduan (misalnya kotak saran, SMS, telepon, laman, atau "
                                    "SP4N-LAPOR!).", RULE_PENGADUAN)]
    out = []
    for i, saluran in enumerate(pengaduan.saluran, start=1):
        if saluran.jenis not in JenisSaluran.values():
            out.append(_block("pengaduan", f"Jenis saluran pengaduan nomor {i} ('{saluran.jenis}') tidak dikenal.",
                              RULE_PENGADUAN))
        elif saluran.jenis == JenisSaluran.LAINNYA.value and _blank(saluran.nama):
            out.append(_block("pengaduan", f"Saluran pengaduan nomor {i} berjenis “Lainnya” belum diberi nama "
                                           "(mis. Aplikasi Halo Dukcapil).", RULE_PENGADUAN))
        if _blank(saluran.alamat):
            out.append(_block("pengaduan", f"Saluran pengaduan nomor {i} ({_saluran_label(saluran)}) belum "
                                           "mencantumkan alamat atau nomornya.", RULE_PENGADUAN))
    petugas = pengaduan.petugas
    if _blank(petugas.nama):
        out.append(_block("pengaduan", "Nama petugas pengaduan belum diisi.", RULE_PENGADUAN))
    if _blank(petugas.telepon) and _blank(petugas.email):
        out.append(_block("pengaduan", "Petugas pengaduan belum memiliki nomor telepon atau alamat e-mail.",
                          RULE_PENGADUAN))
    if _blank(petugas.alamat):
        out.append(_block("pengaduan", "Alamat kantor petugas pengaduan belum diisi.", RULE_PENGADUAN))
    if _blank(pengaduan.tindak_lanjut):
        out.append(_warn("pengaduan", "Belum diatur tindak lanjut pengaduan yang tidak dapat diselesaikan di dalam "
                                      "unit.", RULE_PENGADUAN))
    return out


def _saluran_label(saluran: SaluranPengaduan) -> str:
    return JenisSaluran.name_of(saluran.jenis, saluran.nama)


def _check_produk(layanan: Layanan) -> list[Finding]:
    return [_empty("produk")] if _empty_list(layanan.produk) else []


def _check_internal(layanan: Layanan) -> list[Finding]:
    out = [_empty(key) for key in TEXT_LIST_KEYS if _empty_list(getattr(layanan, key))]
    if _blank(layanan.jumlah_pelaksana):
        out.append(_empty("jumlah_pelaksana"))
    return out


_LAYANAN_CHECKS = (
    _check_jenis, _check_dasar_hukum, _check_persyaratan, _check_prosedur, _check_waktu, _check_biaya,
    _check_produk, _check_pengaduan, _check_internal,
)


def check_layanan(layanan: Layanan) -> list[Finding]:
    """Review one service standard.

    Args:
        layanan: the service to review.

    Returns:
        The findings in the order of the identification steps (``components.STEP_KEYS``); empty when
        nothing is wrong.
    """
    findings = [f for check in _LAYANAN_CHECKS for f in check(layanan)]
    return sorted(findings, key=lambda f: STEP_KEYS.index(f.komponen))


def _nip_findings(komponen: str, who: str, nip: str) -> list[Finding]:
    result = check_nip(nip)
    out = [_block(komponen, f"NIP {who}: {e}", RULE_NIP) for e in result.errors]
    out += [_warn(komponen, f"NIP {who}: {w}", RULE_NIP) for w in result.warnings]
    if result.ok and nip != result.nip:
        out.append(_block(komponen, f"NIP {who} harus ditulis 18 angka tanpa spasi atau tanda.", RULE_NIP))
    return out


def check_project(instansi: Instansi, tim: list[Member]) -> list[Finding]:
    """Review the project-level data: the unit, its head and the team.

    Args:
        instansi: the unit's profile.
        tim: the Tim Penyusun.

    Returns:
        Findings with komponen ``"instansi"`` first, then ``"tim"``.
    """
    out = []
    if _blank(instansi.nama):
        out.append(_block("instansi", "Nama perangkat daerah belum diisi.", RULE_INSTANSI))
    if instansi.zona_waktu not in ZonaWaktu.values():
        out.append(_block("instansi", f"Zona waktu '{instansi.zona_waktu}' tidak dikenal; pilih WIB, WITA, atau "
                                      "WIT.", RULE_INSTANSI))
    kepala = instansi.kepala
    if _blank(kepala.nama):
        out.append(_block("instansi", "Nama kepala perangkat daerah belum diisi.", RULE_KEPALA))
    if _blank(kepala.nip):
        out.append(_block("instansi", "NIP kepala perangkat daerah belum diisi.", RULE_KEPALA))
    else:
        out.extend(_nip_findings("instansi", "kepala perangkat daerah", kepala.nip))
    out.extend(_block("tim", problem, RULE_TIM) for problem in team_problems(tim))
    for i, member in enumerate(tim, start=1):
        if _blank(member.nama):
            out.append(_block("tim", f"Anggota tim nomor {i} belum diberi nama.", RULE_TIM))
        if member.nip:
            out.extend(_nip_findings("tim", member.nama.strip() or f"anggota tim nomor {i}", member.nip))
    return out
