"""The chemical elements' symbols and their English and Russian names ("Cl" chlorine, хлор; "As" arsenic, мышьяк):
notation every text on any subject writes the same way, read by `grading/symbols.py`. General data, nothing of one
text."""

from __future__ import annotations

__all__ = ["DIATOMIC", "ELEMENT_NAMES", "ELEMENT_NAMES_RU"]

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

_TABLE_RU = """
H водород He гелий Li литий Be бериллий B бор C углерод N азот O кислород F фтор Ne неон Na натрий Mg магний
Al алюминий Si кремний P фосфор S сера Cl хлор Ar аргон K калий Ca кальций Sc скандий Ti титан V ванадий Cr хром
Mn марганец Fe железо Co кобальт Ni никель Cu медь Zn цинк Ga галлий Ge германий As мышьяк Se селен Br бром
Kr криптон Rb рубидий Sr стронций Y иттрий Zr цирконий Nb ниобий Mo молибден Tc технеций Ru рутений Rh родий
Pd палладий Ag серебро Cd кадмий In индий Sn олово Sb сурьма Te теллур I иод Xe ксенон Cs цезий Ba барий La лантан
Ce церий Pr празеодим Nd неодим Pm прометий Sm самарий Eu европий Gd гадолиний Tb тербий Dy диспрозий Ho гольмий
Er эрбий Tm тулий Yb иттербий Lu лютеций Hf гафний Ta тантал W вольфрам Re рений Os осмий Ir иридий Pt платина
Au золото Hg ртуть Tl таллий Pb свинец Bi висмут Po полоний At астат Rn радон Fr франций Ra радий Ac актиний
Th торий Pa протактиний U уран Np нептуний Pu плутоний Am америций Cm кюрий Bk берклий Cf калифорний
Es эйнштейний Fm фермий
"""

# symbol -> Russian name (and "йод", the other spelling of "иод")
ELEMENT_NAMES_RU: dict[str, tuple[str, ...]] = {
    symbol: (name, *(("йод",) if name == "иод" else ()))
    for symbol, name in zip(_TABLE_RU.split()[::2], _TABLE_RU.split()[1::2], strict=True)
}

# the elements whose simple substance is a gas of two atoms: "H2", "O2", "Cl2" name the element as a substance
# (hydrogen, oxygen, chlorine), as the bare symbol does; "O3" (ozone) and a compound ("H2O") do not
DIATOMIC = frozenset(("H", "N", "O", "F", "Cl", "Br", "I"))
