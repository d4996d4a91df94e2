"""The chemical elements' symbols and their English names ("Cl" chlorine, "As" arsenic): notation every text on
any subject writes the same way, read by `grading/symbols.py`. General data, nothing of one text."""

from __future__ import annotations

__all__ = ["ELEMENT_NAMES"]

_TABLE = """
H hydrogen He helium Li lithium Be beryllium B boron C carbon N nitrogen O oxygen F fluorine Ne neon Na sodium
Mg magnesium Al aluminium Si silicon P phosphorus S sulfur Cl chlorine Ar argon K potassium Ca calcium
Sc scandium Ti titanium V vanadium Cr chromium Mn manganese Fe iron Co cobalt Ni nickel Cu copper Zn zinc
Ga gallium Ge germanium As arsenic Se selenium Br bromine Kr krypton Rb rubidium Sr strontium Y yttrium
Zr zirconium Nb niobium Mo molybdenum Tc technetium Ru ruthenium Rh rhodium Pd palladium Ag silver Cd cadmium
In indium Sn tin Sb antimony Te tellurium I iodine Xe xenon Cs caesium Ba barium La lanthanum Ce cerium
Pr praseodymium Nd neodymium Pm promethium Sm samarium Eu europium Gd gadolinium Tb terbium Dy dysprosium
Ho holmium Er erbium Tm thulium Yb ytterbium Lu lutetium Hf hafnium Ta tantalum W tungsten Re rhenium Os osmium
Ir iridium Pt platinum Au gold Hg mercury Tl thallium Pb lead Bi bismuth Po polonium At astatine Rn radon
Fr francium Ra radium Ac actinium Th thorium Pa protactinium U uranium Np neptunium Pu plutonium Am americium
Cm curium Bk berkelium Cf californium Es einsteinium Fm fermium
"""

# symbol -> English name (and the names' other spellings a text may use: "aluminum", "sulphur", "cesium")
ELEMENT_NAMES: dict[str, tuple[str, ...]] = {
    symbol: (name, *{"aluminium": ("aluminum",), "sulfur": ("sulphur",), "caesium": ("cesium",)}.get(name, ()))
    for symbol, name in zip(_TABLE.split()[::2], _TABLE.split()[1::2], strict=True)
}
