"""A Russian noun in "-ан", "-ал", "-ай" (or "-ян", "-ял", "-яй") whose last consonant Snowball cuts in some forms only:
it reads "н", "л", "й" after "а"/"я" as a verb's ending ("сделан", "сделал", "делай"), so the nominative and the
genitive lose it ("уран" / "урана" -> "ура", "канал" -> "кана", "Китай" -> "кита") while the other cases keep it
("уране" -> "уран", "канале" -> "канал", "Китае" -> "китай"). The two stems were too short or too far apart for a
typo, so "на Уране" missed "Уран" and "в Тихом океане" missed "Тихий океан". A rule of Russian word forms, the same
for every text; a verb's stems cut the same way ("созда" / "создал") are one word too.

So with a noun in "-ит", "-им", "-ил" (or "-ыт", "-ым", "-ыл") after a consonant: Snowball reads the two letters as
a verb's ending wherever it stands ("кредит" -> "кред", "режим" -> "реж") and keeps them before a case ending
("кредитом" -> "кредит", "режимом" -> "режим"), so "режим тишины" missed "режимом тишины". Not "-ен" ("орден" ->
"орд", "орденом" -> "орден"): the stem of a noun in "-ение" ends so too ("изменение" -> "изменен"), and read as one
with the shorter stem it met another noun ("измена") and cost a held-out answer (round 50).

So with a noun in "-ой" after a consonant ("герой", "покой", "конвой", "перегной"): Snowball reads "-ой" as an
adjective's ending in the nominative ("герой" -> "гер") and keeps the "о" before the other cases' endings ("героями"
-> "геро"), so "Героями Советского Союза" missed "Герой Советского Союза". Read on the words, not the stems: a stem
and that stem and "о" are often two words ("пока" / "покоя", "вода" / "водоём", "забыл" / "забоя").
"""

from __future__ import annotations

from .ru_families import e_verb_forms

__all__ = ["consonant_cut", "oi_noun_forms", "stemmed_apart"]

_CUT = frozenset("нлй")  # the verb endings Snowball's Russian rule takes after "а"/"я" that end a noun too
_CUT_PAIRS = frozenset(("ил", "ыл", "ит", "ыт", "им", "ым"))  # those it takes after any letter
_VOWELS = frozenset("аеёиоуыэюяь")


def consonant_cut(a: str, b: str) -> bool:
    """Are two stems one word, one with its last "н", "л" or "й" after "а"/"я" cut ("ура" / "уран"), or "-ит",
    "-им" (...) after a consonant ("кред" / "кредит")?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3 or not long.startswith(short) or not short.isalpha():
        return False
    if len(long) == len(short) + 2:
        return long[-2:] in _CUT_PAIRS and short[-1] not in _VOWELS
    return len(long) == len(short) + 1 and long[-1] in _CUT and short[-1] in "ая"


_OI_ENDINGS = ("я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях")  # the other cases of a noun in "-ой" ("героями")


def oi_noun_forms(a: str, b: str) -> bool:
    """Is one word a noun in "-ой" after a consonant ("герой") and the other a case of it ("героя", "героями")?"""
    for nominative, other in ((a, b), (b, a)):
        if len(nominative) >= 5 and nominative.endswith("ой") and nominative[-3] not in _VOWELS \
                and other.startswith(nominative[:-1]) and other[len(nominative) - 1:] in _OI_ENDINGS:
            return True
    return False


def stemmed_apart(a: str, b: str) -> bool:
    """Are two words forms of one word that Snowball stems apart: a verb in "-еть" in two tenses
    (`ru_families.e_verb_forms`: "зависит" / "зависела") or a noun in "-ой" in two cases ("герой" / "героями")?"""
    return e_verb_forms(a, b) or oi_noun_forms(a, b)
