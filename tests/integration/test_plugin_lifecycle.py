"""classFactory -> initGui -> provider, dock and action present -> unload -> all gone (twice: no duplicates)."""
import pytest


@pytest.fixture()
def recording_iface(qgis_iface):
    """pytest-qgis's iface stub, recording docks, menus and toolbar icons so that unload can be checked."""
    qgis_iface.docks, qgis_iface.menu, qgis_iface.toolbar = [], [], []
    qgis_iface.addDockWidget = lambda area, dock: qgis_iface.docks.append(dock)
    qgis_iface.removeDockWidget = lambda dock: qgis_iface.docks.remove(dock)
    qgis_iface.addPluginToMenu = lambda name, action: qgis_iface.menu.append((name, action))
    qgis_iface.removePluginMenu = lambda name, action: qgis_iface.menu.remove((name, action))
    qgis_iface.addToolBarIcon = lambda action: qgis_iface.toolbar.append(action)
    qgis_iface.removeToolBarIcon = lambda action: qgis_iface.toolbar.remove(action)
    return qgis_iface


def test_lifecycle(recording_iface, qgis_processing):
    from qgis.core import QgsApplication

    import leefbaarometer

    registry = QgsApplication.processingRegistry()
    if registry.providerById("leefbaarometer") is not None:  # registered by another test's fixture
        registry.removeProvider("leefbaarometer")
    for _ in range(2):  # reloading leaves no duplicate provider or dock
        plugin = leefbaarometer.classFactory(recording_iface)
        plugin.initGui()
        provider = registry.providerById("leefbaarometer")
        assert provider is not None
        assert {a.name() for a in provider.algorithms()} >= {"importscores", "importwfs"}
        assert [d.objectName() for d in recording_iface.docks] == ["LeefbaarometerDock"]
        assert [name for name, _ in recording_iface.menu] == ["&Leefbaarometer"]
        assert len(recording_iface.toolbar) == 1
        plugin.action.trigger()
        assert not plugin.dock.isHidden()
        plugin.unload()
        assert registry.providerById("leefbaarometer") is None
        assert recording_iface.docks == [] and recording_iface.menu == [] and recording_iface.toolbar == []


def test_every_algorithm_has_help_and_an_icon(lbm_provider):
    for alg in lbm_provider.algorithms():
        assert len(alg.shortHelpString()) > 200, alg.id()
        assert "BZK" in alg.shortHelpString()
        assert not alg.icon().isNull()
        assert alg.createInstance().name() == alg.name()
