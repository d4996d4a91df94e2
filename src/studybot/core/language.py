"""One language as the grader and the tutor use it: its lexicon (`lexicon.py`,
`lexicon_ru.py`), its Snowball stemmer (PyStemmer), and a pack's own synonym groups.

Everything here works on words as `text.normalise` leaves them, in any script.
Results are memoised per `Language`: a pack's grader builds one and keeps it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .anions import anions_apart
from .bounded_negators import beyond_reach, shared_privative
from .classical_plurals import classical_singular
from .ellipsis import closes_elided, elided_subject
from .lexicon import ENGLISH, Lexicon
from .lexicon_degree import DEGREE_OPPOSITES
from .lexicon_ru import RUSSIAN
from .lexicon_ru_past import infinitive_as_past
from .lexicon_ru_present import present_as_past
from .prefix_contrasts import counted_apart, prefixes_contrast
from .real_words import real_words_apart
from .relational import groups as relational_groups
from .relational import related
from .ru_cut_consonant import consonant_cut
from .ru_diminutives import diminutive
from .ru_families import nu_dropped, prefixes_apart
from .ru_fleeting import fleeting_root, fleeting_vowel
from .ru_parts import noun_and_verb
from .ru_short_adjectives import short_adjective_stem
from .slip_rules import short_slip, swapped_short, variant_slip
from .text import normalise

__all__ = ["LANGUAGES", "Language", "LanguageCode", "asks_in_any", "language", "undouble"]

LanguageCode = Literal["en", "ru"]
_WORD = re.compile(r"[^\W\d_]+")
LANGUAGES: dict[str, Lexicon] = {"en": ENGLISH, "ru": RUSSIAN}

_DOUBLE = re.compile(r"([^\W\d_])\1+")
_CACHE_LIMIT = 1 << 17
_SHARED_STEMS: dict[tuple[str, str], dict[str, str]] = {}  # (code, stemmer) -> word -> stem (`Language.stem`)


def _determines(words: list[str], clauses: list[int], j: int, stop: frozenset[str]) -> bool:
    """Does the word of few at j stand before the noun it counts, in its clause ("lets little water in", "had few
    ships"), rather than close a predicate ("ideas are few")? Then it says how much of that noun, nothing of the
    words before it."""
    return j + 1 < len(words) and clauses[j + 1] == clauses[j] and words[j + 1].isalpha() \
        and words[j + 1] not in stop


def _asks(lexicon: Lexicon, text: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(text)]
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))  # "в чем"
    return bool(words) and (words[0] in lexicon.question_openers or any(w in lexicon.interrogatives for w in words)
                            or any(p in lexicon.interrogatives for p in pairs))


def asks_in_any(text: str) -> bool:
    """Does a line read as a question in any language studybot knows? A learner may ask in
    another language than the pack's ("what is pH?" on a Russian pack): that is a question
    too, never an answer to grade."""
    return any(_asks(lexicon, text) for lexicon in LANGUAGES.values())


class Language:
    """Stems, synonym groups, directions, opposites and word matching for one language,
    widened by a pack's single-word `synonyms` groups (multi-word ones are rewritten like
    aliases, see `matching.Aliases`) and by `more` groups of its own (`grading_language`)."""

    def __init__(self, lexicon: Lexicon, synonyms: tuple[tuple[str, ...], ...] = (),
                 more: tuple[tuple[str, ...], ...] = (), vocabulary: frozenset[str] = frozenset()):
        """`vocabulary`: the words a pack's notes use (normalised): two of them apart before their last two letters
        are two words, never a word and a slip of it ("сияний" / "синий": the text writes both); two forms of one
        word differ in their endings ("ветер" / "ветра", "сотни" / "сотен")."""
        self.lex = lexicon
        self.vocabulary = vocabulary
        self.code = lexicon.code
        self._stemmer = Stemmer.Stemmer(lexicon.stemmer)
        # a word's stem is the same in every Language of its code (a pack's own words only add groups): shared, so
        # that a grader for each of many small packs does not stem the whole lexicon anew
        self._stems = _SHARED_STEMS.setdefault((lexicon.code, lexicon.stemmer), {})
        self._lemmas: dict[str, str] = {}
        self._matches: dict[tuple[str, str], int] = {}
        self._related: dict[tuple[str, str], bool] = {}
        self._directions: dict[str, int] = {}
        self.groups: dict[str, frozenset[int]] = {}
        for gid, group in enumerate((*lexicon.synonyms, *synonyms, *relational_groups(lexicon.code), *more)):
            for entry in group:
                word = normalise(entry)
                if word and " " not in word:
                    st = self.stem(word)
                    self.groups[st] = self.groups.get(st, frozenset()) | {gid}
        own = range(len(lexicon.synonyms), len(lexicon.synonyms) + len(synonyms))
        # stems of the pack's own synonym groups: an author's word for which the general tables step aside
        self.own_stems = frozenset(st for st, ids in self.groups.items() if any(i in own for i in ids))
        up = {self.stem(w) for w in lexicon.up}
        down = {self.stem(w) for w in lexicon.down}
        self.up_stems, self.down_stems = frozenset(up - down), frozenset(down - up)
        self._long_directions: dict[str, list[tuple[list[str], int]]] = {}  # first letter -> long words, sign
        for words, sign in ((lexicon.up, 1), (lexicon.down, -1)):
            for w in sorted(words):
                if len(w) >= 7:
                    by_sign = self._long_directions.setdefault(w[0], [([], 1), ([], -1)])
                    by_sign[0 if sign == 1 else 1][0].append(w)
        self.preventers = frozenset(self.stem(w) for w in lexicon.preventers)
        tails = ("", "s", *lexicon.case_endings, *lexicon.plural_case_endings)  # "сульфатов" / "сульфитов" too
        # every ending of the contrasting pairs, maybe inflected: a word with none of them is in no such pair
        self._contrasting_ends = tuple(sorted({one + tail for pair in lexicon.contrasting_endings for one in pair
                                               for tail in tails}))
        # each inflected ending of a pair with its pair's other ending, by last letter (empty: `_contrasting_any`)
        ends = [(one + tail, other) for x, y in lexicon.contrasting_endings for one, other in ((x, y), (y, x))
                for tail in tails]
        self._contrasting_any = tuple(e for e in ends if not e[0])
        self._contrasting_pairs: dict[str, tuple[tuple[str, str], ...]] = {}
        for last in {end[-1] for end, _ in ends if end}:
            self._contrasting_pairs[last] = tuple(e for e in ends if e[0][-1:] == last) + self._contrasting_any
        self._contrasting_tails = frozenset(tails)
        self.opposites: dict[str, frozenset[str]] = {}  # the grader's: words and adverbs of degree
        self.word_opposites: dict[str, frozenset[str]] = {}  # the tutor's: words only ("greatly" / "slightly" would
        for pairs, tables in ((lexicon.antonyms, (self.opposites, self.word_opposites)),  # pair "a great flood")
                              (DEGREE_OPPOSITES.get(lexicon.code, ()), (self.opposites,))):
            for a, b in pairs:
                sa, sb = self.stem(a), self.stem(b)
                for table in tables:
                    table[sa] = table.get(sa, frozenset()) | {sb}
                    table[sb] = table.get(sb, frozenset()) | {sa}

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def with_vocabulary(self, vocabulary: frozenset[str]) -> Language:
        """This language with a pack's `vocabulary` (see `__init__`): its tables shared, its memo of word matches,
        which reads the vocabulary, its own."""
        twin = copy.copy(self)
        twin.vocabulary = vocabulary
        twin._matches = {}
        return twin

    def asks(self, text: str) -> bool:
        """Does a line read as a question ("when was it signed?", "did it fall?") rather than
        an answer offered with a question mark ("October 2019?")?"""
        return _asks(self.lex, text)

    def negations(self, words: list[str]) -> int:
        """How many negations `words` say: each negator one, but negative words of concord only agree
        with one ("никогда не отступал", "ни разу не был": one), or make one when they stand alone."""
        negators, concord = self.lex.negators, self.lex.concord
        count = sum(1 for w in words if w in negators and w not in concord)
        return count or int(any(w in concord for w in words))

    def negations_before(self, words: list[str], clauses: list[int], i: int, window: int) -> int:
        """The negations said before the word at i in its clause, within `window` words; not by a negator that governs
        only the phrase after it, when that phrase ends before the word ("without him the teams quarrelled": they did;
        `bounded_negators`); and a privative shared by a run of nouns ("без света, воды и связи": воды, связи)."""
        neg = self.negations([words[j] for j in range(max(0, i - window), i) if clauses[j] == clauses[i]
                              and not beyond_reach(words, j, i, self.code, self.lex.stop)])
        return neg + shared_privative(words, clauses, i, self.code, self.lex.stop)

    def negations_after(self, words: list[str], clauses: list[int], i: int) -> int:
        """The negators after the word at i, in its clause, that negate it: a word of few within two words
        ("ideas are few"), a thing said absent within three ("парома у города не было", "денег нет"), in Russian five
        by a negator of two words ("дороги за Тюменью ещё не было"). In Russian only a negator that closes its clause
        looks back: in "у России нет флота" and "у России не было флота" it is the fleet there is none of, not
        Russia. An English "did not" closing its clause denies its subject the verb said before ("the wall fell but
        the tower did not": `ellipsis`)."""
        after, count, last = self.lex.after_negators, 0, i
        for j in range(i + 1, min(len(words), i + (6 if self.code == "ru" else 4))):
            if clauses[j] != clauses[i] or j <= last:
                continue  # (a negator of two words counted once: "было нельзя", not "нельзя" again)
            size = 2 if " ".join(words[j:j + 2]) in after else 1 if words[j] in after and j <= i + 2 else 0
            if size == 1 and self.code == "en" and _determines(words, clauses, j, self.lex.stop):
                size = 0  # "the strait lets little water in": "little" of the water, not "the strait is little"
            last = j + size - 1 if size == 2 else last
            closes = size and (self.code != "ru" or j + size >= len(words) or clauses[j + size] != clauses[i])
            if closes or (j > i + 1 and closes_elided(words, clauses, j, self.code)  # ("the tower did not")
                          and elided_subject(words, clauses, i, j, self.code)):  # (not "old" in "the old tower")
                count += 1
        return count

    def stem(self, word: str) -> str:
        """The Snowball stem of a word; numbers, symbols ("co2", "nadp+") and words of one
        or two letters are their own stem."""
        found = self._stems.get(word)
        if found is None:
            found = self._stemmer.stemWord(word) if word.isalpha() and len(word) > 2 else word
            if self.code == "en" and word.endswith("ys") and len(word) > 3 and word[-3] not in _VOWELS:
                found = self._stemmer.stemWord(word[:-2] + "ies")  # a plural spelt "skys", "companys"
            if len(self._stems) > _CACHE_LIMIT:
                self._stems.clear()
            self._stems[word] = found
        return found

    def lemma_stem(self, word: str) -> str:
        """The stem of a word's dictionary form: an irregular form stems as its word ("sold" as
        "sell"), an English Latin or Greek plural as its singular ("nuclei" as "nucleus"). The grader's stems; the
        tutor keeps `stem`."""
        form = self.lex.forms.get(word)
        if form is None and self.code == "en":
            form = classical_singular(word)
        elif form is None and self.code == "ru":
            form = present_as_past(word) or infinitive_as_past(word)  # "рисуют" as "рисовал", "пороть" as "порол"
        found = self.stem(form or word)
        return short_adjective_stem(word, found) if self.code == "ru" and word[-1:] == "н" else found  # "прочен"

    def stems(self, words: list[str], lemmas: bool) -> list[str]:
        """`stem` (or `lemma_stem`) of every word; the words met before looked up at once."""
        known = self._lemmas if lemmas else self._stems
        try:
            return [known[w] for w in words]
        except KeyError:  # a word not met before
            pass
        if lemmas and len(self._lemmas) > _CACHE_LIMIT:
            self._lemmas.clear()
        out = []
        for w in words:
            found = known.get(w)
            if found is None:
                found = self.lemma_stem(w) if lemmas else self.stem(w)
                if lemmas:
                    self._lemmas[w] = found
            out.append(found)
        return out

    def directions(self, words: list[str]) -> list[int]:
        """`direction` of every word; the words met before looked up at once."""
        known = self._directions
        try:
            return [known[w] for w in words]
        except KeyError:  # a word not met before
            return [known[w] if w in known else self.direction(w) for w in words]

    def distinct_forms(self, a: str, b: str, typo: bool = False) -> bool:
        """Two words Snowball gives one stem that a reader keeps apart: an agent and its
        activity ("peacekeeper" / "peacekeeping"), an adjective in -ive and a noun in -ion
        ("demonstrative" / "demonstration"); with `typo`, two words a slip would join: in Russian
        a noun and a verb ("сказка" / "сказали": `ru_parts`)."""
        if a == b:
            return False
        if typo:
            return self.code == "ru" and noun_and_verb(a, b)
        return self.code == "en" and (_apart(a, b) or _apart(b, a))

    def contrasting(self, a: str, b: str) -> bool:
        """One stem with endings that name different things ("chloride" / "chlorite", "artery" /
        "arteriole"): never one word, whatever the spelling."""
        return bool(self._contrasting_ends) and a != b and a[:3] == b[:3] and (a.endswith(self._contrasting_ends) \
            and _contrasting(a, b, self._contrasting_pairs.get(a[-1], self._contrasting_any), self._contrasting_tails)
            or anions_apart(a, b, self.code, self._contrasting_tails))  # "nitrite" / "nitrate", "ferrous" / "ferric"

    def related(self, a: str, b: str) -> bool:
        """Is a reference's word the relational adjective of an answer's noun ("coastal" / "coast", "речной" /
        "реке"), or its noun of action of its verb ("decision" / "decided")? See `relational.related`."""
        key = (a, b)
        found = self._related.get(key)
        if found is None:
            found = related(self.code, self.stem, a, b) if a[:1] == b[:1] and a.isalpha() and b.isalpha() \
                and not self.contrasting(self.stem(a), self.stem(b)) else False  # "азотная" / "азотистая": no noun
            if len(self._related) > _CACHE_LIMIT:
                self._related.clear()
            self._related[key] = found
        return found

    def group(self, st: str) -> frozenset[int]:
        """The synonym groups of a stem (empty when it has none)."""
        return self.groups.get(st, frozenset())

    def direction(self, word: str) -> int:
        """+1 for a word of rising ("grew"), -1 of falling ("fell"), else 0. Memoised."""
        found = self._directions.get(word)
        if found is None:
            if word in self.lex.up or word in self.lex.down:
                found = 1 if word in self.lex.up else -1
            else:
                st = self.stem(word)
                if st not in self.up_stems and st not in self.down_stems and word in self.lex.forms:
                    st = self.lemma_stem(word)  # "понижается" as "понизился" (its stem is a kind's too: "понижающий")
                found = 1 if st in self.up_stems else -1 if st in self.down_stems else self._misspelt_direction(word)
            if len(self._directions) > _CACHE_LIMIT:
                self._directions.clear()
            self._directions[word] = found
        return found

    def _misspelt_direction(self, word: str) -> int:
        """The direction of a long word one letter away from a direction word ("увеличиваеться")."""
        if len(word) < 7 or not word.isalpha():
            return 0
        for words, sign in self._long_directions.get(word[0], ()):
            near = [w for w in words if abs(len(w) - len(word)) <= 1]
            if near and process.extractOne(word, near, scorer=OSA.distance, score_cutoff=1) is not None:
                return sign
        return 0

    def opposite(self, a: str, b: str) -> bool:
        """Are two stems opposites ("accept" / "reject")?"""
        return b in self.opposites.get(a, ())

    def word_match(self, want: str, have: str) -> int:
        """Match two stems (or words), memoised: 0 the same or synonyms, 1 a typo within tolerance, -1 no match (in
        Russian also a "typo" that turns a prefix into its opposite: `ru_families.prefixes_apart`)."""
        key = (want, have)
        found = self._matches.get(key)
        if found is None:
            found = self._word_match(want, have)
            if found == 1 and self.code == "ru" and prefixes_apart(want, have):
                found = -1  # "впускной" / "выпускной", "ввоз" / "вывоз": the prefix carries the direction, no slip
            if found == 1 and self.code == "en" and (counted_apart(want, have) or real_words_apart(want, have)):
                found = -1  # "unilateral" / "bilateral": the prefix carries the count; "insulation" / "isolation"
            if found == 1 and want in self.vocabulary and have in self.vocabulary and (_common_prefix(want, have) < min(
                    len(want), len(have)) - 2 or self.code == "en" and len(want) == len(have)):  # ("nucleic"/"nuclein")
                found = -1  # two words the pack's text writes, apart before their endings (or in English of one length)
            if len(self._matches) > _CACHE_LIMIT:
                self._matches.clear()
            self._matches[key] = found
        return found

    def same_family(self, want: str, have: str) -> bool:
        """Are two stems that `word_match` takes as near (1) one word in two forms of its family, not a slip of
        spelling ("отступ" / "отступлен": "отступить" / "отступление")?"""
        short, long = (want, have) if len(want) <= len(have) else (have, want)
        return short != long and long.startswith(short) and self._family(short, long[len(short):])

    def _family(self, short: str, rest: str) -> bool:
        return len(short) >= 6 and len(rest) <= 4 and self.code == "ru" and short.isalpha()

    def _word_match(self, want: str, have: str) -> int:
        if want == have:
            return 0
        if self.contrasting(want, have) or prefixes_contrast(want, have, self.code):
            return -1  # "chloride" / "chlorite", "хлорид" / "хлорит": another compound; "hypo-" / "hyper-": no slip
        if self.code == "en" and ("ph" in want or "ph" in have):
            spelt, heard = want.replace("ph", "f"), have.replace("ph", "f")
            if spelt == heard:
                return 0  # one sound, two spellings: "sulphate" / "sulfate", "nefew" / "nephew"
            by_ear = self._word_match(spelt, heard)  # a slip besides, as in "f": "Stephens" / "Stevens" as "Stefens"
            if by_ear >= 0:
                return by_ear  # (else as written: "atmoshpere" is a slip of "atmosphere", not of "atmosfere")
        groups = self.groups
        if want in groups and have in groups and groups[want] & groups[have]:
            return 0
        if self.code == "ru" and (fleeting_vowel(want, have) or fleeting_root(want, have)):
            return 0  # one noun, its vowel dropped: "окон" / "окна", "ошибок" / "ошибки", "лед" / "льды"
        if self.code == "ru" and consonant_cut(want, have):
            return 0  # one noun, its last consonant cut by Snowball in some forms: "ура" / "уран" ("уран" / "уране")
        if self.code == "ru" and nu_dropped(want, have):
            return 0  # a verb in "-нуть" whose past drops "-ну-": "отвергнут" / "отвергли"
        if self.code == "ru" and diminutive(want, have):
            return 0  # a noun and its diminutive: "кусок" / "кусочек"
        short, long = (want, have) if len(want) <= len(have) else (have, want)
        if long.startswith(short):
            rest = long[len(short):]
            if len(short) >= 4 and (rest in self.lex.demonym_endings or rest in self.lex.derivations) and not (
                    self.code == "en" and short.endswith("ic") and rest.startswith("ian")):  # "physic-ian" no demonym
                return 0  # Russia / Russian; "agreed" / "agreement"
            if rest in self.lex.surname_endings and (len(short) >= 5 or rest[-1] == "в" and 2 <= len(short) <= 3):
                return 0  # Snowball cuts "-ов" from "Михайлов" but not from "Михайловым", "-ев" from "Киев" ("ки")
                # but not from "Киеве" (no given name of four letters: "Иван" is no "Иванов")
            if self._family(short, rest):
                return 1  # one word family, a suffix Russian Snowball keeps ("подписа" / "подписан")
            if self.code == "en" and rest in ("r", "er", "st", "est"):
                return -1  # a comparative is no typo: "dense" / "denser"
        elif long.endswith(short):
            prefix = long[: len(long) - len(short)]
            if prefix in self.lex.negation_prefixes and (len(prefix) > 1 or len(short) >= 5):
                return -1  # "reformed" is not "unreformed", "aerobic" not "anaerobic"
        if want[:1] == have[:1] and want[-1:] == have[-1:] and want.isalpha() and undouble(want) == undouble(have):
            return 1  # a doubled letter: Mitchel / Mitchell (the first and last letters are kept)
        if self.code == "ru" and len(want) >= 6 and _by_ear(undouble(want)) == _by_ear(undouble(have)):
            return 1  # spelt as heard: an unstressed "о" as "а", "е" as "и", "э" as "е", a doubled letter written
            # once or a single one twice ("малаток", "екватор", "кирасин", "аппасный")
        limit = typo_limit(want)
        if limit and abs(len(want) - len(have)) <= limit and (want[0] == have[0] or len(want) >= 8 or (
                self.code == "ru" and want[0] + have[0] in ("ао", "оа", "еэ", "эе")) or (  # "апасный": "о" heard as "а"
                self.code == "en" and hard_c_as_k(want, have))):  # "Koptic" for "Coptic"
            distance = OSA.distance(want, have, score_cutoff=limit)  # a swap counts once
            if (distance == 1 and short_slip(want, have)) or (
                    distance == 2 == limit and _common_prefix(want, have) < min(len(want), len(have)) - 3):
                return 1  # two edits only when they are not just another ending; "Лайма" is no "Лайка"
            if distance > 1 and variant_slip(want, have, self.code):
                return 1  # one slip on top of the -ise/-ize spelling: "unfertilzed"
        if limit and want[0] == have[0] and len(want) == len(have) and _vowels_slipped(want, have):
            return 1  # spelt by ear: "lones" / "loans", "seperate" / "separate"
        if self.code == "ru" and not limit and _heard(want, have):
            return 1  # a short word spelt as it sounds: "вада" / "вода", "ямп" / "ямб"
        if not limit and swapped_short(want, have, self.code) and want not in self.lex.stop \
                and have not in self.lex.stop:
            return 1  # two letters swapped in a word of four: "wrod" / "word" (not "from" / "form")
        return -1


def _contrasting(a: str, b: str, pairs: Iterable[tuple[str, str]], tails: frozenset[str]) -> bool:
    """Are two words one stem with two endings that name different things ("chloride" / "chlorite",
    "хлорида" / "хлорита"), each maybe inflected alike? `pairs`: each ending, maybe inflected, with the other
    ending of its pair (those `a` may end in); `tails`: the inflections ("", "s", the language's case endings)."""
    for end, other in pairs:
        if a.endswith(end) and len(a) - len(end) >= 3:
            start = a[:len(a) - len(end)] + other
            if b.startswith(start) and b[len(start):] in tails:
                return True
    return False


_AGENT = ("er", "ers", "or", "ors", "ist", "ists")
_SAME_VERB = ("ered", "ering", "ors", "ers", "ored", "oring")


def _apart(a: str, b: str) -> bool:
    if a.endswith(("ive", "ives")) and b.endswith(("ion", "ions")) or a.endswith("ic") and b.endswith("ous"):
        return True  # (an acid in -ic is not one in -ous: "sulfuric" / "sulfurous", "nitric" / "nitrous")
    return a.endswith(_AGENT) and len(a) >= 8 and not b.endswith(_SAME_VERB) and b.endswith(("ing", "ion", "ions"))


_VOWELS = frozenset("aeiouyаеиоуыэюяё")


def _vowels_slipped(a: str, b: str) -> bool:
    """Two words with the same consonants in the same order and as many vowels, one vowel
    written as another and in another place ("lones" / "loans"): a word spelt by ear."""
    if len(a) != len(b) or not (a.isalpha() and b.isalpha()):
        return False
    va, vb = [c for c in a if c in _VOWELS], [c for c in b if c in _VOWELS]
    if len(va) != len(vb) or sum(x != y for x, y in zip(va, vb, strict=True)) != 1:
        return False
    return [c for c in a if c not in _VOWELS] == [c for c in b if c not in _VOWELS]


_UNSTRESSED = frozenset("ао")  # an unstressed "о" sounds as "а"
_DEVOICED = frozenset(("бп", "вф", "гк", "дт", "жш", "зс"))  # a final consonant is said voiceless


def _heard(a: str, b: str) -> bool:
    """Two Russian words of three or four letters, one written as it sounds: "а" for an unstressed
    "о" ("вада", and first: "отака" for "атака", "абед" for "обед"), or a voiced last consonant for its voiceless
    pair ("ямп" for "ямб")."""
    if len(a) != len(b) or not 3 <= len(a) <= 4 or not (a.isalpha() and b.isalpha()):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 1:
        return False
    pair = {a[diff[0]], b[diff[0]]}
    return pair == _UNSTRESSED or (diff[0] == len(a) - 1 and "".join(sorted(pair)) in _DEVOICED)


def hard_c_as_k(want: str, have: str) -> bool:
    """Does one English word begin with a hard "c" (before a, o, u, l, r) where the other has "k", the rest alike in
    its second letter ("koptic" / "coptic", "kolumbus" / "columbus")? One sound, two spellings: a slip of one letter."""
    return len(want) > 1 and len(have) > 1 and {want[0], have[0]} == {"c", "k"} and want[1] == have[1] in "aoulr"


def typo_limit(word: str) -> int:
    """Edits forgiven in a word: none up to four letters (or with digits), one up to nine, two above."""
    if len(word) <= 4 or not word.isalpha():
        return 0
    return 1 if len(word) <= 9 else 2


def _by_ear(word: str) -> str:
    """A Russian word as it sounds to a learner who spells by ear: "о" as "а", "э" and "е" as "и"."""
    return word.replace("о", "а").replace("э", "и").replace("е", "и")


@lru_cache(maxsize=1 << 16)
def undouble(word: str) -> str:
    """A word with each doubled letter written once ("кальдерра": "кальдера")."""
    return _DOUBLE.sub(r"\1", word)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=64)
def language(code: str = "en", synonyms: tuple[tuple[str, ...], ...] = ()) -> Language:
    """The Language of a pack's `language` code and `synonyms` (shared between packs alike).
    An unknown code raises KeyError (the pack checker refuses it first)."""
    return Language(LANGUAGES[code], synonyms)
