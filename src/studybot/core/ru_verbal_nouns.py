"""A Russian verbal noun and its verb, for a keypoint's word not found otherwise (issue #11): "потепление" / "климат
теплеет", "спасение" / "спасти", "подписание" / "подписали", "строительство" / "построили", "эвакуация" /
"эвакуировали", "открытие" / "открывали"; a noun without a suffix on another grade of its verb's root ("сбор" /
"собирали", "взрыв" / "взорвался", "тяга" / "тянет"); and a noun of a quality made on the verb by an adjective in
"-ственный", "-чивый", "-ливый" ("наследственность" / "признаки наследуются", "изменчивость" / "особи изменяются"). A
rule of Russian word formation (the noun of an action in "-ение", "-ание", "-яние", "-ительство" is made on the
verb's stem), not words of a text; English gets the same from WordNet's derivational links (`meaning.kindred`).

The noun's Snowball stem less its "-ен"/"-ан"/"-ян" is the verb's stem (at least `MIN_ROOT` letters), which the
verb form starts with, at most `_TAIL` letters after it; one side may carry an aspect prefix the other lacks
("потеплен" / "теплеет"), never a prefix of undoing or parting, nor two different prefixes (`ru_families`); a noun
of an imperfective verb in "-ва-" meets the perfective verb ("созревание" / "созрели").
Never a direction word (they have their own check), a name, a figure, or onto a word of `avoid`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .memos import memoised
from .ru_families import ASPECT_PREFIXES, MIN_ROOT, imperfectives
from .wordnet_ru import table

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["bare_noun", "verbal_noun", "verbal_noun_of"]

_NOUN_ENDINGS = ("ение", "ения", "ению", "ением", "ении", "ений", "ениям", "ениями", "ениях",
                 "ание", "ания", "анию", "анием", "ании", "аний", "аниям", "аниями", "аниях",
                 "яние", "яния", "янию", "янием", "янии", "яний")
_STEM_ENDINGS = ("ен", "ан", "ян")
# the consonant alternations of a verbal noun's stem against its verb's ("освобожд-" / "освобод-", "сокращ-" /
# "сократ-", "управл-" / "управ-")
_ALTERNATIONS = (("жд", "д"), ("щ", "т"), ("щ", "ст"), ("ч", "т"), ("ч", "к"), ("ж", "з"), ("ж", "г"), ("ж", "д"),
                 ("ш", "с"), ("ш", "х"), ("вл", "в"), ("бл", "б"), ("пл", "п"), ("мл", "м"))
# the forms of a verb, by the word's ending (a reflexive -ся/-сь taken off first)
_VERB_ENDINGS = ("ть", "ти", "чь", "л", "ла", "ло", "ли", "ет", "ют", "ит", "ят", "ут", "ат", "ем", "им", "ешь",
                 "ишь", "ете", "ите")
_VOWELS = frozenset("аеиоуыэюя")
_TAIL = 3  # letters of the verb's stem after the noun's base ("тепл-еет")


def _is_verb(word: str) -> bool:
    bare = word[:-2] if word.endswith(("ся", "сь")) and len(word) > 4 else word
    return bare.endswith(_VERB_ENDINGS)


# nouns of action in "-ство" made on the verb's stem ("строи-тельство" / "по-стро-или", "производ-ство" /
# "производили", "руковод-ство" / "руководил"): the noun's stem ending, and the letters of it the verb keeps
_STVO_ENDINGS = ("ство", "ства", "ству", "ством", "стве")
_STVO_STEMS = (("ительств", ""), ("одств", "од"))
# nouns of a quality made on a verb's stem by an adjective in "-ственный", "-чивый", "-ливый" ("наслед-ственность" /
# "наследуются", "измен-чивость" / "изменяются"): the noun's endings and the suffix its stem ends in
_QUALITY_ENDINGS = ("ость", "ости", "остью", "остей")
_QUALITY_STEMS = ("ствен", "чив", "лив")
# nouns of action in "-ация" / "-яция" and their verbs in "-ировать" / "-овать" ("ориентация" / "ориентируются",
# "эвакуация" / "эвакуировали", "изоляция" / "изолировали", "организация" / "организовали")
# nouns of action in "-тие" ("открытие", "развитие") and the imperfective verbs in "-ва-" of their verbs ("открывать",
# "развивать"; the perfective "открыть" meets the noun by its stem already)
_TIE = ("тие", "тия", "тию", "тием", "тии", "тий", "тиям", "тиями", "тиях")
# nouns in "-енция" and their verbs in "-ировать" ("конкуренция" / "конкурировать", "интерференция" /
# "интерферировать")
_ENCE = ("енция", "енции", "енцию", "енцией", "енций", "енциями", "енциях")
_ATION = ("ация", "ации", "ацию", "ацией", "аций", "ациями", "ациях", "яция", "яции", "яцию", "яцией", "яций")


# a noun's case endings, taken off a noun of action without a suffix ("запрет-ом", "охран-ы", "заготовк-и") to find
# its base (Snowball's stem cuts some into the root: "охрана" / "охра", "обмен" / "обм")
_CASE_ENDINGS = ("ами", "ями", "ах", "ях", "ам", "ям", "ом", "ем", "ой", "ей", "ою", "ов", "ев", "а", "я", "у", "ю",
                 "е", "ы", "и")


def _own_verb(base: str) -> bool:
    """Does the lexicon know a verb made on a noun's base with "-ова-" / "-ирова-" ("совет-ова-ть")?"""
    known = table()
    return base + "ова" in known or base + "ирова" in known


