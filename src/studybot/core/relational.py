"""One thing named by a word of another part of speech: a relational adjective and the noun it is
made from ("presidential" / "president", "coastal" / "coast", "muscular" / "muscle", "Roman" / "Rome",
"речной" / "река", "солнечный" / "солнце"), for the grader (`Language.related`) and the tutor
(`tutor.words.Words.relational_stems`, which reads the Russian suffixes the same way).

Only general rules and general vocabulary: the suffix tables of each language, and the Latinate
adjectives whose noun is another word ("solar" / "sun") and the irregular demonyms ("Swedish" / "Sweden"),
kept as synonym groups of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon_paraphrase import DEMONYMS
from .lexicon_ru_tutor import RUSSIAN_TUTOR
from .ru_fleeting import fleeting_root, fleeting_vowel

__all__ = ["EN_ADJECTIVE_ENDINGS", "LATINATE", "english_nouns", "groups", "related", "russian_nouns"]

# English adjective endings and the noun endings they replace: "president-ial" / "president",
# "trib-al" / "trib-e", "musc-ular" / "musc-le", "molec-ular" / "molec-ule", "volcan-ic" / "volcan-o",
# "econom-ic" / "econom-y", "Rom-an" / "Rom-e", "Chin-ese" / "Chin-a", "planet-ary", "mountain-ous",
# "colon-ial" / "colon-y", "Swed-ish" / "Swed-e", "vertebr-al" / "vertebr-a", "polit-ical" / "polit-ics".
EN_ADJECTIVE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ical", ("", "y", "ics", "e")),
    ("ial", ("", "e", "y", "ier")),
    ("ular", ("", "le", "ule", "e")),
    ("ary", ("", "e", "a")),
    ("al", ("", "e", "a", "um", "us")),
    ("ar", ("", "e", "a")),
    ("ic", ("", "o", "y", "e", "a", "ics")),
    ("ian", ("", "y", "a", "e", "ia")),
    ("ean", ("", "e", "a")),
    ("an", ("", "e", "a", "o")),
    ("ese", ("", "a", "e")),
    ("ious", ("y", "")),
    ("ous", ("", "e", "y")),
    ("ish", ("", "e", "ey")),
)
MIN_ROOT = 3  # letters an adjective keeps when its ending is dropped ("Rom-an")

# Latinate adjectives whose noun is another word (general vocabulary of any subject), each group read
# as synonyms by stem; irregular plurals listed ("teeth"). Not one whose stem is a verb's ("hibernal" is stemmed
# as "hibernate", which would then mean "winter").
LATINATE: tuple[tuple[str, ...], ...] = tuple(tuple(g.split()) for g in (
    "solar sun", "lunar moon", "royal regal king kingship", "naval navy", "marine maritime sea seas",
    "urban city cities", "rural countryside", "dental tooth teeth", "cardiac heart", "pulmonary lung lungs",
    "renal kidney kidneys", "hepatic liver", "nasal nose", "oral mouth", "manual hand hands", "paternal father",
    "maternal mother", "fraternal brother", "terrestrial earth", "aquatic water", "lingual tongue",
    "ocular eye eyes", "optic eye", "cerebral brain", "cranial skull", "thoracic chest", "gastric stomach",
    "ovine sheep", "bovine cattle cow", "equine horse", "feline cat", "avian bird birds",
    "piscine fish", "arboreal tree trees", "floral flower flowers", "lacustrine lake", "fluvial river",
    "insular island", "nocturnal night", "diurnal day", "autumnal autumn",
    "aestival summer", "stellar star stars", "sidereal star", "ferrous iron",
    "cupric copper", "aurous gold", "ecclesiastical church", "clerical clergy",
    "episcopal bishop", "papal pope", "imperial emperor", "ducal duke", "princely prince",
    "pastoral shepherd", "agrarian farming agriculture", "equestrian rider",
    "vocal voice", "auditory hearing", "visual sight", "tactile touch", "olfactory smell",
    "dermal skin", "cutaneous skin", "osseous bone", "vascular vessel vessels", "venous vein veins",
    "arterial artery", "sanguine blood", "hematic blood",
))

# Nouns of action whose verb Snowball gives another stem ("construction" / "built"), with the verb's
# irregular forms (the tutor stems words as written). Not "explain", "describe": they frame questions.
ACTIONS: tuple[tuple[str, ...], ...] = tuple(tuple(g.split()) for g in (
    "build built construct construction", "destroy destroyed destruction", "consume consumption",
    "absorb absorption", "assume assumption",
    "defend defence defense", "repeat repetition", "pronounce pronunciation", "maintain maintenance",
    "fly flew flown flight", "choose chose chosen choice", "prove proof", "speak spoke spoken speech",
    "marry married marriage", "die died death", "born birth", "deceive deception", "perceive perception",
    "redeem redemption", "resume resumption", "intervene intervention", "abolish abolition",
))
# Endings of English nouns of action and the verb endings they replace ("deci-sion" / "deci-de",
# "divi-sion" / "divi-de", "admi-ssion" / "admi-t", "subscri-ption" / "subscri-be").
EN_ACTION_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ssion", ("t", "ss")), ("sion", ("de", "d")), ("ption", ("be", "ve")), ("ition", ("e", "it")),
)
_ITION_ROOT = 5  # letters at least before "-ition" ("oppos-ition", "prohib-ition"; not "trad-ition", "cond-ition")
# Russian nouns of action: the ending of the noun's stem dropped leaves the verb's root, maybe after a
# prefix ("строительств" / "по-стро-или", "открыт" / "откр-ыл")
RU_ACTION_ENDINGS = ("ительств", "ательств", "ств", "ени", "ани", "ен", "ан", "ти", "т")
# a verb's forms (and its short participles: "снабжены"), not a noun's ("дело" is no "делили")
_RU_VERB_ENDINGS = ("ть", "ся", "сь", "л", "ла", "ли", "ет", "ит", "ют", "ят", "ут", "ат", "на", "ны")
RU_VERB_PREFIXES = ("", "по", "за", "вы", "пере", "при", "про", "раз", "рас", "от", "на", "с", "со", "у", "о",
                    "об", "из", "ис", "до", "под", "над", "в", "вз")


# a country and its people's adjective or name ("Sweden", "Swedish", "Swedes"); "pole" and "turkey" are
# common words too, so they are left out here
DEMONYM_GROUPS = tuple(tuple(w for w in g.split() if w not in ("pole", "poles", "turkey")) for g in DEMONYMS.split("|"))


def groups(code: str) -> tuple[tuple[str, ...], ...]:
    """The synonym groups of a language's adjectives whose noun is another word."""
    return LATINATE + ACTIONS + DEMONYM_GROUPS if code == "en" else ()


