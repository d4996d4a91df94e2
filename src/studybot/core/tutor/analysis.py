"""Question analysis: what a learner's question asks about and what kind of answer it wants. A question becomes
weighted `Unit`s, one per content word (words that frame a question, such as "what" or "кто", are dropped), with
misspellings corrected against the pack's own vocabulary and names. A unit's weight is the rarity of its keys among
the passages, raised for names and lowered for light words (see `weights.Weights`). `Wants` says which kinds of
answer it asks for, by the patterns of its language (`TutorWords.asks`): a figure ("how many"), a date, a person, a
place, a reason ("why"), a means ("how did"), a definition ("who is X?"), an instance ("which gas")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..dates import spelled_dates
from ..matching import Prepared
from ..numbers_ru import regnal_ordinals
from ..text import normalise
from ..typos import inflection, plausible_typo
from .abbreviations_ru import expanded_abbreviations
from .alternatives import either_alternative
from .called import asked_name_of
from .changes import change_units
from .coined import coined
from .common_words import common_word
from .compounds import joined, prefixed_again, spaced
from .contraries import either_way
from .counted_heads import counted_head
from .counts import GENERAL_KEY
from .declines import typed_symbols, without_alias_question_words
from .deeds_asked_ru import deed_frame
from .degree_asks import degrees_light
from .documents import Library
from .english_typos import english_typo
from .frames import figure_asked, measure_kinds, noun_frame, phrase_measures, qualified_measures, said_by_figures
from .instances import asks_named, kind_phrase, with_instances
from .kindred import Kindred
from .materials import material_units
from .means_asked import amount_changed
from .name_reasons import naming_asked
from .name_runs import TYPED_WORD, name_run_words
from .negation import asks_negated
from .nouns_ru import mass_genitive
from .ordinals_asked import ordinal_words, ordinals_asked
from .parts_asked import share_asked
from .people_asked import holder_asked, people_asked
from .place_verbs import place_units
from .posts import names_asked
from .properties import property_keys
from .question_parts import Question, Unit, Wants
from .reread_words import reread
from .scripts import Scripts
from .sequels import anchored
from .swaps import swapped
from .verbs_ru import other_prefix
from .when_clause_ru import clause_light
from .words import EXACT_KEY, KIND_KEY, NEGATED_KEY, NUMBER_KEY, PERIOD_KEY, QUANTITY_KEY, SYNONYM_KEY, WORD

if TYPE_CHECKING:
    from .ranking import Weights

__all__ = ["Analyser", "Question", "Unit", "Wants"]

MIN_UNKNOWN = 3  # letters of a word the pack does not know that still counts ("die", "tax") ...
MIN_FULL_UNKNOWN = 4  # ... in full (shorter: as a framing word)
MIN_SPLIT = 6  # letters of a compound split into a verb and its particle ...
MIN_PART = 3  # ... the verb of at least this many
MIN_CORRECTED = 5  # shorter words are never corrected ...
MIN_CORRECTED_NAME = 4  # ... nor shorter capitalised words (to names only: "Ruis" -> "Ruiz")
ONE_EDIT_UP_TO = 9  # words up to this long may be one edit away from the right one, longer ones two
SAME_FIRST_BELOW = 8  # below this length a correction keeps the first letter
NEAR_FORM_FROM = 6  # rare words of this many letters or more also match their frequent neighbours
RARE_UP_TO = 2  # a word seen at most this often in the passages is rare ...
FREQUENT_FROM = 3  # ... and one seen at least this often is frequent
CORRECTIONS_LOOKED_AT = 10  # candidates considered per word and vocabulary
NAME_COMPLETION = 60  # how close (fuzz.ratio) an unknown word after a name's first word must be to its second
MAX_BARE_UNITS = 2  # a question without question words and at most this many units asks what they are

_SYNONYM_KEYS = (SYNONYM_KEY, EXACT_KEY)  # keys of a word's synonyms, which a word of a name has none of
_CAPITALISED_WORD = re.compile(r"[^\W\d_]+")  # a run of letters, to find the acronyms a learner typed


class Analyser:
    """Turns questions into `Question`s against one `Library`."""

    def __init__(self, library: Library, weights: Weights):
        self.library, self.words, self.weights = library, library.words, weights
        self.asks = {kind: re.compile(pattern) for kind, pattern in self.words.tw.asks.items()}
        self.rewrites = [(re.compile(a), b) for a, b in self.words.tw.rewrites]
        self.contractions = [(re.compile(a), b) for a, b in self.words.tw.contractions]
        self.lexicon = self.words.lexicon_words()
        tw = self.words.tw
        self.vocab_list = sorted({*library.vocab, *tw.question_words, *tw.light_words, *ordinal_words(self.words.code)})
        # function and question words, which no correction that drops a letter lands on: the learner's content word
        # would vanish from the question ("кто изобрёл радио?" read as "кто изобрёл ради?"); one with a letter
        # changed still is one ("пачему": "почему")
        self._function_words = frozenset(self.words.stop | tw.question_words)
        self.name_list = sorted(w for w in library.vocab
                                if w.isalpha() and self.words.name_stem(w) in library.names.stems)
        self.idf_unknown = library.rarest
        self.scripts = Scripts(self.words.lang.code, self.name_list)  # "Vinkler" on a Russian pack, "Помпео"
        self.light_stems = frozenset(map(self.words.lang.stem, self.words.tw.light_words - self.words.tw.emphasis))
        self._kind_words: frozenset[str] = frozenset()
        self._acronyms: frozenset[str] = frozenset()
        self._symbols: frozenset[str] = frozenset()
        self._chosen: frozenset[str] = frozenset()
        self._after_question: frozenset[str] = frozenset()
        self._deeds: frozenset[str] = frozenset()  # "что делают X?": the verb standing for any deed (`deeds_asked_ru`)
        self.kindred = Kindred(self.words, library)  # a word's derivational family among the pack's words

    def question(self, raw: str, text: str) -> Question | None:
        """The question (as typed, and normalised) as weighted units, or None when nothing in it can be looked up."""
        if (regnal := regnal_ordinals(raw, self.words.lang.lex.stop)) != raw:  # "Всеволод Первый": a figure
            raw, text = regnal, normalise(regnal)
        text = joined(self._head_word(text), self.words, self.library.df)  # "wen did": "when did"; "over land"
        for pattern, replacement in self.contractions:  # "whats ...": "what is ..."
            text = pattern.sub(replacement, text)
        text, typed = kind_phrase(text, self.words)  # "what kind of gas": "what gas"
        capitalised = self._capitalised(raw) | typed_symbols(raw, self.words.stem, self.library.df)  # "pH"
        self._acronyms = frozenset(w.casefold() for w in _CAPITALISED_WORD.findall(raw) if len(w) > 1 and w.isupper())
        self._symbols = typed_symbols(raw, self.words.stem, ()) - capitalised  # "pH" the pack knows: no word to drop
        self._name_runs = name_run_words(raw, capitalised, self.words.tokens)  # "United States"
        self._kind_words = frozenset(self._asked_kind(text))
        self._chosen = frozenset(self._asked_kind(text, self.words.tw.choosing))
        self._after_question = frozenset(self._asked_kind(text, self.words.tw.question_words))  # "как долго"
        self._deeds = deed_frame(text, self.words.lang.code)
        asked = without_alias_question_words(raw, spelled_dates(text, self.words.lang.code), self.words)  # "who"
        for pattern, replacement in self.rewrites:
            asked = pattern.sub(replacement, asked)
        asked = prefixed_again(spaced(asked, self.words, self.library.df), self.words, self.library.df)  # "Q cells"
        asked = expanded_abbreviations(asked, self.words, self.library, (capitalised, self._acronyms), self._known)
        prepared = self._spelt(self.words.prepare(asked), capitalised)
        units = degrees_light(self._weigh(prepared, capitalised), text, self.asks, self.words, self.weights.light)
        units = change_units(material_units(units, text, self.words.lang.code), text, self.words.lang.code)  # made of
        units = place_units(units, text, self.words)  # "which observatory did X work at?" (`place_verbs`)
        if asks_negated(self.words, prepared) and NEGATED_KEY in self.library.df:  # "why did X not ...?": a
            said = {NEGATED_KEY + s for u in units if u.name for s in u.stems or {u.stem}}  # of what it names (any
            units.append(Unit("not", NEGATED_KEY, frozenset(said or {NEGATED_KEY}), frozenset({NEGATED_KEY}),  # other:
                              self.library.idf(NEGATED_KEY), False))  # in part)
        excluded = self._excluded(prepared, units)  # "кроме Кравчука": not what is asked about, nor the answer
        if not (units := either_alternative([u for u in units if u not in excluded], text, self.words)):  # "A или B"
            return None
        wanted = self.wants(text, units)
        if wanted.reason and (wanted.dated or wanted.numeric):  # "when two continents collide, why ...": "when"
            wanted = replace(wanted, dated=False, numeric=False, measures=frozenset())  # is no date
        named = asks_named(wanted, typed, (u.text for u in units if u.text in self._kind_words), self.words,
                           self.library.kinds)  # "which city": a name answers (not "what kind of river is X?")
        units = [either_way(u, self.words, text) if wanted.yes_no else u  # "did anyone die?" (`contraries`)
                 for u in reread(units, raw, text, wanted, self.library)]
        if wanted.entity or wanted.numeric:  # "какой организацией", "какую сумму": a name or a figure answers
            units = [replace(u, weight=u.weight * self.weights.light, light=True)
                     if u.text in self._kind_words and not u.light and u.text not in self.words.tw.percent_words
                     else u for u in units]
        keys = frozenset(k for u in units for k in u.strong)
        stems = frozenset(st for u in (*units, *excluded) for st in (u.stems or {u.stem}))
        kinds = frozenset(u.stem for u in units if u.text in self._kind_words)
        units, instances = with_instances(units, kinds, typed, stems, self.library.kinds)  # "which gas": "chlorine"
        framing = people_asked(text, self.words) | naming_asked(text, self.words)  # "who were the members of X?":
        # their names, not the word; "почему X так называется?": the reason for the name, not the word (`name_reasons`)
        units = [replace(u, weight=u.weight * self.weights.light, light=True) if u.text in framing else u
                 for u in units]
        ordinals = ordinals_asked(text, self.words.lang.code)  # "the second X": met in part by "two X"
        units = [replace(u, ordinal=True) if u.stem in ordinals and not u.name else u for u in units]
        counted = self._counted(text, units)  # a kind of what is counted ("members" for "how many people") only
        units = [(replace(u, weak=u.weak | {GENERAL_KEY}) if self.words.kind_keys(u.stem) else u) if u.stem in counted
                 else replace(u, weak=u.weak - u.kinds) for u in units]  # "how many residents?": "40,000 people"
        units = anchored(units, text, self.words)  # "what did X build after the flood?": the flood dates it
        units = clause_light(units, text, self.words.lang.code, self.weights.light)  # "..., когда X ушёл?"
        return Question(text, tuple(units), sum(u.weight for u in units) or 1.0, keys, stems, wanted, kinds,
                        counted=counted, counted_head=counted_head(text, units, self.words, self.library.df.keys()),
                        measured=self._measured(units, wanted), instances=instances, named=named,
                        name_of=asked_name_of(text, self.words),
                        posts=frozenset(u.stem for u in units if u.stem in self.words.role_stems)
                        | (self.words.tw.pioneer_asks & set(re.findall(r"\w+", text))))

    def wants(self, text: str, units: list[Unit]) -> Wants:
        """The kinds of answer a question (normalised text and its units) asks for."""
        asks = self.asks
        question_words = self.words.tw.question_words

        def says(kind: str) -> bool:
            pattern = asks.get(kind)  # type: ignore[call-overload]
            return bool(pattern and pattern.search(text))

        bare = len(units) <= MAX_BARE_UNITS and not any(w in question_words for w in WORD.findall(text))
        choice = says("choice")
        named = names_asked(units, self.library.names.stems, self.library.names.persons, self.words.role_stems)
        method = says("method")  # "how is X calculated?" asks what X is, not for a figure
        define = bare or says("define") or method
        defined = define and named and not holder_asked(text, self.words)  # "who was the commander of X?": a person
        # holding a post, not what X is (`people_asked`)
        frame = noun_frame(self.words, self._asked_kind(text))  # "which engineer", "how tall", "в каком году"
        phrased = phrase_measures(self.words, text)  # "сколько весит", "the boiling point of": a figure of a kind
        numeric = (figure_asked(self.words, self._chosen, asks, text) or frame.figure or bool(phrased)) and not method \
            and not (says("manner") and amount_changed(text, self.words.lang.code, self.words.lang.direction))  # means
        kinds = frame.measures | phrased if numeric else frozenset()
        if numeric and not kinds and not says("ratio"):  # "the density of oceanic crust": a density ("во сколько
            # раз вырастет сила, если скорость удвоить?": how many times, not a speed); "at their height": no height
            nouns, said = self.words.tw.measure_nouns, self.words.without_idioms(text)
            kinds = frozenset(k for w in WORD.findall(said) if w in nouns for k in self.words.tw.measures.get(w, ()))
        kinds |= share_asked(self.words, text, kinds)  # "relative to national income", "how much of the budget"
        return Wants(numeric=numeric, measures=kinds, dated=says("dated"), phrased=numeric and bool(phrased),
            entity=((says("entity") and not frame.timed and not frame.figure) or frame.person or frame.place)
            and not choice and not defined, place=says("place") or frame.place,
            person=(says("person") or frame.person) and not choice and not defined,
            reason=says("reason"), yes_no=says("yes_no"), listing=says("listing"), define=define,
            expand=says("expand"), manner=says("manner") and not numeric and not says("reason") and not any(
                w in self.words.tw.contrast_words for w in WORD.findall(text)))  # "how is X different": a difference

    def _counted(self, text: str, units: list[Unit]) -> frozenset[str]:
        """The stems of what "how many" counts ("how many ATP molecules": atp, molecules), light words left out."""
        tw = self.words.tw
        tokens = [t for t in WORD.findall(text) if t not in tw.counting_skips]  # "сколько сейчас мельниц": not now
        phrase: list[str] = []
        for i, token in enumerate(tokens[:-1]):
            if (token in tw.counting and i > 0 and tokens[i - 1] in tw.asking) or token in tw.counting_alone:
                for word in tokens[i + 1:]:  # "сколько разных аминокислот входит ...": up to the verb
                    if word in self.words.stop or word in tw.question_words or (
                            token in tw.counting_alone and word.endswith(tw.verb_endings or ("\0",))):
                        break
                    phrase.append(word)
                    if word in tw.measures:
                        break  # "сколько раз посол ...", "сколько лет было ...": a measure, no thing counted
        if self.words.lang.code == "ru" and phrase and mass_genitive(phrase[-1]):
            return frozenset()  # "сколько места занимал X?": an amount of a mass, no things counted (`nouns_ru`)
        return frozenset(u.stem for u in units if u.text.split()[0] in phrase
                         and u.text not in tw.light_words and u.text not in tw.measures)

    def _measured(self, units: list[Unit], wanted: Wants) -> tuple[frozenset[str], ...]:
        """The keys of the words naming what a figure asked for measures ("какая плотность"), when the pack uses them
        and no quantity kind or general word ("what amount", "какой процент") says it."""
        tw = self.words.tw
        if not wanted.numeric or wanted.measures:
            return ()
        general = tw.light_words | tw.percent_words | tw.measures.keys()
        return tuple(u.strong for u in units if u.text in self._kind_words and not u.name and u.text not in general
                     and not measure_kinds(self.words, u.text) and u.strong & self.library.df.keys())

    def _excluded(self, prepared: Prepared, units: list[Unit]) -> list[Unit]:
        """The units right after "except", "кроме"."""
        words = prepared.words
        after = {words[i + 1] for i in range(len(words) - 1) if words[i] in self.words.tw.excluding}
        return [u for u in units if u.text.split()[0] in after]

    def _asked_kind(self, text: str, asking: frozenset[str] | None = None) -> list[str]:
        """The words right after a question word ("how deep", "which countries", "какая глубина"): the kind wanted;
        and a measure noun after the adjectives qualifying it ("какая средняя глубина": `qualified_measures`)."""
        tokens = WORD.findall(text)
        asking = self.words.tw.asking if asking is None else asking
        after = [b for a, b in zip(tokens, tokens[1:], strict=False) if a in asking]
        return after + qualified_measures(self.words, tokens, asking)  # "какая средняя температура"

    # -------------------------------------------------------------- spelling

    def _capitalised(self, raw: str) -> set[str]:
        """Words the learner capitalised (not the first, unless an acronym): names."""
        out: set[str] = set()
        for m in TYPED_WORD.finditer(raw):
            token = m.group(1)
            if token[:1].isupper() and (m.start() > 0 or (token.isupper() and len(token) >= 2)):
                out.update(self.words.tokens(token))
        return out

    def _known(self, word: str) -> bool:
        lib, words = self.library, self.words
        if not word.isalpha() or word in lib.vocab or word in self.lexicon or word in words.stop:
            return True
        st = words.stem(word)
        return (st in lib.df or words.lang.stem(word) in lib.df or words.in_lexicon(word)
                or bool(self.kindred.keys(word, st)[0]))

    def _in_pack(self, word: str) -> bool:
        return word in self.library.vocab or self.words.stem(word) in self.library.df

    def _common(self, word: str, capitalised: set[str]) -> bool:
        """Is a lower-case word one of the language's (`common_words`: "scare" is no "scarce", "вверх" no "верх"), so
        no misspelling of the pack's? It may still be a compound to split ("closedown")."""
        return word not in capitalised and common_word(word, self.words.lang, lambda w: self._correct(w, False))

    def _correct(self, word: str, name_only: bool) -> str:
        """The closest vocabulary word to a misspelt one (names preferred), or the word itself.

        Words of 5-9 letters may be one edit away, longer ones two; below 8 letters the first letter must agree;
        a letter put for another must be a typo of it (`typos`). A capitalised word is only corrected to a name."""
        if len(word) < (MIN_CORRECTED_NAME if name_only else MIN_CORRECTED) or not word.isalpha():
            return word if name_only else swapped(word, self.library.vocab)  # "tnak": "tank" (`swaps`)
        best: tuple[float, int, int, float, int, str] | None = None
        russian = self.words.lang.code == "ru"  # its vowels heard apart ("путают" / "питают"), its verbs' prefixes
        pools = (self.name_list,) if name_only else (self.name_list, self.vocab_list)
        for rank, pool in enumerate(pools):
            for form_rank, form in enumerate(dict.fromkeys((word, self.words.lang.stem(word)))):
                if len(form) < (MIN_CORRECTED_NAME if name_only else MIN_CORRECTED):
                    continue
                for cand, dist, _ in process.extract(form, pool, scorer=OSA.distance, limit=CORRECTIONS_LOOKED_AT,
                                                     score_cutoff=1 if len(form) <= ONE_EDIT_UP_TO else 2):
                    if (cand[0] != word[0] and len(word) < SAME_FIRST_BELOW) or inflection(form) != inflection(cand) \
                            or self._kept(word) != self._kept(cand) or not plausible_typo(form, cand, russian) or (
                            cand in self._function_words and len(cand) < len(word)) or (
                            russian and other_prefix(word, cand)):
                        continue  # "намерил" is no "номер", "laser" no "layer"; "радио" no "ради" (`_function_words`);
                        # "поставил" no "оставил" (`verbs_ru.other_prefix`)
                    key = (dist, form_rank, rank, -fuzz.ratio(form, cand), -self.library.vocab.get(cand, 0), cand)
                    if best is None or key < best:
                        best = key
        return best[-1] if best else word

    def _kept(self, word: str) -> str:
        """The ending of a word that a correction keeps (`TutorWords.kept_endings`: "знали" is no "знаки")."""
        return next((e for e in self.words.tw.kept_endings if word.endswith(e)), "")

    def _near_forms(self, word: str) -> set[str]:
        """Stems of more frequent words one edit from a rare one (the text's own typos)."""
        vocab = self.library.vocab
        if len(word) < NEAR_FORM_FROM or not word.isalpha() or not 1 <= vocab.get(word, 0) <= RARE_UP_TO:
            return set()
        found = process.extract(word, self.vocab_list, scorer=OSA.distance, score_cutoff=1, limit=5)
        return {self.words.stem(c) for c, _, _ in found
                if c != word and c[0] == word[0] and vocab.get(c, 0) >= FREQUENT_FROM}

    def _spelt(self, prepared: Prepared, capitalised: set[str]) -> Prepared:
        """The question with misspelt words corrected."""
        words = list(prepared.words)
        changed = False
        for i, w in enumerate(words):
            if (not self._known(w) or self.scripts.frames(w, w in capitalised)) and w not in self._acronyms:  # "NATO"
                fixed = "" if self.scripts.frames(w, w in capitalised) else w if self._common(w, capitalised) else \
                    self._correct(w, w in capitalised)
                fixed = self.scripts.read(w, self._known, self._correct) if fixed == w else fixed  # in the other script
                if fixed == w and w not in capitalised:
                    fixed = self._split(w)  # "walkout": "walk out"
                if fixed == w and w not in capitalised and self.words.lang.code == "en":  # "usedd": "used"
                    fixed = english_typo(w, self._in_pack, self.words.stem) or w  # (`english_typos`)
                if fixed != w:
                    words[i], changed = fixed, True
        forms = self.library.names.forms
        for i in range(len(words) - 1):  # "Jenifer Mor" -> "Jenifer Moore", "Stanislav Zaz" -> "Stanislav Zas"
            nxt = words[i + 1]
            if words[i] in forms and words[i] not in self.words.stop and not self._known(nxt):
                near = [f for f in forms[words[i]] if f[:1] == nxt[:1] and fuzz.ratio(nxt, f) >= NAME_COMPLETION]
                if near:
                    words[i + 1], changed = max(near, key=lambda f: fuzz.ratio(nxt, f)), True
        return self.words.prepare(" ".join(words)) if changed else prepared

    def _head_word(self, text: str) -> str:
        """The question with an unknown first word that is a question word less a letter ("wat", "сколко") in full."""
        head = WORD.search(text)
        if head is None or self._known(head.group()):
            return text
        return text[:head.start()] + self._short_question_word(head.group()) + text[head.end():]

    def _short_question_word(self, word: str) -> str:
        """The question word a word is with one letter left out ("wat", "hw"), or the word; a longer word only for one
        asking by itself ("сколко", "почму"), not a verb or adverb of them ("пошел" is no slip of "прошел")."""
        for q in sorted(self.words.tw.question_words):
            if len(q) == len(word) + 1 and any(q[:i] + q[i + 1:] == word for i in range(len(q))) and (
                    len(word) < MIN_CORRECTED or any(ask.match(q) for ask in self.asks.values())):
                return q
        return word

    def _split(self, word: str) -> str:
        """An unknown noun made of a verb and its particle as the two ("walkout" -> "walk out"), or the word."""
        if len(word) < MIN_SPLIT or not word.isalpha():
            return word
        df, stop, stem = self.library.df, self.words.stop, self.words.stem
        for particle in sorted(self.words.tw.particles):
            verb = word[:-len(particle)]
            if word.endswith(particle) and len(verb) >= MIN_PART and verb not in stop and stem(verb) in df:
                return f"{verb} {particle}"
        return word

    # -------------------------------------------------------------- units

    def _weigh(self, prepared: Prepared, capitalised: set[str]) -> list[Unit]:
        """Units to look up, one per content word (the words of one of the pack's names or multi-word synonyms make
        one unit), weighted by rarity (names count more, light words less; an unknown word weighs `Weights.unknown`
        of the rarest, an unknown capitalised word, a name the pack does not know, twice the rarest)."""
        words = self.words
        stems = words.stems(prepared)
        content = words.content(prepared)
        group_of: dict[int, tuple[str, list[int]]] = {}
        for key, positions in words.phrase_matches(stems, content):
            if not any(i in group_of for i in positions):
                for i in positions:
                    group_of[i] = (key, positions)
        units: list[Unit] = []
        seen: set[str] = set()
        for i in content:
            w = prepared.words[i]
            short = len(w) <= 2 and w.isalpha() and i not in group_of
            if w in words.tw.question_words or stems[i] in seen or (
                    short and not (self._short_name(w, capitalised) or self._known_acronym(w, capitalised)
                              or w in self._symbols)):
                continue
            seen.add(stems[i])
            unit = self._word_unit(w, stems[i], w in capitalised)
            if unit is None:
                continue
            if i not in group_of and w in self._name_runs:  # "United States": no synonym of "states" ("countries")
                unit = replace(unit, strong=frozenset(k for k in unit.strong if not k.startswith(_SYNONYM_KEYS)))
            if i in group_of:
                unit = self._merged(unit, group_of[i], prepared, stems, capitalised, seen)
            units.append(unit)
        return units[:self.weights.max_units]

    def _known_acronym(self, w: str, capitalised: set[str]) -> bool:
        """A short word the learner capitalised that the pack uses ("MX", "UN"), or not in capitals ("Km", "pH")."""
        return w in capitalised and (self.words.stem(w) in self.library.df or w not in self._acronyms)

    def _merged(self, unit: Unit, group: tuple[str, list[int]], prepared: Prepared, stems: list[str],
                capitalised: set[str], seen: set[str]) -> Unit:
        """One unit for the words of a multi-word name or synonym (with the group's key)."""
        key, positions = group
        parts = [unit]
        for j in positions:
            if stems[j] not in seen:
                seen.add(stems[j])
                part = self._word_unit(prepared.words[j], stems[j], prepared.words[j] in capitalised)
                if part is not None:
                    parts.append(part)
        persons = self.library.names.persons
        named = [p for p in parts if p.stem in persons]  # a person is found by the surname too ("Ельцина")
        if named and named[-1] is not parts[-1]:
            named = []  # "Molotov Plan", "Marshall Plan": named after a person, not the person
        kept = parts if len(positions) == 1 else named[-1:]  # "Геннадий Бурбулис" is not Геннадий Янаев
        strong = frozenset({key}).union(*(p.strong for p in kept))
        # a name is one thing ("John Bolton" is Bolton); a phrase adds up
        name = any(p.name for p in parts)
        weight = max(p.weight for p in parts) if name else sum(p.weight for p in parts)
        weak = frozenset().union(*(p.weak | p.strong for p in parts)) - strong
        if name and len(positions) > 1:  # its words are a name's, not in WordNet's senses: the "Forces" of a treaty
            weak -= frozenset().union(*(self.words.said_otherwise(prepared.words[j], self.library.df)  # are no
                                        for j in positions))  # "hale" (and no "Hale" of the text meets them)
        return Unit(" ".join(prepared.words[j] for j in positions), unit.stem, strong, weak, weight, name,
                    frozenset(stems[j] for j in positions), all(p.light for p in parts))

    def _short_name(self, w: str, capitalised: set[str]) -> bool:
        """Is a word of one or two letters a name of the pack the learner capitalised ("Ом")?"""
        return w in capitalised and self.words.name_stem(w) in self.library.names.stems

    def _word_unit(self, w: str, st: str, capitalised: bool) -> Unit | None:
        """The unit of one content word of a question (None: a short word the pack does not know)."""
        w8, lib = self.weights, self.library
        strong, weak = self.words.keys(w, st)
        if w in self._kind_words or (w in self._after_question and measure_kinds(self.words, w)):  # a property asked
            weak |= property_keys(w, self.words.lang.code)  # ("how loud", "как долго"): met by another word of it
            # ("silent", "продолжительность"), in part (`properties`)
        general = frozenset(k for k in strong if k.startswith(KIND_KEY))  # "how many people": any kind of people, in
        strong, weak = strong - general, weak | (general - self.words.kind_keys(st))  # part; "soldiers": no other kind
        if w in self.words.tw.period_words:  # "when did it start?": a span "from 1948 to 1952" says
            strong |= {PERIOD_KEY}
        kinds = frozenset(measure_kinds(self.words, w))  # "высоты" as "высота"; "при какой температуре": any
        # "100 °C" says it (see `Ranker.coverage`), "сколько времени" any span of time, "how fast" any rate (`frames`)
        strong = strong | {QUANTITY_KEY + kind for kind in said_by_figures(kinds)}
        holder = lib.role_people.get(st, frozenset())
        strong |= holder  # "король": "Карл XII", the only king the text names
        present = [k for k in strong if k in lib.df and not (k == NUMBER_KEY and w in self.words.tw.emphasis)]  # a
        # quantifier of the whole ("altogether") is met by any figure, when the text says the word at all
        if not present and not capitalised:  # "ratification" when the pack says "ratified"
            kin, kin_weak = self.kindred.keys(w, st)
            strong, weak, present = strong | kin, weak | kin_weak, [k for k in kin if k in lib.df]
        is_light = self._light(w, st, known=bool(present)) or bool(holder & lib.topic_stems)
        light = w8.light if is_light else 1.0
        if present:
            strong |= self._near_forms(w) | self.kindred.stems(w, st)  # "взлёт": "взлетел" (`kindred`)
            weak |= lib.related.get(st, frozenset()) | self.words.said_otherwise(w, lib.df) - strong  # `senses`
            name = capitalised or st in lib.names.stems  # round 37: a name's synonym keys met in part only ("the
            # Speaker" is no "spoke"): answered development +1 -2, held out -3; declined fresh development +1, held
            # out +1: left out
            weight = max(lib.idf(k) for k in present) * light
            return Unit(w, st, frozenset(strong), weak, weight * (w8.name if name else 1.0), name, light=is_light,
                        loose=frozenset() if name else self.kindred.loose(w) - strong - weak)
        if st in lib.topic_stems or w in self.words.tw.emphasis or w in self._deeds:  # a word of the pack's title
            return None  # no passage uses (the whole pack is about it), or a learner's emphasis or a deed's verb the
            # text never says (no fact of it)
        if capitalised or coined(w, self.words, (self.vocab_list, self.name_list, lib.df.keys())):  # `coined`
            return Unit(w, st, frozenset(strong), frozenset(), self.idf_unknown * w8.unknown_name, True)
        if len(w) >= MIN_UNKNOWN or not w.isalpha():
            framing = len(w) >= 5 and w.endswith(self.words.tw.framing_endings)  # verbs, adverbs: they frame
            framing = framing or len(w) < MIN_FULL_UNKNOWN  # "die", or a typo of a short word ("wat")
            weight = self.idf_unknown * w8.unknown * (w8.framing if framing else 1.0) * light
            return Unit(w, st, frozenset(strong), weak, weight, False, light=is_light)
        return None

    def _light(self, w: str, st: str, known: bool) -> bool:
        """Light words: those that frame a question ("article", "number"), ask for a measure ("deep", "high"), for a
        time ("year"), name the whole pack's subject, or the kind of answer wanted ("which countries") when known."""
        tw, words = self.words.tw, self.words
        return (w in tw.light_words or w in self._deeds or st in self.light_stems or bool(measure_kinds(words, w))
                or st in words.time_stems
                or st in self.library.topic_stems
                or ((known or w in self._chosen) and w in self._kind_words and w not in tw.percent_words))