def bare_noun(noun: str, verb: str, verb_stem: str) -> bool:
    """Is `noun` a noun of action without a suffix ("запрет", "осмотр", "обмен", "охрана", "оплата") or in "-ка"
    ("заготовка", "обработка", "доставка", "очистка") whose verb's imperfective `verb` is made with an alternation or
    "-ива-" / "-ыва-" ("запрещают", "осматривают", "обменивают", "охраняют", "оплачивают", "заготавливают",
    "обрабатывают", "доставляют", "очищают": `ru_families.imperfectives`)? A noun in "-ка" meets no imperfective in
    a bare "-а-" / "-я-" ("сказка" is no "сказали"). A noun whose own verb is made with "-ова-" / "-ирова-", as the
    lexicon knows ("совет" / "советовать", "прогноз" / "спрогнозировали"), is that verb's, and only its: an imperfective
    of its root is another verb ("совет" is no "совещались")."""
    if not _is_verb(verb) or not noun.isalpha():
        return False
    for base in {noun, *(noun[:-len(e)] for e in _CASE_ENDINGS if noun.endswith(e))}:
        if len(base) < MIN_ROOT or base[-1] in _VOWELS:
            continue
        if _own_verb(base):  # that verb itself, maybe with an aspect prefix ("прогноз" / "спрогнозировали")
            if any(v.startswith((base + "ова", base + "ирова")) for v in (verb_stem, *_unprefixed(verb_stem))):
                return True
            continue
        if verb_stem in imperfectives(base):
            return True
        root = base[:-1]
        if base.endswith("к") and len(root) >= MIN_ROOT and root[-1] not in _VOWELS \
                and verb_stem in imperfectives(root) - {root + "а", root + "я"}:
            return True
        if base.endswith("ечк") and len(root) >= MIN_ROOT and _flows(root, verb_stem):
            return True
    return False


def _flows(root: str, verb_stem: str) -> bool:
    """Is `verb_stem` a form of the verb in "-ечь" whose noun in "-ечка" has the root `root` ("утечка" / "утечёт",
    "утёк", "утекал", "протечка" / "протекала", "выпечка" / "выпекали"): "-еч-" in its perfective's future and
    infinitive, "-ек-" in its past and imperfective? (A root of four letters at least: "печка" is a stove.)"""
    back = root[:-1] + "к"
    return verb_stem in (root, root + "ет", root + "ут", back, back + "л", back + "ут") \
        or verb_stem in (back + "а", back + "ал")


