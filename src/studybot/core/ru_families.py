"""One Russian word family said in another form of it, for a keypoint's word not found otherwise
(`meaning.same_meaning_in`): rules of Russian word formation, not words of a text.

- A verb and the same verb with a prefix that makes its perfective or a shade of it ("растёт" / "вырастает",
  "бежал" / "сбежал", "писал" / "написал"), either way round. Never a prefix of undoing or parting ("раз-",
  "от-": "грузить" / "разгрузить", "крыть" / "открыть"), never two different prefixes ("ввёз" / "вывез",
  "закрыл" / "открыл"), never a root of fewer than four letters ("реш-" / "разреш-", "бил" / "убил").
- A verb and its imperfective in "-ыва-" / "-ива-" ("выдержал" / "выдерживал", "показать" / "показывать"), either
  way round (issue #11), the rest of the stem the same and at least four letters.
- A perfective in "-ну-" (or its participle in "-нут-") and its imperfective in "-а-", "-ыва-", "-ива-" ("толкнул" /
  "толкали", "впрыснутое" / "впрыскивают"), the root before "-ну-" at least four letters.
- A perfective and its imperfective made with an alternation, either way round: the root's last consonant
  ("защитил" / "защищал", "ответил" / "отвечал", "пригласил" / "приглашал", "укрепил" / "укреплял", "пустил" /
  "пускал"), its last "о" before "-ива-" / "-ыва-" ("устроил" / "устраивал", "остановил" / "останавливал"), "-ва-"
  after a vowel ("создал" / "создавал"), "-им-" / "-ин-" ("понял" / "понимал", "начал" / "начинал"), a prefixed
  "-лож-" and "-кладыва-" or "-лага-" ("сложились" / "складывались", "отложил" / "откладывал", "предложил" /
  "предлагал").
- A collective or abstract noun in "-ство" and its adjective in "-ский" ("дворянство" / "дворянское сословие",
  "крестьянство" / "крестьянские", "государство" / "государственный"): the reference's noun met by the answer's
  adjective (the other way, an adjective met by its noun, is `relational`).
- Never one word: two words that differ only by prefixes of opposite directions ("впускной" / "выпускной",
  "ввоз" / "вывоз", "втекает" / "вытекает"): the prefix carries the direction, so a letter that turns one prefix
  into the other is no slip (`prefixes_apart`, read by `Language.word_match`).
"""

from __future__ import annotations

from os.path import commonprefix
from typing import TYPE_CHECKING

from . import wordnet_ru
from .memos import memoised

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["alternated_pair", "aspect_pair", "aspect_stems", "collective_adjective", "imperfectives", "inchoative_pair",
           "nu_dropped", "one_verb", "other_prefix", "person_pair", "prefixed_verb", "prefixes_apart", "same_family"]

# prefixes that make a perfective or a shade of the bare verb, longest first; not "раз-"/"рас-" (undoing,
# parting) nor "от-" (away, undoing), which turn a verb toward its opposite
ASPECT_PREFIXES = ("пере", "под", "над", "при", "про", "вз", "вс", "вы", "за", "из", "ис", "на", "об", "до", "по",
                   "со", "о", "у", "в", "с")
# the forms of a verb (and its participles), by the word's ending
VERB_ENDINGS = ("ть", "ться", "ти", "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ют", "ут", "ит",
                "ят", "ат", "ется", "ются", "ится", "ятся", "ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны",
                "ит", "ита", "ито", "иты", "ыт", "ыта", "ыто", "ыты", "вший", "вшая", "вшее", "вшие", "вших",
                "ющий", "ющая", "ющее", "ющие", "ющих", "ящий", "ящая", "ящее", "ящие", "ящих")
ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
                     "ых", "их", "ую", "юю", "ыми", "ими", "ей")
MIN_ROOT = 4  # letters of a verb's root: shorter roots take too many meanings from their prefixes
_THEME = 2  # letters after the common root each stem may keep ("раст-а" / "раст-ет")


def _one_root(a: str, b: str) -> bool:
    """Two unprefixed verb stems of one root: a common start of MIN_ROOT letters, at most `_THEME` after it."""
    common = len(commonprefix((a, b)))
    return common >= MIN_ROOT and len(a) - common <= _THEME and len(b) - common <= _THEME


