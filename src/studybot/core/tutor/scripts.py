"""A pack's words typed in the other script.

A learner asks a Russian pack about "Winkler" or "Vinkler" where the text writes "Винклер", an English pack about
"Помпео" where it writes "Pompeo". A question word that matches nothing as written (not even as a typo) is read
in the other script and matched to the pack's own words with the tutor's typo tolerance: Latin letters on a Russian
pack through `translit.latin_to_cyrillic` (its names first, then its other words); Cyrillic letters on a pack in
Latin letters against its names read the same way into Cyrillic (so the one romanisation table serves both ways).
The words that frame a question in the other language ("who", "was" on a Russian
pack, "кто", "такой" on an English one) are dropped, even when the pack happens to use them: they ask, they name
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..language import language
from ..translit import latin_to_cyrillic
from .words import tutor_words

__all__ = ["Scripts"]

ONE_EDIT_UP_TO = 9  # as `analysis`: words up to this long may be one edit from a name, longer ones two
MIN_READ = 4  # letters of a word read in the other script (shorter ones are symbols or function words)
_LATIN_WORD = re.compile(r"[a-z]+")
_CYRILLIC_WORD = re.compile(r"[а-яё]+")
_SOUNDLESS = str.maketrans({"ь": None, "ъ": None, "ё": "е", "й": "и"})  # signs a romanisation drops or spells alike


def _framing(code: str) -> frozenset[str]:
    """The words that frame a question in a language: its question words and function words."""
    return tutor_words(code).question_words | language(code).lex.stop


class Scripts:
    """Reads a question word typed in the other script as a word of one pack."""

    def __init__(self, code: str, names: Iterable[str]):
        self.russian = code == "ru"
        other = _framing("en" if self.russian else "ru")
        own = _framing(code)
        # a Russian pack reads a question wholly in Latin letters into Cyrillic already ("when" -> "вхен")
        self.framing = frozenset(w for f in other for w in {f, latin_to_cyrillic(f)} if w not in own)
        self._stem = language("ru").stem
        self._names: dict[str, str] = {}
        if not self.russian:  # each Latin name as it would be typed in Cyrillic ("pompeo": "помпео")
            for name in sorted(names):
                if len(name) >= MIN_READ and _LATIN_WORD.fullmatch(name):
                    self._names.setdefault(latin_to_cyrillic(name).translate(_SOUNDLESS), name)
        self._keys = sorted(self._names)

    def frames(self, word: str, capitalised: bool) -> bool:
        """Does a question word frame a question in the other language ("who", "was" on a Russian pack, "кто" on an
        English one)? Not when capitalised: "He", "As", "In" are symbols of elements too."""
        return word in self.framing and not capitalised

    def read(self, word: str, known: Callable[[str], bool], correct: Callable[[str, bool], str]) -> str:
        """The pack's word `word` (unknown as written, even as a typo) stands for in the other script, or `word`."""
        if len(word) < MIN_READ:
            return word
        if self.russian and _LATIN_WORD.fullmatch(word):
            return self._cyrillic(word, known, correct)
        if not self.russian and _CYRILLIC_WORD.fullmatch(word):
            return self._latin_name(word)
        return word

    @staticmethod
    def _cyrillic(word: str, known: Callable[[str], bool], correct: Callable[[str, bool], str]) -> str:
        """The pack's word a Latin word spells in Cyrillic: as read, or a typo of it, a name first; a Latin "e"
        opening a word is "э" as often as "е" ("Edison" Эдисон, "Elena" Елена)."""
        cyrillic = latin_to_cyrillic(word)
        if cyrillic == word:
            return word
        forms = (cyrillic, "э" + cyrillic[1:]) if cyrillic.startswith("е") else (cyrillic,)
        for form in forms:
            if known(form):
                return form
        for names_only in (True, False):
            for form in forms:
                if (fixed := correct(form, names_only)) != form:
                    return fixed
        return word

    def _latin_name(self, word: str) -> str:
        """The pack's name a Cyrillic word spells (a case ending of Russian allowed: "Помпео", "Трампа"), or it."""
        for form in dict.fromkeys((word, self._stem(word))):
            form = form.translate(_SOUNDLESS)
            if len(form) < MIN_READ:
                continue
            if form in self._names:
                return self._names[form]
            found = process.extractOne(form, self._keys, scorer=OSA.distance,
                                       score_cutoff=1 if len(form) <= ONE_EDIT_UP_TO else 2)
            if found is not None and found[0][0] == form[0]:
                return self._names[found[0]]
        return word
