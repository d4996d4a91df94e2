"""Words as the tutor matches them, in one pack's language.

Text is prepared by the grader's tokeniser (`matching.Prepared`: normalised, aliases rewritten, number words as digits,
Unicode words, Snowball stems of the pack's `language`). Then the tutor reduces each content word to match keys:

- strong keys: its stem (a name's own stem, see `Words.stem`), its synonym groups
  (the general lexicon and the pack's `synonyms`, by stem: ``zg<n>``; the tutor's wider
  groups of `TutorWords.exact_synonyms`: ``zx<n>``) and the groups of the pack's
  multi-word synonyms and aliases it is part of (``zp<n>``, matched as stem sequences,
  so inflected forms count);
- weak keys (partial credit): its direction (``zdirup``, ``zdirdown``), the root of a long stem (``zr<six letters>``)
  and the stem of its positive form ("distrusts" -> "trust").
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from ..aliases import Aliases
from ..language import Language, language
from ..lexicon_idioms import IDIOMS
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..lexicon_tutor import ENGLISH_TUTOR, TutorWords
from ..matching import Prepared
from ..relational import russian_nouns
from ..text import normalise
from .case_names import CaseNames
from .changes import CHANGE_KEY
from .entries import PHRASE_PREFIX, in_order
from .name_adjectives import MIN_BASE, named_by  # MIN_BASE: the letters a stem keeps when a derivation ending goes
from .name_endings import strip_ending
from .people_nouns import people_kinds
from .senses import other_words
from .tenses_ru import tense_keys
from .verbs_ru import prefix_kept

__all__ = ["CONTRAST_KEY", "COUNTED_KEY", "DURATION_KEY", "KIND_KEY", "MONEY_KEY", "NUMBER_KEY", "PERCENT_KEY",
           "PERIOD_KEY", "PHYSICAL", "QUANTITY_KEY", "REASON_KEY", "TUTOR_WORDS", "WORD", "Words", "tutor_words"]

TUTOR_WORDS: dict[str, TutorWords] = {"en": ENGLISH_TUTOR, "ru": RUSSIAN_TUTOR}
WORD = re.compile(r"[^\W_]+")  # a letter or digit run of normalised text, any script
_DOUBLED_END = re.compile(r"([^\W\d_])\1$")

SYNONYM_KEY = "zg"  # a synonym group of the lexicon or of the pack (by stem)
ADVERB_STEM = 5  # letters of a Russian adverb's stem by which its other forms ask what it asks ("высоко": "высокий")
EXACT_KEY = "zx"  # a wider group of the tutor's own (words and their stems)
PHRASE_KEY = "zp"  # a group of the pack's multi-word synonyms or aliases (stem sequences)
MIN_ASPECT = 3  # a verb stem keeps at least this many letters when an aspect suffix is dropped
DERIVED_KEY = "zd"  # the base of a derived word ("density" -> "dens"), a weak key
MIN_ROOT = 4  # letters a word keeps when one ending of its family is swapped for another ("ratif-ication"); one
# more when the other word is the bare root ("bill" is no "bill-ion", "form" no "form-er"; "found-er" is "found")
OPPOSITE_KEY = "zo"  # a pair of opposites ("accept" / "reject"), a weak key
PERCENT_KEY = "zpct"  # a percentage: in a passage, a figure with "%"; in a question, "percent", "share"
CONTRAST_KEY = "zcontrast"  # a contrast: in a passage, "whereas", "unlike"; in a question, "different", "differ"
KIND_KEY = "zk"  # a general word ("people") and the words for kinds of it ("members", "soldiers")
HYPERNYM_KEY = "zh"  # a general word ("scientists") and the words its endings make ("seismologists")
PERIOD_KEY = "zperiod"  # a span of time: in a passage, "from 1948 to 1952"; in a question, "start", "end", "last"
NUMBER_KEY = "znum"  # a figure: in a passage, a number that is no year; in a question, "number", "figure"
MONEY_KEY = "zmoney"  # a sum of money: in a passage, a figure with a currency; in a question, "money", "cost"
COUNTED_KEY = "zcnt"  # in a passage, before the keys of a word a figure counts ("12 members": zcnt + member)
QUANTITY_KEY = "zq"  # a word asking for a physical measure ("zqtemperature"): met by a figure of that kind
PHYSICAL = frozenset({"temperature", "length", "mass", "area", "volume", "data", "density"})  # what units measure
DURATION_KEY = "zdur"  # a duration: in a passage, a figure of years, days ...; in a question, "лет"
REASON_KEY = "zreason"  # a reason: in a passage, "because", "so that" ...; in a question, "cause", "reason"
NEGATED_KEY = "zneg"  # a negation: in a passage and a question, "not", "never", "refused to", "не", "отказался"


def tutor_words(code: str) -> TutorWords:
    """The tutor's data for a language code (English when the language has none)."""
    return TUTOR_WORDS.get(code, ENGLISH_TUTOR)