# nouns of action without a suffix whose verb's root is another grade of the noun's ("сбор" / "собирают" /
# "собрали", "взрыв" / "взорвался", "тяга" / "тянет", "вызов" / "вызвали"): the noun's root, the verb's roots, and
# the prefixes the noun takes (with the form each has before the verb's root: "вз-рыв" / "взо-рвал"); not "за-бор"
# (a fence), "об-рыв" (a cliff), "от-зыв" (a review), nor the bare "бор" (a pine wood)
_ROOT_GRADES = (
    ("бор", ("бир", "бра", "бер"), {"с": ("со", "с"), "от": ("ото", "от"), "вы": ("вы",), "на": ("на",),
                                    "под": ("подо", "под"), "раз": ("разо", "раз"), "пере": ("пере",)}),
    ("рыв", ("рва", "рыва"), {"вз": ("взо", "вз"), "про": ("про",), "раз": ("разо", "раз"), "с": ("со", "с"),
                              "от": ("ото", "от")}),
    ("тяг", ("тян",), {"": ("",)}),
    ("зов", ("зва", "зыва"), {"вы": ("вы",), "при": ("при",), "со": ("со",)}),
    # carrying and leading, whose perfectives keep "-нес-", "-вез-", "-вед-" ("снос" / "снесли", "вывоз" / "вывезли",
    # "ввод" / "ввели"); not "нанос", "разнос", "донос", "поднос", "завод", "провод", "привод", "развод", "довод",
    # nouns of other things
    ("нос", ("нес",), {"с": ("с",), "вы": ("вы",), "пере": ("пере",), "за": ("за",)}),
    ("воз", ("вез",), {"вы": ("вы",), "в": ("в",), "под": ("под",), "за": ("за",), "пере": ("пере",), "про": ("про",),
                       "при": ("при",), "раз": ("раз",)}),
    ("вод", ("вед", "вел", "вест"), {"вы": ("вы",), "в": ("в",), "пере": ("пере",), "от": ("от",)}),
)
_BARE_NOUN_ENDINGS = ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ой", "ею")


def _root_grade(noun: str, verb: str) -> bool:
    """Is `noun` a noun of action without a suffix made on another grade of `verb`'s root ("сбор" / "собрали")?"""
    if not _is_verb(verb):
        return False
    for root, verb_roots, prefixes in _ROOT_GRADES:
        for prefix, verb_prefixes in prefixes.items():
            if noun.startswith(prefix + root) and noun[len(prefix) + len(root):] in _BARE_NOUN_ENDINGS \
                    and any(verb.startswith(p + r) for p in verb_prefixes for r in verb_roots):
                return True
    return False


