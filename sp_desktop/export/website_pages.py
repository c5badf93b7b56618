"""The pages of the exported website: the index, one page per service, the Maklumat (export layer).

Each function returns the HTML of one page; :mod:`export.website` puts them together with the files.
"""

from __future__ import annotations

from dataclasses import dataclass

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.derive import effective_biaya, effective_waktu
from sp_desktop.domain.formatting import format_date, format_fee
from sp_desktop.domain.maklumat import effective_text, maklumat_date_iso
from sp_desktop.domain.model import Layanan, Project

from . import parts
from .uraian import component_items
from .website_html import esc, items_html, json_for_script, page, text_html

DELIVERY_KEYS = tuple(k.key for k in KOMPONEN if k.group == "A")
"""The six service-delivery components Perwali Bontang 31/2018 Pasal 9 makes public."""
NOT_FILLED = "Belum diisi."
DRAFT_NOTE = (
    "Standar pelayanan ini masih rancangan dan belum ditetapkan; isinya dapat berubah setelah dibahas "
    "bersama masyarakat dan ditetapkan."
)


@dataclass(frozen=True)
class SurveyFigure:
    """The result of one Survei Kepuasan Masyarakat as the site shows it (already formatted)."""

    periode: str
    tanggal: str
    responden: int
    ikm: str
    mutu: str


@dataclass(frozen=True)
class Chart:
    """A service's alur pelayanan picture: its file (relative to the service page) and its text alternative."""

    src: str
    alt: str


def site_name(project: Project) -> str:
    return parts.unit_with_region(project) or "Standar Pelayanan"


def summary_line(layanan: Layanan) -> str:
    """``"Waktu: 1 hari kerja · Biaya: Gratis"`` under a service in the index ("" when neither is known)."""
    bits = []
    waktu = effective_waktu(layanan)
    if waktu.strip():
        bits.append(f"Waktu: {waktu.strip()}")
    if layanan.biaya is not None or layanan.prosedur:
        try:
            biaya = effective_biaya(layanan)
            bits.append(f"Biaya: {format_fee(biaya.tarif, biaya.uraian)}")
        except (TypeError, ValueError):
            pass
    return " · ".join(bits)


def _survey_html(figure: SurveyFigure, heading: str) -> str:
    rows = [("Periode", figure.periode + (f" ({figure.tanggal})" if figure.tanggal else "")),
            ("Jumlah responden", str(figure.responden)), ("Indeks Kepuasan Masyarakat", figure.ikm),
            ("Mutu pelayanan", figure.mutu)]
    cells = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
    return f'<section aria-labelledby="survei"><h2 id="survei">{esc(heading)}</h2><dl>{cells}</dl></section>'


def _contacts(project: Project) -> str:
    ins = project.instansi
    pairs = [(label, value.strip()) for label, value in (
        ("Alamat", ins.alamat), ("Telepon", ins.telepon), ("E-mail", ins.email), ("Laman", ins.laman)
    ) if value and value.strip()]
    if not pairs:
        return ""
    cells = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs)
    return ('<section aria-labelledby="kontak"><h2 id="kontak">Kontak dan pengaduan</h2>'
            "<p>Saluran pengaduan setiap layanan tercantum di halaman layanan itu.</p>"
            f"<dl>{cells}</dl></section>")


def _logo(project: Project, logo_file: str | None, root: str) -> str:
    if not logo_file:
        return ""
    return f'<img class="logo" src="{esc(root + logo_file)}" alt="Logo {esc(project.instansi.nama.strip())}">'


