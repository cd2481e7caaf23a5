"""What the analyses share: the criteria line of an output, and the check that the chosen years are in the layer."""
from ..errors import LbmInputError
from ..i18n import tr


def criteria_text(**params):
    """The criteria an output used, as one line (`key=value; …`) for its `criteria` field and log."""
    return "; ".join(f"{k}={v}" for k, v in params.items())


def require_years(data, *years):
    have = data.score_years()
    missing = [y for y in years if y not in have]
    if missing:
        raise LbmInputError(tr("year(s) {missing} not in the layer; it has {have}").format(missing=', '.join(map(str, missing)),
                               have=', '.join(map(str, have))))
