"""Statistics the analyses share, on numpy arrays: the chi-square tail and the rank correlation."""
import math

import numpy as np
import pandas as pd


def chi2_sf(x, df):
    """P(χ² with df degrees of freedom ≥ x), in closed form for whole df (no scipy needed)."""
    if df <= 0:
        return float("nan")
    if x <= 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:  # e^(-h) Σ_{i<df/2} h^i / i!
        term, total = 1.0, 1.0
        for i in range(1, df // 2):
            term *= h / i
            total += term
        return float(min(1.0, np.exp(-h) * total))
    # odd df: erfc(√h) + e^(-h) Σ_{i=1}^{(df−1)/2} h^(i−1/2) / Γ(i+1/2)
    total = math.erfc(math.sqrt(h))
    term = math.sqrt(h) / math.gamma(1.5)
    for i in range(1, (df - 1) // 2 + 1):
        if i > 1:
            term *= h / (i - 0.5)
        total += math.exp(-h) * term
    return float(min(1.0, total))


def spearman(x, y):
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.sum() < 3:
        return np.nan
    rx = pd.Series(x[ok]).rank().to_numpy()
    ry = pd.Series(y[ok]).rank().to_numpy()
    return float(np.corrcoef(rx, ry)[0, 1])
