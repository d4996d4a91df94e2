"""A pack's names and its own paraphrases, rewritten to one canonical form before words are compared: `aliases` (other
spellings of a name: "Tchaikovsky" -> "Pyotr Ilyich Tchaikovsky"), the multi-word entries of `synonyms` ("Calvin
cycle" -> "dark reactions"), demonyms of the names ("Peruvian" -> "Peru") and typos of long names. Works on
normalised text in any script."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import wordnet
from .alias_variants import add_variants, first_and_last, to_people, variant_surnames, written_plain
from .alias_variants import key as _key
from .language import Language, language
from .name_parts import name_parts
from .name_spellings import HeardNames, by_ear, devoiced, e_spellings, j_stem, undoubled, vowel_slip
from .people import PersonNames, patronymic, person_names
from .plain_names import plain_beside
from .prefix_contrasts import prefixed_apart
from .ru_name_cases import declined_keys, soft_declined
from .synonym_phrases import is_phrase, longer_phrases, phrase_forms
from .term_slips import mend_terms, mended_text, other_form, term_slip, terms_by_first
from .text import normalise, word_runs

__all__ = ["WORD", "Aliases"]

WORD = re.compile(r"[^\W_]+")  # a letter or digit run, any script

_FORMULA_SPLIT = re.compile(r"(?<=\d)(?=[^\W\d_])")  # "h2" "so4" of "h2so4", "c6" "h12" "o6" of "c6h12o6"
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")  # a name of six letters, one left out
_ANY_WORD = re.compile(r"[^\W\d_]{3,}")  # a short place's name in a case ("Мсте")
NEAR_NAME_FROM = 6  # names of this many letters or more are found despite one typo


def _initials_fit(run: list[str], letters: tuple[str, ...]) -> bool:
    """Are initials a person's: the first that of their given name, the others those of their middle names or
    patronymic, any when the pack gives none ("Н. А. Меншуткин" for "Николай Меншуткин")?"""
    return bool(run) and bool(letters) and run[0] == letters[0] and (
        len(letters) == 1 or all(a == b for a, b in zip(run, letters, strict=False)))


_ADJECTIVAL = ("ый", "ий", "ой", "ая", "яя")  # a surname declined as an adjective: "Заречный", "Заречная"
_FLEETING = re.compile(r"([^аеиоуыэюяё])[её]([^аеиоуыэюяёйь])$")


class Aliases:
    """Every variant spelling of a pack's names rewritten to its canonical name; the
    pack's `Language` travels with it (see `matching.Prepared.of`)."""

    bodies: frozenset[str] = frozenset()  # names of bodies and places read from the texts (`_name_parts`)
    _short_places: frozenset[str] = frozenset()
    _local: frozenset[str] = frozenset()  # local parts of names ("hoe" of "Plymouth Hoe"), never found as slips

    def __init__(self, aliases: Mapping[str, tuple[str, ...]] | None = None, lang: Language | None = None,
                 synonyms: tuple[tuple[str, ...], ...] = (), *, texts: tuple[str, ...] = (),
                 who: tuple[str, ...] = (), known: frozenset[str] = frozenset(), forms: bool = False):
        """`texts`: the pack's notes and card wordings, whose people's names are read (see `people`); `who`: the
        answers of cards that ask who; `known`: names all readers know (countries), never read as slips of others;
        `forms`: the grader's, an English phrase of `synonyms` read in other forms of its words (`phrase_forms`)."""
        self.lang = lang or language("en", synonyms)
        self.known = known
        self._name_keys: dict[str, str] = {}
        pairs: dict[str, str] = {}
        bare: dict[str, str] = {}  # variants without their article ("lord warden"), added where the texts allow
        for canonical, variants in (aliases or {}).items():
            add_variants(pairs, canonical, variants, bare)
        # proper names (written with a capital in the pack), not titles or abbreviations
        self.proper = frozenset(_key(c) for c in (aliases or {}) if c[:1].isupper())
        for group in synonyms:  # multi-word paraphrases of this text: rewritten to one word of the group
            phrases = tuple(w for w in group if is_phrase(w, forms))
            if phrases:
                words = [w for w in group if not is_phrase(w, forms)]
                canonical = words[0] if words else phrases[0]
                add_variants(pairs, canonical, tuple(p for p in phrases if p != canonical), bare)
                for variant in longer_phrases(_key(canonical), phrases):  # "артериальная гипертония"
                    pairs.setdefault(variant, _key(canonical))
        for variant, canon in bare.items() if texts else ():
            if not written_plain(variant, texts):
                pairs.setdefault(variant, canon)
        self._demonyms(pairs)
        self.people = person_names((*(aliases or {}), *texts), who, {" ".join(WORD.findall(k)): v
                                                                      for k, v in pairs.items()},
                                   self.lang.lex, self.name_key) if texts else PersonNames()
        to_people(pairs, self.people.canonicals, self.lang.lex.titles)  # an alias of a shorter name only widens
        for variant, canonical in (*self.people.pairs.items(), *variant_surnames(aliases or {}, self.people.pairs), *(
                first_and_last(aliases or {}, pairs, self.people.canonicals, lambda w: patronymic(w, self.lang.lex)))):
            pairs.setdefault(variant, canonical)
        self._name_parts(pairs, (*(aliases or {}), *texts) if texts else ())
        if self.lang.code == "ru":  # "Бэст" for "Бест", "Релей" for "Рэлей": one letter in a borrowed name
            e_spellings(pairs, self.proper | self.people.canonicals)
        # people's surnames by the one form of all their cases
        self._surname_keys = {self.name_key(s): s for s, c in pairs.items()
                              if c in self.people.canonicals and " " not in s and s.isalpha() and len(s) >= 4}
        self.pairs = pairs
        # a longer name of a thing whose alias is a word of it ("Этьен Ленуар" under "Ленуар", "Mount Tambora"
        # under "Tambora"): left as written, so a card answering with it also takes the alias itself
        self._shorter = {variant: canonical for canonical, variants in (aliases or {}).items()
                         for variant in {_key(v) for v in variants}
                         if pairs.get(variant) != (canon := _key(canonical))
                         and re.search(rf"(?<!\w){re.escape(canon)}(?!\w)", variant)}
        # one-word names, for typos in names ("Wahsington", "Росия"), by first letter
        self.near: dict[str, list[str]] = {}
        for key in pairs:
            if " " not in key and len(key) >= NEAR_NAME_FROM and key.isalpha() and key not in self._local | known:
                self.near.setdefault(key[0], []).append(key)  # ("instruments" of "Texas Instruments": as written)
        self.near_names = frozenset(name for names in self.near.values() for name in names)
        # the terms the pack writes in lower case ("oxygen"), by their stem: a slip that keeps the stem is the term
        lower = {normalise(w) for c, vs in (aliases or {}).items() for w in (c, *vs) if w[:1].islower()}
        self._plain_words = frozenset(normalise(w) for c, vs in (aliases or {}).items() for entry in (c, *vs)
                                      for w in WORD.findall(entry) if len(w) >= NEAR_NAME_FROM
                                      and w[:1].islower() and w.isalpha())  # "resistant", not "Staphylococcus"
        self._name_stems = {self.lang.stem(name): name for name in sorted(self.near_names & lower)}
        self._declinable = self.near_names | self.people.surnames | self._short_places  # found in a case of a sentence
        self._near_by_size: dict[tuple[str, int], list[tuple[int, str]]] = {}  # (first letter, length) -> names
        for names in self.near.values():
            for place, name in enumerate(names):
                self._near_by_size.setdefault((name[0], len(name)), []).append((place, name))
        self._near_cache: dict[str, str] = {}
        self._declensions: dict[str, str] = {}  # see `_declined`
        self._declined_slips: set[str] = set()  # words `_declined` read as a slip in a declined name, not a case
        # the stems of the words the texts write in lower case ("prices"): a word of them is no slip of a name
        self._plain = frozenset(map(self.lang.stem, {w for t in texts for w in WORD.findall(t) if w[:1].islower()}))
        self.plain_beside = plain_beside(texts, aliases, self.name_key, self.lang)  # "the young king" (`plain_names`)
        # a short name the pack gives alone too ("Бест": "с Бестом"), unless the texts use it as a word ("ампер")
        self._declinable |= frozenset(k for k, c in pairs.items() if c in self.proper and 4 <= len(k) < NEAR_NAME_FROM
                                      and k.isalpha() and self.lang.stem(k) not in self._plain)
        # a short name (the pack's or a person's) with one sound written once ("Куте" for "Кутте", "Орт" for "Ордт")
        short = [k for k, c in pairs.items() if (c in self.proper or c in self.people.canonicals)
                 and len(k) == NEAR_NAME_FROM - 1 and k.isalpha()
                 and len(undoubled(k)) == len(k) - 1 and self.lang.stem(k) not in self._plain]
        self._undoubled = {u: k for u, k in ((undoubled(k), k) for k in short)  # not a word: "more" is no "Moore"
                           if u not in pairs and sum(undoubled(o) == u for o in short) == 1
                           and u not in self.lang.lex.stop and not (self.lang.code == "en" and wordnet.known(u))}
        # names spelt by ear ("Dwite" for "Dwight", "Кунс" for "Кунц"): one-word names by their sounds (read later)
        self._heard = HeardNames(lambda: {
            k: c for k, c in pairs.items() if (c in self.proper or c in self.people.canonicals) and len(k) >= 4
            and k.isalpha() and self.lang.stem(k) not in self._plain},
                                 lambda w: w in pairs or self.lang.stem(w) in self._plain or w in self.lang.lex.stop
                                 or self.lang.code == "en" and wordnet.known(w))  # "more" is no "Moore"
        self._windows: dict[tuple[str, int, int], list[str]] = {}  # see `_sized`
        self._settled: set[str] = set()  # words known to be no slip of a name
        # variants by their first word, longest first: matched word by word, so punctuation
        # between words does not matter ("charge d affaires" = "charge d'affaires")
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, canon in pairs.items():
            seq = tuple(WORD.findall(key))
            if seq and not (len(seq) > 1 and all(map(str.isdigit, seq))):  # ("2/3" word by word would take "1 2 3 4")
                self.by_first.setdefault(seq[0], []).append((seq, canon))
            if len(seq) == 1 and seq[0][0].isalpha() and len(pieces := tuple(_FORMULA_SPLIT.split(seq[0]))) > 1:
                self.by_first.setdefault(pieces[0], []).append((pieces, canon))  # a formula typed "h2 so4"
        for entries in self.by_first.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        # the first words of a variant that is not just a name written as itself: a text with none of them is
        # left as it is by `apply`'s loop (a name as it is written stays, whatever stands beside it)
        self._rewrites = frozenset(first for first, entries in self.by_first.items() if entries != [((first,), first)])
        self._leads_longer = frozenset(first for first, entries in self.by_first.items() if len(entries[0][0]) > 1)
        # in a language of cases, names of several words also in another case or order ("на Наталье Гончаровой",
        # "известь гашёная"), by their words' stems
        self.by_stem: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._exact = frozenset(seq for entries in self.by_first.values() for seq, _ in entries)
        # the variants of several words one of which may be mistyped (`_slipped` wants the word it is a slip of
        # among `_plain_words`): the others are never asked
        self._slippable = frozenset(seq for seq in self._exact
                                    if len(seq) > 1 and not self._plain_words.isdisjoint(seq))
        self._terms = terms_by_first(tuple(WORD.findall(_key(p))) for g in synonyms for p in g if is_phrase(p, forms))
        self._term_slip = term_slip(self.lang, pairs, self.uses)
        if self.lang.lex.case_endings:
            for seq, canon in ((seq, canon) for entries in self.by_first.values() for seq, canon in entries):
                for stems in declined_keys(seq, self.name_key, self.lang.stem if texts else None) if len(
                        seq) >= 2 and all(w.isalpha() for w in seq) else ():  # ("Уильяма Томсона": the grader's)
                    for order in {stems, stems[::-1]} if len(stems) == 2 else {stems}:
                        self.by_stem.setdefault(order[0], []).append((order, canon))
            for entries in self.by_stem.values():
                entries.sort(key=lambda e: len(e[0]), reverse=True)
        elif forms and synonyms:  # ("flow backwards" for "flowing backwards": by lemma stems, in its order)
            self.by_stem = phrase_forms(frozenset(" ".join(WORD.findall(_key(p))) for g in synonyms for p in g
                                                  if is_phrase(p, forms)), self.by_first, self.lang.lemma_stem)
        # the first two stems of each (every one has two words or more): a text where no two stems in a row are
        # those of a name has none of them, whatever its first stems (`_by_stems`' quick test)
        self._stem_pairs = frozenset(seq[:2] for entries in self.by_stem.values() for seq, _ in entries)
        self.canon_by_first: dict[str, list[tuple[str, ...]]] = {}
        self._proper_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # proper names only, joined
        for canon in set(pairs.values()):
            seq = tuple(WORD.findall(canon))
            if seq and (len(seq) > 1 or (len(canon) >= 3 and canon.isalpha())):
                self.canon_by_first.setdefault(seq[0], []).append(seq)
                if " ".join(seq) in self.proper:
                    self._proper_by_first.setdefault(seq[0], []).append((seq, " ".join(seq)))

    def _name_parts(self, pairs: dict[str, str], texts: tuple[str, ...]) -> None:
        """Adds the parts of the names of bodies and places that name them ("Industrial Alcohol", "Vellmar"; see
        `name_parts`) and keeps those names in `bodies` (given whole or by those parts, never by others), and the
        places' names without their kind that are one word in `_short_places` (found in the cases of a sentence
        however short: "по Мсте")."""
        parts, places, self._local = name_parts(texts, self.lang.code, self.lang.lex.stop | self.lang.lex.connectives)
        pairs.update({variant: canonical for variant, canonical in parts.items() if variant not in pairs})
        self.bodies = frozenset(parts.values())
        self._short_places = frozenset(p for p in places if pairs.get(p) == parts[p])

    def shorter(self, wording: str) -> str | None:
        """The alias that names the thing `wording` names by a word of it, as the pack writes it ("Ленуар" for
        "Этьен Ленуар" under `Ленуар: [Этьен Ленуар]`), or None."""
        return self._shorter.get(_key(wording))

    def uses(self, word: str) -> bool:
        """Do the pack's texts write `word` (lower case; any form of its stem) as a plain word, not a name?"""
        return self.lang.stem(word) in self._plain

    def name_key(self, word: str) -> str:
        """One form of a name's word for all its cases ("Ремезову", "Ремезов" -> "ремез"). Memoised."""
        if (found := self._name_keys.get(word)) is None:
            if len(self._name_keys) > 50_000:
                self._name_keys.clear()
            found = self._name_keys[word] = self._name_key(word)
        return found

    def _name_key(self, word: str) -> str:
        st = self.lang.stem(word)
        for ending in self.lang.lex.surname_endings:
            if st.endswith(ending) and len(st) - len(ending) >= 3:
                return st[:-len(ending)]
        if self.lang.lex.case_endings and len(st) >= 4:
            st = _FLEETING.sub(r"\1\2", st)  # "Павел" / "Павлу": a vowel that drops out in the other cases
            st = j_stem(word, st)  # "Сергей" / "Сергея": one key
        return st

    def _beside(self, words: list[str], i: int, n: int, seq: tuple[str, ...], gap: Callable[[int], str]) -> bool:
        """May a variant be read as its name here? Not across a comma but a person's ("Ranger, 7 days": no Ranger 7);
        a surname alone not beside initials or a given name not theirs ("K. Wexley", "Karl Wexley" for Anna Wexley).
        `gap(k)`: what stands between the k-th word and the next (a stop after a letter makes an initial of a word:
        "И. С. Кравцов", "и с Кравцовым"; a comma ends the name: "H. Wexley, M. Oyelaran"; so does a word)."""
        lex, person = self.lang.lex, self.pairs.get(" ".join(seq)) in self.people.canonicals  # (a letter that is a
        if n > 1 and (not person and any(c in ",;" for k in range(i, i + n - 1) for c in gap(k)) or person and any(
                w in lex.one_letter_words and not gap(i + k).startswith(".") for k, w in enumerate(seq))) \
                or n == 1 and self.plain_beside.as_word(words, i):  # word is an initial only with its stop: "Ружин и")
            return False  # a word the texts write beside it in lower case: "the young king" is no Thomas Young
        if (found := self.people.alone.get(" ".join(seq))) is None:
            return True
        letters, given = found
        for side, before in ((list(range(i - 1, max(-1, i - 4), -1)), True), (list(range(i + n, i + n + 3)), False)):
            side = [k for k in side if 0 <= k < len(words)]
            full = side
            side = side[:next((p for p, k in enumerate(side) if gap(k if before else k - 1).strip(" .")), len(side))]
            run = list(itertools.takewhile(lambda k: len(words[k]) == 1 and words[k].isalpha() and (
                words[k] not in lex.one_letter_words or gap(k).startswith(".")), side))
            if before and len(full) > len(run) and words[full[len(run)]].isdigit():
                run = []  # the ending of a numeral ("2-й Тормасов"), no initial
            own = list(itertools.takewhile(lambda w: len(w) == 1, seq if before else seq[::-1]))
            initials = [words[k] for k in run[::-1]] + own if before else own[::-1] + [words[k] for k in run]
            if run and not _initials_fit(initials, letters):
                return False  # initials, and not theirs ("Б. С. Вережников"; "и с Вережниковым" are words)
            w = words[side[0]] if side else ""
            if len(w) > 1 and w not in lex.stop and self.name_key(w) in self.people.given \
                    and self.name_key(w) not in given:
                return False
        return True

    def _demonyms(self, pairs: dict[str, str]) -> None:
        """ "American" -> united states, "Russian" -> russia (languages with demonym endings)."""
        endings = [e for e in ("n", "an", "ian", "ns", "ans", "ians") if e in self.lang.lex.demonym_endings]
        for key, canon in list(pairs.items()):
            if " " not in key and len(key) >= 4 and key.isalpha():
                bases = {key} | ({key[:-1]} if key.endswith("e") else set())
                for base in bases:
                    for ending in endings:
                        pairs.setdefault(base + ending, canon)

    def names(self, words: list[str]) -> set[str]:
        """Canonical proper names (people, places, bodies) mentioned in a list of words."""
        found: set[str] = set()
        if (by_first := self._proper_by_first).keys().isdisjoint(words):
            return found
        for i, word in enumerate(words):
            for seq, name in by_first.get(word, ()):
                if tuple(words[i:i + len(seq)]) == seq:
                    found.add(name)
        return found

    def apply(self, text: str, *, again: bool = True, typed: list[str] | None = None) -> str:
        """Rewrite every variant to its canonical name (longest variant first), then the slips of names among the
        words `typed` (those of `text` once names of several words are in their own case and order). A one-word
        variant rewritten to a word that begins a longer variant is read again with it ("methicilin resistant ...")."""
        if not (by_first := self.by_first):
            return text
        # (the runs of `\w` are these words where no "_" stands, and the steps before have mostly split the text)
        words = list(word_runs(text)) if "_" not in text else WORD.findall(text)
        if self.by_stem:
            text, words = self._by_stems(text, words)
        if self._terms and (slips := mend_terms(words, self._terms, self._term_slip)):  # "Dopler efect"
            text, words = mended_text(text, words, slips)
        typed = words if typed is None else typed
        if self._rewrites.isdisjoint(words):
            return self._near_names(text, typed) if self.near or self._declinable else text
        tokens: list[re.Match[str]] = []  # found when a variant is rewritten

        def gap(k: int) -> str:  # what stands between the k-th word and the next
            return text[tokens[k].end():tokens[k + 1].start() if k + 1 < len(tokens) else len(text)]

        out: list[str] = []
        last = done = 0
        chain = False
        for i in [i for i, w in enumerate(words) if w in by_first]:  # left to right, longest variant first
            if i < done:
                continue
            after = words[i + 1] if i + 1 < len(words) else ""  # (no word is "")
            for seq, canon in by_first[words[i]]:
                n = len(seq)
                if (n == 1 or after == seq[1]) and tuple(words[i:i + n]) == seq \
                        or n > 1 and seq in self._slippable \
                        and self._slipped(words[i:i + n], seq):  # "methicillin resistent ..."
                    if n == 1 and canon == seq[0]:
                        break  # the name as it is written stays, whatever stands beside it
                    tokens = tokens or list(WORD.finditer(text))
                    if not self._beside(words, i, n, seq, gap):
                        continue
                    out.append(text[last:tokens[i].start()])
                    out.append(canon)
                    last = tokens[i + n - 1].end()
                    done = i + n
                    chain = chain or (again and n == 1 and canon in self._leads_longer)
                    break
        if out:
            out.append(text[last:])
            text = "".join(out)
            if chain:
                return self.apply(text, again=False, typed=typed)
        return self._near_names(text, typed) if self.near or self._declinable else text

    def _slipped(self, window: list[str], seq: tuple[str, ...]) -> bool:
        """Is `window` a name of several words with one word of six letters or more mistyped ("methicillin
        resistent staphylococcus aureus"): one slip the language takes for a typo in a word of six letters or more that
        the pack's aliases write in lower case (a name's own words are not: "Marlow" is no "Marlowe"), and no
        other word of the texts ("the status quo" is no slip of "the States")?"""
        if len(window) != len(seq):
            return False
        apart = [(w, s) for w, s in zip(window, seq, strict=True) if w != s]
        if len(apart) != 1:
            return False
        typed, meant = apart[0]
        return meant in self._plain_words and typed[:1] == meant[:1] and typed.isalpha() \
            and OSA.distance(typed, meant, score_cutoff=1) <= 1 and typed not in self.pairs \
            and (not self.uses(typed) or self.lang.stem(typed) == self.lang.stem(meant)) \
            and not self.lang.contrasting(typed, meant) and self.lang.word_match(meant, typed) == 1

    def _by_stems(self, text: str, words: list[str]) -> tuple[str, list[str]]:
        """Names of several words given in another case or order, rewritten to the canonical name."""
        keys = self._name_keys  # (`name_key`'s memo read in place: a call per word is most of the work)
        stems = [keys[w] if w in keys else self.name_key(w) for w in words] if self.lang.lex.case_endings \
            else self.lang.stems(words, True)  # (the English phrases of `phrase_forms`)
        if self._stem_pairs.isdisjoint(zip(stems, stems[1:], strict=False)):
            return text, words  # (a name's stems begin with one of these pairs: `tuple(stems[i:i + n]) != seq` below)
        tokens = list(WORD.finditer(text))
        out: list[str] = []
        last = done = 0
        for i, st in enumerate(stems):
            if i < done or st not in self.by_stem:
                continue
            for seq, canon in self.by_stem[st]:
                n = len(seq)
                if tuple(stems[i:i + n]) != seq or any(text[tokens[k].end():tokens[k + 1].start()].strip(" -")
                                                       for k in range(i, i + n - 1)):
                    continue  # (the words of one name, with nothing but spaces between them)
                if tuple(words[i:i + n]) not in self._exact:  # as written: left to `apply`
                    out.append(text[last:tokens[i].start()])
                    out.append(canon)
                    last = tokens[i + n - 1].end()
                done = i + n
                break
        if not out:
            return text, words
        out.append(text[last:])
        text = "".join(out)
        return text, WORD.findall(text)

    def _near_names(self, text: str, typed: list[str]) -> str:
        """Words one slip away from a name ("Wahsington") or in a case of it, rewritten to the name: only the words
        `typed`, never a name the aliases wrote in (the pack's spelling), so what was read before never matters."""
        near, pairs, cache, settled = self.near, self.pairs, self._near_cache, self._settled
        pattern = _ANY_WORD if self._short_places or self._undoubled or self._declinable else _LONG_WORD
        words = set(typed)
        if not all(map(str.isalpha, words)):  # (a word with digits: its letter runs, as `pattern` reads them)
            words = {run for w in words for run in ((w,) if w.isalpha() else pattern.findall(w))}
        candidates = False
        for w in words.difference(settled):
            if (len(w) >= NEAR_NAME_FROM - 1 and w[0] in near or self._declinable and self._declined(w)
                    or w in self._undoubled or self._heard(w)) and w not in pairs and cache.get(w) != w:
                candidates = True  # new, or a slip of a name already found
            else:  # too short, no name starts so, a name itself, or found to be no slip: for good
                settled.clear() if len(settled) > 50_000 else None
                settled.add(w)
        if not candidates:  # (a settled word is no slip of a name: `_settled` spares work, it decides nothing)
            return text
        slips = {w: name for w in words.difference(settled) if (name := self._near_word(w)) != w}
        return pattern.sub(lambda m: self._after_given(text, m, slips), text) if slips else text

    def _after_given(self, text: str, m: re.Match[str], slips: dict[str, str]) -> str:
        """The name a slip stands for, without the words of it the text says right before the slip ("Фредерик
        Бантиг": "бантинг", not "фредерик бантинг" again after "Фредерик")."""
        name = slips.get(m.group(0), m.group(0))
        words = name.split()
        before = WORD.findall(text[max(0, m.start() - 80):m.start()])
        for n in range(len(words) - 1, 0, -1):
            if len(before) >= n and all(self.name_key(a) == self.name_key(b) for a, b in zip(before[-n:], words[:n],
                                                                                               strict=True)):
                return " ".join(words[n:])
        return name

    def slip_of(self, word: str) -> str:
        """The name a word is read as for being a slip of it ("wilkens", "велер" of "Веллер", "ремизава"), or "": not
        for a spelling the pack or its people reader gives (alias, surname alone, initials, "э"/"е"), nor a case."""
        if word in self.pairs or not word.isalpha() or not (self.near or self._declinable) \
                or (name := self._near_word(word)) == word:
            return ""
        return name if not self._declined(word) or word in self._declined_slips else ""

    def _declined(self, word: str) -> str:
        """The name a word is in a case of a sentence ("Вирховым", "Сухаревой" of "Сухарева"), or "". Memoised."""
        if (found := self._declensions.get(word)) is None and self.lang.lex.case_endings:  # (English: none to read)
            if len(self._declensions) > 50_000:
                self._declensions.clear()
                self._declined_slips.clear()
            found = self._declensions[word] = self._read_declined(word)
        return found or ""

    def _read_declined(self, word: str) -> str:
        names = self._declinable
        stems = [word[:-len(e)] for e in self.lang.lex.case_endings if word.endswith(e) and len(word) - len(e) >= 3]
        bases = [form for stem in stems for form in (stem, stem + "а")]
        found = next((base for base in bases if base in names and base in self.pairs), "")
        found = found or soft_declined(word, self)  # "Твери", "Кия": other endings; "на Валдае" (`ru_name_cases`)
        if not found and self.people.surnames and self.lang.lex.case_endings:  # "Чичагов" for "Чичагова"
            surname = self._surname_keys.get(self.name_key(word), "")
            stem = surname[:-2] if surname.endswith(_ADJECTIVAL) else surname[:-1]  # "Заречного" / "Заречный"
            found = surname if surname and word.startswith(stem) and word != surname else ""
        if found or len(word) < NEAR_NAME_FROM:
            return found
        # a slip in a declined name ("ремизава" for "Ремезова")
        slips = {name for base in bases for name in self._sized(base[0], len(base), 1)
                 if name in self.pairs and vowel_slip(base, name)}
        if len(slips) == 1:
            self._declined_slips.add(word)  # a slip, no case: `slip_of`
        return next(iter(slips)) if len(slips) == 1 else ""

    def _sized(self, first: str, length: int, limit: int) -> list[str]:
        """The names of a first letter whose length is within `limit` of `length`, the only ones
        that can be that close (kept in their order, for ties). Memoised."""
        key = (first, length, limit)
        if (found := self._windows.get(key)) is None:
            found = self._windows[key] = [name for _, name in sorted(
                entry for size in range(length - limit, length + limit + 1)
                for entry in self._near_by_size.get((first, size), ()))]
        return found

    def _near_word(self, word: str) -> str:
        """The name a word is a slip of (or a case of), or the word itself."""
        if spelt := self._heard(word):
            return spelt
        if len(word) < NEAR_NAME_FROM - 1:  # a short place's name in a case ("Мсте"), a doubled letter once ("Вите")
            base = self._declined(word) if word not in self.pairs else ""
            base = base or (self._undoubled.get(word, "") if self.lang.stem(word) not in self._plain else "")
            return self.pairs[base] if base else word
        if word in self._settled or word in self.pairs or (word[0] not in self.near and not self._declined(word)):
            return word
        if word not in self._near_cache:
            base = self._declined(word)
            if base:  # a name in a case of a sentence ("Вирховым")
                self._near_cache[word] = self.pairs[base]
                return self._near_cache[word]
            stem = self.lang.stem(word)
            own = self._name_stems.get(stem, "")  # "oxygene": a term in lower case, a letter added
            if own and OSA.distance(word, own, score_cutoff=1) <= 1 and not other_form(word, own, self.lang.code):
                self._near_cache[word] = self.pairs[own]
                return self._near_cache[word]
            if stem in self._plain:  # "price" is no "Pierce" spelt by ear
                self._near_cache[word] = word
                return word
            limit = 1 if len(word) <= 9 else 2
            sized = self._sized(word[0], len(word), limit)
            found = process.extractOne(word, sized, scorer=OSA.distance, score_cutoff=limit) if sized else None
            name = found[0] if found is not None else ""
            near = bool(name) and abs(len(name) - len(word)) <= limit and (
                len(word) >= 8 or vowel_slip(word, name) or devoiced(word, name)) \
                and not prefixed_apart(word, name, self.lang.code)  # "втекает" / "вытекает", "hyper-" / "hypo-"
            if near and len({self.pairs[n] for n in sized if OSA.distance(word, n, score_cutoff=limit) <= limit}) > 1:
                near = False  # as close to two names: a slip of neither
            if not near:  # a person's name with the same consonants, other vowels, spelt by ear ("Bardin")
                heard = {self.pairs[n] for n in self._sized(word[0], len(word), 2)
                         if self.pairs[n] in self.people.canonicals and by_ear(word, n)}
                name, near = (next(iter(heard)), True) if len(heard) == 1 else (name, False)
                if near:
                    self._near_cache[word] = name
                    return name
            if len(self._near_cache) > 50_000:
                self._near_cache.clear()
            self._near_cache[word] = self.pairs[name] if near else word
        return self._near_cache[word]
