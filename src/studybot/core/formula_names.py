"""Chemical formulas and the English names texts write for the same substances ("CO2" carbon dioxide, "CH4"
methane, "O2" oxygen): notation every text on any subject writes the same way, so a learner may type the formula of
what the notes name in words ("how much CO2 do trees store?" of a text saying "Trees store carbon dioxide ...").
`with_formulas` gives a pack's aliases the formulas of the substances its text names, as `lexicon_countries`
gives it the other names of the countries it names. Only formulas with a figure, or of letters that form no English
word ("HCl", "NaCl"): "CO", "NO" are words a learner types for other things. General data, nothing of one text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .elements import DIATOMIC, ELEMENT_NAMES
from .text import normalise

__all__ = ["FORMULA_NAMES", "with_formulas"]

# a formula -> the names English texts give the substance (the first its canonical name)
FORMULA_NAMES: dict[str, tuple[str, ...]] = {
    "CO2": ("carbon dioxide",), "H2O": ("water",), "O3": ("ozone",), "CH4": ("methane",), "NH3": ("ammonia",),
    "SO2": ("sulfur dioxide", "sulphur dioxide"), "SO3": ("sulfur trioxide", "sulphur trioxide"),
    "NO2": ("nitrogen dioxide",), "N2O": ("nitrous oxide",), "H2S": ("hydrogen sulfide", "hydrogen sulphide"),
    "HCl": ("hydrochloric acid", "hydrogen chloride"), "H2SO4": ("sulfuric acid", "sulphuric acid"),
    "HNO3": ("nitric acid",), "H2CO3": ("carbonic acid",), "NaCl": ("sodium chloride",),
    "NaOH": ("sodium hydroxide",), "CaCO3": ("calcium carbonate",), "SiO2": ("silicon dioxide", "silica"),
    "H2O2": ("hydrogen peroxide",), "C6H12O6": ("glucose",), "C2H5OH": ("ethanol",), "CH3OH": ("methanol",),
    "NaHCO3": ("sodium bicarbonate",), "CaSO4": ("calcium sulfate", "calcium sulphate"),
    # an element's gas of two atoms is named as the element (`elements.DIATOMIC`)
    **{f"{symbol}2": ELEMENT_NAMES[symbol][:1] for symbol in sorted(DIATOMIC)},
}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", normalise(text)))


def with_formulas(aliases: Mapping[str, tuple[str, ...]], code: str, text: str) -> dict[str, tuple[str, ...]]:
    """A pack's aliases with the formula of each substance its text (`text`, any case) names by one of its names
    (`FORMULA_NAMES`), as another form of that name, where no alias of the pack spells the formula or the names
    itself (English only: other languages keep their aliases)."""
    if code != "en":
        return dict(aliases)
    taken = {_words(name) for canonical, others in aliases.items() for name in (canonical, *others)}
    said = f" {_words(text)} "
    extra: dict[str, tuple[str, ...]] = {}
    for formula, names in FORMULA_NAMES.items():
        forms = {_words(n) for n in (formula, *names)}
        written = [n for n in names if f" {_words(n)} " in said]
        if written and not forms & taken:
            extra[written[0]] = tuple(n for n in (*names, formula) if n != written[0])
    return {**extra, **aliases}