def english_nouns(word: str) -> set[str]:
    """The nouns an English adjective may be made from, by its ending ("presidential": "president",
    "presidente", "presidenty"): guesses, to be met by a word of the other text, never words of their own."""
    out: set[str] = set()
    for ending, nouns in EN_ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
            root = word[: -len(ending)]
            if ending == "ian" and root.endswith("ic"):
                continue  # "-ic" and "-ian" make an agent ("physic-ian", "music-ian"), no adjective
            out.update(root + n for n in nouns)
    return out


_ROOT_SUFFIXES = ("ов", "ев", "ин")  # "москов-ский" / "Москва", "королев-ский" / "король", "матерински" / "мать"


def russian_nouns(st: str, suffixes: tuple[tuple[str, str], ...], alternations: tuple[tuple[str, str], ...],
                  inserted: Callable[[str], re.Match[str] | None] | None, min_root: int = 3) -> set[str]:
    """The stems of the noun a Russian adjective's stem is made from: its suffix dropped (`suffixes`, longest
    first: the first that fits and those of its length), a consonant of the root back to the noun's
    ("реч-" / "рек-", "солнеч-" / "солнц-", with the vowel the noun lacks, `inserted`): "речн" gives "рек",
    "солнечн" "солнц", "экономическ" "эконом" and "экономик", "московск" "москов" and "москв"."""
    roots: set[str] = set()
    matched = ""
    for suffix, replacement in suffixes:
        if st.endswith(suffix) and len(st) - len(suffix) >= min_root and matched in ("", suffix):
            matched = suffix
            roots.add(st[: -len(suffix)] + replacement)
    forms: set[str] = set()
    for root in roots:
        changed = {root[: -len(a)] + b for a, b in alternations if root.endswith(a)}
        forms |= changed or {root}
    if inserted is not None:
        forms |= {m.group(1) + m.group(2) for m in map(inserted, list(forms)) if m}
    return {f for f in forms if len(f) >= min_root} - {st}


def related(code: str, stem: Callable[[str], str], want: str, have: str) -> bool:
    """Is a reference's word the relational adjective (or noun of action) of an answer's noun (or verb):
    "coastal" / "coasts", "речной" / "реке", "decision" / "decided"? One way only for an adjective: an answer's
    adjective for a reference's noun names another thing ("the aortic valve" is no "aorta"); a noun of action and
    its verb either way round, as in Russian ("the miners opposed" said "the opposition of the miners"). A Russian
    noun in the genitive plural says whose a thing is as its adjective does, so that way round too ("бога солнца
    инков" / "инкского бога солнца"); in another case it may be the thing itself ("аорта" is no "аортальный"). Two
    Russian nouns of one verb in "-овать", in "-овка" and "-ование", are one deed ("датировка" / "датирование")."""
    return _made_of(code, stem, want, have) or code == "en" and _action_of(stem, have, want) \
        or code == "ru" and (want.endswith(_GENITIVE_PLURAL) and _made_of(code, stem, have, want)
                             or _one_action(stem(want), stem(have)))


