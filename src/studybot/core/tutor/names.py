"""Names found in a pack's own text: people, places, organisations and titles, without
`aliases` (which only add other spellings).

A name is a run of capitalised words ("Marie Curie", "Royal Institution", "МГУ"),
with the lower-case joiners of the language inside it ("Secretary of State", "Pliny the
Younger"). A capitalised word that opens a sentence only counts when the pack never
writes it in lower case, or writes it capitalised inside a sentence elsewhere, and
never when it is a connective of the language ("However Peel ...", "Однако Наполеон
..."). An acronym followed by a capitalised word starts a new name ("КГБ СССР | Владимир
Крючков"). A name looks like a person's when it is two to four capitalised words none
of which the pack writes in lower case (but not when a word before its last is a
person's surname: "the Molotov Plan" is named after one), when an initial stands in it
("J. Tuzo Wilson", "George F. Kennan"), or when a role or a noun for a person stands just before it ("the geologist
Harry Hess", "министр обороны СССР Дмитрий Язов"); a surname alone is then a person too. A place opening a name is
none of the person's (`_unplaced`): a country the language's tables know ("Норвегию Дания ...", "In Norway Harald
Vik ..."), a name the pack writes whole after a preposition of place ("под Орвией,"), the first word after such a
preposition before a longer name ("под Орвией Сигурд II"); and a preposition is no title ("После" / "посол"). An
exercise's imperative opening a sentence ("Put Orvel's ports in order", `TutorWords.instructions`) is no word of a name.
A name right after a noun of a vessel ("the pleasure steamer Princess Alice", "the liner Carpathia"; `lexicon_craft`)
is a ship's, though "steamer" ends as a noun for a person does, and so is that name written elsewhere ("The Princess
Alice disaster").
Names are kept as the tutor's name stems (`Words.name_stem`), so declined forms match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..lexicon_craft import CRAFT_NOUNS
from ..people import normalise  # (memoised: names are read token by token)
from .country_names import country_stems, demonym_stems
from .thing_names import given_names, names_a_thing, names_a_time
from .words import WORD, Words

__all__ = ["WRITTEN_WORD", "NameBook", "find_names"]

WRITTEN_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # a word of a text as written ("O'Neill", "Saint-Just")
_STOPS = frozenset(".!?:…")  # what before a word makes it open a sentence ...
_OPENERS = frozenset("\"'“‘«([ ")  # ... or, at the start of a sentence, an opening quote or bracket
_POSSESSIVE = re.compile(r"['’]s$")
MAX_PERSON_WORDS = 4
_REGNAL = re.compile(r"^[IVXL]{1,5}$")  # the number of a ruler ("Пётр I", "Louis XIV")


@dataclass
class NameBook:
    """The names of a pack: the name stems of every word of a name, those of people, and
    each multi-word name as a stem sequence."""

    stems: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    sequences: set[tuple[str, ...]] = field(default_factory=set)
    forms: dict[str, set[str]] = field(default_factory=dict)  # word of a name -> the words that follow it in names

    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Each two stems that follow each other in a name of several words (read once the book is complete)."""
        return frozenset(p for seq in self.sequences for p in zip(seq, seq[1:], strict=False))


@dataclass(frozen=True)
class _Run:
    words: tuple[str, ...]  # normalised words of the name
    persons: tuple[tuple[str, ...], ...]  # the parts of it that name people
    guessed: tuple[tuple[str, ...], ...] = ()  # ... that look like people (no initial, no role before them)
    craft: bool = False  # it follows a noun of a vessel ("the steamer Princess Alice"): a ship's name