def prefixed_verb(a: str, a_stem: str, b: str, b_stem: str) -> bool:
    """Is one verb form the other's verb with an aspect prefix ("растет" / "вырастает"), maybe in its imperfective
    in "-ива-" / "-ыва-" ("держат" / "удерживают", "держал" / "удерживал")?"""
    if not (a.endswith(VERB_ENDINGS) and b.endswith(VERB_ENDINGS)) or a_stem == b_stem:
        return False
    (short, short_word), long = ((a_stem, a), b_stem) if len(a_stem) <= len(b_stem) else ((b_stem, b), a_stem)
    if any(long.startswith(p) and _one_root(long[len(p):], short) for p in ASPECT_PREFIXES):
        return True
    root = _present_base(short_word, short)
    return len(root) >= MIN_ROOT and any(long.startswith(p) and long[len(p):] in (root + "ива", root + "ыва")
                                         for p in ASPECT_PREFIXES)


def _present_base(word: str, stem: str) -> str:
    """A verb's stem less a present ending the stemmer leaves on ("держат": "держ"), or its stem less its theme vowel
    ("держа-л": "держ")."""
    if word == stem and word.endswith(_THIRD):
        return stem[:-2]
    return stem[:-1] if stem[-1:] in "аи" else stem


_PERSONS = (("ет", "ют"), ("ит", "ят"), ("ет", "ут"), ("ит", "ат"), ("ется", "ются"), ("ится", "ятся"),
            ("ется", "утся"), ("ится", "атся"))
_PERSON_LAST = ("т", "ся")  # how every ending of `_PERSONS` ends


def person_pair(a: str, b: str) -> bool:
    """Are two words one verb's present in the singular and the plural ("тает" / "тают", "держит" / "держат",
    "несёт" / "несут"), which the stemmer may leave apart when the verb's root is short?"""
    if not (a.endswith(_PERSON_LAST) and b.endswith(_PERSON_LAST)):
        return False  # (most pairs of words tried: no present of a verb, and no endings to try one by one)
    a, b = a.replace("ё", "е"), b.replace("ё", "е")
    for one, many in _PERSONS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(one) and y.endswith(many) and len(x) >= 4 and x[:-len(one)] == y[:-len(many)] != "":
                return len(x) - len(one) >= 2
    return False


def aspect_stems(word: str, stem: str) -> tuple[str, ...]:
    """The stems a verb form's other aspect may have: its stem without an aspect prefix ("пожалел": "жалел"; the root
    at least four letters) and a perfective's imperfective ("защитил": "защища", "оставил": "оставля"); () for a word
    that is no verb form. A synonym of one is a synonym of the other ("присяжные пожалели" / "сочувствовали",
    "гарнизон защитил" / "оборонял"), as they are one family (`prefixed_verb`, `alternated_pair`)."""
    if not word.endswith(VERB_ENDINGS):
        return ()
    bare = tuple(stem[len(p):] for p in ASPECT_PREFIXES if stem.startswith(p) and len(stem) - len(p) >= MIN_ROOT)
    return bare + tuple(imperfectives(stem)) if len(stem) >= MIN_ROOT and not word.endswith(_THIRD) else bare


_NU_ROOT_END = "гкхбпдтзс"  # "-нуть" verbs that drop "-ну-" in the past: "отверг", "достиг", "исчез", "мёрз"
_NU_MIN = 8  # letters of a stem in "-нут" at least ("минут" is a noun)


def nu_dropped(a: str, b: str) -> bool:
    """Are two stems one verb in "-нуть": its short participle (or infinitive), which keeps "-ну-", and its past,
    which drops it after a consonant ("отвергнут" / "отвергли", "отверг"; "достигнута" / "достигли")?"""
    for x, y in ((a, b), (b, a)):
        if x.endswith("нут") and len(x) >= _NU_MIN and x[-4] in _NU_ROOT_END and y in (x[:-3], x[:-3] + "л"):
            return True
    return False


# a root's last consonant the "-ну-" perfective drops: "к" of "ск" ("впрыск-" / "впрыс-ну-"), "т", "д" ("взгляд-" /
# "взгля-ну-"); not "г", which "-ну-" keeps ("отверг-ну-ть": "отвернул" is no "отвергал")
_NU_DROPPED = ("", "т", "д")


