"""Wiring of the dock: layer and choices in, renderer, profile, saved state and Processing dialogs out."""
import processing
from qgis.core import QgsFeatureRequest
from qgis.core import QgsMapThemeCollection
from qgis.core import QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QComboBox
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.analyses.dimension_profile import ProfileRules
from ..core.analyses.pressure import PressureRules
from ..core.errors import LbmInputError
from ..core.i18n import tr
from ..core.names import BIV
from ..core.names import CLASS_LAST
from ..core.names import PATTERN
from ..core.names import PROFILE_TYPE
from ..core.names import RANK
from ..core.release import load_release
from ..core.release import release_from_json
from ..core.schema import AREA_CODE_FIELDS
from ..core.schema import GEMEENTE_CODE_FIELDS
from ..core.schema import find_field
from ..core.schema import gemeente_of
from ..core.schema import gemeenten_key
from ..core.schema import layout_of
from ..core.schema import year_field
from ..core.views import MEASURE_LABELS
from ..core.views import VIEW_NAMES
from ..core.views import area_profile
from ..core.views import drop_empty_dimensions
from ..core.views import is_ranking
from ..core.views import layer_scores
from ..core.views import no_data_spec
from ..core.views import view_spec
from ..processing.algorithms.assign_zones import AssignZonesAlgorithm
from ..processing.algorithms.change import ChangeAlgorithm
from ..processing.algorithms.classify import ClassifyAlgorithm
from ..processing.algorithms.download import DownloadAlgorithm
from ..processing.algorithms.export_annexes import ExportAnnexesAlgorithm
from ..processing.algorithms.risers_fallers import RisersFallersAlgorithm
from ..processing.compat import NO_GEOMETRY
from ..processing.compat import POLYGON_GEOMETRY
from ..processing.compat import VECTOR_LAYER
from ..processing.params import YEARS
from ..processing.styling import RELEASE_PROPERTY
from ..processing.styling import renderer_from_spec

SCOPE = "leefbaarometer"
PLAY_INTERVAL_MS = 1500
TWO_YEAR_VIEWS = ("change", "risers", "differences")
PRESSURE_FIELD = CLASS_LAST  # the class field of the pressure algorithm's dissolved clusters


