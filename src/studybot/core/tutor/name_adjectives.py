"""The names an adjective is made from, by its stem: "петровскую" is Пётр's, "Азовский" Азов's, "Галапагосские
острова" are the Галапагосы; a name's last vowel dropped before "-ск" ("Бородинское" is Бородино's, "исландский"
Исландия's); a suffix standing for the name's end ("арктический" is Арктика's, "антарктический" Антарктида's).
Each such name's stem is one more key of the adjective (`Words.keys`). The endings and vowels are the language's
data (`TutorWords`), the suffixes are here (`SUFFIXES`); a name is one of the pack's (`Words.name_stems`). Rules of
Russian word formation, no word of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lexicon_tutor import TutorWords

__all__ = ["MIN_BASE", "SUFFIXES", "named_by"]

MIN_BASE = 4  # letters a stem keeps when a derivation ending or suffix is dropped ("физическ" is no name's)
# an adjective's suffix standing for the end of the name it is made from, by language: "арктическ" / "арктик"
SUFFIXES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {"ru": (("ическ", ("ик", "ид")),)}


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
    return found
