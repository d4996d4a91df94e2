"""The slot a question asks for: a passage sharing a question's words may still not give the kind of answer it asks.

An instance named by a name ("на каком заводе", "which factory", "which country"; `TutorWords.named_kinds`) is not
given by a passage that neither says the category (in any form) nor gives an instance the notes give of it, nor writes
a name the question does not ("Сикорский эмигрировал в США" for "на каком заводе Сикорский строил вертолёты в США?";
a name is a run of capitalised words sharing no word with the question, "Николаус Отто" being the question's "Отто";
a word opening the sentence counts when the pack never writes it in lower case, or writes it with a capital inside a
sentence), when the pack uses the category's word elsewhere: the word is one the text would say (`kind_unsaid`). A
category the pack never names ("which company" where the notes say only "at General Motors") has its instances said
bare, but named: a passage naming nothing but what the question names, nor the sentence after it, does not answer
("which country produces the most honey?": "bees produce honey ..."); a name with any word the question does not write
counts ("Borell Works" for "which company did they work for?"). Not checked: a question asking a figure, a date, a
reason or a manner ("how many countries").
The tutor then takes the next passage that answers and says the slot (`telling_slot`), or declines. A name of
another kind still answers ("в Ригу" for "на каком заводе ..."): a name's kind is not read. Rules of any language
whose names are capitalised; no word of a text.

A figure asked of a thing named after a common word ("какой КПД у машины «Кречет»?", "двигателя Отто", "the steamer
Dora") is not given by a passage that writes the same word before another name and never the one asked ("КПД паровой
машины «Сокол» составлял 8%", "Двигатель Ленуара ... 4%"): the figure is the other's (`figure_of_other`).

Tried and left out (round 37): a category the passage says but names no instance of ("which firm first sold X?":
"Dutch firms then sold X"), checked as one the pack never names: it moved no verdict of any set (the names around such
a passage, of places and people, pass for the instance).
Tried and left out (round 22): a figure asked of a person's thing ("какой КПД был у двигателя Отто?") not given by a
passage naming other people only ("Двигатель Ленуара ... 4%"): it lost "Он набрал 57,30% ..., второе место занял
Рыжков" (a pronoun's figure beside another person), "четверо детей: Мария, Александр ..." (the people are the answer)
and "1 мА равен 0,001 А" (a unit read as a person).

Measured in round 39 (the kind of answer asked against the reply's figures and words, on every set's replies at its
start; a decline wherever the rule would fire) and left out: a figure of a kind asked ("how high", "какой высоты": a
length) where none of the reply's figures is of that kind: held out +4 declined, -13 answered (development +1, -5, fresh
sets +1, -3; "how old is the mill?": "built in 1702", "how thick is the wall?": "one brick thick"); also with the
measure word unsaid: held out 0, -1. A category asked ("what rocket", "какой фермент") that the reply neither says nor
gives an instance of: held out +24, -96 (development +4, -54, fresh sets +7, -38: instances said without their category,
"of tungsten" for "which metal?"); also naming nothing the question does not: held out +8, -27 (development 0, -22). A
sum of money asked ("how much did X cost?", "сколько стоил X?") with none in the reply: held out +1, -6 (development 0,
-2: a rise of prices in per cent answers "how much did prices rise?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..text import normalise
from .supplying import telling
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library
    from .ranking import Ranker, Scored

__all__ = ["figure_of_other", "kind_unsaid", "telling_slot"]

_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_a-zа-яё][\w'’-]*")  # a word opening with a capital
_RUN = re.compile(r"(?<![\w-])[^\W\d_a-zа-яё][\w'’-]*(?: [^\W\d_a-zа-яё][\w'’-]*)*")  # a name of any words
# a common word and the name right after it ("машины «Сокол»", "engine Kestrel", "двигатель Ленуара")
_HEADED = re.compile(r"(?<![\w-])([^\W\d_][\w-]*) («[^»]+»|\"[^\"]+\"|" + _RUN.pattern[len(r"(?<![\w-])"):] + ")")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Bosch's", "the Curies'": the name itself
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zа-яё][\w'’-]*")


def kind_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a question ask for a named instance of a category the pack names elsewhere, while the passage neither says
    it nor names anything but the question's own names and people?"""
    wants = q.wants
    if not q.named or any((wants.define, wants.yes_no, wants.numeric, wants.dated, wants.reason, wants.manner,
                           wants.listing)):  # "how many countries", "when did the city ...": not a name asked
        return False
    kinds = [k for k in q.kinds if library.df.get(k, 0) > 0]
    if any(k in doc.keys for k in kinds) or q.instances & doc.keys or not (kinds or q.kinds):
        return False
    if not kinds:  # a category the pack never names: its instances are said bare, but named, here or right after
        told = (doc, *(d for d in library.neighbours(doc) if d.id > doc.id))
        return not any(_names_other(q, d, library, bare=True) for d in told)
    return not _names_other(q, doc, library)


