"""A Russian verb of a question and the noun of its action in the notes: "когда начали добывать X?" is answered by
"Добыча X началась в ...", "кто открыл X?" by "Открытие X принадлежит ...", "когда X остановили?" by "Остановка X
...". A rule of Russian word formation, no word of a text: the noun of an action is made on the verb's stem of the
infinitive and past ("добы-ть", "откры-ть", "останови-ть") with

- "-ча" ("добы-ча", "переда-ча", "сда-ча"), met by that stem, or the imperfective's less its "-ва-" ("добыва-ть");
- "-тие" ("откры-тие", "разви-тие", "взя-тие"), the same;
- "-ка" on a verb in "-ить" ("останов-ка" / "останови-ть", "провер-ка" / "провери-ли", "построй-ка" / "построи-ть"),
  the stem less its "и" (not a verb in "-ать": "сказка" is no "сказали");
- "-ние" / "-ение" / "-ание" and the others the grader reads (`ru_verbal_nouns.verbal_noun`: "похолодание" /
  "похолодало", "подтверждение" / "подтвердили").

The tutor reads a question's noun of an action by the verbs the pack writes (`kindred`); this is the other way, a
question's verb by the pack's nouns of its action (`Kindred.stems`)."""

from __future__ import annotations

from ..ru_verbal_nouns import verbal_noun

__all__ = ["action_noun", "verb_bases"]

_VOWELS = frozenset("аеиоуыэюя")
_REFLEXIVE = ("ся", "сь")
_PAST = ("ть", "ти", "л", "ла", "ло", "ли")  # the infinitive and the past: the verb's first stem is before them
_PRESENT = ("ет", "ют", "ем", "ешь", "ете")  # "добыва-ет": after a vowel, the same stem
_CASES = ("ами", "ями", "ах", "ях", "ам", "ям", "ой", "ей", "ою", "ею", "а", "я", "у", "ю", "е", "и", "")
_TIE = ("тиями", "тиях", "тиям", "тием", "тие", "тия", "тию", "тии", "тий")
MIN_BASE = 3  # letters of the stem a noun in "-ча" or "-тие" is made on ("сда-ча"; not "да-ча" / "дали")
MIN_KA = 4  # ... in "-ка" ("провер-ка"; not "точ-ка" / "точили")


def verb_bases(verb: str) -> frozenset[str]:
    """The stems of a Russian verb form before its infinitive, past or present ending ("добыли": "добы", "добывает":
    "добыва" and, less its imperfective "-ва-", "добы"); none for a word that is no such form."""
    word = verb.replace("ё", "е")
    word = word[:-2] if word.endswith(_REFLEXIVE) and len(word) > 5 else word
    bases = {word[: -len(e)] for e in _PAST if word.endswith(e)}
    bases |= {word[: -len(e)] for e in _PRESENT if word.endswith(e) and word[-len(e) - 1:-len(e)] in _VOWELS}
    bases = {b for b in bases if len(b) >= MIN_BASE and b[-1] in _VOWELS}
    return frozenset(bases | {b[:-2] for b in bases if b.endswith("ва") and b[-3:-2] in _VOWELS})


def _suffixed(noun: str, bases: frozenset[str]) -> bool:
    """Is `noun` a noun of action in "-ча", "-тие" or "-ка" made on one of a verb's `bases`?"""
    word = noun.replace("ё", "е")
    for tie in _TIE:
        if word.endswith(tie):
            base = word[: -len(tie)]
            return len(base) >= MIN_BASE and base in bases
    for case in _CASES:
        if not word.endswith(case) or len(word) - len(case) < MIN_BASE + 1:
            continue
        stem = word[: len(word) - len(case)]
        if stem.endswith("ч") and stem[:-1] in bases and len(stem) > MIN_BASE:  # "добы-ч-а"
            return True
        if stem.endswith("к") and len(stem) > MIN_KA:  # "останов-к-а" / "останови-ть", "построй-к-а" / "построи-ть"
            base = stem[:-1]
            if (base[:-1] + "и" if base.endswith("й") else base + "и" if base[-1] not in _VOWELS else "") in bases:
                return True
    return False


def action_noun(noun: str, noun_stem: str, verb: str, verb_stem: str) -> bool:
    """Is `noun` the noun of the action of the verb form `verb` (see the module's docstring)?"""
    if noun == verb or not noun.isalpha():
        return False
    if verbal_noun(noun, noun_stem, verb, verb_stem):
        return True
    bases = verb_bases(verb)
    return bool(bases) and _suffixed(noun, bases)