def nu_pair(a: str, a_stem: str, b: str, b_stem: str) -> bool:
    """Is one a perfective in "-ну-" (a verb form, or its participle in "-нут-") and the other its imperfective in
    "-а-", "-ыва-" or "-ива-" ("толкнул" / "толкали", "впрыснули", "впрыснутое" / "впрыскивают", "взглянул" /
    "взглядывал")? The root before "-ну-" at least four letters."""
    for x, xs, y, ys in ((a, a_stem, b, b_stem), (b, b_stem, a, a_stem)):
        k = xs.rfind("ну")
        if k < MIN_ROOT or xs[k + 2:] not in ("", "л", "т") or not y.endswith(VERB_ENDINGS) \
                or not (x.endswith(VERB_ENDINGS) or x[k:].startswith("нут")):
            continue
        dropped = (*_NU_DROPPED, "к") if xs[k - 1] == "с" else _NU_DROPPED
        if ys in {xs[:k] + c + suffix for c in dropped for suffix in ("а", "ыва", "ива")}:
            return True
    return False


# the forms of a Russian verb in "-еть" by tense, after its base: the present (second conjugation, "завис-ит"; first,
# "им-еет"), the past ("завис-ел", "им-ела") and the infinitive ("завис-еть")
_E_FORMS = (("ит", "ят", "им", "ишь", "ите", "еет", "еют", "еем", "еешь", "еете"), ("ел", "ела", "ело", "ели"),
            ("еть",))
_E_MIN = 2  # letters of the base at least


@memoised(1 << 15)  # (a pure function of a word: an answer's words are each tried against a point's)
def _e_base(word: str) -> tuple[str, int] | None:
    for tense, endings in enumerate(_E_FORMS):
        for end in endings:
            if word.endswith(end) and len(word) - len(end) >= _E_MIN:
                return word[:-len(end)], tense
    return None


def e_verb_forms(a: str, b: str) -> bool:
    """Are two Russian words one verb in "-еть" in two tenses, which Snowball stems apart: its present ("зависит",
    "имеет"), its past ("зависела", "имел") and its infinitive ("зависеть")? Both must be verb forms with one base
    ("красный" is no "краснел", "полет" no "полетел")."""
    x, y = _e_base(a), _e_base(b)
    return x is not None and y is not None and x[0] == y[0] and x[1] != y[1] and x[0].isalpha()


_INCHOATIVE = ("раз", "рас")  # "разбогатеть": becoming so, no undoing, on a verb made of an adjective
_STATE_SUFFIXES = ("еет", "еют", "ел", "ет", "е")  # "богат-ел", "богат-еет": a verb of becoming so, by its stem


def inchoative_pair(a: str, a_stem: str, b: str, b_stem: str) -> bool:
    """Is one verb the other under "раз-" / "рас-" where the bare verb is made of an adjective the Russian tables
    know ("разбогател" / "богател", "разбогатеет" / "богатеет"): becoming so in either aspect, not the "раз-" of
    undoing ("разгрузить") nor of parting ("разлететься"), whose verbs are made of no adjective?"""
    if not (a.endswith(VERB_ENDINGS) and b.endswith(VERB_ENDINGS)) or a_stem == b_stem:
        return False
    for long, short in ((a_stem, b_stem), (b_stem, a_stem)):
        if long.startswith(_INCHOATIVE) and long[3:] == short:
            root = next((short[:-len(x)] for x in _STATE_SUFFIXES if short.endswith(x)), "")
            if len(root) >= MIN_ROOT and "a" in wordnet_ru.entry(root):
                return True
    return False


_IMPERFECTIVE = ("ыва", "ива")  # the suffix of a secondary imperfective: "показ-ыва-ть", "выдерж-ива-ть"


def aspect_pair(a: str, a_stem: str, b: str, b_stem: str) -> bool:
    """Is one verb form the other's imperfective in "-ыва-" / "-ива-" ("выдержал" / "выдерживал")?"""
    if not (a.endswith(VERB_ENDINGS) and b.endswith(VERB_ENDINGS)) or a_stem == b_stem:
        return False
    for long, short in ((a_stem, b_stem), (b_stem, a_stem)):
        if long.endswith(_IMPERFECTIVE) and len(root := long[:-3]) >= MIN_ROOT and short in (root, root + "а"):
            return True
    return False


# the last consonant of a perfective's stem and what it turns into before its imperfective's suffix ("защит-ил" /
# "защищ-ал", "ответ-ил" / "отвеч-ал", "снабд-ил" / "снабж-ал", "освобод-ил" / "освобожд-ал", "приглас-ил" /
# "приглаш-ал", "укреп-ил" / "укрепл-ял", "пуст-ил" / "пуск-ал"), or itself ("сохран-ил" / "сохран-ял")
_ALTERNATIONS = (("ст", "щ"), ("ст", "ск"), ("т", "щ"), ("т", "ч"), ("д", "ж"), ("д", "жд"), ("с", "ш"), ("з", "ж"),
                 ("к", "ч"), ("г", "ж"), ("б", "бл"), ("п", "пл"), ("в", "вл"), ("м", "мл"), ("ф", "фл"), ("", ""))
