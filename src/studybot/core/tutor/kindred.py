"""A question's word read by the pack's words of its family: a word the pack lacks by the pack's word of its family
("ratification" when the pack says "ratified", `Kindred.keys`), and a Russian noun of an action, even one the pack
has, by the verb it is made from ("взлёт" / "взлетел", "замена" / "заменяли", "вращение" / "вращается",
`Kindred.stems`): one meaning in another part of speech, so "когда был взлёт X?" finds "X взлетел в 1939 году".

One way only, a noun to its verb (a question's verb is met by the passage's own forms of it); only words the pack
writes, by their stems, never a name. One exception: a Russian verb of one act in "-нуть" the pack does not write is
met by the pack's noun of what it leaves ("треснул" / "трещины", "вспыхнул" / "вспышка", `Kindred._results_ru`), its
root's last consonant alternated as such nouns have it (round 25, an instructor's "почему колокол треснул?").
A verbal noun is read as the grader reads it (`ru_verbal_nouns`: "-ние", "-ство",
a noun without a suffix against an imperfective "осмотр" / "осматривали"); a noun without a suffix also meets a verb
stem that is the noun and a thematic vowel (`_bare`: "взлёт" / "взлетел", "обмен" / "обменяли"), from five letters
("спор", "порт" / "портил" are left alone).

English has no such rule here: WordNet's derivational links (noun to verb, `core.wordnet.family`) were tried as full
keys, and a held-out unanswerable question was answered; as weak keys they moved nothing.
"""

from __future__ import annotations

import re

from ..ru_families import ASPECT_PREFIXES
from ..ru_verbal_nouns import verbal_noun
from .actions_ru import action_noun, verb_bases
from .closed_compounds import compounds_of
from .documents import Library
from .loose import loose_keys
from .words import Words

__all__ = ["Kindred"]

# the endings of a Russian verb's forms (a reflexive one's too)
_RU_VERB = ("ть", "ти", "чь", "л", "ла", "ло", "ли", "ет", "ют", "ит", "ят", "ут", "ат", "ся", "сь")
# a noun's case endings, taken off a noun of action without a suffix ("взлёт-ом", "замен-ы")
_RU_CASES = tuple("ами ями ах ях ам ям ом ем ой ей ою ов ев а я у ю е ы и".split())
_RU_VOWELS = frozenset("аеиоуыэюяё")
_RU_BARE = 5  # letters of such a noun at least ("взлёт", "замен-а"; not "спор", "порт" / "портил")
_RU_TAIL = 3  # letters of the verb's stem after the noun ("взлёт" / "взлет-ел", "замен-а" / "замен-я-ют")

# a verb of one act ("тресн-уть", "вспыхн-уть", "толкн-уть") and the last consonant of its root as its noun has it
_NU_VERB = re.compile(r"^(\w{3,}?[^аеиоуыэюяёьй])н(?:уть|ул|ула|уло|ули|ет|ут|ув|увший|увшая|увшие)(?:ся|сь)?$")
_ALTERNATES = {"с": ("с", "щ", "ш"), "т": ("т", "ч", "щ"), "д": ("д", "ж"), "к": ("к", "ч"), "г": ("г", "ж"),
               "х": ("х", "ш"), "з": ("з", "ж")}
_RESULT_SUFFIXES = ("ин", "ок", "к", "ек")  # "трещ-ин-а", "толч-ок", "вспыш-к-а"


def _result_tail(tail: str) -> bool:
    """Is what follows a noun's root a suffix of a noun of one act and a case ending ("ины", "ок", "ка")?"""
    return any(tail.startswith(s) and (tail[len(s):] in _RU_CASES or not tail[len(s):]) for s in _RESULT_SUFFIXES)


def _bare(base: str, verb_stem: str) -> bool:
    """Is a verb's stem a bare noun of action's base and a thematic vowel with at most `_RU_TAIL` letters in all
    ("взлет" / "взлетел", "замен" / "заменя", "обмен" / "обменива")?"""
    tail = verb_stem[len(base):]
    return verb_stem.startswith(base) and 0 < len(tail) <= _RU_TAIL and tail[0] in _RU_VOWELS


