"""A prefixed Russian verb whose root alternates, keyed alike with the noun made from it without a suffix.

Russian makes an action noun from a prefixed verb with no suffix, in the root's full grade: "взорвать" / "взрывать" /
"взрыв", "прорвать" / "прорыв", "сорвать" / "срыв", "созвать" / "созывать" / "созыв", "призвать" / "призыв".
Snowball gives each its own stem ("взорва", "взрыва", "взрыв"), so "на какой высоте взорвался X?" never met "Взрыв
случился на высоте ...", nor "когда прорвало плотину?" "Прорыв плотины ...": each such form gets one more key, its
prefix and its root, the same for the perfective, the imperfective and the noun (a prefix's added vowel dropped:
"взо-", "ото-"). Only the prefixes with which the noun names the verb's own action: not "по-" ("порыв" is a gust),
"на-" ("нарыв" an abscess), "пере-" ("перерыв" a break) or "об-" ("обрыв" a cliff) of "-рвать"; not "вы-" of
"-звать" ("вызвать" is to cause, "вызов" a challenge). Rules of Russian word formation, no word of a text.
Measured (benchmarks/tutor.py --held-out --sections 200): no group moves; the same rule for "-брать" / "-бирать" /
"-бор" ("выбрали" / "выборы", "собрали" / "сбор") was left out: a held-out pack lost an answer."""

from __future__ import annotations

import re

__all__ = ["ROOT_KEY", "root_keys"]

ROOT_KEY = "zv"  # + a prefix and a root: a prefixed verb of an alternating root and its noun without a suffix
# a prefix as it stands before the root's short grade ("взо-рвать", "ото-звать") -> as before the noun
_TEAR = {"вз": "вз", "взо": "вз", "раз": "раз", "разо": "раз", "про": "про", "с": "с", "со": "с", "под": "под",
         "подо": "под", "от": "от", "ото": "от"}
_CALL = {"от": "от", "ото": "от", "при": "при", "со": "со"}
_VERB = r"(?:ать|ал|ала|ало|али|ан|ана|ано|аны|анн\w*|авш\w*|ав|ет|ут|ешь|ем|ете|у)"  # "взорвал", "взорвёт"
_IMPERFECTIVE = r"(?:ть|л|ла|ло|ли|ет|ют|ешь|ем|ете|ю|ющ\w*|вш\w*|я|ем\w*)"  # after "-рыва-": "взрывали", "взрывает"
_NOUN = r"(?:|а|у|ом|е|ы|ов|ам|ами|ах)"
_REFLEXIVE = r"(?:ся|сь)?"


def _forms(prefixes: dict[str, str], short: str, long: str, noun: str) -> re.Pattern[str]:
    alternatives = "|".join(sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"({alternatives})(?:{short}{_VERB}{_REFLEXIVE}|{long}{_IMPERFECTIVE}{_REFLEXIVE}|"
                      rf"{noun}{_NOUN})")


_FAMILIES = (("рв", _TEAR, _forms(_TEAR, "рв", "рыва", "рыв")),
             ("зв", _CALL, _forms(_CALL, "зв", "зыва", "(?:зыв|зов)")))


def root_keys(word: str) -> frozenset[str]:
    """The key a prefixed form of "-рвать" or "-звать" shares with the noun of its action ("взорвался", "взрывали",
    "взрыв": "zvвзрв"); none for other words ("порыв", "вызов")."""
    word = word.replace("ё", "е")
    for root, prefixes, forms in _FAMILIES:
        found = forms.fullmatch(word)
        if found is not None:
            return frozenset({ROOT_KEY + prefixes[found.group(1)] + root})
    return frozenset()