@memoised(1 << 16)  # (of four words alone: a keypoint's word is tried against every word of every answer)
def verbal_noun(noun: str, noun_stem: str, verb: str, verb_stem: str) -> bool:
    """Is `noun` the verbal noun of the verb `verb` (any forms; an aspect prefix on one side allowed)? Memoised."""
    if bare_noun(noun, verb, verb_stem) or _root_grade(noun.replace("ё", "е"), verb.replace("ё", "е")):
        return True
    if noun.endswith(_TIE) and noun_stem.endswith("т") and _is_verb(verb):  # "откры-тие" / "откры-ва-ют"
        base = noun_stem[:-1]
        return len(base) >= MIN_ROOT and verb_stem.startswith(base + "ва")
    if noun_stem.endswith("енц") and noun.endswith(_ENCE) and _is_verb(verb):  # "конкур-енция" / "конкур-ир-уют"
        base = noun_stem[:-3]
        return len(base) >= MIN_ROOT and verb_stem.startswith(base + "ир")
    if noun_stem.endswith(("ац", "яц")) and noun.endswith(_ATION) and _is_verb(verb):
        base = noun_stem[:-2]  # "ориент-ация" / "ориент-ир-уются", "организ-ация" / "организ-ова-ли"
        return len(base) >= MIN_ROOT and verb_stem.startswith((base + "ир", base + "ов"))
    if noun.endswith(_QUALITY_ENDINGS) and _is_verb(verb):  # "наслед-ственность" / "наследуются"
        return any(noun_stem.endswith(end) and _one_stem(noun_stem[:-len(end)], verb_stem) for end in _QUALITY_STEMS)
    if noun.endswith(_STVO_ENDINGS) and _is_verb(verb):
        return any(noun_stem.endswith(end) and _one_stem(noun_stem[:-len(end)] + kept, verb_stem)
                   for end, kept in _STVO_STEMS)
    if not noun.endswith(_NOUN_ENDINGS) or not _is_verb(verb) or not noun_stem.endswith(_STEM_ENDINGS):
        return False
    base = noun_stem[:-2]
    bases = [base, *(base[:-len(a)] + b for a, b in _ALTERNATIONS if base.endswith(a)), *_perfective(base)]
    if noun_stem.endswith("ян"):  # the "я" of "-яние" is the verb's own ("влия-ние" / "влия-ет", "стоя-ние")
        bases.append(noun_stem[:-1])
    # (or the verb is the imperfective of the noun's perfective, its root's "о" made "а" before "-ива-": "накопление" /
    # "накапливают", "удвоение" / "удваивают", as `ru_families.imperfectives` reads a verb against its perfective)
    return any(_one_stem(b, verb_stem) for b in bases) \
        or any(len(b) >= MIN_ROOT and verb_stem in imperfectives(b) for b in bases)


def _perfective(base: str) -> list[str]:
    """A noun made on an imperfective verb of "-ва-", "-ыва-", "-ива-" ("созрев-ание", "записыв-ание") against the
    perfective verb without it ("созре-ли", "записа-ли"): the base less that suffix."""
    if base.endswith(("ыв", "ив")):
        return [base[:-2]]
    return [base[:-1]] if base.endswith("в") and base[-2:-1] in _VOWELS else []


def _unprefixed(stem: str) -> list[str]:
    return [stem[len(p):] for p in ASPECT_PREFIXES if stem.startswith(p)]


def _one_stem(base: str, verb_stem: str) -> bool:
    """The verb's stem is the noun's base and at most `_TAIL` letters, an aspect prefix on one side at most."""
    pairs = [(base, verb_stem), *((b, verb_stem) for b in _unprefixed(base)),
             *((base, v) for v in _unprefixed(verb_stem))]
    return any(len(b) >= MIN_ROOT and v.startswith(b) and len(v) - len(b) <= _TAIL for b, v in pairs)


def verbal_noun_of(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer word that is the verb of a phrase's verbal noun, or the verbal noun of its verb;
    (-1, -1) when none is."""
    if want.exact or want.direction or want.word in phrase.capitalised or not want.word.isalpha():
        return -1, -1
    wanted_verb = _verb_form(want.word)  # (`verbal_noun` holds only of a verb's form: a pair without one not asked)
    for j in answer.content():
        word, stem = answer.words[j], answer.stems[j]
        if stem in avoid or answer.dirs[j] or not word.isalpha():
            continue
        if _verb_form(word) and verbal_noun(want.word, want.stem, word, stem) \
                or wanted_verb and verbal_noun(word, stem, want.word, want.stem):
            return 0, j
    return -1, -1


def _verb_form(word: str) -> bool:
    """Might `word` be the verb of `verbal_noun` (each of its tests asks `_is_verb` of the verb, as written or with
    "ё" as "е")?"""
    return _is_verb(word) or "ё" in word and _is_verb(word.replace("ё", "е"))
