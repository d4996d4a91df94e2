"""People's names as learners write them, read from a pack's own texts (notes, cards, aliases) and
turned into the spellings `Aliases` rewrites to one canonical name: the surname alone ("Wexley",
"Ремезов") when no other person of the pack has it, initials before or after it ("A. Wexley",
"Wexley A.", "П. С. Ремезов", "Ремезов П.С."), the given name after the surname ("Wexley Anna"),
the name without its patronymic or middle name, and without its particle ("Beethoven" for "Ludwig
van Beethoven").

A name is a run of capitalised words (with initials and the language's particles inside). It is
a person's when it has an initial or a patronymic, when the texts also use its last word alone (as
they do a person's surname after the first mention), when a card asking "who" has it as its
answer, or (in Russian) when its last word has a surname's ending ("-ов", "-ин", "-ский"). A word
the texts write in lower case is no name ("the Union" beside "trade union").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import dropwhile

from . import wordnet_ru
from .alias_variants import within
from .language import language
from .lexicon import Lexicon
from .lexicon_countries import COUNTRY_NAMES
from .lexicon_names import NAME_WORDS
from .lexicon_ru_given import PATRONYMIC_BASES as _RU_BASES
from .lexicon_ru_tutor import RUSSIAN_TUTOR
from .lexicon_tutor import ENGLISH_TUTOR
from .text import normalise as _normalise

__all__ = ["Person", "PersonNames", "patronymic", "person_names"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# a surname after an elided particle in lower case ("d'Arlandes", "d'Artagnan"): a capitalised word of a name, one word
_ELIDED = re.compile(r"[^\W\d_A-ZÀ-Þ]{1,2}['’][^\W\d_a-zß-ÿ]")
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,2}'[^\W\d_]{2,}$")


@lru_cache(maxsize=1 << 16)
def normalise(token: str) -> str:
    """A token normalised (memoised: the texts are read token by token, by the grader and the tutor's names)."""
    return _normalise(token)
_WORD = re.compile(r"[^\W_]+")
# a patronymic's case endings ("Петровн-ой", "Иванович-ем"): an adverb in "-овно", "-евно", "-ично" ("ежедневно",
# "условно", "частично") or an adjective ("типичный") is none
_CASE_ENDS = frozenset(("", "а", "ы", "е", "у", "ой", "ою", "ем"))
_MENS = ("ович", "евич")  # a man's patronymic, made of a given name ("Иванович", "Сергеевич")
PATRONYMIC_BASES = {"ru": _RU_BASES}
MAX_WORDS = 5  # words of a person's name at most (initials and particles included)
_SURNAME_ENDINGS = {"ru": ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская",
                           "цкая", "ской", "цкой")}
# "Северная Америка", "Османскую Турцию": places
_ADJECTIVE_ENDINGS = {"ru": ("ая", "яя", "ое", "ее", "ые", "ие", "ый", "ой", "ую", "юю", "ых", "их", "ым", "ими",
                             "ыми")}