def _action_of(stem: Callable[[str], str], noun: str, verb: str) -> bool:
    """Is an English noun the noun of action of a verb ("opposition" / "opposed", "decision" / "decide")?"""
    return any(stem(noun[: -len(a)] + v) == stem(verb) for a, verbs in EN_ACTION_ENDINGS if noun.endswith(a)
               and len(noun) - len(a) >= (_ITION_ROOT if a == "ition" else MIN_ROOT + 1) for v in verbs)


def _made_of(code: str, stem: Callable[[str], str], adjective: str, noun: str) -> bool:
    have = stem(noun)
    if code == "en":
        return any(stem(n) == have for n in english_nouns(adjective) if n != noun or len(n) > MIN_ROOT) or any(
            stem(adjective[: -len(a)] + v) == have for a, verbs in EN_ACTION_ENDINGS if adjective.endswith(a)
            and len(adjective) - len(a) >= (_ITION_ROOT if a == "ition" else MIN_ROOT) for v in verbs)
    if code == "ru" and (noun.endswith(_RU_VERB_ENDINGS) and _russian_action(stem(adjective), have)
                         or adjective.endswith(_RU_VERB_ENDINGS) and _russian_action(have, stem(adjective))):
        return True  # a noun of action and its verb, either way round ("снабжение" / "снабжали")
    if code != "ru" or not adjective.endswith(_RU.adjective_endings) or adjective.endswith(_RU.verbal_noun_endings):
        return False
    roots = russian_nouns(stem(adjective), _SOFT_SK + _RU.relational_suffixes + _FULL_OF, _RU.alternations,
                          _INSERTED.match)
    roots |= {r[:-2] for r in roots if r.endswith(_ROOT_SUFFIXES) and len(r) >= 6}
    # a root of three letters meets a noun with an ending only: "морской" is of "море", not of "мор"
    if have in roots:
        return len(have) > MIN_ROOT or noun != have
    # the noun's root with its fleeting vowel dropped or kept: "ледовая" / "льдов", "песчаный" / "песок"
    return any(noun.startswith(r) and len(r) > MIN_ROOT or fleeting_root(r, have) or fleeting_vowel(r, have)
               for r in roots)  # "вулкан-а" (stem "вулка")


def _action_root(st: str) -> str:
    """The verb a Russian noun's stem in "-овк" or "-ован" is made from ("датировк", "датирован": "датирова"), or ""."""
    if st.endswith(("овк", "евк")):
        return st[:-1] + "а"
    return st[:-1] if st.endswith(("ован", "еван")) else ""


def _one_action(a: str, b: str) -> bool:
    """Are two Russian stems the nouns in "-овка" and "-ование" of one verb ("датировк" / "датирован")?"""
    return a != b and len(root := _action_root(a)) > _ACTION_ROOT and root == _action_root(b)


_ACTION_ROOT = 5  # letters at least of the verb two nouns of action share ("датирова", "маркирова")


def _russian_action(st: str, verb: str) -> bool:
    """Is a Russian stem a noun of action of a verb's stem ("строительств" / "постро", "открыт" / "откр")?"""
    for ending in RU_ACTION_ENDINGS:
        if st.endswith(ending) and len(st) - len(ending) >= MIN_ROOT:
            root = st[: -len(ending)]
            return any(verb.startswith(p) and _same_root(root, verb[len(p):]) for p in RU_VERB_PREFIXES)
    return False


def _same_root(root: str, verb: str) -> bool:
    """A verb's stem is the root, the root without its last vowel ("откры" / "откр"), or the root with
    the verb's own vowel ("снабж-ение" / "снабжа-ли", "предательств" / "преда-ли")."""
    return verb == root or (len(verb) >= 4 and len(root) == len(verb) + 1 and root.startswith(verb)
                            and root[-1] in "аеиоуыяэ") or (len(root) >= 4 and verb[:-1] == root and verb[-1] in "аяи")


_RU = RUSSIAN_TUTOR
_GENITIVE_PLURAL = ("ов", "ев")  # a Russian noun's ending in the genitive plural ("инков", "немцев")
# adjectives of what a thing is full of or made of, for the grader ("каменист-ые" / "камень", "болотист-ая" /
# "болото", "глинист-ые" / "глина"); the tutor's suffixes stay as they are
_FULL_OF = (("ист", ""),)
# an adjective in "-ьский" of a noun whose stem ends in a consonant ("ураль-ский" / "Урал", "генераль-ский" /
# "генерал", "сентябрь-ский" / "сентябрь"): the soft sign is the suffix's own, not the noun's (the longest suffix
# first: `russian_nouns` keeps the first that fits)
_SOFT_SK = (("ьск", ""),)
_INSERTED = re.compile(_RU.inserted_vowel)
