"""A fictional but realistic region with Leefbaarometer scores: the model behind the embedded sample.

Deterministic (a seed), numpy only. The region is a raster of 100 m cells in RD New:
- gemeenten, wijken, buurten and PC4 areas are Voronoi regions of jittered lattices of seeds, nested
  (each buurt lies in one wijk, each wijk in one gemeente), covering every cell;
- towns are bumps of "urbanity"; inhabited cells lie mostly in towns, a few in the countryside;
- the five dimension scores of a cell are smooth random fields (neighbouring cells alike) plus effects of
  urbanity (amenities up, nuisance down in towns), a local trend (some areas improve, some decline),
  a yearly wobble, and a few weak neighbourhoods that stay weak, recover or slide;
- the scores are scaled so that the buurt scores of 2024 have the means and spreads of the real 2024 buurten
  (measured on the official WFS layer), which gives class frequencies like the real ones.

`publish.py` writes it in the exact open-data format; higher levels are dwelling-weighted means of cells.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.schema import DIMENSIONS
from ..core.schema import YEARS

# Real 2024 buurten (official WFS layer buurtscore24, 6,958 buurten in 7 provinces): mean and sd per dimension.
TARGET_MEAN = {"fys": 0.009, "onv": 0.049, "soc": 0.039, "vrz": -0.059, "won": 0.035}
TARGET_SD = {"fys": 0.046, "onv": 0.077, "soc": 0.061, "vrz": 0.148, "won": 0.055}
TARGET_AFW_SD = 0.126
# How urbanity moves each dimension (before scaling): amenities up, nuisance and cohesion down in towns.
URBAN_EFFECT = {"fys": -0.2, "onv": -0.6, "soc": -0.4, "vrz": 2.0, "won": -0.3}
# How strongly the local trend acts on each dimension, and how weak neighbourhoods show in each.
TREND_WEIGHT = {"fys": 0.2, "onv": 1.0, "soc": 0.6, "vrz": 0.1, "won": 0.6}
WEAK_WEIGHT = {"fys": 0.1, "onv": 0.5, "soc": 0.25, "vrz": 0.0, "won": 0.3}

SAMPLE_GEMEENTEN = ["Veenhoven", "'s-Heerenwaarde", "Lindeloo", "Súdwaard"]
_PRE = ["Ooster", "Wester", "Noord", "Zuid", "Hoog", "Laag", "Nieuw", "Oud", "Groot", "Klein", "Berg", "Dal",
        "Linde", "Eiken", "Veen", "Wolde", "Zand", "Klei", "Water", "Molen", "Kerk", "Burg", "Heide", "Beek"]
_POST = ["veen", "wolde", "dijk", "dam", "hoven", "horst", "loo", "broek", "meer", "waard", "sloot", "berg",
         "haven", "rade", "zijl", "kamp", "wijk", "burg", "voort", "holt"]
_BUURT = ["Centrum", "Kerkbuurt", "Molenwijk", "Bloemenbuurt", "Vogelbuurt", "Schildersbuurt", "Stationsbuurt",
          "Parkzicht", "De Akkers", "De Weiden", "Het Hof", "Buitengebied", "Oude Dorp", "Haven", "Bomenbuurt",
          "De Velden", "Zuidrand", "Noordrand", "De Kamp", "Sluiskwartier", "Watertorenbuurt", "Dijkzicht"]


@dataclass(frozen=True)
class Scale:
    """Size of a generated region. Spacings are in cells (100 m)."""

    nx: int
    ny: int
    gm_spacing: tuple
    wk_spacing: tuple
    bu_spacing: tuple
    pc4_spacing: tuple
    inhabited_share: float
    n_weak: int
    gm_code_start: int
    x0: int = 150000
    y0: int = 420000


SAMPLE = Scale(nx=240, ny=180, gm_spacing=(120, 90), wk_spacing=(45, 40), bu_spacing=(16, 15),
               pc4_spacing=(30, 28), inhabited_share=0.22, n_weak=6, gm_code_start=9901)
# ~400,000 inhabited cells, ~340 gemeenten, ~3,500 wijken, ~12,000 buurten: the national size for benchmarks.
NATIONAL = Scale(nx=2000, ny=2000, gm_spacing=(108, 108), wk_spacing=(34, 34), bu_spacing=(18, 18),
                 pc4_spacing=(32, 32), inhabited_share=0.11, n_weak=400, gm_code_start=1, x0=10000, y0=300000)


@dataclass
class Region:
    scale: Scale
    years: tuple
    cell_ix: np.ndarray  # column of each inhabited cell
    cell_iy: np.ndarray  # row (0 = south)
    dwellings: np.ndarray  # int, per inhabited cell
    households: np.ndarray
    residents: np.ndarray
    dims: np.ndarray  # (cells, years, 5) dimension scores, every year (publish hides some)
    bu_raster: np.ndarray  # (ny, nx) buurt index of every cell
    pc4_raster: np.ndarray
    buurten: pd.DataFrame  # bu_code, bu_naam, wk (index)
    wijken: pd.DataFrame  # wk_code, wk_naam, gm (index)
    gemeenten: pd.DataFrame  # gm_code, gm_naam
    pc4: pd.DataFrame  # PC4

    @property
    def cell_bu(self):
        return self.bu_raster[self.cell_iy, self.cell_ix]

    @property
    def cell_pc4(self):
        return self.pc4_raster[self.cell_iy, self.cell_ix]

    @property
    def wk_raster(self):
        return self.buurten["wk"].to_numpy()[self.bu_raster]

    @property
    def gm_raster(self):
        return self.wijken["gm"].to_numpy()[self.wk_raster]

    def cell_xy(self):
        """Lower-left corners of the inhabited cells in RD New metres."""
        return self.scale.x0 + 100.0 * self.cell_ix, self.scale.y0 + 100.0 * self.cell_iy


def _smooth_noise(rng, shape, sigma):
    """A random field with Gaussian correlation of `sigma` cells, scaled to sd 1."""
    f = np.fft.rfft2(rng.standard_normal(shape))
    ky = np.fft.fftfreq(shape[0])[:, None]
    kx = np.fft.rfftfreq(shape[1])[None, :]
    f *= np.exp(-2.0 * (np.pi * sigma) ** 2 * (kx**2 + ky**2))
    out = np.fft.irfft2(f, s=shape)
    return (out - out.mean()) / out.std()


def _lattice_seeds(rng, nx, ny, spacing, jitter=0.8):
    sx, sy = spacing
    gx, gy = int(np.ceil(nx / sx)), int(np.ceil(ny / sy))
    jj, ii = np.mgrid[0:gy, 0:gx]
    px = (ii + 0.5 + jitter * (rng.random(ii.shape) - 0.5)) * sx
    py = (jj + 0.5 + jitter * (rng.random(jj.shape) - 0.5)) * sy
    return px.ravel(), py.ravel(), gx, gy


def _nearest_seed(px, py, seeds, spacing):
    """Index of the nearest lattice seed of each point, looking in the 3×3 neighbouring lattice cells."""
    sx_, sy_, gx, gy = seeds
    sx, sy = spacing
    ci = np.clip((px // sx).astype(np.int64), 0, gx - 1)
    cj = np.clip((py // sy).astype(np.int64), 0, gy - 1)
    best = np.full(px.shape, np.inf)
    arg = np.zeros(px.shape, dtype=np.int64)
    for dj in (-1, 0, 1):
        for di in (-1, 0, 1):
            i, j = ci + di, cj + dj
            ok = (i >= 0) & (i < gx) & (j >= 0) & (j < gy)
            k = np.where(ok, j * gx + i, 0)
            d = np.where(ok, (sx_[k] - px) ** 2 + (sy_[k] - py) ** 2, np.inf)
            better = d < best
            best[better] = d[better]
            arg[better] = k[better]
    return arg


def _name(rng, used):
    for _ in range(1000):
        name = rng.choice(_PRE) + rng.choice(_POST)
        if name not in used:
            used.add(name)
            return name
    return f"Gemeente {len(used) + 1}"


def _areas(rng, s):
    """Nested Voronoi areas: the buurt raster, and tables of buurten, wijken and gemeenten."""
    yy, xx = np.mgrid[0 : s.ny, 0 : s.nx]
    px, py = xx.ravel() + 0.5, yy.ravel() + 0.5
    gm_seeds = _lattice_seeds(rng, s.nx, s.ny, s.gm_spacing)
    wk_seeds = _lattice_seeds(rng, s.nx, s.ny, s.wk_spacing)
    bu_seeds = _lattice_seeds(rng, s.nx, s.ny, s.bu_spacing)
    pc_seeds = _lattice_seeds(rng, s.nx, s.ny, s.pc4_spacing)
    bu_of_cell = _nearest_seed(px, py, bu_seeds, s.bu_spacing)
    wk_of_bu = _nearest_seed(bu_seeds[0], bu_seeds[1], wk_seeds, s.wk_spacing)
    gm_of_wk = _nearest_seed(wk_seeds[0], wk_seeds[1], gm_seeds, s.gm_spacing)
    pc_of_cell = _nearest_seed(px, py, pc_seeds, s.pc4_spacing)

    # Keep only areas that have cells; number them compactly, gemeente by gemeente.
    bu_used = np.unique(bu_of_cell)
    wk_used = np.unique(wk_of_bu[bu_used])
    gm_used = np.unique(gm_of_wk[wk_used])
    gm_new = {g: n for n, g in enumerate(gm_used)}
    used_names = set()
    gemeenten = pd.DataFrame({
        "gm_code": [f"GM{s.gm_code_start + n:04d}" for n in range(len(gm_used))],
        "gm_naam": [SAMPLE_GEMEENTEN[n] if s is SAMPLE and n < len(SAMPLE_GEMEENTEN) else _name(rng, used_names)
                    for n in range(len(gm_used))],
    })
    wk_rows, wk_new = [], {}
    for g in gm_used:
        mine = [w for w in wk_used if gm_of_wk[w] == g]
        for n, w in enumerate(mine):
            gi = gm_new[g]
            wk_new[w] = len(wk_rows)
            code = gemeenten.gm_code[gi][2:]
            wk_rows.append((f"WK{code}{n:02d}", f"Wijk {n:02d} {rng.choice(_PRE)}{rng.choice(_POST)}", gi))
    wijken = pd.DataFrame(wk_rows, columns=["wk_code", "wk_naam", "gm"])
    bu_rows, bu_new = [], {}
    for w in wk_used:
        mine = [b for b in bu_used if wk_of_bu[b] == w]
        for n, b in enumerate(mine):
            wi = wk_new[w]
            bu_new[b] = len(bu_rows)
            name = _BUURT[n % len(_BUURT)] if n < len(_BUURT) else f"{_BUURT[n % len(_BUURT)]} {n // len(_BUURT) + 1}"
            bu_rows.append((f"BU{wijken.wk_code[wi][2:]}{n:02d}", name, wi))
    buurten = pd.DataFrame(bu_rows, columns=["bu_code", "bu_naam", "wk"])
    lut = np.zeros(bu_of_cell.max() + 1, dtype=np.int32)
    lut[list(bu_new)] = list(bu_new.values())
    bu_raster = lut[bu_of_cell].reshape(s.ny, s.nx)
    pc_used, pc_idx = np.unique(pc_of_cell, return_inverse=True)
    pc4 = pd.DataFrame({"PC4": [str(1000 + n if s is not SAMPLE else 3700 + n) for n in range(len(pc_used))]})
    return bu_raster, pc_idx.reshape(s.ny, s.nx).astype(np.int32), buurten, wijken, gemeenten, pc4, gm_seeds


def _urbanity(rng, s, gm_seeds):
    """Towns: a main town near each gemeente seed, and villages. Returns a field in 0..1."""
    u = np.zeros((s.ny, s.nx))
    yy, xx = np.mgrid[0 : s.ny, 0 : s.nx]
    n_gm = len(gm_seeds[0])
    centres = list(zip(gm_seeds[0], gm_seeds[1], rng.lognormal(np.log(14), 0.45, n_gm), np.ones(n_gm)))
    n_villages = int(n_gm * 3)
    centres += list(zip(rng.random(n_villages) * s.nx, rng.random(n_villages) * s.ny,
                        rng.lognormal(np.log(5), 0.3, n_villages), rng.uniform(0.35, 0.6, n_villages)))
    for cx, cy, r, h in centres:
        x0, x1 = int(max(cx - 3 * r, 0)), int(min(cx + 3 * r + 1, s.nx))
        y0, y1 = int(max(cy - 3 * r, 0)), int(min(cy + 3 * r + 1, s.ny))
        if x1 <= x0 or y1 <= y0:
            continue
        d2 = (xx[y0:y1, x0:x1] + 0.5 - cx) ** 2 + (yy[y0:y1, x0:x1] + 0.5 - cy) ** 2
        np.maximum(u[y0:y1, x0:x1], h * np.exp(-d2 / r**2), out=u[y0:y1, x0:x1])
    return u


def generate(scale=SAMPLE, seed=20241, years=YEARS):
    """The region, deterministic for a given scale and seed."""
    rng = np.random.default_rng(seed)
    s = scale
    bu_raster, pc4_raster, buurten, wijken, gemeenten, pc4, gm_seeds = _areas(rng, s)
    u = _urbanity(rng, s, gm_seeds)
    shape = (s.ny, s.nx)

    # Inhabited: towns (urbanity with a ragged edge) and a scatter of farms.
    edge = u + 0.12 * _smooth_noise(rng, shape, 3)
    inhabited = edge > np.quantile(edge, 1 - s.inhabited_share * 0.9)
    inhabited |= rng.random(shape) < s.inhabited_share * 0.1
    iy, ix = np.nonzero(inhabited)
    uc = u[iy, ix]
    dwellings = np.maximum(1, np.round(rng.lognormal(np.log(2 + 90 * uc**1.5), 0.6))).astype(np.int64)
    households = np.maximum(0, np.round(dwellings * rng.uniform(0.9, 0.99, len(iy)))).astype(np.int64)
    residents = np.round(households * rng.uniform(1.6, 2.8, len(iy))).astype(np.int64)

    # Fields at the inhabited cells.
    base = {d: _smooth_noise(rng, shape, 6)[iy, ix] + 0.15 * rng.standard_normal(len(iy)) for d in DIMENSIONS}
    trend = _smooth_noise(rng, shape, 25)[iy, ix]
    wobble = [_smooth_noise(rng, shape, 4)[iy, ix] for _ in range(6)]
    weak = _weak_neighbourhoods(rng, s, iy, ix, uc, len(years))

    tau = (np.asarray(years) - years[0]) / (years[-1] - years[0])
    dims = np.empty((len(iy), len(years), len(DIMENSIONS)))
    for k, d in enumerate(DIMENSIONS):
        mix = rng.normal(0, 1, (len(years), len(wobble)))
        for t in range(len(years)):
            yearly = sum(mix[t, j] * wobble[j] for j in range(len(wobble))) / np.sqrt(len(wobble))
            dims[:, t, k] = (URBAN_EFFECT[d] * uc + base[d] + 0.4 * yearly
                             + 1.5 * TREND_WEIGHT[d] * trend * (tau[t] - 0.5) - 30 * WEAK_WEIGHT[d] * weak[:, t]
                             + 0.04 * rng.standard_normal(len(iy)))
    dims = _scale_to_real(dims, bu_raster[iy, ix], dwellings, len(buurten), years)
    # A national trend: livability rose slowly over the years.
    dims += (0.06 * (tau - 1.0))[None, :, None] / len(DIMENSIONS)
    return Region(s, tuple(years), ix, iy, dwellings, households, residents, dims, bu_raster, pc4_raster,
                  buurten, wijken, gemeenten, pc4)


def _weak_neighbourhoods(rng, s, iy, ix, uc, n_years):
    """Offsets (cells, years) for a few weak town neighbourhoods: persistent, recovering or sliding."""
    weak = np.zeros((len(iy), n_years))
    towns = np.flatnonzero(uc > 0.5)
    if len(towns) == 0:
        return weak
    kinds = ["persistent", "recovering", "sliding"]
    ramp = np.linspace(0, 1, n_years)
    for n in range(s.n_weak):
        c = rng.choice(towns)
        r = rng.uniform(3, 6)
        d2 = (ix - ix[c]) ** 2 + (iy - iy[c]) ** 2
        near = d2 < (2.5 * r) ** 2
        profile = {"persistent": np.ones(n_years), "recovering": 1.0 - 0.75 * ramp,
                   "sliding": 0.25 + 0.75 * ramp}[kinds[n % 3]]
        weak[near] += np.exp(-d2[near] / r**2)[:, None] * profile[None, :] * rng.uniform(0.8, 1.2)
    return weak


def _scale_to_real(dims, cell_bu, dwellings, n_bu, years):
    """Affine per dimension so that the 2024 buurt means and sds match the real 2024 buurten, then one
    common shrink so that the sd of the buurt afw matches too.

    The same transform applies to every year, so trends and the sum afw = Σ dims are kept.
    """
    t = list(years).index(2024) if 2024 in years else len(years) - 1
    w = np.bincount(cell_bu, weights=dwellings, minlength=n_bu)
    has = w > 0
    out = np.empty_like(dims)
    for k, d in enumerate(DIMENSIONS):
        bu_mean = np.bincount(cell_bu, weights=dwellings * dims[:, t, k], minlength=n_bu)[has] / w[has]
        a = TARGET_SD[d] / bu_mean.std()
        out[:, :, k] = a * (dims[:, :, k] - bu_mean.mean())
    afw = np.bincount(cell_bu, weights=dwellings * out[:, t, :].sum(axis=1), minlength=n_bu)[has] / w[has]
    out *= TARGET_AFW_SD / afw.std()
    out += np.array([TARGET_MEAN[d] for d in DIMENSIONS])[None, None, :]
    return out
