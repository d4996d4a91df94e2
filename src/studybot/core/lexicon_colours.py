"""The colour words of English and Russian in any of their forms ("red", "reddish", "blue-green", "colourless";
"красный", "краснеет", "бесцветен", "малиновым", "синеет"): read by the tutor (`tutor.colours`: does a sentence say
a colour?) and the grader (`grading.kind_swaps`: one colour in place of another). General language, no text's words;
each language's words are its own letters, so a word is only ever met by its own."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["COLOUR_SAID", "colour_word"]

_EN = ("red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|grey|gray|crimson|scarlet|golden|silvery"
       "|mauve|magenta|cyan|turquoise|indigo|beige|maroon|tan|ochre|amber|lilac|colou?rless|transparent")
_RU_STEMS = ("красн|оранжев|ж[её]лт|зел[её]н|голуб|фиолетов|пурпурн|розов|коричнев|малинов|багров|бесцвет|обесцвеч"
             "|лилов|бирюзов|серебрист|золотист|пунцов|алы|прозрачн|сиренев|бежев|кремов|изумрудн")
_RU_SHORT = "син|бел|ч[её]рн|сер|бур|рыж|сиз"  # only with a colour's ending ("синий", "белеет"; not "синтез")
_RU_ENDINGS = ("ый|ий|ая|яя|ое|ее|ого|его|ому|ему|ые|ие|ых|их|ым|им|ой|ей|ую|юю|ыми|ими|еет|еют|ел|ела|ели|ело|еть"
               "|оват\\w*|еньк\\w*")
COLOUR_SAID = re.compile(
    rf"\b(?:{_EN})(?:dish|ish|ness)?\b|\b\w+-colou?red\b"
    rf"|(?<!\w)(?:{_RU_STEMS})\w*|(?<!\w)(?:{_RU_SHORT})(?:{_RU_ENDINGS})(?!\w)")
# the basic colours, each a group of the words (English) or stems (Russian) that say it; a shade that sits between
# two ("turquoise", "amber", "бирюзовый") is in none, so it is never said to be another colour than a basic one
_BASIC = {"red": "red crimson scarlet красн ал пунцов багров", "orange": "orange оранжев",
          "yellow": "yellow желт", "green": "green зелен изумрудн", "blue": "blue голуб син",
          "purple": "purple violet фиолетов лилов сиренев пурпурн", "pink": "pink розов",
          "brown": "brown коричнев бур", "black": "black черн", "white": "white бел", "grey": "grey gray сер"}
_EN_FORMS = re.compile(r"(?:d?dish|ish|ness|d?der|d?dest|er|est)?")
_RU_FORMS = re.compile(_RU_ENDINGS)
_GROUPS = {w: colour for colour, words in _BASIC.items() for w in words.split()}


@lru_cache(maxsize=8192)
def colour_word(word: str) -> str:
    """The basic colour a word says ("red" of "reddish", "scarlet" or "красноватый"), or "" for a word that says
    none, or only a shade between two ("turquoise"). Two words say one colour when these agree."""
    word = word.replace("ё", "е")
    for head, colour in _GROUPS.items():
        if word.startswith(head) and (_EN_FORMS if head.isascii() else _RU_FORMS).fullmatch(word[len(head):]):
            return colour
    return ""
