from PySide6.QtCore import Qt

from sp_desktop.domain.model import Member, ServiceSummary
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
    model.set_services(session.summaries())
    qtmodeltester.check(model)
    model.set_filter("kartu")
    qtmodeltester.check(model)


def summary(service_id, name, missing=(), klasifikasi="administratif", status="draf"):
    return ServiceSummary(service_id, service_id - 1, name, klasifikasi, status, tuple(missing))


def test_services_table_model_counts_components_from_summaries():
    model = ServicesTableModel()
    model.set_services([
        summary(1, "Akta Kelahiran", status="siap_dibahas"),
        summary(2, "Kartu Keluarga", ["persyaratan", "biaya"], klasifikasi="jasa"),
    ])
    assert model.data(model.index(0, 4)) == "14/14 komponen"
    assert model.data(model.index(1, 4)) == "12/14 komponen"
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole) == "Belum lengkap: Persyaratan, Biaya/tarif"
    assert model.data(model.index(0, 0)) == "1"
    assert model.data(model.index(1, 2)) == "Pelayanan jasa"
    assert model.data(model.index(0, 3)) == "Siap dibahas"
    assert model.data(model.index(1, 3)) == "Draf"
    assert model.service_at(1).id == 2


def test_services_table_model_filters_keeping_project_numbers():
    model = ServicesTableModel()
    model.set_services([summary(i, name) for i, name in enumerate(["Akta", "Kartu Keluarga", "KIA Kartu"], 1)])
    model.set_filter("  KARTU ")
    assert model.rowCount() == 2 and model.total_count() == 3
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["2", "3"]
    assert model.row_of(1) == -1 and model.row_of(3) == 1
    assert model.position_of(1) == 0 and model.position_of(3) == 2
    model.set_services([summary(4, "Kartu Baru"), summary(1, "Akta")])  # the search stays applied
    assert model.rowCount() == 1 and model.service_at(0).id == 4
    model.set_filter("")
    assert model.rowCount() == 2