def index_page(project: Project, links: list[tuple[Layanan, str]], survey: SurveyFigure | None,
               logo_file: str | None) -> str:
    """The index: every service with a search box over an embedded JSON index, the survey, the contacts."""
    name = site_name(project)
    items, index = [], []
    for layanan, href in links:
        anchor = f"layanan-{layanan.id}"
        line = summary_line(layanan)
        if layanan.status != "ditetapkan":
            line = " · ".join(part for part in ("Rancangan, belum ditetapkan", line) if part)
        extra = f'<span class="ringkas">{esc(line)}</span>' if line else ""
        items.append(f'<li id="{anchor}"><a href="{esc(href)}">{esc(layanan.jenis_pelayanan)}</a>{extra}</li>')
        words = [p.uraian for p in layanan.persyaratan] + list(layanan.produk)
        index.append({"id": anchor, "nama": layanan.jenis_pelayanan, "kata": " ".join(words)})
    body = [
        _logo(project, logo_file, ""),
        "<h1>Standar Pelayanan</h1>",
        f'<p class="unit">{esc(name)}</p>',
        '<form id="cari-layanan" class="cari" role="search" hidden>'
        '<label for="kata-cari">Cari layanan</label>'
        '<input id="kata-cari" type="search" autocomplete="off" '
        'placeholder="Contoh: akta kelahiran"></form>',
        '<p id="hasil-cari" class="hasil-cari" role="status" aria-live="polite"></p>',
        f'<section aria-labelledby="daftar"><h2 id="daftar">Daftar layanan ({len(links)})</h2>',
        f'<ul class="daftar">{"".join(items)}</ul></section>' if items else "<p>Belum ada layanan.</p></section>",
    ]
    if survey is not None:
        body.append(_survey_html(survey, "Hasil survei kepuasan masyarakat terakhir"))
    body.append(_contacts(project))
    body.append(f'<script type="application/json" id="indeks-layanan">{json_for_script(index)}</script>')
    return page("Daftar layanan", "\n".join(b for b in body if b), site_name=name, scripts=("cari.js",))


def service_page(project: Project, layanan: Layanan, chart: Chart | None, survey: SurveyFigure | None) -> str:
    """One service: the six service-delivery components, its alur, the Maklumat and its survey result."""
    name = site_name(project)
    body = [f"<h1>{esc(layanan.jenis_pelayanan)}</h1>", f'<p class="unit">{esc(name)}</p>']
    if layanan.status != "ditetapkan":
        body.append(f'<p class="tanda">{esc(DRAFT_NOTE)}</p>')
    labels = {k.key: k.label for k in KOMPONEN}
    for number, key in enumerate(DELIVERY_KEYS, start=1):
        items = component_items(layanan, key, detail_steps=key == "prosedur")
        content = items_html(items) if items else f'<p class="catatan">{NOT_FILLED}</p>'
        section = [f'<section aria-labelledby="{key}"><h2 id="{key}">{number}. {esc(labels[key])}</h2>', content]
        if key == "prosedur" and chart is not None:
            section.append(
                f'<figure><img src="{esc(chart.src)}" alt="{esc(chart.alt)}">'
                f"<figcaption>Bagan alur pelayanan {esc(layanan.jenis_pelayanan)}</figcaption></figure>"
            )
        section.append("</section>")
        body.append("\n".join(section))
    text = effective_text(project.pengaturan.maklumat_teks)
    body.append(
        '<section aria-labelledby="maklumat"><h2 id="maklumat">Maklumat Pelayanan</h2>'
        f'<p class="maklumat">{text_html(text)}</p>'
        '<p><a href="../maklumat.html">Maklumat Pelayanan lengkap dengan tanda tangan</a></p></section>'
    )
    if survey is not None:
        body.append(_survey_html(survey, "Hasil survei kepuasan masyarakat"))
    body.append('<p><a href="../index.html">Kembali ke daftar layanan</a></p>')
    return page(layanan.jenis_pelayanan, "\n".join(body), site_name=name, root="../")


def maklumat_page(project: Project, logo_file: str | None) -> str:
    """The Maklumat Pelayanan with place, date and the head's name, as printed."""
    name = site_name(project)
    sig = parts.signature(project, ())
    kota = project.instansi.kota.strip()
    tanggal = maklumat_date_iso(project.pengaturan.tanggal_maklumat, project.extra.get("penetapan"))
    place_date = ", ".join(p for p in (kota, format_date(parts.iso_date(tanggal))) if p)
    signer = [f"<p>{esc(place_date)}</p>", f"<p>{esc(sig.jabatan)}</p>"]
    if sig.nama and sig.nama != parts.BLANK:
        signer.append(f'<p class="nama">{esc(sig.nama)}</p>')
        signer += [f"<p>{esc(t)}</p>" for t in (sig.pangkat, sig.nip_line) if t]
    body = [
        _logo(project, logo_file, ""),
        "<h1>Maklumat Pelayanan</h1>",
        f'<p class="unit">{esc(name)}</p>',
        f'<p class="maklumat">{text_html(effective_text(project.pengaturan.maklumat_teks))}</p>',
        f'<div class="ttd">{"".join(signer)}</div>',
    ]
    return page("Maklumat Pelayanan", "\n".join(b for b in body if b), site_name=name)
