"""The names an adjective is made from, by its stem: "петровскую" is Пётр's, "Азовский" Азов's, "Галапагосские
острова" are the Галапагосы; a name's last vowel dropped before "-ск" ("Бородинское" is Бородино's, "исландский"
Исландия's); a suffix standing for the name's end ("арктический" is Арктика's, "антарктический" Антарктида's).
Each such name's stem is one more key of the adjective (`Words.keys`). The endings and vowels are the language's
data (`TutorWords`), the suffixes are here (`SUFFIXES`); a name is one of the pack's (`Words.name_stems`). In English
an adjective of a people or a place is its name's stem and a suffix ("European" of Europe, "Italian" of Italy, "Indian"
of India, "Japanese" of Japan: `PEOPLE_SUFFIXES`), read both ways: either word is a key of the other when the other is a
name of the pack's. Rules of word formation, no word of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon_tutor import TutorWords

__all__ = ["MIN_BASE", "PEOPLE_SUFFIXES", "SUFFIXES", "named_by"]

MIN_BASE = 4  # letters a stem keeps when a derivation ending or suffix is dropped ("физическ" is no name's)
# an adjective's suffix standing for the end of the name it is made from, by language: "арктическ" / "арктик"
SUFFIXES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {"ru": (("ическ", ("ик", "ид")),)}
# suffixes of an adjective of a people or a place added to its name's stem, and the letters that stem keeps at least, by
# language: "europ-ean", "egypt-ian", "itali-an" (five: a "germ" is no German), "india-n", "japan-es(e)" (stems)
PEOPLE_SUFFIXES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("ean", MIN_BASE), ("ian", MIN_BASE), ("an", MIN_BASE + 1), ("n", MIN_BASE), ("es", MIN_BASE))}


def named_by(st: str, tw: TutorWords, name_stems: frozenset[str], code: str) -> set[str]:
    """The stems of the pack's names an adjective (by its stem `st`, in the language `code`) is made from."""
    found = {st[:-2] + v for v in tw.name_vowels if st.endswith("ск") and st[:-2] + v in name_stems}
    found |= {st[: -len(suffix)] + end for suffix, ends in SUFFIXES.get(code, ()) if st.endswith(suffix)
              and len(st) - len(suffix) >= MIN_BASE for end in ends if st[: -len(suffix)] + end in name_stems}
    for ending in tw.name_adjective_endings:
        base = (st[: -len(ending)] if st.endswith(ending) else "").removesuffix(tw.stem_drops)
        if base in name_stems or (base and st in name_stems and len(base) >= MIN_BASE):
            found.add(base)
            break
    for suffix, least in PEOPLE_SUFFIXES.get(code, ()):  # "European" and "Europe": one a name of the pack's
        if st.endswith(suffix) and len(st) - len(suffix) >= least and st[: -len(suffix)] in name_stems:
            found.add(st[: -len(suffix)])
        if len(st) >= least and st + suffix in name_stems:
            found.add(st + suffix)
    return found