def find_names(texts: Iterable[str], words: Words) -> NameBook:
    """The names written in `texts` (sentences of the notes, card texts)."""
    texts = list(texts)
    usage = _usage(texts, words)
    book = NameBook()
    runs = [_runs(text, usage, words) for text in texts]
    surnames = {words.name_stem(p[-1]) for found in runs for run in found for p in (*run.persons, *run.guessed)}
    shown = {p for found in runs for run in found for p in run.persons}  # people by an initial or a role
    given = given_names(runs, words)
    crafts = {run.words for found in runs for run in found if run.craft}  # ships' names, wherever else written
    for found in runs:
        for run in found:
            stems = tuple(words.name_stem(w) for w in run.words)
            book.stems.update(st for st, w in zip(stems, run.words, strict=True) if _name_word(w, st, usage, words))
            if len(stems) > 1:
                book.sequences.add(stems)
            for a, b in zip(run.words, run.words[1:], strict=False):
                if a not in words.stop and b not in words.stop:
                    book.forms.setdefault(a, set()).add(b)
            # "the Okafor Scheme" is named after Mary K. Okafor: a surname before its last word makes no person;
            # "Верхняя Ангара", "Возраст Байкала" name things (`thing_names`)
            guessed = [p for p in run.guessed if not any(words.name_stem(w) in surnames for w in p[:-1])
                       and p not in crafts and (p in shown or not names_a_thing(p, given, words, usage.inner))]
            for person in (*run.persons, *guessed):
                book.persons.update(words.name_stem(w) for w in person  # not initials, not "van"
                                    if w not in words.stop and w not in words.tw.name_particles)
    return book


def _name_word(word: str, st: str, usage: _Usage, words: Words) -> bool:
    """Is a word of a name a name itself: written capitalised at least as often as not, and
    clearly more often when the language's data lists it ("Big Island", "Earth")?"""
    if word in words.stop or word in words.tw.role_words or st in words.role_stems:
        return False  # "Президент", "Secretary": titles, not names
    capitalised, lowered = usage.capitalised[st], usage.lowered[st]
    if words.in_lexicon(word) or word in words.tw.light_words or word in words.tw.measures:
        return capitalised >= 2 and capitalised > 2 * lowered
    return capitalised > lowered or lowered == 0


@dataclass(frozen=True)
class _Usage:
    lower: set[str]  # words written in lower case
    lower_stems: set[str]  # ... and their stems
    inner: set[str]  # words capitalised inside a sentence
    capitalised: Counter[str]  # name stems: how often written capitalised inside a sentence ...
    lowered: Counter[str]  # ... and in lower case: a name is a name when it is mostly capitalised
    placed: set[str]  # name stems written after a preposition of place ("в России"): places
    lone: set[str]  # ... as a whole name there, before a stop or a function word ("под Орвией,", "near Tarrow and")


def _usage(texts: list[str], words: Words) -> _Usage:
    """How the texts write their words: in lower case, or capitalised inside a sentence."""
    lower: set[str] = set()
    inner: set[str] = set()
    capitalised: Counter[str] = Counter()
    lowered: Counter[str] = Counter()
    placed: set[str] = set()
    lone: set[str] = set()
    for text in texts:
        last, previous, before = 0, "", ""
        pending: list[str] = []  # a place's stems, kept when a stop or a function word follows it
        for i, m in enumerate(WRITTEN_WORD.finditer(text)):
            token = m.group()
            word = normalise(token)
            if pending and (text[last:m.start()].strip() or word in words.stop):
                lone.update(pending)  # "под Орвией,", "в Дании не было": not "in Soviet hands", "in April 1948"
            pending = []
            if token[:1].islower():
                lower.add(word)
                lowered.update(words.name_stem(w) for w in WORD.findall(word))
            elif i > 0 and not _opens(i, text[last:m.start()], before):
                inner.add(word)
                capitalised.update(words.name_stem(w) for w in WORD.findall(word))
                if previous in words.tw.locatives:
                    pending = [words.name_stem(w) for w in WORD.findall(word)]
                    placed.update(pending)
            last, previous, before = m.end(), word, token
        lone.update(pending)
    return _Usage(lower, {words.lang.stem(w) for w in lower}, inner, capitalised, lowered, placed, lone)


def _opens(i: int, gap: str, before: str = "") -> bool:
    """Does the gap before the i-th token end a sentence (or open the text with a quote)?
    The stop after an initial (`before`: "George F. Kennan") ends none."""
    if gap.strip() == "." and _initial(before):
        return False
    return not _STOPS.isdisjoint(gap) or (i == 1 and bool(gap.strip()) and _OPENERS.issuperset(gap))


