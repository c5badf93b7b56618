from sp_desktop.export.catalog import BUILDERS
from tests.unit.test_sk_penetapan import adopted, docx_text, pdf_pages


def letter_project(**pengaturan):
    project = adopted(**pengaturan)
    project.extra["evaluasi_sk"] = {"nomor_surat": "061/77/DKPS/2018", "tanggal_kirim": "2018-11-26"}
    project.extra["pembahasan"] = [
        {"metode": "fgd", "tanggal": "2018-11-23", "nomor_berita_acara": "005/430/DKPS/XI/2018",
         "layanan": ["Penerbitan Akta Kelahiran L1"]},
    ]
    return project


def test_sk_surat_pengantar_is_registered():
    assert BUILDERS["surat-pengantar"] == "surat_pengantar:build_surat_pengantar"


def test_sk_surat_pengantar_bontang_cites_pasal_12_ayat_4(tmp_path):
    pages = pdf_pages(letter_project(), tmp_path, "surat-pengantar")
    assert len(pages) == 1
    text = pages[0]
    assert "Bontang, 26 November 2018" in text
    assert "Nomor : 061/77/DKPS/2018" in text and "Sifat : Penting" in text and "Lampiran : 1 (satu) berkas" in text
    assert ("Hal : Permohonan Evaluasi Rancangan Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kota "
            "Bontang tentang Penetapan Standar Pelayanan") in text
    assert "Yth. Kepala Bagian Organisasi Sekretariat Daerah Kota Bontang" in text
    assert "Pasal 12 ayat (4) Peraturan Wali Kota Bontang Nomor 31 Tahun 2018" in text
    assert "Berita Acara Pembahasan Nomor 005/430/DKPS/XI/2018" in text
    assert "2 jenis pelayanan" in text
    assert "NIP. 19680101 200003 1 001" in text


def test_sk_surat_pengantar_elsewhere_neutral_and_blank_until_numbered(tmp_path):
    project = letter_project(penetap="kepala_daerah")
    project.instansi.pemerintah_daerah = "Pemerintah Kota Metro"
    project.instansi.kota = "Metro"
    project.extra["kepala_daerah"] = {}
    project.extra["evaluasi_sk"] = {}
    text = docx_text(project, tmp_path, "surat-pengantar")
    assert "Pasal 12" not in text and "untuk mendapatkan evaluasi sebelum ditetapkan" in text
    assert "Rancangan Keputusan Wali Kota Metro tentang Penetapan Standar Pelayanan" in text
    assert "Metro, ...................................." in text
    assert "Nomor : ...................................." in text
    assert "Sekretariat Daerah Kota Metro" in text
