"""Every algorithm's help names each parameter with its default, and gives a qgis_process example."""
import re


def test_help_states_every_parameter_default_and_an_example(lbm_provider):
    from qgis.core import QgsProcessingParameterDefinition

    for alg in lbm_provider.algorithms():
        text = alg.shortHelpString()
        shown = [d for d in alg.parameterDefinitions() if not d.flags() & QgsProcessingParameterDefinition.FlagHidden]
        assert len(shown) > 0
        for d in shown:
            assert re.search(rf"\(<code>{d.name()}</code>\): default \S", text), (alg.id(), d.name())
        example = re.search(r"<b>Example</b>: <code>qgis_process run (\S+) -- ([^<]*)</code>", text)
        assert example and example.group(1) == alg.id(), alg.id()
        required = [d.name() for d in shown if not d.flags() & QgsProcessingParameterDefinition.FlagOptional
                    and d.defaultValue() in (None, "") and not d.isDestination()]
        assert all(f"{name}=" in example.group(2) for name in required), (alg.id(), required, example.group(2))
    change = lbm_provider.algorithm("change").shortHelpString()
    assert "(<code>WITH_LBM</code>): default no" in change and "(<code>MODE</code>): default One pair of years" in change
    assert "(<code>RELEASE</code>): default lbm3_2024" in change