_VOWEL = "аеиоуыэюя"


def _alternated(root: str, suffixes: tuple[str, ...]) -> set[str]:
    return {root[:len(root) - len(old)] + new + suffix for old, new in _ALTERNATIONS if root.endswith(old)
            for suffix in suffixes}


@memoised(1 << 14)  # (a pure function of a stem, asked again for every pair of verb forms tried)
def imperfectives(short: str) -> frozenset[str]:
    """The stems an imperfective of a perfective's stem may have: its last consonant alternated and "-а-" / "-я-"
    ("защит" / "защища"); its root's last "о" made "а" before "-ива-" / "-ыва-" ("устро" / "устраива", "спрос" /
    "спрашива", "останов" / "останавлива", "заработа" / "зарабатыва"); "-ва-" after its vowel ("созда" /
    "создава", "узна" / "узнава"); "-им-" / "-ин-" for "-я-" / "-а-" ("поня" / "понима", "нача" / "начина");
    "-кладыва-", "-лага-" for a prefixed "-лож-" ("слож" / "складыва", "предлож" / "предлага")."""
    out = _alternated(short, ("а", "я")) if short[-1] not in _VOWEL else set()
    root = short[:-1] if short[-1] in _VOWEL else short
    roots = {root} | ({root[:at] + "а" + root[at + 1:]} if (at := root.rfind("о")) > 0 else set())
    for each in roots:
        out |= _alternated(each, ("ива", "ыва"))
    if short[-1] in "ае":
        out.add(short + "ва")
    if short[-1] == "о":  # ("устро" / "устраива", "осво" / "осваива")
        out.add(short[:-1] + "аива")
    if short.endswith("я") or short.endswith("ча"):
        out.add(short[:-1] + ("има" if short.endswith("я") else "ина"))
    if (at := short.find("лож")) > 0 and short[at + 3:] in ("", "и") and short[:at] in _LOZH_PREFIXES:
        before = short[:at][:-1] + "с" if short[:at].endswith("з") else short[:at]  # ("разложил" / "раскладывал")
        out |= {before + "кладыва", short[:at] + "лага"}  # "сложил" / "складывал", "предложил" / "предлагал"
    return frozenset(out)


# the prefixes of a perfective in "-ложить" whose imperfective is "-кладывать" or "-лагать" (never without one:
# "положить" / "класть")
_LOZH_PREFIXES = frozenset({"с", "со", "от", "ото", "в", "во", "вы", "за", "на", "об", "обо", "пере", "под", "подо",
                            "при", "раз", "разо", "у", "до", "из", "изо", "пред", "пре", "воз", "про", "по"})


_THIRD = ("ет", "ит", "ут", "ют", "ят", "ат")  # the present's third person


def alternated_pair(a: str, a_stem: str, b: str, b_stem: str) -> bool:
    """Is one verb form the other's imperfective made with an alternation ("защитил" / "защищал", "посетил" /
    "посещал", "превратилось" / "превращается", "устроили" / "устраивали", "создал" / "создавал", "понял" /
    "понимал"), either way round? The perfective's stem of at least four letters (`imperfectives`)."""
    if not (a.endswith(VERB_ENDINGS) and b.endswith(VERB_ENDINGS)) or a_stem == b_stem:
        return False
    # (a stem that keeps a "-т" of the present, "совет" read as "сов-ет", alternates no root: a noun's, `bare_noun`)
    return any(len(short) >= MIN_ROOT and long in imperfectives(short) and not (word == short and word.endswith(_THIRD))
               for word, short, long in ((a, a_stem, b_stem), (b, b_stem, a_stem)))


_ANY_PREFIX = tuple(sorted({*ASPECT_PREFIXES, "раз", "рас", "от", "вос", "воз"}, key=len, reverse=True))


def other_prefix(a: str, b: str) -> bool:
    """Are two verb forms one verb under two different prefixes ("втекает" / "вытекает", "ввёз" / "вывез"), the
    prefix carrying the direction: two verbs, never a slip of one?"""
    if a == b or not (a.endswith(VERB_ENDINGS) and b.endswith(VERB_ENDINGS)):
        return False
    return any(a.startswith(p) and b.startswith(q) and a[len(p):] == b[len(q):] and len(a) - len(p) >= MIN_ROOT
               for p in _ANY_PREFIX for q in _ANY_PREFIX if p != q)


