"""The names users type stay as they are: scripts, models and qgis_process calls depend on them. Every algorithm's
parameters (names, order, defaults) and outputs equal those stored in algorithm_parameters.json (taken from main
before issue 28 declared them one per line); a deliberate change updates the file and the CHANGELOG. Each class
constant of a parameter is equal to its name."""
import json
import os

STORED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "algorithm_parameters.json")


def test_parameter_names_and_defaults_unchanged(lbm_provider):
    with open(STORED, encoding="utf-8") as fh:
        stored = json.load(fh)
    algorithms = {a.name(): a for a in lbm_provider.algorithms()}
    assert set(stored) <= set(algorithms)  # new algorithms may come; none may go
    for name, want in stored.items():
        alg = algorithms[name]
        assert [[d.name(), str(d.defaultValue())] for d in alg.parameterDefinitions()] == want["parameters"], name
        assert [o.name() for o in alg.outputDefinitions()] == want["outputs"], name
    constants = 0
    for alg in algorithms.values():
        for d in alg.parameterDefinitions():
            if hasattr(type(alg), d.name()):
                assert getattr(type(alg), d.name()) == d.name(), (alg.name(), d.name())
                constants += 1
    assert constants >= 140