def _initial(token: str) -> bool:
    """A single capital letter: an initial when a stop follows it ("F." in "George F. Kennan")."""
    return len(token) == 1 and token.isupper()


def _runs(text: str, usage: _Usage, words: Words) -> list[_Run]:
    """The names of one sentence, as runs of capitalised words."""
    runs: list[_Run] = []
    current: list[tuple[str, str]] = []  # (token, gap before it)
    before = ""  # the word before the current run
    last, prev_word = 0, ""
    tokens = list(WRITTEN_WORD.finditer(text))
    for i, m in enumerate(tokens):
        token, gap = m.group(), text[last:m.start()]
        last = m.end()
        opening = i == 0 or _opens(i, gap, tokens[i - 1].group() if i else "")
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        initial = bool(current) and _initial(token) and text[m.end():m.end() + 2].startswith(".") and nxt[:1].isupper()
        capital = initial or _capital(token, opening, nxt, usage, words)
        if capital and not (current and _breaks(current, token, gap)):
            if not current:
                before = prev_word
            elif gap.strip() == ".":
                current[-1] = (current[-1][0] + ".", current[-1][1])  # an initial: "J." before "Tuzo"
            current.append((token, gap))
        elif current and _joiner(token, gap, words):
            current.append((token, gap))
        else:
            _close(current, before, usage, words, runs)
            current = []
            if capital:
                before, current = prev_word, [(token, gap)]
        prev_word = token
    _close(current, before, usage, words, runs)
    return runs


def _capital(token: str, opening: bool, nxt: str, usage: _Usage, words: Words) -> bool:
    """Is a token a word of a name? At the opening of a sentence only when the pack
    capitalises it inside sentences too, or never writes it (nor its stem) in lower case
    and a capitalised word follows ("Alfred Wegener")."""
    if not token[:1].isupper():
        return False
    word = normalise(token)
    lex = words.lang.lex
    if word in words.stop or word in words.tw.question_words or word in words.tw.time_words or (
            word in lex.connectives or word in lex.clause_breaks):  # "However Peel ...", "Однако Наполеон ..."
        return False
    if not opening or word in usage.inner:
        return True
    if word in words.tw.instructions:
        return False  # "Put Orvel's ports in order": an exercise's imperative, no word of a name
    return (nxt[:1].isupper() and word not in usage.lower and words.lang.stem(word) not in usage.lower_stems
            and word not in words.tw.role_words)


def _breaks(current: list[tuple[str, str]], token: str, gap: str) -> bool:
    """Does `token` start a new name rather than go on with the current one?"""
    last = current[-1][0]
    if gap.strip() and not (gap.strip() == "." and len(last) == 1 and last.isupper()):  # punctuation, but initials
        return True
    return last.isupper() and len(last) > 1 and not token.isupper()  # "СССР Дмитрий": an acronym, then a name


def _joiner(token: str, gap: str, words: Words) -> bool:
    return not gap.strip() and normalise(token) in words.tw.name_joiners


def _close(current: list[tuple[str, str]], before: str, usage: _Usage, words: Words, runs: list[_Run]) -> None:
    """Add the current run (without trailing joiners) to `runs`, with the parts of it
    between joiners that look like people."""
    while current and normalise(current[-1][0]) in words.tw.name_joiners:
        current.pop()
    if not current:
        return
    tokens = [t for t, _ in current]
    segments: list[list[str]] = [[]]
    particles = words.tw.name_particles
    for t in tokens:
        if normalise(t) in words.tw.name_joiners and normalise(t) not in particles:
            # "Drummond Matthews | of the | University of Cambridge"; "Антониус ван ден Брук" is one person
            segments.append([])
        else:
            segments[-1].append(t)
    found = [_person(seg, before if k == 0 else "", usage, words, k > 0) for k, seg in enumerate(segments) if seg]
    persons = tuple(_words_of(p) for p, bare in found if p and not bare)
    guessed = tuple(_words_of(p) for p, bare in found if p and bare)
    normalised = _words_of(tokens)
    if normalised:
        runs.append(_Run(normalised, persons, guessed, normalise(before) in CRAFT_NOUNS.get(words.code, ())))


