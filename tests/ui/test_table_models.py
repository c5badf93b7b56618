from PySide6.QtCore import Qt

from sp_desktop.domain.identification import missing_components
from sp_desktop.domain.model import Layanan, Member
from sp_desktop.ui.models.services_table_model import ServicesTableModel
from sp_desktop.ui.models.team_table_model import TeamTableModel


def test_team_table_model_passes_modeltester(qtmodeltester, session):
    model = TeamTableModel()
    model.set_members(session.members())
    qtmodeltester.check(model)


def test_team_table_model_shows_grouped_nip_and_role_labels():
    model = TeamTableModel()
    model.set_members(
        [
            Member("Budi", "197505152003121004", "Sekretaris Dinas", "ketua", 1),
            Member("Andi", "", "Petugas loket", "anggota", 2),
        ]
    )
    assert model.data(model.index(0, 1)) == "19750515 200312 1 004"
    assert model.data(model.index(0, 3)) == "Ketua"
    assert model.data(model.index(1, 1)) == "—"
    assert model.row_of(2) == 1
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Jabatan"


def test_services_table_model_passes_modeltester(qtmodeltester, session):
    model = ServicesTableModel()
    model.set_services(session.services())
    qtmodeltester.check(model)


def test_services_table_model_counts_complete_components(session):
    model = ServicesTableModel()
    empty = Layanan(jenis_pelayanan="Baru", id=99)
    model.set_services([*session.services(), empty])
    last = model.rowCount() - 1
    assert model.data(model.index(last, 4)) == "0/14 komponen"
    assert len(missing_components(empty)) == 14
    first = session.services()[0]
    filled = 14 - len(missing_components(first))
    assert model.data(model.index(0, 4)) == f"{filled}/14 komponen"
    assert model.data(model.index(0, 0)) == "1"
    assert model.data(model.index(0, 2)) == "Pelayanan administratif"
    assert model.data(model.index(0, 3)) == "Draf"
    assert model.data(model.index(last, 4), Qt.ItemDataRole.ToolTipRole).startswith("Belum lengkap: Persyaratan")