class Words:
    """Stems, keys and word classes of one pack's language, with the pack's synonyms and
    aliases. `name_stems` is filled by the library once it knows the pack's names."""

    case_names: CaseNames | None = None  # one-word names the texts also write as words; `notes`: the library reads
    notes = False  # the pack's own texts, not a question (see `read_case`)

    def __init__(self, code: str = "en", synonyms: tuple[tuple[str, ...], ...] = (),
                 aliases: Mapping[str, tuple[str, ...]] | None = None):
        self.code = code
        self.synonyms = synonyms
        self.lang: Language = language(code, synonyms)
        self.tw = tutor_words(code)
        self.aliases = Aliases(aliases or {}, self.lang, synonyms)
        self.stop = self.lang.lex.stop
        self._plain = Aliases({}, self.lang)
        self.name_stems: frozenset[str] = frozenset()
        self.time_stems = frozenset(self.lang.stem(w) for w in self.tw.time_words)
        self.date_stems = frozenset(self.lang.stem(w) for w in self.tw.date_words)
        self.role_stems = frozenset(self.lang.stem(w) for w in self.tw.role_words)
        self.present_stems = frozenset(self.lang.stem(w) for w in self.tw.present_words)
        self.place_stems = frozenset(self.lang.stem(w) for w in self.tw.place_words)
        self.people_stems = frozenset(self.lang.stem(w) for w in self.tw.people_words)  # "savers", "ополченцы"
        self.person_stems = self.role_stems | {self.lang.stem(w) for w in self.tw.person_nouns}  # "which engineer"
        self.where_stems = self.place_stems | {self.lang.stem(w) for w in self.tw.place_nouns}  # "which island"
        self.when_stems = self.time_stems | self.date_stems | {self.lang.stem(w) for w in self.tw.time_nouns}
        self.measure_stems: dict[str, tuple[str, ...]] = {}  # "высот": the kinds "высота" asks for, in any form
        for w, kinds in self.tw.measures.items():  # an adverb's short stem is some noun's too ("часто", "часть")
            if not (self.lang.code == "ru" and w.endswith("о") and len(self.lang.stem(w)) < ADVERB_STEM):
                self.measure_stems.setdefault(self.lang.stem(w), kinds)
        self._kinds_of = tuple((frozenset(map(self.lang.stem, general)), frozenset(map(self.lang.stem, kinds)))
                               for general, kinds in self.tw.counts.kinds_of)
        self._kinds_of = people_kinds(self._kinds_of, self)  # "9 senators", "80 казаков" for "how many people"
        self._exact = self._exact_groups()
        self._phrasals = [(re.compile(a, re.IGNORECASE), b) for a, b in self.tw.phrasals]
        self._said: dict[str, str] = {}  # a text -> as `prepare` rewrites it before reading it
        self._idioms = [(re.compile(a, re.IGNORECASE), b) for a, b in IDIOMS.get(self.lang.code, ())]
        self._phrasal_any = re.compile("|".join(f"(?:{a})" for a, _ in self.tw.phrasals), re.IGNORECASE) \
            if self.tw.phrasals else None
        self._by_base = self._base_groups()
        self._groups = [tuple(g) for g in synonyms] + [(c, *v) for c, v in (aliases or {}).items()]
        self._loose = len(synonyms)  # groups before this one (synonyms) may have a word between their words
        self._phrases = self._phrase_groups()
        self._stripped = re.compile(r"^(?:" + "|".join(map(re.escape, self.tw.stripped_prefixes)) + r")(?=\w{5})") \
            if self.tw.stripped_prefixes else None
        self._joined = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, self.tw.joined_prefixes))  # "co-wrote", and
                                  + r"|[^\W\d_])-(?=\w)",  # a letter: "p-type", "X-ray", "T-cells" are one word
                                  re.IGNORECASE) if self.tw.joined_prefixes else None
        self._keys: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._fleeting = re.compile(self.tw.fleeting_vowel) if self.tw.fleeting_vowel else None
        self._epenthetic = re.compile(self.tw.epenthetic) if self.tw.epenthetic else None
        self._inserted = re.compile(self.tw.inserted_vowel) if self.tw.inserted_vowel else None
        self.reason_pattern = _phrases_pattern(self.tw.reason_markers)
        self.result_pattern = _phrases_pattern(self.tw.result_markers, start=True)
        self.naming_pattern = _phrases_pattern(self.tw.naming_cues)
        self.name_pattern = _phrases_pattern(self.tw.naming_cues + self.tw.name_cues)  # "called", "по имени": a name
        self.same_time_pattern = _phrases_pattern(self.tw.same_time)
        self.contrast_pattern = _phrases_pattern(self.tw.contrast_markers)
        self.announcing_pattern = _phrases_pattern(self.tw.announcing)
        self.period_pattern = re.compile(self.tw.period, re.IGNORECASE) if self.tw.period else None
        self.purpose_pattern = re.compile(self.tw.purpose) if self.tw.purpose else None
        self.not_reason_pattern = re.compile(self.tw.not_reasons, re.IGNORECASE) if self.tw.not_reasons else None
        self.explaining_pattern = _phrases_pattern(self.tw.explaining, start=True)
        self.manner_pattern = _phrases_pattern(self.tw.manner_markers)
        self.manner_form = re.compile(self.tw.manner) if self.tw.manner else None

    # -------------------------------------------------------------- preparing text

    def prepare(self, text: str) -> Prepared:
        """Text as the grader prepares it (hyphenated prefixes joined first: "co-wrote"; multi-word
        verbs as one word: "came up with" -> "proposed")."""
        said = self._said.get(text)
        if said is None:  # (the phrasal verbs' patterns took 2 ms a sentence; a tutor reads a sentence many times)
            said = self.without_idioms(text if self._joined is None else self._joined.sub(r"\1", text))
            if self._phrasal_any is not None and self._phrasal_any.search(said):
                for pattern, word in self._phrasals:
                    said = pattern.sub(word, said)
            if len(self._said) >= 8192:  # kept: a pack's sentences and the latest questions
                self._said.clear()
            self._said[text] = said
        return Prepared.of(said, self.aliases) if self.case_names is None else self.case_names.prepare(said, self.notes)

    def without_idioms(self, text: str) -> str:
        """A text with its discourse idioms as the plain words they mean (`lexicon_idioms`: "from X's point of
        view" -> "from X's view", "тем не менее" -> "однако")."""
        for pattern, word in self._idioms:
            text = pattern.sub(word, text)
        return text

    def base(self, st: str) -> str:
        """A stem without its derivation ending ("densiti" -> "dens"), or the stem itself."""
        for ending in self.tw.derivation_endings:
            if st.endswith(ending) and len(st) - len(ending) >= MIN_BASE:
                return st[: -len(ending)]
        return st

    def family(self, word: str, st: str) -> list[tuple[int, str]]:
        """Words of a word's derivational family by the language's ending pairs (`TutorWords.derived_pairs`,
        both ways), each with the length of the root it keeps, longest root first: "ratified" ("ratify")
        gives "ratification", "голосованию" ("голосование") gives "голосовать". Only forms; whether a
        text has such a word is for the caller to check."""
        tw = self.tw
        if self._own_stem(word) is not None:
            return []  # a word whose Snowball stem means another ("university") keeps no family of it either
        starts = {word, st}
        guesses = {f[: len(f) - len(a)] + b for f in (word, st) for a, b in tw.dictionary_forms
                   if f.endswith(a) and (a or f == st)}  # an ending replaces one of a word's, or is added to its stem
        starts |= {g for g in guesses if self.lang.stem(g) == st}  # forms of the word itself ("mor" is no "more")
        found: dict[str, int] = {}
        for form in starts:
            for a, b in tw.derived_pairs:
                for have, swap in ((a, b), (b, a)):
                    if not form.endswith(have):
                        continue
                    root = len(form) - len(have)  # "ratif-ication" / "ratif-y"
                    kin = form[:root] + swap
                    # one of the two words is the bare root: "bill" (as written, not as guessed) or "form" for "former"
                    bare = not have or not swap or (root >= len(st) and not word.endswith(have))
                    if root >= MIN_ROOT + bare and kin not in starts and kin.isalpha():
                        found[kin] = max(root, found.get(kin, 0))
        return sorted(((root, kin) for kin, root in found.items()), key=lambda f: (-f[0], f[1]))

    def content(self, prepared: Prepared) -> list[int]:
        """Positions of content words, as the grader finds them (letters that name something
        count: "S waves"); unlike the grader, "unwilling", "few" or "without" count too: they
        are what a question may be about."""
        negators, bare, deictic = self.lang.lex.negators, self.tw.bare_negators, self.tw.deictic  # "были ли там ...?"
        extra = [i for i, w in enumerate(prepared.words) if w in negators and w not in bare and w not in self.stop]
        return [i for i in sorted(set(prepared.content()) | set(extra)) if prepared.words[i] not in deictic]

    def tokens(self, text: str) -> list[str]:
        """The words of a text, normalised (no aliases, numbers as written)."""
        return WORD.findall(normalise(text))

    # -------------------------------------------------------------- stems

    def name_stem(self, word: str) -> str:
        """A name without its case ending ("горбачева" -> "горбачев"), or its stem where names do not decline."""
        endings = self.tw.name_endings
        if not endings:
            return self.lang.stem(word)
        return strip_ending(word, endings, self.tw.name_kept)

    def stem(self, word: str, st: str | None = None) -> str:
        """The stem the tutor matches a word by: a name's own stem when the word is a form
        of one of the pack's names, else the Snowball stem (`st` when known)."""
        if self.name_stems and self.tw.name_endings:
            ns = strip_ending(word, self.tw.name_endings, self.tw.name_kept)
            if ns in self.name_stems:
                return ns
        override = self._own_stem(word)
        if override is not None:
            return override  # "important" is no "import"
        return st if st is not None else self.lang.stem(word)

    def _own_stem(self, word: str) -> str | None:
        """The stem of a word whose Snowball stem means another word ("important" is no "import", an
        "organisation" no "organ"), or None."""
        own = self.tw.stems.get(word)
        if own is not None:
            return own
        return next((word[: len(word) - len(a)] + b for a, b in self.tw.stem_endings
                     if word.endswith(a) and len(word) - len(a) >= MIN_BASE), None)

    def stems(self, prepared: Prepared) -> list[str]:
        """The tutor's stem of each word of a prepared text."""
        if not (self.name_stems and self.tw.name_endings) and not self.tw.stems and not self.tw.stem_endings:
            return list(prepared.stems)
        return [self.stem(w, s) for w, s in zip(prepared.words, prepared.stems, strict=True)]

    # -------------------------------------------------------------- keys

    def keys(self, word: str, st: str) -> tuple[frozenset[str], frozenset[str]]:
        """Strong keys (stem, synonym groups) and weak keys (direction, root, positive form)
        of a word with its (tutor) stem. Memoised."""
        cache_key = word + "\0" + st
        found = self._keys.get(cache_key)
        if found is None:
            found = self._word_keys(word, st)
            if len(self._keys) > 1 << 17:
                self._keys.clear()
            self._keys[cache_key] = found
        return found

    def _word_keys(self, word: str, st: str) -> tuple[frozenset[str], frozenset[str]]:
        strong = {st} | self._group_keys(word, st) | named_by(st, self.tw, self.name_stems, self.lang.code)  # "Азов"
        strong |= self.aspect_stems(word, st) | tense_keys(word, self.lang.code)  # "сгореть" / "сгорел"
        fleeting = self._fleeting.match(word) if self._fleeting is not None else None
        if fleeting is not None:  # "отец" is "отца" without its vowel; "лёд" and "льда" are both "лд"
            strong.add("".join(part for part in fleeting.groups() if part))
        tw = self.tw  # words that say a kind of thing a passage has ("percent": a share, "because": a reason)
        strong.update(key for words, key in ((tw.percent_words, PERCENT_KEY), (tw.money_words, MONEY_KEY),
                                             (tw.number_words, NUMBER_KEY), (tw.contrast_words, CONTRAST_KEY),
                                             (tw.duration_words, DURATION_KEY), (tw.cause_words, REASON_KEY))
                      if word in words)
        for i, (general, endings) in enumerate(tw.hypernyms):  # "scientists" ~ "seismologists"
            if word in general or (endings and word.endswith(endings)):
                strong.add(f"{HYPERNYM_KEY}{i}")
        strong.update(f"{KIND_KEY}{i}" for i, (general, kinds) in enumerate(self._kinds_of)
                      if st in general or st in kinds)  # "people" ~ "members", "человек" ~ "солдат"
        weak: set[str] = self._opposite_keys(st) | self.relational_stems(word, st)
        base = self.base(st)
        weak.add(DERIVED_KEY + base)
        weak.update(self._by_base.get(base, ()))
        for ending in self.tw.degree_endings:  # "biggest" is "big", "younger" is "young"
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                plain = _DOUBLED_END.sub(r"\1", word[: -len(ending)])
                for form in (plain, plain + "e"):
                    strong |= self._group_keys(form, self.lang.stem(form))
                weak.add(self.lang.stem(plain))
                weak |= self._opposite_keys(self.lang.stem(plain))
        direction = self.lang.direction(word)
        if direction:
            weak.update(("zdirup" if direction > 0 else "zdirdown", CHANGE_KEY))  # ("how did X change?": `changes`)
        root = self.tw.root_length
        if len(st) >= root and st.isalpha():
            weak.add("zr" + st[:root])
        if self._stripped is not None:
            plain = self._stripped.sub("", word)
            if plain != word and not prefix_kept(word, plain, self.lang.stem):  # "distrusts" answers "trust?",
                # "unreformed" "reformed?", "co-written" "written", "построили" "строили" (not "народ" "род", nor
                # "приземлился" "Земли": `verbs_ru`)
                weak.add(self.lang.stem(plain))
                weak |= self._group_keys(plain, self.lang.stem(plain))
        return frozenset(strong), frozenset(weak - strong)

    def kind_keys(self, st: str) -> set[str]:
        """The keys of `CountWords.kinds_of` a word (by its stem) has only as a kind of a general word ("members"):
        a question's word keeps them only when general ("how many people": any kind of people; "how many soldiers"
        is not met by "12 members")."""
        return {f"{KIND_KEY}{i}" for i, (general, kinds) in enumerate(self._kinds_of)
                if st in kinds and st not in general}

    def aspect_stems(self, word: str, st: str) -> set[str]:
        """The stems a verb form shares with its other aspect (`TutorWords.aspect_suffixes`):
        "подписывали" ("подписыва") gives "подпис", as "подписали" ("подписа") does; "заставлял"
        gives "застав" ("заставил"), "разгромлена" "разгром". Empty for other words."""
        tw = self.tw
        if not tw.verb_endings or not word.endswith(tw.verb_endings):
            return set()
        forms = {st}
        for suffix in tw.aspect_suffixes:
            if st.endswith(suffix) and len(st) - len(suffix) >= MIN_ASPECT:
                base = st[: -len(suffix)]
                forms.add(base)
                if len(suffix) > 1:  # "устанавлива" is "установ-"
                    forms |= {_last_vowel(base, a, b) for a, b in tw.aspect_vowels}
                break
        if self._epenthetic is not None:
            forms |= {m.group(1) for m in map(self._epenthetic.match, list(forms)) if m}
        return forms - {st}

    def relational_stems(self, word: str, st: str) -> set[str]:
        """The stems of the noun an adjective is made from (`TutorWords.relational_suffixes`):
        "клеточная" gives "клетк" ("клетка"), "ядерный" "ядр", "солнечный" "солнц", "белковый"
        "белк", "дыхательный" "дыхан". Empty for other words."""
        tw = self.tw
        if not tw.relational_suffixes or not word.endswith(tw.adjective_endings) or word.endswith(
                tw.verbal_noun_endings):
            return set()
        return russian_nouns(st, tw.relational_suffixes, tw.alternations,
                             self._inserted.match if self._inserted is not None else None, MIN_ASPECT)

    def _opposite_keys(self, st: str) -> set[str]:
        """A weak key shared with the word's opposites: "rejected" half answers "accept?"."""
        return {OPPOSITE_KEY + "".join(sorted((st, o))) for o in self.lang.word_opposites.get(st, ())}

    def _group_keys(self, word: str, st: str) -> set[str]:
        if self._own_stem(word) is not None:
            return set()  # a word whose Snowball stem is another's keeps no group of it
        if any(word == st + ending for ending in self.tw.agent_endings):
            return set()  # "followers" are no "follow" (= "succeed"): an agent noun keeps no group of its verb
        keys = {f"{SYNONYM_KEY}{g}" for g in self.lang.group(st) | self.lang.group(self.lang.stem(word))}
        keys.update(f"{EXACT_KEY}{g}" for g in self._exact.get(st) or self._exact.get(word) or ())
        return keys

    def read_case(self, names: CaseNames | None) -> None:
        """The one-word names the pack's texts also write as plain words: read as names only where they are."""
        self.case_names = names
        self._phrases = self._phrase_groups()

    def set_names(self, stems: frozenset[str]) -> None:
        """The pack's name stems (see `stem`); multi-word groups are matched by the stems they give."""
        self.name_stems = stems
        self._phrases = self._phrase_groups()
        self._keys.clear()  # keys may depend on the names (see `name_adjective_endings`)

    def phrase_keys(self, stems: list[str], content: list[int]) -> set[str]:
        """Keys of the pack's multi-word synonyms and aliases whose stems stand in a row
        among the content words (`content`: their positions; `stems`: the tutor's stems)."""
        return {key for key, _ in self.phrase_matches(stems, content)}

    def phrase_matches(self, stems: list[str], content: list[int]) -> list[tuple[str, list[int]]]:
        """(key, word positions) of each multi-word synonym or alias found (see `phrase_keys`):
        its stems in order, at most one other word between them, a stem matching its
        longer or shorter form ("провозглас" / "провозглаша")."""
        if not self._phrases:
            return []
        seq = [stems[i] for i in content]
        found = []
        for i in range(len(seq)):
            for entry, key in self._candidates(seq[i]):
                loose = key not in self._between
                positions = in_order(entry, seq, i, gap=loose)
                if positions is None:
                    continue
                matched = [content[j] for j in positions]
                # a name's words stand in a row: "US Under Secretary of State" is no "US Secretary of State"
                if loose or all(stems[k] in self._between[key] for a, b in zip(matched, matched[1:], strict=False)
                                for k in range(a + 1, b)):
                    found.append((key, matched))
        return found

    def _candidates(self, st: str) -> list[tuple[tuple[str, ...], str]]:
        found = list(self._phrases.get(st, ()))
        if len(st) >= PHRASE_PREFIX:
            found += [e for e in self._phrases.get(st[:PHRASE_PREFIX], ()) if e not in found]
        return found

    def listed_in(self, entry: str) -> set[str]:
        """The keys of the pack's synonym groups and aliases that list `entry` itself ("ERP")."""
        wanted = " ".join(self.tokens(entry))
        return {f"{PHRASE_KEY}{gid}" for gid, group in enumerate(self._groups)
                if any(" ".join(self.tokens(e)) == wanted for e in group)}

    def states_reason(self, raw: str, joined: str) -> bool:
        """Does a sentence (as written, and its words joined) give a reason or a purpose: a reason
        marker outside what only looks like one ("since then", "so-called", "неизвестно, почему"),
        or the shape of a purpose (", to produce ...", "was built to carry ...")?"""
        raw, joined = self.without_lookalikes(raw, joined)
        return bool(self.reason_pattern.search(joined) or (self.purpose_pattern and self.purpose_pattern.search(raw)))

    def without_lookalikes(self, raw: str, joined: str) -> tuple[str, str]:
        """A sentence (as written, and its words joined) without what only looks like a reason or a
        result ("So far ...", "since then", "так же, как")."""
        if self.not_reason_pattern is None or not self.not_reason_pattern.search(raw):
            return raw, joined
        raw = self.not_reason_pattern.sub(" ; ", raw)
        return raw, " ".join(self.tokens(raw))

    def gives_manner(self, raw: str, joined: str) -> bool:
        """Does a sentence (as written, and its normalised words joined) say how, by what means or in what
        steps ("by means of", "by burning coal", "путём", "нагревая руду, ...", "first ... then")?"""
        return bool(self.manner_pattern.search(joined) or (self.manner_form and self.manner_form.search(raw)))

    def gives_reason(self, text: str) -> bool:
        """Does a text (a title, a sentence) use one of the language's reason markers?"""
        return bool(self.reason_pattern.search(" ".join(self.tokens(text))))

    def said_otherwise(self, word: str, known: Container[str]) -> frozenset[str]:
        """Stems the pack holds (`known`) of a word's WordNet synonyms in a frequent sense (`senses`)."""
        return other_words(word, self, known)

    def in_lexicon(self, word: str) -> bool:
        """Is a word (or its stem) in a synonym group of the lexicon or the pack?"""
        return bool(self.lang.group(st := self.lang.stem(word))) or st in self._exact or word in self._exact

    def lexicon_words(self) -> set[str]:
        """Words the language data lists (for spelling correction besides the pack's own)."""
        tw = self.tw
        words = set(tw.question_words) | tw.light_words | {w for g in tw.exact_synonyms for w in g}
        words.update(normalise(w) for g in self.lang.lex.synonyms for w in g if " " not in w)
        return words

    # -------------------------------------------------------------- groups

    def _base_groups(self) -> dict[str, set[str]]:
        """Synonym group keys by the base of their entries' stems: "руководил" is near the
        group of "руководитель" (a weak key)."""
        out: dict[str, set[str]] = {}
        for gid, group in enumerate(self.lang.lex.synonyms):
            for entry in group:
                word = normalise(entry)
                if " " not in word:
                    out.setdefault(self.base(self.lang.stem(word)), set()).add(f"{SYNONYM_KEY}{gid}")
        return out

    def _exact_groups(self) -> dict[str, frozenset[int]]:
        groups: dict[str, set[int]] = {}
        for i, group in enumerate(self.tw.exact_synonyms):
            for word in group:
                groups.setdefault(self.lang.stem(word), set()).add(i)
                groups.setdefault(word, set()).add(i)
        return {key: frozenset(ids) for key, ids in groups.items()}

    def _phrase_groups(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Entries of multi-word synonym groups and aliases as stem sequences of their
        content words, by first stem, longest first; each group gets one key."""
        out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._between: dict[str, frozenset[str]] = {}  # names: the only words allowed between their words
        plain = self.case_names.words if self.case_names is not None else ()  # "young": no name alone (`read_case`)
        for gid, group in enumerate(self._groups):
            if gid >= self._loose:
                self._between[f"{PHRASE_KEY}{gid}"] = frozenset(
                    self.lang.stem(w) for entry in group for w in self.tokens(entry) if w in self.stop)
            stems = {self._entry_stems(entry) for entry in group} - {self._entry_stems(w) for w in plain}
            if not any(len(e) > 1 for e in stems):
                continue  # one-word groups are synonym groups of `Language` already
            for entry in sorted(stems):
                if entry:
                    out.setdefault(entry[0], []).append((entry, f"{PHRASE_KEY}{gid}"))
                    if len(entry[0]) >= PHRASE_PREFIX:
                        out.setdefault(entry[0][:PHRASE_PREFIX], []).append((entry, f"{PHRASE_KEY}{gid}"))
        for entries in out.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        return out

    def _entry_stems(self, entry: str) -> tuple[str, ...]:
        prepared = Prepared.of(entry, self._plain)
        stems = self.stems(prepared)
        return tuple(stems[i] for i in self.content(prepared))


def _phrases_pattern(phrases: tuple[str, ...], start: bool = False) -> re.Pattern[str]:
    """One pattern for a list of phrases, over words joined by single spaces (at the start only)."""
    alternatives = sorted({" ".join(WORD.findall(p)) for p in phrases if WORD.findall(p)}, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alternatives) or "(?!)"
    return re.compile((r"^(?:" if start else r"(?<!\S)(?:") + body + r")(?!\S)")


def _last_vowel(stem: str, vowel: str, other: str) -> str:
    """A stem with its last vowel, when it is `vowel`, written as `other`."""
    vowels = [i for i, c in enumerate(stem) if c in "аеиоуыэюяё"]
    if not vowels or stem[vowels[-1]] != vowel:
        return stem
    return stem[: vowels[-1]] + other + stem[vowels[-1] + 1:]
