"""The adoption gate as pure functions (domain/penetapan.py)."""

from sp_desktop.domain import penetapan as gate
from sp_desktop.domain.model import Layanan, Member, Pengaturan, Project

KETUA = Member("Budi", peran="ketua", id=1)
ANGGOTA = Member("Andi", peran="anggota", id=2)
NAME = "Penerbitan Akta Kelahiran"


def discussion(**changes):
    data = {"metode": "fgd", "tanggal": "2018-11-23", "mulai": "09:00", "selesai": "12:00", "tempat": "Aula",
            "nomor_undangan": "005/412/2018", "nomor_berita_acara": "005/430/2018", "layanan": [NAME],
            "peserta": [{"nama": "Nur", "unsur": "pengguna_layanan", "instansi": "", "jabatan": "", "telepon": "",
                         "hadir": True},
                        {"nama": "Budi", "unsur": "penyelenggara", "instansi": "", "jabatan": "", "telepon": "",
                         "hadir": True}],
            "masukan": [], "penandatangan_masyarakat": "Nur"}
    data.update(changes)
    return data


def ctx(*discussions, wajib=False, evaluasi=None):
    extra = {"pembahasan": list(discussions)}
    if evaluasi is not None:
        extra["evaluasi_sk"] = evaluasi
    return gate.AdoptionContext.from_extra(extra, Pengaturan(evaluasi_wajib=wajib))


def test_penetapan_gate_no_discussion_names_it():
    assert gate.why_cannot_move(ctx(), NAME, "siap_dibahas", "dibahas", KETUA) == [gate.NO_DISCUSSION]
    assert gate.why_cannot_move(ctx(discussion(layanan=["Lain"])), NAME, "dibahas", "siap_ditetapkan",
                                KETUA) == [gate.NO_DISCUSSION]
    assert "Belum ada pembahasan yang mencakup layanan ini" in gate.NO_DISCUSSION


def test_penetapan_gate_planned_discussion_counts_for_dibahas_once_invited():
    planned = discussion(nomor_berita_acara="", peserta=[])
    assert gate.why_cannot_move(ctx(planned), NAME, "siap_dibahas", "dibahas", KETUA) == []
    uninvited = discussion(nomor_undangan="", tanggal="")
    assert gate.why_cannot_move(ctx(uninvited), NAME, "siap_dibahas", "dibahas", KETUA) == [
        gate.NO_NOMOR_UNDANGAN, gate.NO_TANGGAL]


def test_penetapan_gate_siap_ditetapkan_needs_an_outside_participant_present():
    only_unit = discussion(peserta=[{"nama": "Budi", "unsur": "penyelenggara", "instansi": "", "jabatan": "",
                                     "telepon": "", "hadir": True},
                                    {"nama": "Nur", "unsur": "pengguna_layanan", "instansi": "", "jabatan": "",
                                     "telepon": "", "hadir": False}])
    reasons = gate.why_cannot_move(ctx(only_unit), NAME, "dibahas", "siap_ditetapkan", KETUA)
    assert reasons == ["Daftar hadir belum mencatat peserta dari luar unit."]


def test_penetapan_gate_siap_ditetapkan_needs_the_berita_acara():
    reasons = gate.why_cannot_move(ctx(discussion(nomor_berita_acara=" ")), NAME, "dibahas", "siap_ditetapkan", KETUA)
    assert reasons == ["Nomor Berita Acara belum dicatat."]
    assert gate.why_cannot_move(ctx(discussion()), NAME, "dibahas", "siap_ditetapkan", KETUA) == []


def test_penetapan_gate_the_best_of_several_discussions_is_named():
    first = discussion(nomor_berita_acara="", peserta=[])
    second = discussion(nomor_berita_acara="")
    assert gate.move_gaps(ctx(first, second), NAME, "dibahas", "siap_ditetapkan") == [gate.NO_BERITA_ACARA]


def test_penetapan_gate_only_the_ketua_moves():
    assert gate.why_cannot_move(ctx(discussion()), NAME, "siap_dibahas", "dibahas", ANGGOTA) == [gate.NOT_KETUA]
    assert gate.why_cannot_move(ctx(discussion()), NAME, "siap_dibahas", "dibahas", None) == [gate.NO_ACTOR]


