"""Russian nouns whose stem ends in "й" after "е": one key for all their forms (issue #12).

"музей", "лицей", "Андрей", "Помпеи" keep their "й" in the nominative and write it in the other forms as the vowel
letter of the ending ("музея" is "музей-а", "лицее" "лицей-е", "Помпей" the genitive of "Помпеи"). Snowball takes the
"й", or the last vowel with the "е" before it, for an ending ("музей" -> "муз", "лицее" -> "лиц"), while other forms
keep the "е" ("музея" -> "музе", "Помпеи" -> "помпе"), so "когда начали раскапывать Помпеи?" missed "раскопки Помпей"
and "в каком музее ...?" missed "музей". Every form of that shape gets, besides its stem, the word up to and with that
"е" ("музе", "лице", "помпе"): the stem its other forms have. The "е" must follow a consonant such a stem ends in, not
"н", "ж", "ш", "ч", "щ" (soft adjectives and comparatives: "последней", "сильнее", "большей") nor a vowel or "ь"
("моей", "третьей"); a plural in "-ей" of another noun gets a key only its own forms share ("рублей": "рубле").

A rule of Russian declension, no word of a text; other languages get no key."""

from __future__ import annotations

import re

__all__ = ["jot_stem"]

# the stem up to its "е" (after a consonant such a stem ends in) and an ending of the noun
_JOT = re.compile(r"([а-я]{2,}?[б-дзклмпрстфхц]е)(?:й|я|ю|е|ем|ей|и|ев|ям|ями|ях)")


def jot_stem(word: str) -> frozenset[str]:
    """The stem every form of a Russian noun in "-ей" has ("музей", "музее", "музеях": "музе"); none for any other
    word."""
    found = _JOT.fullmatch(word)
    return frozenset({found.group(1)}) if found else frozenset()