_VERB_FORMS = {"en": ("ing", "ed")}
# adjectives of size that open a place's name ("Little Rock", "Lesser Antilles", "Greater Manchester") but may be a
# person's surname ("Malcolm Little"): a place's only as the first word of a name
_PLACE_FIRST = {"en": frozenset(("little", "lesser", "greater", "small"))}
_NOUN_ENDINGS = {"ru": ("о", "е")}  # "Основание Петербурга" opening a sentence: a noun, then a name
# nouns for people (roles, trades, where one comes from) by their suffix: "Звездочёт", no; "Переводчик Фогель",
# "Американец Ридли", "Составитель ..." opening a sentence are a noun, then a name; after one in lower case a run
# is a person's ("штурман Ник Ридли") however foreign its surname
_PERSON_SUFFIXES = {"ru": ("ник", "чик", "щик", "тель", "ист", "ец", "анин", "янин", "лог", "ном", "навт")}
_OBLIQUE = {"ru": ("а", "я", "у", "ю", "е", "ом", "ем", "ой", "ы", "и")}  # a noun's endings but in the nominative
# a word in a case no given name is in, before a man's surname in the nominative ("Москву Ниязов не любил", "В
# Ашхабаде Ниязов ..."): a given name agrees in case with its surname, so this word is no given name ("Максим",
# "Артем", "Том" end as oblique nouns do: not read so)
_NOT_NOMINATIVE = {"ru": (("у", "ю", "е"), ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий"))}
_JOINS = frozenset(("и", "and"))  # a second name after a first ("Свен Брандт и Улоф Вестерберг")
_FEMININE = ("а", "я")  # the endings that make a woman's given name of a man's ("Александра", "Евгения")
# the forms of a Russian surname that only a man's or only a woman's takes ("Ковалевский", "Ковалевского" /
# "Ковалевская", "Ковалевской"; "Белокопытов", "Белокопытовым" / "Белокопытовой"); "Белокопытова" and "-ову" may be
# either (a man's genitive, a woman's nominative), so they tell nothing
_SEXED = {"ru": (("ский", "цкий", "ского", "цкого", "скому", "цкому", "ским", "цким", "ском", "цком", "ов", "ев", "ёв",
                  "ин", "ын", "овым", "евым", "ёвым", "иным", "ыным"),
                 ("ская", "цкая", "ской", "цкой", "скую", "цкую", "овой", "евой", "ёвой", "иной", "ыной"))}
_PERSON_TABLES = {"en": ENGLISH_TUTOR, "ru": RUSSIAN_TUTOR}  # the tutor's roles and nouns for people


@dataclass
class Person:
    """One person of a pack: the runs that name them, their given names (with patronymics and middle
    names; initials as letters) and their surname (with its particles)."""

    canonical: str
    given: tuple[str, ...]
    surname: tuple[str, ...]
    runs: set[str] = field(default_factory=set)
    hyphened: bool = False  # a double-barrelled surname ("Watson-Watt"): its last word alone is no name of them

    @property
    def core(self) -> str:
        return self.surname[-1]


@dataclass
class PersonNames:
    """The spellings of the pack's people (variant -> canonical name), and, for a surname written
    alone, the initials and given names that may stand beside it."""

    pairs: dict[str, str] = field(default_factory=dict)
    # a spelling -> the initials and given names that may stand beside it (the surname alone, initials)
    alone: dict[str, tuple[tuple[str, ...], frozenset[str]]] = field(default_factory=dict)
    given: frozenset[str] = frozenset()  # every given name of the pack's people
    surnames: frozenset[str] = frozenset()  # surnames written alone, for their case forms
    canonicals: frozenset[str] = frozenset()  # the canonical name of each person
    # a surname no other person has that the texts also write as a word in lower case ("Best" beside "the best
    # sand"): never rewritten in running text, but the whole answer to a card naming its person (`surname_words`)
    worded: dict[str, str] = field(default_factory=dict)


@dataclass
class _Run:
    tokens: list[str]  # normalised; a hyphenated token is one ("jean-paul")
    opening: bool  # opens a sentence or a quotation: its first word may be no name
    placed: bool  # after a preposition of place ("в Доме Советов"): a place
    after: str = ""  # the word before it, written in lower case ("штурман Ник Ридли"), or ""
    initial: bool = False  # opens with an initial and its dot ("J. Edgar Moss"), not a one-letter word ("A Bo")
    owner: bool = False  # ends in a possessive ("at Ada Holt's house": a person, though after "at")
    joined: bool = False  # right after another run and "и" / "and" ("инженеры Свен Брандт и Улоф Вестерберг")


def _runs(text: str, lex: Lexicon) -> list[_Run]:
    """The runs of capitalised words of a text (initials and particles inside)."""
    out: list[_Run] = []
    current: _Run | None = None
    last, previous, join = 0, "", False
    for m in _TOKEN.finditer(text):
        token, gap = m.group(), text[last:m.start()].strip()
        last = m.end()
        after_initial = gap == "." and len(previous) == 1 and previous.isupper()
        marked = "'" in token or "’" in token  # (an elided particle, a possessive: never without an apostrophe)
        elided = marked and _ELIDED.match(token) is not None
        capital = token[:1].isupper() and not (len(token) > 1 and token.isupper()) or elided and current is not None
        possessive = _POSSESSIVE.search(token) if marked else None
        if possessive:
            token = token[:possessive.start()]
        if current and (not gap or after_initial) and (capital or token in lex.name_particles):
            current.initial |= after_initial and len(current.tokens) == 1
            current.tokens.append(normalise(token) + ("'" if elided else ""))  # (its mark: one word)
        else:
            joined = join and not gap and capital
            join = bool(current) and not gap and token in _JOINS
            if current:
                out.append(current)
            opens = capital and (m.start() == 0 or (any(c in ".!?…«“\"(" for c in gap) and not after_initial))
            current = _Run([normalise(token)], opens, normalise(previous) in lex.locatives,
                           normalise(previous) if previous[:1].islower() and not gap else "", joined=joined) \
                if capital else None
        if possessive and current:  # "Marshall's Harvard speech": the name ends there
            current.owner = True
            out.append(current)
            current = None
        previous = token
    if current:
        out.append(current)
    for run in out:
        run.tokens = _strip_particles(run.tokens, lex)
    return out


def _strip_particles(run: list[str], lex: Lexicon) -> list[str]:
    while run and run[-1] in lex.name_particles:
        run = run[:-1]
    return run


def _patronymic(word: str, lex: Lexicon) -> bool:
    """ "Илларионович", "Петровной": a patronymic (its stem's ending, in any case); a man's in -ович or -евич only
    when a given name is its base ("Каганович", "Шушкевич" are surnames)."""
    if not lex.patronymic_endings:
        return False
    for k in range(3):
        stem = word[:len(word) - k]
        if stem.endswith(lex.patronymic_endings) and word[len(stem):] in _CASE_ENDS:
            bases = PATRONYMIC_BASES.get(lex.code)  # (a language with no table: every base)
            return not stem.endswith(_MENS) or bases is None or stem[:-4] in bases
    return False


def patronymic(word: str, lex: Lexicon) -> bool:
    """Is a normalised word a patronymic, in any case ("Андреевич", "Петровной")?"""
    return _patronymic(word, lex)


def _words(run: list[str]) -> list[str]:
    return [w for token in run for w in ((token[:-1],) if _ELIDED_WORD.match(token[:-1]) and token[-1] == "'"
                                         else _WORD.findall(token))]


class _Reader:
    """Reads the people of a pack's texts."""

    def __init__(self, texts: Iterable[str], who: Iterable[str], lex: Lexicon, key: Callable[[str], str]):
        self.lex, self.key = lex, lru_cache(maxsize=None)(key)
        body = NAME_WORDS.get(lex.code)
        self.body_words = body.heads | body.legal if body else frozenset()  # "Society", "Ltd": a body's name
        # a kind of place before a name ("Fort", "Mount", "Lake", "Cape"): "Fort Hadley" is a place named after a
        # person, no other person of that surname
        self.place_kinds = frozenset({*body.kinds, *(a for short in body.kinds.values() for a in short), "fort",
                                      *body.short_forms.get("fort", ())}) if body else frozenset()
        self.texts = [t for t in texts if t]
        self.lower = {normalise(m.group()) for t in self.texts for m in _TOKEN.finditer(t) if m.group()[:1].islower()
                      and not _ELIDED.match(m.group())}
        self.lower = {w for w in self.lower if w not in lex.stop}
        self._lower_by_start: dict[str, set[str]] = {}  # words written in lower case, by their first letters
        for w in self.lower:
            self._lower_by_start.setdefault(w[:3], set()).add(w)
        self.countries = {self.key(w) for w in COUNTRY_NAMES.get(lex.code, ())}  # "Norway Harald Vik": a place first
        self.who = {" ".join(_WORD.findall(normalise(w))) for w in who}
        self.who |= {" ".join(dropwhile(lex.titles.__contains__, w.split())) for w in self.who}  # "Sir Robert Peel"
        # an answer after the preposition its question asks with ("К кому ...?": "к Ивану Орлову", "To whom ...?")
        self.who |= {" ".join(dropwhile(lex.stop.__contains__, w.split())) for w in self.who}
        self.alone: set[str] = set()  # words written as a one-word name
        self._alone_keys: set[str] | None = None
        self.runs: list[list[str]] = []
        self.hyphened: dict[str, int] = {}  # a run -> the words of its last token, where a hyphen joins them
        table = _PERSON_TABLES.get(lex.code)
        self.person_nouns = table.role_words | table.person_nouns if table else frozenset()
        self.introduced: set[str] = set()  # runs after a noun for people ("штурман Ник Ридли")
        found = [run for text in self.texts for run in _runs(text, lex)]
        # the places the texts write after a preposition of place ("near Gull Rock"): a run opening with one is
        # no given name ("Near Gull Rock Brenner found ...")
        self.places = {" ".join(_words(run.tokens)) for run in found if run.placed and not run.owner}
        introduced = False  # the run before was a person's after a noun for people, and a name is joined to it
        for run in found:
            words = self._trim(_words(run.tokens), run.opening, run.initial)
            introduced = introduced and run.joined
            if len(words) == 1 and len(words[0]) > 1:
                self.alone.add(words[0])
                introduced = False
            elif 2 <= len(words) <= MAX_WORDS and len(run.tokens) >= 2 and not run.placed:
                self.runs.append(words)
                # (a language of surname endings, which foreign surnames lack; not after a noun in another case:
                # "физика Генриха Штарка" is a name in the genitive)
                introduced = introduced or bool(run.after) and lex.code in _OBLIQUE and (
                    self._many_people(run.after)
                    or not run.after.endswith(_OBLIQUE[lex.code]) and self._for_people(run.after))
                if introduced:  # (and a name joined to one so: "инженеры Свен Брандт и Улоф Вестерберг")
                    self.introduced.add(" ".join(words))
                if (tail := len(_words(run.tokens[-1:]))) > 1:
                    self.hyphened[" ".join(words)] = tail

    @property
    def alone_keys(self) -> set[str]:
        if self._alone_keys is None:
            self._alone_keys = {self.key(w) for w in self.alone}
        return self._alone_keys

    def _for_people(self, word: str) -> bool:
        """Is a word a noun for people: a role ("капитан", "astronomer") or, by its suffix, a trade or where one
        comes from ("переводчик", "американец")?"""
        suffixes = _PERSON_SUFFIXES.get(self.lex.code, ())
        return word in self.person_nouns or len(word) > 5 and word.endswith(suffixes)

    def _many_people(self, word: str) -> bool:
        """Is a Russian word a noun for people in the plural, its nominative ("инженеры", "химики"; the genitive of
        one ends in "-а": "инженера")?"""
        return word.endswith(("ы", "и")) and self._for_people(word[:-1])

    def _noun(self, word: str) -> bool:
        """Is a Russian word a noun of the dictionary, never a verb's ("Система", "Метод" opening "Система Рудкова
        оказалась простой": a noun, then a surname in the genitive, no woman named Рудкова), and no man's given name?"""
        return self.lex.code == "ru" and word not in _RU_BASES and wordnet_ru.noun_only(language("ru").stem(word))

    def _lowered(self, word: str) -> bool:
        """Do the texts write the word, in some form, in lower case ("Интересы" / "интерес")?"""
        key = self.key(word)
        return any(self.key(w) == key for w in self._lower_by_start.get(word[:3], ()))

    def _trim(self, words: list[str], opening: bool, initial: bool = False) -> list[str]:
        """A run without the titles and function words before it ("Dr", "When"), nor a place the texts write
        after a preposition of place ("Near Gull Rock Brenner ..."), nor a word opening a sentence that the texts
        write in lower case ("Later Wexley ..."), nor a word no given name is by its form (`_no_given`)."""
        lex = self.lex
        nouns = _NOUN_ENDINGS.get(lex.code, ())
        if len(words) > 2 and len(words[0]) == 1 and (len(words[1]) == 1 or initial):
            # two initials ("О. Ю. Орлов", "С. П. ..."): no preposition "о", "с" or "в"; an initial with its dot
            # before a given name ("J. Edgar Moss"): no article "a"
            return words
        while words and ((place := self._place_first(words)) or words[0] in lex.titles or words[0] in lex.stop
                         or words[0] in lex.connectives or (len(words) > 1 and self.key(words[0]) in self.countries)
                         or self._no_given(words)
                         or (opening and (
                self._lowered(words[0]) or (len(words) > 1 and (self._for_people(words[0]) or self._noun(words[0])))
                or (nouns and words[0].endswith(nouns))))):
            words = words[max(1, place):]
            opening = False
        return words

    def _place_first(self, words: list[str]) -> int:
        """How many words a run opens with that the texts write as a place, a name after them ("Gull Rock
        Brenner": 2), or 0."""
        return next((k for k in range(len(words) - 1, 1, -1) if " ".join(words[:k]) in self.places), 0)

    def person(self, words: list[str]) -> bool:
        lex = self.lex
        plain = [w for w in words if w not in lex.name_particles]
        if len(plain) < 2 or any(w.isdigit() or w in lex.stop for w in plain if len(w) > 1):
            return False
        if any(w in self.lower for w in plain if len(w) > 1) and " ".join(words) not in self.who:
            return False  # a word of the texts ("best"), unless a card asking who answers with the name ("Clara Best")
        if len(plain[-1]) < 2 or words[-1] in lex.name_particles:
            return False
        if _patronymic(plain[-1], lex) or any(w in lex.place_words or w in self.body_words for w in plain) \
                or plain[0] in _PLACE_FIRST.get(lex.code, ()):
            return False  # "Арина Родионовна": a name and a patronymic, no surname; "Mount Pinatubo", "X Society"
        if any(len(w) == 1 for w in plain) or " ".join(words) in self.who or len(plain) < len(words) \
                or " ".join(words) in self.introduced \
                or _ELIDED_WORD.match(plain[-1]):
            # an initial, a "who" card's answer, a particle ("Карл фон Бреннер", "Charles d'Artagnan")
            return True
        if any(_patronymic(w, lex) for w in plain[1:]):
            return True
        endings = _SURNAME_ENDINGS.get(lex.code, ())
        if endings:  # a language of surname endings: "Норвегию Дания", "Зато Орест" are no person
            return plain[-1].endswith(endings) and not plain[0].endswith(_ADJECTIVE_ENDINGS[lex.code]) \
                and self.key(plain[0]) not in self.alone_keys
        # the texts use its last word alone, as they do a surname, but not its first ("Britain France"), which
        # is no verb's form ("Continuing Russian pressure")
        return plain[-1] in self.alone and self.key(plain[0]) not in self.alone_keys \
            and not plain[0].endswith(_VERB_FORMS.get(lex.code, ("",)))

    def _no_given(self, words: list[str]) -> bool:
        """Is the first word of a run before a surname (by its ending) no given name by its form: in Russian an
        adjective ("Упрямый Курбанов"), or a case its surname is not in ("Тулу Курбанов", "В Орле Курбанов")?"""
        code, first, last = self.lex.code, words[0], words[-1]
        if code not in _NOT_NOMINATIVE or len(words) < 2 or not last.endswith(_SURNAME_ENDINGS[code]):
            return False
        cases, nominative = _NOT_NOMINATIVE[code]
        return first.endswith(_ADJECTIVE_ENDINGS[code]) or first.endswith(cases) and last.endswith(nominative)

    def split(self, words: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(given names, surname with its particles); "Ремезов Пётр Семёнович" is read surname first."""
        lex = self.lex
        if len(words) == 3 and _patronymic(words[-1], lex) and not _patronymic(words[1], lex):
            return tuple(words[1:]), (words[0],)
        start = len(words) - 1
        while start > 1 and words[start - 1] in lex.name_particles:
            start -= 1
        # a double-barrelled surname is one ("Robert Watson-Watt", "Николай Римский-Корсаков")
        start = min(start, max(0, len(words) - self.hyphened.get(" ".join(words), 1)))
        return tuple(words[:start]), tuple(words[start:])


def person_names(texts: Iterable[str], who: Iterable[str], known: dict[str, str], lex: Lexicon,
                 key: Callable[[str], str]) -> PersonNames:
    """The spellings of the people named in `texts` (`who`: answers to cards that ask who); `known`
    (the pack's aliases, variant -> canonical) decides a person's canonical name and is never
    overridden. `key` makes a word's declined forms one ("Ремезову" / "Ремезов")."""
    reader = _Reader(texts, who, lex, key)
    people: list[Person] = []
    for words in reader.runs:
        if not reader.person(words):
            continue
        given, surname = reader.split(words)
        run = " ".join(words)
        canonical = known.get(run, run)
        same = _same_person(people, given, surname, canonical, key)
        if same is None:
            people.append(Person(canonical, given, surname, {run}, run in reader.hyphened))
        else:
            same.runs.add(run)
            if len(given) > len(same.given) and all(len(g) > 1 for g in given):
                same.given = given  # the fullest: "Михаил Илларионович" over "Михаил"
    return _spellings(people, reader, known, key)


def _same_person(people: list[Person], given: tuple[str, ...], surname: tuple[str, ...], canonical: str,
                 key: Callable[[str], str]) -> Person | None:
    for p in people:
        if p.canonical == canonical:
            return p
        if key(p.core) == key(surname[-1]) and given and p.given:
            a, b = given[0], p.given[0]
            if _same_given(a, b, key) or (min(len(a), len(b)) == 1 and a[0] == b[0]) \
                    or any(_same_given(x, y, key) for x in _firsts(given) for y in _firsts(p.given) if len(x) > 1) \
                    or _given_within(given, p.given, key) or _given_within(p.given, given, key):
                return p
    return None


def _given_within(fewer: tuple[str, ...], more: tuple[str, ...], key: Callable[[str], str]) -> bool:
    """Are the given names of a shorter name all given names of a longer one, in their order ("Ilse Brenner" of
    "Marta Ilse Brenner", "Андреа Трезини" of "Доменико Андреа Трезини")? Then both name one person: an alias keyed
    by the shorter name is a name of the longer one's person, not another's."""
    return bool(fewer) and all(len(g) >= 2 for g in fewer) and within([key(g) for g in fewer], [key(g) for g in more])


def _sex(p: Person, code: str) -> int:
    """1 for a man, -1 for a woman, by the forms of the surname the texts write (`_SEXED`), or where they say
    neither ("Белокопытова") by the given name before it: a man's (`PATRONYMIC_BASES`, in any case: "Ивана") or
    else one in "-а"/"-я" ("Ольга"); 0 when they say neither or both."""
    men, women = _SEXED.get(code, ((), ()))
    said = {(1 if run.split()[-1].endswith(men) else 0) - (1 if run.split()[-1].endswith(women) else 0)
            for run in p.runs} - {0}
    if not said and code == "ru":
        for run in p.runs:
            if len(words := run.split()) > 1 and len(given := words[0]) > 2:
                man = given in _RU_BASES or given[:-1] in _RU_BASES or given[:-2] in _RU_BASES
                said.add(1 if man else -1 if given.endswith(_FEMININE) else 0)
        said.discard(0)
    return said.pop() if len(said) == 1 else 0


def _only_of_sex(p: Person, people: list[Person], cores: dict[str, set[str]], code: str,
                 key: Callable[[str], str]) -> bool:
    """Is `p` the only man (or woman) of the pack's people with this surname, the others of the other sex
    ("Ковалевский" is Александр where Софья Ковалевская is the other), and no other name said with it?"""
    rivals = [q for q in people if q is not p and key(q.core) == key(p.core)]
    sex = _sex(p, code)
    return bool(sex) and all(_sex(q, code) == -sex for q in rivals) \
        and len(cores[key(p.core)]) == len({key(q.given[0]) if q.given else "" for q in (p, *rivals)})


def _same_given(a: str, b: str, key: Callable[[str], str]) -> bool:
    """Are two given names one, by their key or as a name and its case form ("Иван" / "Ивану", "Иваном", whose
    stems the stemmer cuts apart)? Not by "-а" / "-я", which also make a woman's name of a man's ("Александр" /
    "Александра", "Евгений" / "Евгения")."""
    if key(a) == key(b):
        return True
    short, long = sorted((a, b), key=len)
    ending = long[len(short):]
    return len(short) >= 3 and not long.isascii() and long.startswith(short) and ending in _OBLIQUE["ru"] \
        and ending not in _FEMININE


def _firsts(given: tuple[str, ...]) -> tuple[str, ...]:
    """The given names a person may be called by first: the first, and the second after an initial ("Robert"
    of "J. Robert Vance", who is "Robert Vance" too)."""
    return given[:2] if len(given) > 1 and len(given[0]) == 1 else given[:1]


def _spellings(people: list[Person], reader: _Reader, known: dict[str, str],
               key: Callable[[str], str]) -> PersonNames:
    out = PersonNames()
    found: dict[str, set[str]] = {}
    alone: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
    cores: dict[str, set[str]] = {}  # a surname -> the first names it has in the texts (people or not)
    for p in people:
        cores.setdefault(key(p.core), set()).add(key(p.given[0]) if p.given else "")
    for words in reader.runs:
        first, last = words[0], words[-1]
        if key(last) in cores and len(first) > 1 and first not in reader.place_kinds and not any(
                _same_given(first, g, key) or first[0] == g[:1] == g
                for p in people if key(p.core) == key(last) for g in _firsts(p.given)):
            cores[key(last)].add(key(first))
    given_names = {key(g) for p in people for g in p.given if len(g) > 1}
    for p in people:
        full = [g for g in p.given if len(g) > 1]
        letters = tuple(g[0] for g in p.given)
        names = (p.surname, (p.core,)) if len(p.surname) > 1 and not p.hyphened else (p.surname,)
        spellings = set(p.runs)
        if len(full) >= 2 and _patronymic(full[1], reader.lex):  # "Николай Иванович": a given name and patronymic
            spellings.add(f"{full[0]} {full[1]}")
        for s in names:
            surname = " ".join(s)
            for k in range(1, len(letters) + 1):
                spellings |= {" ".join((*letters[:k], surname)), " ".join((surname, *letters[:k]))}
                if k > 1:  # "А.С. Вережников": initials written together
                    spellings |= {f"{''.join(letters[:k])} {surname}", f"{surname} {''.join(letters[:k])}"}
            if full:
                spellings |= {f"{full[0]} {surname}", f"{surname} {full[0]}", f"{surname} {' '.join(full)}",
                              f"{' '.join(full)} {surname}"}
            unique = (len(cores[key(p.core)]) == 1 or _only_of_sex(p, people, cores, reader.lex.code, key)) \
                and key(p.core) not in given_names
            if unique and len(p.core) >= 3 and p.core not in reader.lower and p.core not in reader.lex.stop:
                spellings.add(surname)
                alone[surname] = (letters, frozenset(key(g) for g in full))
            elif unique and len(p.core) >= 3 and " " not in surname and p.core not in reader.lex.stop:
                out.worded[surname] = p.canonical
        for spelling in spellings:
            found.setdefault(spelling, set()).add(p.canonical)
    for spelling, canonicals in found.items():
        if len(canonicals) == 1 and spelling not in known:
            out.pairs[spelling] = next(iter(canonicals))
    out.alone = {s: v for s, v in alone.items() if s in out.pairs}
    for spelling, canonical in out.pairs.items():  # every spelling with initials is guarded too ("И. С. Кравцов")
        person = next(p for p in people if p.canonical == canonical)
        if spelling not in out.alone and any(len(w) == 1 for w in spelling.split()):
            out.alone[spelling] = (tuple(g[0] for g in person.given),
                                   frozenset(key(g) for g in person.given if len(g) > 1))
    out.given = frozenset(given_names)
    out.surnames = frozenset(s for s in alone if " " not in s and s in out.pairs)
    out.canonicals = frozenset(p.canonical for p in people)
    return out
