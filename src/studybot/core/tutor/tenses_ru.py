"""A Russian verb's infinitive and its past form, keyed alike where the stemmer parts them.

Snowball's Russian stemmer drops the infinitive's "-ть" and the past's "-л" only after "а" or "я" ("летать",
"летал": "лета"), and "-ить" / "-ил", "-ыть" / "-ыл" whole; after "е", "у" or "о" it keeps them, so "сгореть" and
"сгорел" stem as "сгорет" and "сгорел", "обогнуть" and "обогнул" as "обогнут" and "обогнул", "колоть" and "колол" as
"колот" and "колол": "когда спутник сгорел?" would not meet "... чтобы сгореть", nor "сколько раз X обогнул Землю?"
a passage that says "обогнуть". Such a form gets one more key, its root up to the vowel, the same for the infinitive
and every past form (and their reflexive forms: "вертеться", "вертелся"), and its active past participle ("сгоревший",
`participles_ru`). The key has its own prefix, so it meets no
other word's stem ("видеть" is no "видео"); a noun that ends so ("отдел", "пепел") has no infinitive to meet. What
is a verb form is told by the ending alone, a rule of Russian; no word of a text.

One more kind of verb the stemmer parts. A verb in "-овать" / "-евать" ("патентовать", "арестовать",
"танцевать") keeps "-ова-" in its infinitive and past ("патентовал": "патентова") and drops it in its present
("патентует": "патент"), which is the stem of the noun it is made from ("патент", "арест"): its infinitive and past
forms get that stem too, so "почему он не взял патент?" meets "... не патентовал", as "патентует" always did (a base
of four letters or more: "рисовал" is no "рис"; "-ева-" only after "ц", "ч", "ж", "ш", "щ", where Russian writes
"-ова-" so: "успевал" is no such verb)."""

from __future__ import annotations

import re

from .jot_stems_ru import jot_stem
from .motion_ru import motion_keys
from .mutations_ru import mutated_stems
from .participles_ru import ADJECTIVE_ENDINGS, participle_keys
from .roots_ru import root_keys

__all__ = ["TENSE_KEY", "tense_keys"]

TENSE_KEY = "zt"  # + a Russian verb's root up to "е", "у" or "о": its infinitive and its past forms
MIN_ROOT = 3  # letters before the vowel ("петь", "дул", "сел" are too short to tell from other words)
_FORMS = re.compile(r"(\w{%d,}[еёуо])(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись|вш%s)" % (MIN_ROOT, ADJECTIVE_ENDINGS))
_PAST = r"(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись)"
_MADE = re.compile(r"(\w{4,}?)ова%s|(\w{3,}[цчжшщ])ева%s" % (_PAST, _PAST))  # "патентовал", "танцевать"


def tense_keys(word: str, language: str) -> frozenset[str]:
    """The key a Russian infinitive or past form in "-еть" / "-ел", "-уть" / "-ул", "-оть" / "-ол" shares with its
    other forms ("сгореть", "сгорела": "ztсгоре"), the stem of its present for one in "-овать" ("патентовал":
    "патент"), and a prefixed verb of going its three stems' key ("вышел", "выйти", "выход": `motion_ru`); none for
    other words and other languages; a prefixed verb of an alternating root the key of its noun ("взорвался",
    "взрыв": `roots_ru`); and a form with a changed consonant the stems its other forms have ("изображён",
    "изобразил": `mutations_ru`); and a noun in "-ей" the stem of its other forms ("музей": "музе", `jot_stems_ru`)."""
    if language != "ru":
        return frozenset()
    found = _FORMS.fullmatch(word)
    made = _MADE.fullmatch(word)
    keys = motion_keys(word) | root_keys(word) | mutated_stems(word)  # "вышел" / "выход", "взорвался" / "взрыв",
    keys |= jot_stem(word) | participle_keys(word)  # "изображён" / "изобразил"; "музей" / "музея" (`jot_stems_ru`);
    # "погибших" / "погибли" (`participles_ru`)
    return keys | ({TENSE_KEY + found.group(1).replace("ё", "е")} if found else frozenset()) | (
        {made.group(1) or made.group(2)} if made else frozenset())  # "патентовал": the stem of "патентует"
