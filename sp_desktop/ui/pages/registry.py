"""Which page class shows which identification step (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.components import STEP_KEYS
from .biaya_page import BiayaPage
from .dasar_hukum_page import DasarHukumPage
from .jenis_pelayanan_page import JenisPelayananPage
from .jumlah_pelaksana_page import JumlahPelaksanaPage
from .pengaduan_page import PengaduanPage
from .persyaratan_page import PersyaratanPage
from .produk_page import ProdukPage
from .prosedur_page import ProsedurPage
from .step_page import StepPage
from .text_list_page import WORDING, TextListPage
from .tinjauan_page import TinjauanPage
from .waktu_penyelesaian_page import WaktuPenyelesaianPage

_PAGE_CLASSES = {
    page.step_key: page
    for page in (
        JenisPelayananPage, DasarHukumPage, PersyaratanPage, ProsedurPage, WaktuPenyelesaianPage, BiayaPage,
        ProdukPage, PengaduanPage, JumlahPelaksanaPage, TinjauanPage,
    )
}


def create_page(step_key: str, parent: QWidget | None = None) -> StepPage:
    """A new page for ``step_key``."""
    if step_key in WORDING:
        return TextListPage(step_key, parent)
    return _PAGE_CLASSES[step_key](parent)


def create_pages(parent: QWidget | None = None) -> list[StepPage]:
    """One page per identification step, in ``STEP_KEYS`` order."""
    return [create_page(key, parent) for key in STEP_KEYS]