# prefixes of opposite directions: in / out ("впуск" / "выпуск", "ввоз" / "вывоз"), to / away ("пришёл" / "ушёл",
# "подъехал" / "отъехал"), closing / opening ("закрыл" / "открыл", "застегнул" / "расстегнул"), up / down ("взлетел" /
# "слетел"), up or all at once / out or away to the end ("вскипело" / "выкипело", "взлетел" / "вылетел"). Not any two
# prefixes: "заполняется" / "наполняется", "добавить" / "прибавить" say one thing.
_OPPOSED = {frozenset(pair) for pair in (("в", "вы"), ("во", "вы"), ("при", "у"), ("при", "от"), ("под", "от"),
                                         ("за", "от"), ("за", "рас"), ("за", "раз"), ("вз", "с"), ("вс", "с"),
                                         ("вз", "со"), ("вз", "вы"), ("вс", "вы"))}
_PREFIX_REST = 3  # letters after the prefix: "в-воз" / "вы-воз", "в-ход" / "вы-ход"


def prefixes_apart(a: str, b: str) -> bool:
    """Are two words (or stems) one stem under two prefixes of opposite directions ("впускн" / "выпускн", "ввоз" /
    "вывоз", "пришл" / "ушл"): two words, never a slip of one? Of any part of speech, the rest at least three
    letters."""
    if a == b or a[-_PREFIX_REST:] != b[-_PREFIX_REST:]:
        return False
    for p in _ANY_PREFIX:
        if not a.startswith(p) or len(a) - len(p) < _PREFIX_REST:
            continue
        rest = a[len(p):]
        if b.endswith(rest) and len(b) > len(rest) and frozenset((p, b[:len(b) - len(rest)])) in _OPPOSED:
            return True
    return False


def collective_adjective(noun_stem: str, adjective: str, adjective_stem: str) -> bool:
    """Is an adjective the "-ский" (or "-ственный") of a noun in "-ство" ("дворянств" / "дворянское")?"""
    if not noun_stem.endswith("ств") or not adjective.endswith(ADJECTIVE_ENDINGS):
        return False
    root = noun_stem[:-3]
    return len(root) >= MIN_ROOT and (adjective_stem == root + "ск" or adjective_stem in (noun_stem + "ен",
                                                                                          noun_stem + "енн"))


def same_family(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer word of the family of a phrase's word not found otherwise, or (-1, -1)."""
    if want.exact or want.word in phrase.capitalised or not want.word.isalpha() or len(want.stem) < MIN_ROOT:
        return -1, -1
    for j in answer.content():
        word, stem = answer.words[j], answer.stems[j]
        if stem in avoid or answer.dirs[j] or not word.isalpha():
            continue
        if _kindred(want.word, want.stem, word, stem, bool(want.direction)):
            return 0, j
    return -1, -1


def one_verb(word: str, stem: str, other: str, other_stem: str) -> bool:
    """Are two verb forms (with their stems) one verb in another aspect, tense or person ("сохранились" /
    "сохраняются", "растёт" / "вырастает", "тает" / "тают")? (`same_family`'s test of two words, verbs only.)"""
    return _kindred(word, stem, other, other_stem, True)


@memoised(1 << 16)  # (of two words alone: a point's word is tried against every word of every answer)
def _kindred(word: str, stem: str, other: str, other_stem: str, directed: bool) -> bool:
    """Is `other` of the family of `word` (`same_family`)? Memoised."""
    # a verb of rising or falling keeps its direction with an aspect prefix ("растёт" / "вырастает")
    word, other = _past_reflexive(word), _past_reflexive(other)
    return prefixed_verb(word, stem, other, other_stem) or aspect_pair(word, stem, other, other_stem) \
        or person_pair(word, other) \
        or inchoative_pair(word, stem, other, other_stem) \
        or alternated_pair(word, stem, other, other_stem) or nu_pair(word, stem, other, other_stem) \
        or not directed and collective_adjective(stem, other, other_stem)


_ROOT_FINAL = tuple("бзсгкрх")  # a past without "-л" ("ошиб-ся", "спас-ся", "достиг-ся"), then "-ся"


def _past_reflexive(word: str) -> str:
    """A reflexive past whose root ends the word before "-ся" ("ошибся") written with the "-лся" of the other pasts
    ("ошиблся"), for the tests of a verb's ending only (its stem stays its own)."""
    if word.endswith("ся") and len(word) > 5 and word[-3:-2] in _ROOT_FINAL:
        return word[:-2] + "лся"
    return word