class DockController(QObject):
    def __init__(self, iface, dock, project=None):
        super().__init__(dock)
        self.iface, self.dock = iface, dock
        self.project = project or QgsProject.instance()
        self.default_release = load_release()
        self.release = self.default_release
        self.layer, self.scores, self.years = None, None, []
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self.next_year)
        d = dock
        # The combo also changes layer by itself (the first layer added to a project, the current one removed): that
        # only points the panel at the layer. A layer the user picks (activated) is restyled like any other choice.
        d.layer_combo.layerChanged.connect(self.set_layer)
        d.layer_combo.activated.connect(self.on_choice)
        d.view_combo.currentIndexChanged.connect(self.on_choice)
        d.measure_combo.currentIndexChanged.connect(self.on_choice)
        d.from_combo.currentIndexChanged.connect(self.on_choice)
        d.year_slider.valueChanged.connect(self.on_choice)
        d.play_button.toggled.connect(self.play)
        d.theme_button.clicked.connect(lambda: self.save_theme())
        d.qml_button.clicked.connect(self.ask_qml)
        for alg, button in d.processing_buttons.items():
            button.clicked.connect(lambda _=False, a=alg: self.open_dialog(a))
        self.project.readProject.connect(self._on_read_project)
        self.set_layer(d.layer_combo.currentLayer())

    def _on_read_project(self, *_):
        self.restore()

    def close(self):
        """Undo every connection to objects that outlive the dock (the project, the layer)."""
        self.timer.stop()
        try:
            self.project.readProject.disconnect(self._on_read_project)
        except (TypeError, RuntimeError):
            pass
        self.set_layer(None)

    # --- choices ---------------------------------------------------------------------------------------

    def set_layer(self, layer):
        """Point the panel at `layer`: its years, release and selection. The layer keeps its own style: the panel
        restyles only when the user chooses in it (on_choice), never because a layer was added, removed or opened."""
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.show_profile)
            except (TypeError, RuntimeError):
                pass
        self.layer = layer if layer is not None and layer.type() == VECTOR_LAYER else None
        self.scores, self.years = None, []
        self.release = self.default_release
        if self.layer is not None:
            self.release = layer_release(self.layer, self.default_release)
            names = self.layer.fields().names()
            flat_year = None
            if layout_of(names) == "flat":
                yf = year_field(names)
                feat = next(self.layer.getFeatures(QgsFeatureRequest().setLimit(1).setFlags(NO_GEOMETRY)), None)
                flat_year = feat[yf] if feat is not None else None
            self.scores = drop_empty_dimensions(layer_scores(names, flat_year), lambda f: has_value(self.layer, f))
            self.years = self.scores.years("total") or self.scores.years()
            self.layer.selectionChanged.connect(self.show_profile)
            if not self.scores.fields and PRESSURE_FIELD in names:  # the clusters of the pressure algorithm
                self._set_view("pressure")
            elif not self.scores.fields and is_ranking(names):  # a ranking of zones (rankzones)
                self._set_view("ranking")
            elif BIV in names:  # the output of the inequality algorithm opens in its bivariate map
                self._set_view("inequality")
            elif PROFILE_TYPE in names and RANK in names:  # the lowest units of the dimension-profile algorithm
                self._set_view("profile")
            elif not self.scores.fields and PATTERN in names:  # the zones of the differences algorithm
                self._set_view("differences")
        self._fill_years()
        self.show_idle()
        self.show_profile()  # the new layer's selection, or an empty profile: never the previous layer's area

    def _set_view(self, view):
        combo = self.dock.view_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(view))
        combo.blockSignals(False)

    def _fill_years(self):
        d = self.dock
        for w in (d.year_slider, d.from_combo):
            w.blockSignals(True)
        d.year_slider.setRange(0, max(len(self.years) - 1, 0))
        d.year_slider.setValue(max(len(self.years) - 1, 0))
        d.from_combo.clear()
        for y in self.years:
            d.from_combo.addItem(str(y), y)
        if len(self.years) > 1:
            d.from_combo.setCurrentIndex(len(self.years) - 2)
        for w in (d.year_slider, d.from_combo):
            w.blockSignals(False)

    def choice(self):
        d = self.dock
        year = self.years[d.year_slider.value()] if self.years else None
        return {"view": d.view_combo.currentData(), "measure": d.measure_combo.currentData(), "year": year,
                "year_from": d.from_combo.currentData()}

    def on_choice(self, *_):
        """A choice of the user in the panel (layer picked, view, measure, years, play): restyle the layer."""
        if not self._restoring:
            self.apply()

    def show_idle(self):
        """Title and status while the layer shows its own style (nothing chosen in the panel yet)."""
        d = self.dock
        d.year_label.setText(str(self.choice()["year"] or "–"))
        d.from_combo.setEnabled(d.view_combo.currentData() in TWO_YEAR_VIEWS)
        d.title_label.setText("")
        if self.layer is None or not self._viewable():
            d.status_label.setText(tr("Choose a layer with Leefbaarometer scores (schema afw_2024 … or the official WFS)."))
        else:
            d.status_label.setText(tr("The layer keeps its own style until you choose a view, measure or year here."))

    def apply(self):
        """Restyle the layer for the current choice. No pass over the features: instant at any size.

        Title, map and status always show the choice of the slider: a choice the layer has no scores for (a
        dimension in 2002) turns the map grey ('geen score') and says which year lacks which measure."""
        d = self.dock
        c = self.choice()
        d.year_label.setText(str(c["year"]) if c["year"] else "–")
        d.from_combo.setEnabled(c["view"] in TWO_YEAR_VIEWS)
        if self.layer is None or not self._viewable():
            d.status_label.setText(tr("Choose a layer with Leefbaarometer scores (schema afw_2024 … or the official WFS)."))
            d.title_label.setText("")
            return None
        ranked = count_values(self.layer, RANK) if c["view"] == "ranking" and is_ranking(self.scores.names) else None
        spec = view_spec(self.scores, self.release, c["view"], c["measure"], c["year"], c["year_from"], ranked=ranked)
        status = ""
        if spec is None:
            status = self.missing(c)
            spec = no_data_spec(tr("{choice}: no scores").format(choice=self.choice_title(c)))
        self.layer.setRenderer(renderer_from_spec(spec))
        self.layer.triggerRepaint()
        if hasattr(self.iface, "layerTreeView") and self.iface.layerTreeView() is not None:
            self.iface.layerTreeView().refreshLayerSymbology(self.layer.id())
        d.title_label.setText(f"<b>{spec.title}</b><br><small>{spec.note}</small>")
        d.status_label.setText(status)
        self.save_state()
        return spec

    def _viewable(self):
        """The layer has something the panel can show: scores, pressure clusters, a ranking or the zones of differences."""
        return (bool(self.scores.fields) or PRESSURE_FIELD in self.scores.names or is_ranking(self.scores.names)
                or PATTERN in self.scores.names)

    def choice_title(self, c):
        """The choice in words: 'Overlast en onveiligheid 2002', 'Totaalscore 2014–2024'."""
        if c["view"] in ("pressure", "ranking", "inequality"):  # views of one output, whatever the measure and year
            return tr(VIEW_NAMES[c["view"]])
        measure = tr(MEASURE_LABELS[c["measure"]])
        if c["view"] in TWO_YEAR_VIEWS:
            return f"{measure} {c['year_from'] or '…'}–{c['year'] or '…'}"
        return f"{measure} {c['year'] or ''}".strip()

    def missing(self, c):
        """Why the layer cannot show a choice, naming the year and the measure it lacks."""
        if PRESSURE_FIELD in self.scores.names and not self.scores.fields:
            return tr("This layer holds the clusters of 'Structurally under pressure': choose that view.")
        if c["view"] == "ranking":
            return tr("This layer holds no ranking: make one with 'Rank zones on several indicators' (rankzones).")
        if is_ranking(self.scores.names) and not self.scores.fields:
            return tr("This layer holds a ranking of zones: choose the view 'Ranking of zones'.")
        if PATTERN in self.scores.names and not self.scores.fields:
            return tr("This layer holds the zones of 'Differences within zones': choose that view.")
        if c["view"] == "pressure":
            return tr("'Structurally under pressure' needs total scores in at least {n} years; this layer has {k}.").format(
                n=PressureRules().min_years, k=len(self.scores.years("total")))  # the view's duration
        if c["view"] == "inequality":
            return tr("This layer has no bivariate classes of livability and status (field biv): run 'Livability and social "
                      "inequality' on it first.")
        if c["view"] in TWO_YEAR_VIEWS and not (c["year_from"] and c["year"] and c["year_from"] < c["year"]):
            return tr("Choose a 'from' year before {year}.").format(year=c["year"])
        measure = "afw" if c["view"] == "deviation" and c["measure"] == "total" else c["measure"]
        if c["view"] == "profile" and measure == "total":
            measure = ProfileRules().dimension  # the view's dimension when the total is chosen
        have = self.scores.years(measure)
        lacking = [y for y in (c["year_from"], c["year"]) if y is not None and y not in have] \
            if c["view"] in TWO_YEAR_VIEWS else [c["year"]]
        name = tr(MEASURE_LABELS["total" if measure == "afw" else measure])
        if not have:
            return tr("This layer has no scores for {measure}.").format(measure=name)
        return tr("This layer has no scores for {measure} in {year}; it has them for {years}.").format(
            measure=name, year=", ".join(map(str, lacking)), years=", ".join(map(str, have)))

    # --- play, themes, styles ------------------------------------------------------------------------------

    def play(self, on):
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def next_year(self):
        s = self.dock.year_slider
        s.setValue(0 if s.value() >= s.maximum() else s.value() + 1)

    def save_theme(self, name=None):
        """Save the current map as a map theme (View ▸ Map Themes)."""
        if not hasattr(self.iface, "layerTreeView") or self.iface.layerTreeView() is None:
            return None
        name = name or f"Leefbaarometer {self.dock.title_label.text().split('<br>')[0].replace('<b>', '').replace('</b>', '')}"
        view = self.iface.layerTreeView()
        state = QgsMapThemeCollection.createThemeFromCurrentState(self.project.layerTreeRoot(), view.layerTreeModel())
        self.project.mapThemeCollection().insert(name, state)
        return name

    def ask_qml(self):
        path, _ = QFileDialog.getSaveFileName(self.dock, tr("Save style"), "", tr("QGIS style (*.qml)"))
        if path:
            self.save_qml(path)

    def save_qml(self, path):
        if self.layer is not None:
            message, ok = self.layer.saveNamedStyle(path)
            return ok

    # --- area profile ------------------------------------------------------------------------------------

    def show_profile(self, *_):
        if self.layer is None or not self.layer.selectedFeatureCount():
            self.dock.profile.clear()
            return None
        feat = next(self.layer.getSelectedFeatures())
        values = {name: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
                  for name, v in zip(feat.fields().names(), feat.attributes())}
        profile = area_profile(values, self.scores, self.release)
        self.dock.profile.set_profile(*profile)
        return profile

    # --- Processing dialogs --------------------------------------------------------------------------------

    def dialog_parameters(self, alg):
        """Parameters to prefill a Processing dialog with: the current layer, and years only where they fit (the
        'from' year only in a view of two years, never a reversed pair). A layer parameter that no layer of the
        project fits is None: open_dialog leaves it empty rather than let QGIS take the first layer."""
        c = self.choice()
        two_years = c["view"] in TWO_YEAR_VIEWS and c["year_from"] and c["year"] and c["year_from"] < c["year"]
        params = {}
        if self.layer is not None and alg == ExportAnnexesAlgorithm.NAME:
            params.update({ExportAnnexesAlgorithm.BUURTEN: self.layer.id(),
                           ExportAnnexesAlgorithm.GEMEENTEN: self.gemeenten_layer(),
                           ExportAnnexesAlgorithm.CODES: " ".join(self.selected_gemeenten())})
            if c["year"]:
                params[ExportAnnexesAlgorithm.YEAR] = c["year"]
            if two_years:
                params[ExportAnnexesAlgorithm.BASE_YEAR] = c["year_from"]
            return params
        if alg == DownloadAlgorithm.NAME:  # the gemeenten of the selected areas, if any
            return {DownloadAlgorithm.GEMEENTEN: ", ".join(self.selected_gemeenten())}
        if self.layer is not None and alg != "importscores":
            params["INPUT"] = self.layer.id()
        if alg == AssignZonesAlgorithm.NAME:  # the gemeenten of the project, if it has a layer of them
            params[AssignZonesAlgorithm.ZONES] = self.gemeenten_layer()
        if alg == ChangeAlgorithm.NAME and two_years:
            params.update({ChangeAlgorithm.YEAR_FROM: c["year_from"], ChangeAlgorithm.YEAR_TO: c["year"]})
        if alg == RisersFallersAlgorithm.NAME and two_years:
            params.update({RisersFallersAlgorithm.YEAR_FROM: c["year_from"], RisersFallersAlgorithm.YEAR_TO: c["year"]})
        if alg == ClassifyAlgorithm.NAME and c["year"]:
            params[YEARS] = str(c["year"])
        return params

    def gemeenten_layer(self):
        """The id of a polygon layer of the project whose units are gemeenten (core/schema.gemeenten_key), else None."""
        for layer in self.project.mapLayers().values():
            if (layer is self.layer or layer.type() != VECTOR_LAYER
                    or layer.geometryType() != POLYGON_GEOMETRY):
                continue
            first = next(layer.getFeatures(QgsFeatureRequest().setLimit(1).setFlags(NO_GEOMETRY)), None)
            if first is not None and gemeenten_key(layer.fields().names(), lambda f, feat=first: feat[f]):
                return layer.id()
        return None

    def selected_gemeenten(self):
        """Gemeente codes of the selected areas (a gemeente code field, or from a buurt or wijk code): the
        annexes to export."""
        if self.layer is None or not self.layer.selectedFeatureCount():
            return []
        names = self.layer.fields().names()
        gm_field, area_field = find_field(names, GEMEENTE_CODE_FIELDS), find_field(names, AREA_CODE_FIELDS)
        codes = set()
        for f in self.layer.getSelectedFeatures():
            code = str(f[gm_field]) if gm_field and f[gm_field] else gemeente_of(f[area_field] if area_field else None)
            if code:
                codes.add(code)
        return sorted(codes)

    def make_dialog(self, alg):
        """The Processing dialog of `alg`, prefilled (dialog_parameters); layer inputs given as None left empty."""
        params = self.dialog_parameters(alg)
        dialog = processing.createAlgorithmDialog(f"leefbaarometer:{alg}", {k: v for k, v in params.items() if v is not None})
        wrappers = getattr(dialog.mainWidget(), "wrappers", {})
        for name in (k for k, v in params.items() if v is None and k in wrappers):
            # QgsProcessingMapLayerComboBox refuses "no layer" for a required input; its inner combo takes it.
            combo = wrappers[name].wrappedWidget().findChild(QComboBox)  # typed QComboBox by the bindings
            if combo is not None and combo.metaObject().className() == "QgsMapLayerComboBox":
                sip.cast(combo, QgsMapLayerComboBox).setLayer(None)
        return dialog

    def open_dialog(self, alg):
        dialog = self.make_dialog(alg)
        dialog.show()
        dialog.exec()

    # --- state in the project ------------------------------------------------------------------------------

    def save_state(self):
        if self._restoring or self.layer is None:
            return
        c = self.choice()
        self.project.writeEntry(SCOPE, "layer", self.layer.id())
        for key in ("view", "measure"):
            self.project.writeEntry(SCOPE, key, c[key] or "")
        self.project.writeEntry(SCOPE, "year", int(c["year"] or 0))
        self.project.writeEntry(SCOPE, "year_from", int(c["year_from"] or 0))

    def restore(self):
        """Layer, view, measure and years as saved in the project."""
        p = self.project
        layer = p.mapLayer(p.readEntry(SCOPE, "layer", "")[0])
        if layer is None:
            return False
        self._restoring = True
        try:
            d = self.dock
            d.layer_combo.setLayer(layer)
            self.set_layer(layer)
            for combo, key in ((d.view_combo, "view"), (d.measure_combo, "measure")):
                i = combo.findData(p.readEntry(SCOPE, key, "")[0])
                if i >= 0:
                    combo.setCurrentIndex(i)
            year, year_from = p.readNumEntry(SCOPE, "year", 0)[0], p.readNumEntry(SCOPE, "year_from", 0)[0]
            if year in self.years:
                d.year_slider.setValue(self.years.index(year))
            i = d.from_combo.findData(year_from)
            if i >= 0:
                d.from_combo.setCurrentIndex(i)
        finally:
            self._restoring = False
        self.show_idle()  # the layer keeps the style the project saved with it
        return True


def count_values(layer, field):
    """How many features of the layer have a value in `field` (the zones a ranking ranked)."""
    request = QgsFeatureRequest().setFilterExpression(f'"{field}" IS NOT NULL')
    request.setFlags(NO_GEOMETRY).setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))


def has_value(layer, field):
    request = QgsFeatureRequest().setFilterExpression(f'"{field}" IS NOT NULL').setLimit(1)
    request.setFlags(NO_GEOMETRY).setNoAttributes()
    return next(layer.getFeatures(request), None) is not None


def layer_release(layer, default):
    """The release a layer was styled with by the plugin (stored with the layer), else `default`."""
    stored = layer.customProperty(RELEASE_PROPERTY)
    if not stored:
        return default
    try:
        return release_from_json(stored)
    except LbmInputError:
        return default