def test_penetapan_gate_steps_go_one_at_a_time():
    reasons = gate.move_gaps(ctx(discussion()), NAME, "siap_dibahas", "siap_ditetapkan")
    assert reasons == ["Standar ini berstatus “Siap dibahas”; hanya standar berstatus “Dibahas” yang dapat "
                       "dijadikan “Siap ditetapkan”."]
    assert gate.move_gaps(ctx(discussion()), NAME, "dibahas", "dibahas") == ["Standar ini sudah berstatus “Dibahas”."]


def test_penetapan_gate_ditetapkan_only_by_the_decree():
    assert gate.move_gaps(ctx(discussion()), NAME, "siap_ditetapkan", "ditetapkan") == [gate.ONLY_BY_DECREE]
    assert gate.adoption_gaps(ctx(discussion()), NAME, "siap_ditetapkan") == []


def test_penetapan_gate_evaluation_required_and_missing():
    assert gate.adoption_gaps(ctx(discussion(), wajib=True), NAME, "siap_ditetapkan") == [gate.EVAL_NOT_SENT]
    sent = {"nomor_surat": "061/1", "tanggal_kirim": "2018-11-26"}
    assert gate.adoption_gaps(ctx(discussion(), wajib=True, evaluasi=sent), NAME, "siap_ditetapkan") == [
        gate.EVAL_NO_REPLY]
    fix = {**sent, "tanggal_balasan": "2018-11-28", "hasil": "perbaikan"}
    assert gate.adoption_gaps(ctx(discussion(), wajib=True, evaluasi=fix), NAME, "siap_ditetapkan") == [
        gate.EVAL_REJECTED]
    ok = {**fix, "hasil": "disetujui"}
    assert gate.adoption_gaps(ctx(discussion(), wajib=True, evaluasi=ok), NAME, "siap_ditetapkan") == []
    assert gate.adoption_gaps(ctx(discussion(), wajib=False), NAME, "siap_ditetapkan") == []


def test_penetapan_gate_back_to_draf_but_not_from_ditetapkan():
    for status in ("siap_dibahas", "dibahas", "siap_ditetapkan"):
        assert gate.why_cannot_move(ctx(), NAME, status, "draf", KETUA) == []
    assert gate.why_cannot_move(ctx(), NAME, "ditetapkan", "draf", KETUA) == [gate.REVISION_NOT_DRAFT]
    assert gate.why_cannot_move(ctx(), NAME, "dibahas", "draf", ANGGOTA) == [gate.NOT_KETUA]


def test_penetapan_gate_next_step_of_each_status():
    c = ctx(discussion(nomor_berita_acara=""))
    assert gate.next_step_gaps(c, NAME, "siap_dibahas") == []
    assert gate.next_step_gaps(c, NAME, "dibahas") == [gate.NO_BERITA_ACARA]
    assert gate.next_step_gaps(c, NAME, "siap_ditetapkan") == [gate.NO_BERITA_ACARA]
    assert gate.next_step_gaps(c, NAME, "ditetapkan") == []
    assert "Tinjauan" in gate.next_step_gaps(c, NAME, "draf")[0]


def test_penetapan_gate_adoption_findings_are_blokir_penetapan():
    project = Project(layanan=[Layanan(NAME, status="dibahas"), Layanan("Draf", status="draf"),
                               Layanan("Lama", status="ditetapkan")],
                      pengaturan=Pengaturan(evaluasi_wajib=True),
                      extra={"pembahasan": [discussion(peserta=[])]})
    found = gate.adoption_findings(project, project.layanan[0])
    assert {(f.komponen, f.tingkat) for f in found} == {("penetapan", "BLOKIR")}
    assert [f.pesan for f in found][0] == gate.NO_OUTSIDE
    assert "siap ditetapkan" in found[-1].pesan
    assert gate.adoption_findings(project, project.layanan[1]) == []
    assert gate.adoption_findings(project, project.layanan[2]) == []
    assert [f.pesan for f in gate.adoption_findings(project)] == [gate.EVAL_NOT_SENT]
    project.layanan = project.layanan[1:]
    assert gate.adoption_findings(project) == []
