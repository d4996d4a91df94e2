"""Slips in the spelling of a name that `aliases.Aliases` forgives in a short name: a doubled letter, one vowel for
another, two letters swapped, a letter left out, vowels spelt by ear, a last consonant devoiced."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property, lru_cache

from rapidfuzz.distance import OSA

__all__ = ["by_ear", "devoiced", "e_spellings", "HeardNames", "j_stem", "said", "silent_end", "undoubled", "vowel_slip"]

_DOUBLE = re.compile(r"([^\W\d_])\1+")
_LONG_NAME = 7  # letters of a name whose last consonant may be left out
_LAST_CONSONANTS = frozenset("bcdfghklmnprtvxz")  # not "s" ("Edwards" / "Edward"), "j", "w", "y" or a vowel
_VOWELS = frozenset("aeiouyаеиоуыэюяё")
_NOT_BEFORE_E = frozenset("аеиоуыэюяёйьъ -")  # "э" is written after a consonant ("Бэст"), not "Иэн" for "Иен"


def undoubled(name: str) -> str:
    """A name with its doubled letters written once ("витте": "вите", "белл": "бел"), and a voiced consonant before
    its voiceless pair left out, as it is said ("шмидт": "шмит"): one sound written with one letter."""
    return _SAID_ONCE.sub(lambda m: m.group(0)[1], _DOUBLE.sub(r"\1", name))


def vowel_slip(a: str, b: str) -> bool:
    """Two spellings of a short name that differ only by a doubled letter, one vowel for
    another, two letters swapped or a letter left out inside ("Росия" / "Россия", "Ельцын" /
    "Ельцин", "Frnace" / "France", "Havard" / "Harvard"), the usual slips in names; not a
    consonant for another ("Kozlov" / "Kotlov") nor another ending ("Ivanov" / "Ivanova")."""
    if _DOUBLE.sub(r"\1", a) == _DOUBLE.sub(r"\1", b):
        return True
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        # a letter left out inside the name ("Havard" / "Harvard"); not at its end ("Ivanov" / "Ivanova",
        # "Octavia" / "Octavian"), but for the last of two consonants ending a long name in Latin letters, often
        # silent ("Bouchar" / "Bouchard", "Schmid" / "Schmidt"), when it ends no plural ("Edward" / "Edwards")
        return len(long) == len(short) + 1 and (
            any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))
            or (len(long) >= _LONG_NAME and long[:-1] == short and long[-1] in _LAST_CONSONANTS
                and long[-2] in _LAST_CONSONANTS) or silent_end(long, short))
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return True
    return len(diff) == 1 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


def silent_end(long: str, short: str) -> bool:
    """A name in Latin letters written without its last "e", which is not said after two consonants ("Lefebvre" /
    "Lefebvr"); no ending that makes another name ("Louise" / "Louis", "Ivanova" / "Ivanov")."""
    return long[:-1] == short and long[-1] == "e" and len(long) >= _LONG_NAME and long[-2] in _LAST_CONSONANTS \
        and long[-3] in _LAST_CONSONANTS


_VOWEL_RUN = re.compile(r"[aeiouyаеиоуыэюяё]+")


@lru_cache(maxsize=1 << 15)
def _consonants(word: str) -> str:
    """A word without its vowels (a name's is asked for with every word that might be a slip of it)."""
    return _VOWEL_RUN.sub("", word)


@lru_cache(maxsize=1 << 15)
def _consonants_once(name: str) -> str:
    """A name without its vowels, a doubled letter written once ("Doppler": "dplr")."""
    return _consonants(_DOUBLE.sub(r"\1", name))


def by_ear(a: str, b: str) -> bool:
    """Two spellings of a name of five letters or more (`a` typed, `b` the name) with the same consonants in the same
    order (the name's doubled one maybe typed once, never one doubled that the name has once: "Olsson" is another
    name than "Olsen") and other vowels, at most two runs of them ("Wexlay" / "Wexley", "Tamsan" / "Tomsin", "Doplar"
    / "Doppler")."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or _consonants(a) not in (_consonants(b), _consonants_once(b)):
        return False
    va, vb = _VOWEL_RUN.findall(a), _VOWEL_RUN.findall(b)
    return len(va) == len(vb) and 0 < sum(x != y for x, y in zip(va, vb, strict=True)) <= 2 \
        and [m.start() == 0 for m in _VOWEL_RUN.finditer(a)][:1] == [m.start() == 0 for m in _VOWEL_RUN.finditer(b)][:1]


_DEVOICED = frozenset(("вф", "дт", "гк", "зс", "бп", "жш"))
_SAID_ONCE = re.compile("|".join(_DEVOICED))


def devoiced(a: str, b: str) -> bool:
    """A name spelt as it sounds: its last consonant written voiceless or voiced ("Вирхоф" /
    "Вирхов", "Синот" / "Синод"), as Russian says it at the end of a word."""
    return len(a) == len(b) and a[:-1] == b[:-1] and "".join(sorted(a[-1] + b[-1])) in _SORTED_DEVOICED


_SORTED_DEVOICED = frozenset("".join(sorted(pair)) for pair in _DEVOICED)


# the case endings of a Russian given name in "-ей" / "-ай" ("Сергей", "Сергея", "Сергею", "Сергеем", "Сергее"), and of
# a borrowed surname in "-ой" declined so ("Макрой", "Макроя", "Макрою", "Макроем")
_J_CASES = ("ей", "ея", "ею", "еем", "ее", "ай", "ая", "аю", "аем", "ае", "ой", "оя", "ою", "оем", "ое")


def j_stem(word: str, stem: str) -> str:
    """The stem of a Russian name in "-ей" / "-ай" / "-ой" in one form for all its cases: the stemmer leaves the vowel
    before "й" in one case only ("Сергей": "серг", "Сергея": "серге"; "Николай": "никола", "Николая": "никол")."""
    if len(stem) >= 5 and stem[-1] in "еао" and stem[-2] not in _VOWELS and word.endswith(_J_CASES):
        return stem[:-1]
    return stem


def e_spellings(pairs: dict[str, str], names: frozenset[str]) -> None:
    """Adds each name's spellings with "э" for one "е" after a consonant, and with "е" for every "э": Russian writes a
    borrowed name either way ("Бест" / "Бэст", "Рэлей" / "Релей", "Улан-Удэ" / "Улан-Уде"), so neither is a slip."""
    for key, canon in list(pairs.items()):
        if canon in names:
            spelt = {key.replace("э", "е"), *(key[:i] + "э" + key[i + 1:] for i in range(1, len(key))
                                              if key[i] == "е" and key[i - 1] not in _NOT_BEFORE_E)}
            for other in spelt - {key}:
                pairs.setdefault(other, canon)


# letters that spell one sound in a name, read as one spelling of it: English "ph" / "f", "ck" / "k", "igh" before a
# last consonant / "i" and a silent last "e" ("Dwight" / "Dwite"), "oe" ending a name / "o" ("Defoe" / "Defo",
# "Monroe" / "Monro"), a silent "h" after a consonant ("Rhys" / "Rys",
# "Gunther" is not: "th" is a sound of its own), "au" / "ow" / "ou" before a consonant ("Strauss" / "Strowss");
# Russian "тс" / "ц" / "с" ("Кунц" / "Кунс"), "х" / "к" ("Вахов" / "Ваков"), "о" / "е" ("ё") after a hissing
# letter ("Лущов" / "Лущёв"), "шч" / "сч" / "щ"
_SAID = tuple((re.compile(a), b) for a, b in (
    (r"igh([^aeiouy])$", r"i\1e"), (r"(?<=[^aeiouy])oe$", "o"), ("ph", "f"), ("ck", "k"), (r"(?<=[bdgkmnrw])h", ""),
    (r"(?:au|ow|ou)(?=[^aeiouy]|$)", "au"),
    ("[тд]с|т?ц", "с"), ("х", "к"), ("(?<=[жшчщ])о", "е"), ("[шс]ч", "щ")))


@lru_cache(maxsize=1 << 15)
def said(word: str) -> str:
    """A name's spelling by its sounds (see `_SAID`), its doubled letters once: two spellings of one sound give one
    ("Knighton" / "Knyton" do not: "y" for "i" is no rule here; "Strouss" / "Strauss" / "Strowss" do)."""
    for pattern, sound in _SAID:
        word = pattern.sub(sound, word)
    return undoubled(word)


class HeardNames:
    """The one-word names of a pack (spelling -> what it names) by their sounds (`said`): a word spelt by ear is the
    name of its sound when no other name shares that sound or is one slip from the word ("Dwite" for "Dwight", not
    with a "Dwile" in the pack too), and `plain` does not hold of it (a word of the language or one the texts write
    in lower case: "write" is no "Wright")."""

    def __init__(self, names: Callable[[], dict[str, str]], plain: Callable[[str], bool]) -> None:
        """`names` gives the names when a word is first asked about (not when the pack opens)."""
        self._read_names, self._plain, self._cache = names, plain, dict[str, str]()

    @cached_property
    def _names(self) -> dict[str, str]:
        return self._read_names()

    @cached_property
    def _sounds(self) -> dict[str, str]:
        """Each sound (`said`) of one name only, with that name."""
        heard: dict[str, set[str]] = {}
        for name, canon in self._names.items():
            heard.setdefault(said(name), set()).add(canon)
        return {key: next(iter(canons)) for key, canons in heard.items() if len(canons) == 1}

    def __call__(self, word: str) -> str:
        """The name `word` spells by ear, or "". Memoised."""
        if (found := self._cache.get(word)) is None:
            self._cache.clear() if len(self._cache) > 50_000 else None
            canon = self._sounds.get(said(word), "") if len(word) >= 4 and word not in self._names else ""
            found = self._cache[word] = canon if canon and not self._plain(word) and all(
                c == canon or OSA.distance(word, k, score_cutoff=1) > 1 for k, c in self._names.items()) else ""
        return found
