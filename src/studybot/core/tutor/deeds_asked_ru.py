"""A Russian question asking of a deed by the verb that stands for any: "кто делал доклад?", "с каких пор делают
коррекцию?", "почему X сделал ставку на Y?", "что делают X?". Its form of "делать" / "сделать" says no fact the text
says with it: the text tells the deed itself ("С докладом выступил ...", "коррекцию применяют с конца века", "X
превращают ..."), so the verb frames the question as a framing word does (`lexicon_framing.RU_FRAMING_WORDS`: light,
and left out where the text never uses it). Not where the question asks where or from what a thing was made ("на
каком заводе сделали двигатель?", "где делают X?", "из чего делают X?", `materials`): there the making is the event
asked about, and the verb stays whole. A rule of Russian, no word of a text."""

from __future__ import annotations

import re

__all__ = ["deed_frame"]

_DEED = re.compile(r"(?<![\w-])(делать|сделать|делает|делают|делал|делала|делало|делали|сделал|сделала|сделало|"
                   r"сделали|сделает|сделают|делаем|сделаем)(?![\w-])")
# a place or a source asked: "где", "откуда", "на каком заводе", "в какой мастерской", "из чего", "из какого металла"
# (not a time: "в каком году", "в каком веке")
_WHERE = re.compile(r"(?<![\w-])(?:где|куда|откуда|из чего|из (?:как|котор)\w+|(?:на|в|во) (?:как|котор)\w+ "
                    r"(?!(?:год|век|месяц|столети|десятилети|эпох|период|возраст)\w*))")


def deed_frame(text: str, lang: str) -> frozenset[str]:
    """The form of "делать" / "сделать" a Russian question frames a deed by (normalised `text`; none in another
    language, nor where it asks where or from what a thing was made)."""
    if lang != "ru" or _WHERE.search(text):
        return frozenset()
    return frozenset(found.group(1) for found in _DEED.finditer(text))