def _names_other(q: Question, doc: Doc, library: Library, bare: bool = False) -> bool:
    """Does a passage write a name (a run of capitalised words; opening the sentence, a word the pack never writes in
    lower case) that is no function word and shares no word with the question ("Николаус Отто" for "Отто"); `bare`
    (a category the pack never names): a name with any word the question does not write ("Borell Works" for "which
    company did they work for?")?"""
    words = library.words
    for i, run in enumerate(_RUN.finditer(doc.text)):
        names = [_POSSESSIVE.sub("", normalise(w)) for w in run.group().split()]  # "Bosch's": Bosch
        if i == 0 and run.start() == len(doc.text) - len(doc.text.lstrip()) and _common(names[0], library):
            names = names[1:]  # "Четырёхтактный цикл ...": a common word opening the sentence
        names = [w for w in names if w not in words.stop]
        shared = [bool({words.stem(w), words.name_stem(w)} & q.stems) for w in names]
        if names and not (all(shared) if bare else any(shared)):
            return True
    return False


_CASES: WeakKeyDictionary[Library, tuple[frozenset[str], frozenset[str]]] = WeakKeyDictionary()


def _common(word: str, library: Library) -> bool:
    """Is a word that opens a sentence a common word: the pack writes it in lower case, and never with a capital
    inside a sentence ("Discovery" is a name when "Discovery carried ..." follows "the shuttle Discovery")?"""
    if library not in _CASES:  # read once a library (a race only reads it twice)
        lower: set[str] = set()
        inner: set[str] = set()
        for d in library.docs:
            lower.update(normalise(w) for w in _LOWER_WORD.findall(d.text))
            opening = len(d.text) - len(d.text.lstrip())
            inner.update(normalise(m.group()) for m in _CAPITALISED.finditer(d.text) if m.start() != opening)
        _CASES[library] = frozenset(lower), frozenset(inner)
    said_lower, said_inner = _CASES[library]
    return word in said_lower and word not in said_inner


def figure_of_other(q: Question, doc: Doc, library: Library) -> bool:
    """Does a question ask a figure of a thing by its name after a common word ("КПД машины «Кречет»", "the
    efficiency of engine Kestrel"), while the passage writes that word before another name and never the one asked
    ("КПД паровой машины «Сокол» ... 8%")?"""
    if not q.wants.numeric or q.wants.reason or q.wants.yes_no:
        return False
    words = library.words
    tokens = WORD.findall(q.text)
    heads: list[tuple[str, frozenset[str]]] = []
    for u in q.units:
        if not u.name:
            continue
        first = u.text.split()[0]
        at = next((i for i, t in enumerate(tokens) if t == first), 0)
        if at and tokens[at - 1] not in words.stop:
            heads.append((words.stem(tokens[at - 1]), u.stems or frozenset({u.stem})))
    for head, asked in heads:
        if asked & doc.keys:
            continue
        for m in _HEADED.finditer(doc.text):
            named = {words.stem(w) for w in WORD.findall(normalise(m.group(2)))} | {
                words.name_stem(w) for w in WORD.findall(normalise(m.group(2)))}
            if words.stem(normalise(m.group(1))) == head and not named & asked:
                return True
    return False


def telling_slot(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that answers the question and says the slot it asks for."""
    library = ranker.library
    return telling(ranker, q, ranked, lambda doc: not kind_unsaid(q, doc, library)
                   and not figure_of_other(q, doc, library))