def _role(token: str, words: Words) -> bool:
    word = normalise(token)
    if word in words.stop:  # "После Нарвы Пётр ...": a preposition, though it stems as "посол" does
        return False
    return word in words.tw.role_words or words.lang.stem(word) in words.role_stems


def _words_of(tokens: list[str]) -> tuple[str, ...]:
    return tuple(w for t in tokens for w in WORD.findall(_POSSESSIVE.sub("", normalise(t.rstrip(".")))))


def _person(tokens: list[str], before: str, usage: _Usage, words: Words,
            inner: bool = False) -> tuple[list[str] | None, bool]:
    """The words of a part of a name that name a person (see the module's description), or None;
    and whether they only look like a person's name (no initial, no role or noun for a person before them)."""
    while tokens and _role(tokens[0], words):  # "President Alexander Lukashenko": a title, then a name
        tokens, before = tokens[1:], tokens[0]
        while len(tokens) > 2 and words.name_stem(normalise(tokens[0])) in usage.placed:
            tokens = tokens[1:]  # "Президент Украины Леонид Кравчук": the country, then the name
    if not inner:  # (after a joiner, "Bank of | England Act": a part of a longer name, left as it is)
        tokens, before = _unplaced(tokens, before, usage, words)
    plain = [t for t in tokens if not t.endswith(".") and normalise(t) not in words.tw.name_particles]
    numbered = len(plain) > 1 and bool(_REGNAL.match(plain[-1]))  # "Иван III", "Charles XII": a ruler
    if numbered:
        plain = plain[:-1]
    if not plain or any(t.isupper() and len(t) > 1 for t in plain) or any(_role(t, words) for t in plain):
        return None, False  # acronyms name organisations, role words titles
    if numbered and len(plain) == 1 and normalise(plain[0]) not in usage.lower:
        return tokens, False  # "Пётр I" (not "Chapter II" in a text that writes "chapter")
    endings = words.tw.common_noun_endings
    if endings and not before and len(plain) > 1 and normalise(plain[0]).endswith(endings):
        return None, False  # "Богатство Новгорода" opening a sentence: a noun and a name, not a person
    if any(normalise(t) in words.tw.place_words or words.lang.stem(normalise(t)) in words.place_stems
           for t in plain) or len(plain) > MAX_PERSON_WORDS or names_a_time(_words_of(plain), words) or (
            len(plain) > 1 and words.name_stem(normalise(plain[0])) in demonym_stems(words)):  # "Soviet Ukraine"
        return None, False
    word_before = normalise(before)
    if word_before in CRAFT_NOUNS.get(words.code, ()):
        return None, False  # "the steamer Princess Alice": a ship's name (`lexicon_craft`)
    described = bool(word_before) and (_role(before, words) or (
        len(word_before) > 4 and word_before.endswith(words.tw.agent_endings) and word_before not in words.stop))
    if len(plain) < len(tokens) or (described and len(plain) > 1):
        return tokens, False  # "J. Tuzo Wilson", "President Lukashenko", "the geologist Harry Hess"
    if len(plain) > 1 and not any(normalise(t) in usage.lower for t in plain):
        return tokens, True
    return None, False


def _unplaced(tokens: list[str], before: str, usage: _Usage, words: Words) -> tuple[list[str], str]:
    """A part of a name without the places that open it: a country the language's tables know ("Норвегию Дания
    уступила ...", "В Италии Орест ..."), a name the pack writes alone after a preposition of place ("под
    Орвией"), and the first word after such a preposition when a person's name of several words or with a
    ruler's number follows ("под Орвией Сигурд II"; "from John Adams" stays a person)."""
    countries = country_stems(words)
    if normalise(before) in words.tw.locatives and len(tokens) > 2:
        tokens, before = tokens[1:], ""
    while len(tokens) > 1 and (st := words.name_stem(normalise(tokens[0]))) and (st in countries or st in usage.lone):
        tokens, before = tokens[1:], ""
    return tokens, before
