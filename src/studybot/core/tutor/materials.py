"""A material asked: "what is X made of?", "what was X carved from?", "из чего сделан X?" ask what X is made of,
which only a sentence saying a material gives.

A passage says a material by a phrase of making ("made of germanium", "carved from granite", "сделан из дуба",
"отлит из бронзы"), by a shape cut of a substance ("a slab of granodiorite", "a bar of germanium", "a thin film of
aluminium", "a glass bulb") or by an adjective of a material ("a wooden fort", "деревянные дома"): such a passage gets
`MATERIAL_KEY`, and in a question asking a material the verb of making (or "consist", `lexicon_composition`) is met
by it, so "The stone is a slab of granodiorite" answers "what is the stone made of?" though it says no "made". A
passage that names X but says no material, nor does a sentence next to it, does not answer such a question in Russian
("В 1696 году построили флот" answers no "из чего построили флот?"): the next passage that answers and says one is
taken, else the tutor declines (`material_unsaid`, `telling_material`). For that check any "из X" or a material's
adjective is enough; but a question naming the kind of material ("из какого металла / камня / дерева") needs one of
that kind ("медный", "из бронзы"), not "деревянные леса" around a bell (round 25). Rules of English and Russian, no
word of one text. Tried and left out (round 24): "X переплавили на Y", "melted down into" as a material of Y (a
neighbour of the passage then let a wrong answer through).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc, Library
    from .ranking import Ranker, Scored

__all__ = ["MATERIAL_KEY", "asks_material", "material_keys", "material_unsaid", "material_units", "says_material",
           "telling_material"]

MATERIAL_KEY = "zmaterial"  # in a passage: it says a material; in a question asking one: its verb of making

_MAKING_EN = ("made|built|carved|cut|cast|constructed|formed|composed|fashioned|hewn|moulded|molded|forged|woven"
              "|sculpted|assembled")
_ASKED_EN = re.compile(rf"\b(?:{_MAKING_EN}) (?:up )?(?:of|from|out of)\W*$|\bconsists? of\W*$"
                       r"|\bwhat (?:materials?|substances?) (?:is|are|was|were|did|does|do|had|has|have)\b")
_OUT_OF = re.compile(rf"\b(?:{_MAKING_EN}) (?:up )?out of\W*$")  # "out" is the particle of "made out of"
_ASKED_RU = re.compile(r"(?<!\w)из (?:чего|какого (?:материала|вещества|камня|дерева|металла|сплава)|каких "
                       r"материалов)(?!\w)")
_SHAPES_EN = ("slab|slabs|block|blocks|bar|bars|sheet|sheets|lump|lumps|film|films|layer|layers|plate|plates|wafer"
              "|wafers|strip|strips|pillar|pillars|tablet|tablets|disc|discs|rod|rods|wire|wires|bulb|bulbs|foil"
              "|ingot|ingots|beam|beams|plank|planks")
_NOUN_EN = ("iron|stone|glass|bronze|gold|silver|copper|steel|brick|marble|granite|clay|leather|silk|wool|cotton"
            "|linen|paper|plastic|rubber|concrete|timber|wood|oak|pine|ivory|bone|lead|tin|porcelain|ceramic|wax|metal"
            "|alloy|aluminium|aluminum|brass|limestone|sandstone|basalt|parchment|papyrus|canvas|reed|straw|mud|ice"
            "|silicon|germanium")  # a material's noun, which also names a thing ("the stone"), so only before a shape
_POINTING = r"(?:them|it|him|her|this|that|these|those|which|whom|its|his|their|our|my|your)\b"  # "built from them"
_STRICT_EN = re.compile(rf"\b(?:{_MAKING_EN}|consists?|consisted) (?:up |entirely |mostly |mainly |largely |partly )?"
                        rf"(?:of|from|out of) (?!{_POINTING})"
                        rf"|\b(?:{_SHAPES_EN}) of (?!the\b|a\b|an\b|{_POINTING})|\b(?:{_NOUN_EN}) (?:{_SHAPES_EN})\b"
                        r"|\b(?:wooden|golden|woollen|woolen|earthen|leaden|silken)\b")
_MAKING_RU = ("сделан|изготовлен|построен|сложен|вырезан|высечен|отлит|выкован|сшит|сплет[её]н|состо|выполнен"
              "|сооруж[её]н|сделал|изготовил|построил|сложил|вырезал|высек|отлил|выковал|сшил|сплел|выполнил|соорудил"
              "|испечен|выпечен|пекл|пек|испек|выпека|сварен|варил|сварил")  # baked, cooked: "из чего пекли хлеб?"
_SHARE_RU = r"(?<!\w)(?:наполовину|на треть|на четверть|на две трети|целиком|почти целиком) из(?!\w)"  # "был
# наполовину из примесей": what a thing was made of, in part
_ADJ_RU = ("деревянн|каменн|железн|чугунн|бронзов|стальн|медн|золот|серебрян|стеклянн|кирпичн|мраморн|гранитн"
           "|глинян|кожан|ш[её]лков|дубов|соснов|бумажн|пластмассов|алюминиев|свинцов|оловянн|фарфоров|бетонн"
           "|латунн|костян|шерстян|льнян|хлопков")
_STRICT_RU = re.compile(rf"(?<!\w)(?:{_MAKING_RU})\w* (?:\w+ )?из(?!\w)|{_SHARE_RU}"
                        rf"|(?<!\w)(?:{_ADJ_RU})(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их"
                        r"|ыми|ими|ей)(?!\w)")
_MADE_RU = re.compile(rf"(?<!\w)(?:{_MAKING_RU})\w* (?:\w+ )?из(?!\w)|{_SHARE_RU}")
_NOUNS_RU = re.compile(r"(?<!\w)из (?!них|него|неё|нее|которых|которого|которой|за|под|чего|кого|года|лет)\w+")
# a kind of material asked ("из какого металла / камня / дерева"), and the words that say one of that kind (a word
# between: "из белого камня")
_METAL_RU = (r"(?<!\w)(?:железн|чугунн|бронзов|стальн|медн|золот|серебрян|алюмини|свинцов|оловянн|латунн|титанов|"
             r"металлическ)\w*|(?<!\w)из (?:\w+ )?(?:бронз|меди|желез|чугун|стали|золот|серебр|олов|свинц|латун|"
             r"алюмини|титан|сплав|металл)")
_STONE_RU = (r"(?<!\w)(?:каменн|гранитн|мраморн|известняков|базальтов)\w*|(?<!\w)из (?:\w+ )?(?:камн|гранит|мрамор|"
             r"известняк|песчаник|базальт|кирпич)")
_WOOD_RU = (r"(?<!\w)(?:деревянн|дубов|соснов|елов|березов|липов|кедров)\w*|(?<!\w)из (?:\w+ )?(?:дерев|дуб|сосн|ели|"
            r"берез|лип|кедр|лиственниц|бревен)")  # normalised text: "е" for "ё"
_KINDS_RU = (("metal", r"из какого (?:металла|сплава)", re.compile(_METAL_RU)),
             ("stone", r"из какого камня", re.compile(_STONE_RU)), ("wood", r"из какого дерева", re.compile(_WOOD_RU)))
_KIND_WORDS = {"metal": ("металл", "сплав"), "stone": ("камн",), "wood": ("дерев",)}  # the kind's word in a question
_MAKING_STEMS_EN = frozenset(("made", "make", "built", "build", "carved", "carve", "cut", "cast", "constructed",
                              "construct", "formed", "form", "composed", "compos", "consist", "fashion", "fashioned",
                              "hewn", "moulded", "mould", "molded", "mold", "forged", "forg", "woven", "weav",
                              "sculpted", "sculpt", "assembled", "assembl"))


def asks_material(q: Question) -> bool:
    """Does a question ask what something is made of ("what is X made of?", "из чего сделан X?")?"""
    return _asked(q.text)


def says_material(text: str, strict: bool = True) -> bool:
    """Does a sentence say a material by a phrase of making, a shape of a substance or a material's adjective
    ("made of silicon", "a slab of granodiorite", "wooden", "сделан из дуба", "деревянные")? `strict=False`: any
    "из X" counts too ("из камня")."""
    return _says(normalise(text), strict)


def material_keys(text: str) -> set[str]:
    """The key a passage gets when it says a material (`says_material`), and, when it says what a thing is made of
    ("сложены из сосновых брёвен", "отлит из бронзы"), one for each kind of material it says one of (`_KINDS_RU`)."""
    if not says_material(text):
        return set()
    norm = normalise(text)
    made = _MADE_RU.search(norm)  # what a thing is made of, not an attribute of another ("медный колокол")
    return {MATERIAL_KEY} | {MATERIAL_KEY + kind for kind, _, said in _KINDS_RU if made and said.search(norm)}


def material_units(units: list[Unit], text: str, lang: str) -> list[Unit]:
    """A question asking a material: its verb of making is met by a passage saying one (`MATERIAL_KEY`)."""
    if not _asked(text):
        return units
    units = [u for u in units if not (u.text == "out" and _OUT_OF.search(text))]  # "made out of": "made of"
    kind = next((kind for kind, asked, _ in _KINDS_RU if re.search(asked, text)), None)
    return [replace(u, strong=u.strong | {MATERIAL_KEY}) if not u.name and _making(u, lang) else replace(
        u, weak=u.weak | {MATERIAL_KEY + kind}) if kind and u.text.startswith(_KIND_WORDS[kind]) else u
            for u in units]  # "из какого дерева?": the kind's word met by "из сосновых брёвен" too


def material_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a question ask a material that neither a passage nor a sentence next to it says? Russian only: English
    "made of" asks the parts as often, said in ways no list holds ("M2 is M1 plus ...", "polyurethane foam"; round
    24: declined both on the development packs), where "из чего" is answered by "из X" or a material's adjective."""
    if not _ASKED_RU.search(q.text):
        return False
    kind = next((said for _, asked, said in _KINDS_RU if re.search(asked, q.text)), None)
    return not _told(doc, library) if kind is None else not any(kind.search(normalise(d.text)) for d in (
        doc, *library.neighbours(doc)))  # "из какого металла?": a metal, not "деревянные леса" next to it


def telling_material(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that answers a material question and says a material (or the sentence next to it)."""
    from .supplying import telling  # here: `supplying` reads the questions this module's keys are given to

    return telling(ranker, q, ranked, lambda doc: not material_unsaid(q, doc, ranker.library))  # asked in Russian only


def _making(u: Unit, lang: str) -> bool:
    if lang == "ru":
        return bool(re.match(rf"(?:{_MAKING_RU}|дела|сдела|изготов|постро|слож|выреза|отли|состо|печ|испеч|выпеч|"
                             r"вари|свари)", u.text))
    return u.text in _MAKING_STEMS_EN or u.stem in _MAKING_STEMS_EN


def _told(doc: Doc, library: Library) -> bool:
    return says_material(doc.text, strict=False) or any(says_material(n.text, strict=False)
                                                        for n in library.neighbours(doc))


@lru_cache(maxsize=4096)
def _says(text: str, strict: bool) -> bool:
    if _STRICT_EN.search(text) or _STRICT_RU.search(text):
        return True
    return not strict and bool(_NOUNS_RU.search(text))


@lru_cache(maxsize=1024)
def _asked(text: str) -> bool:
    return bool(_ASKED_EN.search(text) or _ASKED_RU.search(text))
