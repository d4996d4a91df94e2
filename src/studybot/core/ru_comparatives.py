"""Russian comparatives and lacks said the other usual ways, read as the grader's own wording (rules of Russian, no
word of a text):

- the colloquial comparative in "-ей" is the one in "-ее" ("течение стало медленней" / "медленнее", "быстрей",
  "сильней"), for the comparatives the lexicon knows, none of whose "-ей" form is another word ("древней",
  "горячей", "поздней" are adjectives' cases; "скорей" is also "rather");
- the comparative in "-ее" of an adjective of a hard stem is its "более" form ("капля стала круглее" / "более
  круглой", "смелее" / "более смелый"), where the stem is an adjective's in the Russian tables (`wordnet_ru`) and
  ends in a consonant after which no adjective's neuter is "-ее" (not "-н", "-ж", "-ч", "-ш", "-щ": "древнее",
  "синее", "свежее", "горячее" are also neuters); the comparatives other rules read ("тяжелее": `comparisons`;
  "быстрее": `ru_becoming`, `ru_making`) are left to them;
- a comparative of a stuff's property whose stem changes its last consonant ("смола стала жиже" / "более жидкой",
  "гуще" / "более густой", "чище", "слаще", "мягче", "глаже", "жёстче") is its "более" form; not the comparatives
  that most often say how a thing is done or changed ("светит ярче", "звучит громче", "говорит тише", "упал
  резче"), nor one that is another word too ("уже" is also "already", "суше" a case of "суша", "мельче" "smaller",
  "чаще", "дольше", "дальше" adverbs of how often, how long, what next; "лучше", "выше": `comparisons`);
- "делаться" before a comparative is "становиться" ("дни делаются короче" / "становятся короче", "сделалась
  теплее" / "стала теплее"; not before "больше" / "меньше": "делается больше ошибок" says how much is done);
- "недостаточно" before a noun, or ending its clause, is a lack, as "не хватает" ("недостаточно корма", "корма
  недостаточно" / "не хватает корма", read as "нужно больше"); before an adjective, an adverb, a participle or an
  infinitive it is a degree ("недостаточно толстые", "недостаточно толстыми", "недостаточно изучен", "недостаточно
  знать") and stays, as after a personal "был(а, и)" ("выборка была недостаточно велика"; "было недостаточно корма"
  is a lack).
"""

from __future__ import annotations

import re

from . import wordnet_ru
from .lexicon_compare import RU_SYNTHETIC, RU_TIME
from .ru_becoming import VERBS_OF_BECOMING
from .ru_making import MADE_SO

__all__ = ["comparatives_said"]

# "-ее" comparatives the lexicon knows, less those whose "-ей" form is also a case of an adjective or another word
_EE = sorted({w for w in (*RU_SYNTHETIC, *VERBS_OF_BECOMING, "сильнее", "слабее", "холоднее", "теплее")
              if w.endswith("ее") and len(w) > 5} - {"древнее", "горячее", "позднее", "скорее"})
_COLLOQUIAL = re.compile(rf"(?<!\w)({'|'.join(w[:-2] for w in _EE)})ей(?!\w)")
# "-ее" after a hard consonant: no neuter's ending there (the neuter of "смелый" is "смелое"), so a comparative
_HARD_EE = re.compile(r"(?<!\w)([^\W\d_]{3,}[бвдзлмпрстф])ее(?!\w)")
# comparatives of a stuff's property whose stem changes its last consonant, with their adjective ("жиже": "жидкий")
_ALTERED = {"жиже": "жидкий", "гуще": "густой", "чище": "чистый", "слаще": "сладкий", "мягче": "мягкий",
            "глаже": "гладкий", "жестче": "жесткий"}  # (normalised: "ё" is "е")
_ALTERED_SAID = re.compile(rf"(?<!\w)({'|'.join(_ALTERED)})(?!\w)")
_READ_ELSEWHERE = frozenset({*RU_SYNTHETIC, *RU_TIME, *VERBS_OF_BECOMING, *MADE_SO})
_COMPARATIVES = sorted({*_EE, *RU_SYNTHETIC, *VERBS_OF_BECOMING, "более", "менее"} - {"больше", "меньше"})
_MADE_SO = {"делается": "становится", "делаются": "становятся", "делался": "становился", "делалась": "становилась",
            "делалось": "становилось", "делались": "становились", "сделается": "станет", "сделаются": "станут",
            "сделался": "стал", "сделалась": "стала", "сделалось": "стало", "сделались": "стали"}
_BECOMING = re.compile(rf"(?<!\w)({'|'.join(_MADE_SO)}) (?=(?:{'|'.join(_COMPARATIVES)})(?!\w))")
# "недостаточно" before a word that is no adjective, adverb, participle or infinitive, or ending its clause
_DEGREE_ENDS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ых", "их", "ым", "им", "ыми",
                "ими", "ую", "юю", "ом", "ем", "о", "н", "на", "ны", "т", "та", "ты", "ть", "ться", "ти")
# after a personal "был(а, и)" the word is a predicate's short adjective ("выборка была недостаточно велика"), after
# the impersonal "было" a lack ("было недостаточно корма")
_PERSONAL_BE = frozenset("был была были будет будут быть".split())
_LACK = re.compile(r"(?<!\w)(?:([^\W\d_]+) )?не ?достаточно(?!\w)(?:(?= ([^\W\d_]+))|)")
_CLAUSE_GOES_ON = frozenset("и а но или для на в во у из за с со к по при чтобы".split())


def _lack(m: re.Match[str]) -> str:
    before, after = m.group(1), m.group(2)
    lead = f"{before} " if before else ""
    if after is None or after in _CLAUSE_GOES_ON:
        return lead + "нужно больше"
    degree = after.endswith(_DEGREE_ENDS) or len(after) < 3 or before in _PERSONAL_BE
    return m.group() if degree else lead + "нужно больше"


def _analytic(m: re.Match[str]) -> str:
    """"более" and the adjective of a "-ее" comparative ("круглее": "более круглый"), or the word as it is."""
    word, stem = m.group(0), m.group(1)
    if word in _READ_ELSEWHERE or "a" not in wordnet_ru.wide_entry(stem):
        return word
    return f"более {stem}ый"


def comparatives_said(text: str) -> str:
    """`text` (normalised Russian) with "медленней" read as "медленнее", "круглее" and "жиже" as "более круглый" and
    "более жидкий", "делаются короче" as "становятся короче" and "недостаточно корма" as "нужно больше корма"."""
    if "ей" in text:
        text = _COLLOQUIAL.sub(r"\1ее", text)
    if "ее" in text:
        text = _HARD_EE.sub(_analytic, text)
    text = _ALTERED_SAID.sub(lambda m: f"более {_ALTERED[m.group(1)]}", text)
    if "дела" in text:
        text = _BECOMING.sub(lambda m: _MADE_SO[m.group(1)] + " ", text)
    if "достаточно" in text:
        text = _LACK.sub(_lack, text)
    return text
