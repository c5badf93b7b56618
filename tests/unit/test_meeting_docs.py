"""The Undangan and the Daftar Hadir of a discussion, opened back from DOCX and PDF."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.domain.model import Member
from sp_desktop.export import catalog
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.errors import ExportError
from sp_desktop.export.meeting_docs import MIN_BLANK_ROWS, blank_rows
from sp_desktop.export.render import build_document, export_document
from tests.unit import export_fixtures as fx

KETUA_NIP = "197505052005011002"


def peserta(nama, unsur, hadir=True, diundang=True, instansi="", jabatan="", telepon="0812-5555-0000"):
    return {"nama": nama, "unsur": unsur, "instansi": instansi, "jabatan": jabatan, "telepon": telepon,
            "hadir": hadir, "diundang": diundang}


def discussion(n_guests: int = 6, **changes) -> dict:
    """A discussion on 23 November 2018 (a Jumat), 09.00-12.00 WITA, with inputs and a walk-in."""
    unsur = ("pengguna_layanan", "akademisi", "instansi_terkait", "organisasi", "media_massa", "tokoh_masyarakat",
             "pemerhati", "penyelenggara")
    guests = [peserta(f"Peserta Nomor {n}", unsur[(n - 1) % len(unsur)], hadir=n % 3 != 0,
                      instansi=f"Instansi {n}", jabatan=f"Jabatan {n}") for n in range(1, n_guests + 1)]
    guests.append(peserta("Tamu Tanpa Undangan", "pengguna_layanan", diundang=False, instansi="Warga Api-Api"))
    data = {
        "metode": "fgd", "tanggal": "2018-11-23", "mulai": "09:00", "selesai": "12:00",
        "tempat": "Ruang Rapat Disdukcapil", "nomor_undangan": "005/123/Disdukcapil",
        "nomor_berita_acara": "065/77/Disdukcapil",
        "layanan": ["Penerbitan Akta Kelahiran L1", "Penerbitan Akta Kelahiran L2"],
        "peserta": guests,
        "masukan": [
            {"layanan": "Penerbitan Akta Kelahiran L1", "komponen": "persyaratan",
             "masukan": "Fotokopi KK tidak perlu dilegalisir", "tindak_lanjut": "Persyaratan diubah",
             "disepakati": True},
            {"layanan": "Penerbitan Akta Kelahiran L2", "komponen": "waktu_penyelesaian",
             "masukan": "Waktu penyelesaian dipercepat menjadi 1 hari", "tindak_lanjut": "Belum dapat dipenuhi",
             "disepakati": False},
        ],
        "penandatangan_masyarakat": "Peserta Nomor 1",
        "id": "a1b2c3", "sifat": "Penting", "tanggal_undangan": "2018-11-19",
        "notulen": "Rapat dibuka oleh Ketua Tim.\n\nPeserta menyampaikan masukan atas persyaratan.",
    }
    data.update(changes)
    return data


def meeting_project(*discussions: dict, **pengaturan):
    project = fx.project(2, **pengaturan)
    project.tim = [Member(nama="Ir. KETUA TIM, M.T.", nip=KETUA_NIP, jabatan="Sekretaris Dinas", peran="ketua", id=1),
                   Member(nama="Anggota Satu", peran="anggota", id=2)]
    project.extra["pembahasan"] = list(discussions or (discussion(),))
    return project


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def model_text(doc) -> str:
    """Every text of a document model, the general blocks included."""
    from sp_desktop.export import blocks as b

    out = fx.document_texts(doc)
    for block in doc.blocks:
        if isinstance(block, b.Labeled):
            out += [block.label, *(f"{m} {t}" for m, t in block.entries)]
        elif isinstance(block, b.Table):
            out += [*block.header, *(cell for row in block.rows for cell in row)]
    return "\n".join(out)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_meeting_kinds_are_registered():
    for kind in ("undangan", "daftar-hadir", "berita-acara", "laporan-pembahasan"):
        assert kind in catalog.BUILDERS
        assert callable(catalog.resolve(catalog.BUILDERS[kind]))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_undangan_has_letter_fields_every_invitee_and_the_head(tmp_path, suffix):
    out = export_document(meeting_project(), "undangan", tmp_path / f"u{suffix}", request=DocRequest())
    text = flat(docx_text(out) if suffix == ".docx" else pdf_text(out))
    for expected in ("Bontang, 19 November 2018", "Nomor", "005/123/Disdukcapil", "Sifat", "Penting", "Lampiran",
                     "Hal", "Undangan Pembahasan Rancangan Standar Pelayanan", "Yth.", "Jumat, 23 November 2018",
                     "09.00 s.d. 12.00 WITA", "Ruang Rapat Disdukcapil", "Pembahasan Rancangan Standar Pelayanan",
                     "tepat waktu", "Drs. NAMA LENGKAP, M.Si.", fx.NIP_GROUPED, "Pembina Utama Muda (IV/c)"):
        assert expected in text, expected
    for n in range(1, 7):
        assert f"Peserta Nomor {n}, Jabatan {n}, Instansi {n}" in text
    assert "Tamu Tanpa Undangan" not in text  # a walk-in was not invited
    assert "terlampir" not in text


def test_undangan_open_end_and_ketua_signs(tmp_path):
    project = meeting_project(discussion(selesai="", penandatangan_undangan="ketua"))
    text = flat(pdf_text(export_document(project, "undangan", tmp_path / "u.pdf")))
    assert "09.00 WITA s.d. selesai" in text
    assert "Ir. KETUA TIM, M.T." in text and "NIP. 19750505 200501 1 002" in text
    assert "Drs. NAMA LENGKAP" not in text


def test_undangan_with_many_invitees_lists_them_in_a_lampiran(tmp_path):
    project = meeting_project(discussion(n_guests=12))
    out = export_document(project, "undangan", tmp_path / "u.docx")
    doc = Document(str(out))
    text = flat(docx_text(out))
    assert "Bapak/Ibu/Saudara (daftar terlampir)" in text
    assert "1 (satu) berkas" in text
    assert "DAFTAR UNDANGAN" in text and "LAMPIRAN SURAT UNDANGAN" in text
    listed = [row.cells[1].text for table in doc.tables if table.rows[0].cells[0].text == "NO" for row in table.rows]
    assert [f"Peserta Nomor {n}" for n in range(1, 13)] == listed[1:]


def test_daftar_hadir_lists_everyone_staggered_and_blank_rows(tmp_path):
    out = export_document(meeting_project(), "daftar-hadir", tmp_path / "h.docx")
    doc = Document(str(out))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "NO")
    header = [c.text for c in table.rows[0].cells]
    assert header == ["NO", "NAMA", "UNSUR / INSTANSI", "NO. HP", "TANDA TANGAN"]
    body = table.rows[1:]
    names = [row.cells[1].text for row in body]
    assert names[:7] == [*(f"Peserta Nomor {n}" for n in range(1, 7)), "Tamu Tanpa Undangan"]
    blanks = names[7:]
    assert len(blanks) >= MIN_BLANK_ROWS and not any(blanks)
    assert "Masyarakat pengguna layanan" in body[0].cells[2].text and "Instansi 1" in body[0].cells[2].text
    assert body[0].cells[3].text == "0812-5555-0000"
    # The staggered signature column: odd numbers at the left, even ones indented to the middle.
    for n, row in enumerate(body, start=1):
        para = row.cells[4].paragraphs[0]
        assert para.text == f"{n}."
        indent = para.paragraph_format.left_indent
        assert (indent is None or indent == 0) if n % 2 else indent > 0
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")  # the header repeats on every page
    text = flat(docx_text(out))
    for expected in ("DAFTAR HADIR", "Jumat, 23 November 2018", "09.00 s.d. 12.00 WITA", "Ruang Rapat Disdukcapil",
                     "Mengetahui,", "Ir. KETUA TIM, M.T."):
        assert expected in text, expected


def test_daftar_hadir_pdf_numbers_stagger(tmp_path):
    out = export_document(meeting_project(), "daftar-hadir", tmp_path / "h.pdf")
    reader = PdfReader(str(out))
    xs: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        label = text.strip()
        if label.endswith(".") and label[:-1].isdigit():
            xs.setdefault(label, tm[4])

    reader.pages[0].extract_text(visitor_text=visit)
    odd, even = xs["1."], xs["2."]
    assert even - odd > 30  # the even number sits in the middle of the signature column
    assert abs(xs["3."] - odd) < 1 and abs(xs["4."] - even) < 1


def test_blank_rows_fill_the_page_and_never_fewer_than_five():
    assert blank_rows(0, 285) > MIN_BLANK_ROWS
    assert blank_rows(40, 285) >= MIN_BLANK_ROWS
    assert blank_rows(3, 285) + 3 == blank_rows(4, 285) + 4  # the page is filled to the same count


def test_no_discussion_is_an_indonesian_error():
    project = fx.project(1)
    with pytest.raises(ExportError, match="Belum ada pembahasan"):
        build_document(project, "undangan", request=DocRequest())


def test_session_index_chooses_the_discussion():
    project = meeting_project(discussion(tempat="Aula Pertama"), discussion(tempat="Aula Kedua"))
    texts = [model_text(build_document(project, "undangan", request=DocRequest(session_index=i)))
             for i in (0, None)]
    assert "Aula Pertama" in texts[0] and "Aula Kedua" not in texts[0]
    assert "Aula Kedua" in texts[1] and "Aula Pertama" not in texts[1]
    with pytest.raises(ExportError, match="Pembahasan ke-3 tidak ada"):
        build_document(project, "undangan", request=DocRequest(session_index=2))