class Kindred:
    """The derivational families of a question's words among one pack's words (memoised per word)."""

    def __init__(self, words: Words, library: Library):
        self.words, self.library = words, library
        self._keys: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._stems: dict[str, frozenset[str]] = {}
        self._compounds: dict[str, frozenset[str]] = {}
        self._vocab: frozenset[str] | None = None
        self._verbs: tuple[tuple[str, str], ...] | None = None
        self._nouns: tuple[tuple[str, str], ...] | None = None

    @property
    def vocab(self) -> frozenset[str]:
        """The tutor's stems of the pack's words, names left out."""
        if self._vocab is None:
            words, lib = self.words, self.library
            self._vocab = frozenset(words.stem(v) for v in lib.vocab if v.isalpha()) - lib.names.stems
        return self._vocab

    def keys(self, w: str, st: str) -> tuple[frozenset[str], frozenset[str]]:
        """Strong and weak keys of the pack's own words of a word's family (`Words.family`) keeping the longest root
        ("ratified" for "ratification", "голосовали" for "голосование"; names are no family), with the stems of its
        WordNet synonyms the pack holds and of the verb forms a Russian noun of action is made from (`stems`)."""
        found = self._keys.get(w)
        if found is not None:
            return found
        words, lib = self.words, self.library
        strong: set[str] = set()
        weak: set[str] = set()
        longest = 0
        for root, form in words.family(w, st):
            if root < longest:
                break
            kin = words.stem(form)
            if kin != st and kin in self.vocab and kin in lib.df:
                more, less = words.keys(form, kin)
                strong |= more
                weak |= less
                longest = root
        strong |= words.said_otherwise(w, lib.df) | self.stems(w, st)  # WordNet's synonyms; "замена": "заменяли"
        strong |= self._results_ru(w) if words.lang.code == "ru" else frozenset()  # "треснул": "трещины"
        if not strong and words.lang.code == "en":  # "books" the pack never writes: its "textbooks"
            strong |= self._compound_stems(w)  # (`closed_compounds`)
        found = (frozenset(strong), frozenset(weak - strong))
        self._keys[w] = found
        return found

    def loose(self, w: str) -> frozenset[str]:
        """The stems of a question's word's looser relatives the pack writes (`loose`) and of the pack's closed
        compounds of it ("spacewalk" for "walk", `closed_compounds`), met at a lower credit (a word the pack never
        writes is met by its compounds in full, `keys`)."""
        loose = loose_keys(w, self.words, self.library.df)
        return loose | self._compound_stems(w) if self.words.lang.code == "en" else loose

    def _compound_stems(self, w: str) -> frozenset[str]:
        """The stems of the pack's closed compounds of an English word ("spacewalk" for "walk"), names left out."""
        found = self._compounds.get(w)
        if found is None:
            words, lib = self.words, self.library
            found = frozenset(st for st in (words.stem(c) for c in compounds_of(w, lib.vocab)) if st in lib.df
                              and st not in lib.names.stems and st != words.stem(w))
            self._compounds[w] = found
        return found

    def stems(self, w: str, st: str) -> frozenset[str]:
        """The stems of the verb forms the pack writes that a question's Russian noun of action is made from: "взлёт"
        is met by "взлетел", "вращение вала" by "вал вращается" (`ru_verbal_nouns`, and a noun without a suffix by
        its verb's stem and a thematic vowel, `_bare`). One way only, a noun to its verb: a verb of the question is
        met by the passage's own forms."""
        found = self._stems.get(w)
        if found is None:
            ru = self.words.lang.code == "ru" and w.isalpha()
            found = (self._verbs_ru(w, self.words.lang.stem(w)) | self._nouns_ru(w, self.words.lang.stem(w))) if ru \
                else frozenset()
            self._stems[w] = found
        return found

    def _nouns_ru(self, verb: str, verb_stem: str) -> frozenset[str]:
        """The tutor's stems of the pack's nouns of the action a Russian verb form names (`actions_ru`: "добывали" /
        "добыча", "открыл" / "открытие", "остановили" / "остановка"), among the pack's words that share three letters
        of its root; none for a word that is no verb form."""
        if not verb_bases(verb):
            return frozenset()
        if self._nouns is None:
            lang = self.words.lang
            self._nouns = tuple((n, lang.stem(n)) for n in self.library.vocab if n.isalpha()
                                and not n.endswith(_RU_VERB) and self.words.stem(n) in self.vocab)
        roots = {verb_stem[:3], *(verb_stem[len(p):len(p) + 3] for p in ASPECT_PREFIXES if verb_stem.startswith(p))}
        return frozenset(self.words.stem(noun) for noun, stem in self._nouns if any(r in stem for r in roots)
                         and action_noun(noun, stem, verb, verb_stem))

    def _results_ru(self, verb: str) -> frozenset[str]:
        """The stems of the pack's nouns of what a Russian verb of one act in "-нуть" leaves or is ("треснул" /
        "трещина", "вспыхнул" / "вспышка", "толкнул" / "толчок"): its root, its last consonant as the noun alternates
        it (`_ALTERNATES`), and a suffix of such a noun (`_RESULT_SUFFIXES`) with a case ending, or none."""
        m = _NU_VERB.match(verb)
        if m is None:
            return frozenset()
        root = m.group(1)
        heads = {root[:-1] + c for c in _ALTERNATES.get(root[-1], (root[-1],))}
        return frozenset(self.words.stem(v) for v in self.library.vocab if v.isalpha() and self.words.stem(v) in
                         self.vocab and any(v.startswith(h) and _result_tail(v[len(h):]) for h in heads))

    def _verbs_ru(self, noun: str, noun_stem: str) -> frozenset[str]:
        """The tutor's stems of the pack's verb forms a Russian noun of action is made from (`ru_verbal_nouns`:
        "взлёт" / "взлетел", "вращение" / "вращается", "замена" / "заменяют"), looked for among the pack's words that
        share three letters of its root."""
        if self._verbs is None:
            lang = self.words.lang
            self._verbs = tuple((v, lang.stem(v)) for v in self.library.vocab if v.isalpha() and v.endswith(_RU_VERB)
                                and self.words.stem(v) in self.vocab)
        roots = {noun_stem[:3], *(noun_stem[len(p):len(p) + 3] for p in ASPECT_PREFIXES if noun_stem.startswith(p))}
        bases = {noun[: len(noun) - len(e)] for e in _RU_CASES if noun.endswith(e)} | {noun}
        bases = {b for b in bases if len(b) >= _RU_BARE and b[-1] not in _RU_VOWELS}
        return frozenset(self.words.stem(verb) for verb, stem in self._verbs if any(r in stem for r in roots) and (
            verbal_noun(noun, noun_stem, verb, stem) or any(_bare(b, stem) for b in bases)))
