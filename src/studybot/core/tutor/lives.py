"""Declining a question about a life's birth or burial (or "what did X die of?") that the reply does not tell of.

"Where was X born?", "When was X born?", "Where is X buried?", "What did X die of?", "Где родился X?", "Где похоронен
X?": a question asking of a birth, a burial or a death asks of that event only. A reply whose sentences name X but
tell of no birth ("In the 1870s the German engineer X built ...") answers something else, with a source: the tutor
declines instead. The event is said by its verb in any form, its noun ("birth", "burial", "grave", "рождения",
"могила") or a life's years after a name ("(1834–1907)", for a birth or a death). The sentences judged are the
reply's own (the best passage and those shown with it: "Местом его рождения была Москва" beside "Отец поэта ..."), so
the ranking's choice stands whenever what it shows tells of the event. A death asked by who/when/where/how many is
`events`' (it tries the next passages); here only "what" of one ("what did X die of?", "of what did X die?").
The asking word counts when it is read as a name of one word too: a pack that writes "born" only in "Australian-born",
"German-born" makes it a word of its names, yet "where was X born?" still asks of a birth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import normalise
from .analysis import Question
from .words import WORD, Words

__all__ = ["LIFE_SAID", "life_unsaid"]

# a life's years after a name: a birth and a death are told by them
LIFE_YEARS = re.compile(r"\(\s*(?:c\.\s*|b\.\s*)?\d{3,4}\s*[–—-]\s*\d{3,4}\s*\)")

# English: the stem of the verb that asks -> the stems that tell of the event (besides a life's years, except a burial)
LIFE_SAID: dict[str, tuple[str, ...]] = {
    "born": ("born", "birth", "birthplac", "nativ"),
    "buri": ("buri", "burial", "grave", "tomb", "entomb", "funer", "inter"),  # "inter": "interred"
    "die": ("die", "death", "dead", "kill", "perish", "execut", "murder", "assassin", "slain", "drown"),
}
YEARS_TELL = frozenset({"born", "die"})

# Russian: the beginnings of the words that ask (a birth, a burial) and the words that say the event
BIRTH_RU = (("родил", "родивш"), re.compile(r"\b(?:родил|родивш|рожд|урожен)\w*|\(\d{3,4}\s*[–—-]\s*\d{3,4}\)"))
BURIAL_RU = (("похорон", "погреб", "захорон"),
             re.compile(r"\b(?:похорон|погреб|захорон|могил|кладбищ|склеп|усыпальниц|некропол)\w*"))


def life_unsaid(q: Question, sentences: Iterable[str], words: Words) -> bool:
    """Does a question ask of a birth or a burial (English: or "what" of a death) that none of the reply's sentences
    tells of? Not "why", "how", yes/no or "who was X?" questions."""
    wants = q.wants
    if wants.reason or wants.manner or wants.yes_no or wants.define:
        return False
    text = " ".join(sentences)
    plain = [u for u in q.units if not u.name or " " not in u.text]  # "born" read as a name of one word: the pack
    # writes "Australian-born" (a name's stem); a name of several words ("Max Born") asks no birth
    if words.lang.code == "ru":
        said = normalise(text)
        return any(any(u.text.startswith(asked) for u in plain) and not pattern.search(said)
                   for asked, pattern in (BIRTH_RU, BURIAL_RU))
    if words.lang.code != "en":
        return False
    others = wants.person or wants.dated or wants.place or wants.numeric  # a death asked so is `events`'
    asked = [u.stem for u in plain if u.stem in LIFE_SAID and not (u.stem == "die" and others)]
    if not asked:
        return False
    stems = {words.stem(w) for w in WORD.findall(text.casefold())}
    years = LIFE_YEARS.search(text) is not None
    return not any(stems & set(LIFE_SAID[verb]) or years and verb in YEARS_TELL for verb in asked)
