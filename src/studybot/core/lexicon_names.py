"""General vocabulary of names of bodies and places, per language: the words every subject's names are
built from, never a name of one text. `name_parts` reads a name with them (what may drop, what a name
must keep), and `people` knows by them that a "who" card's answer is a body, not a person."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import COMPASS

__all__ = ["NAME_WORDS", "NameWords"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class NameWords:
    """The words of one language's names of bodies and places."""

    legal: frozenset[str]  # legal forms that may drop or stand for each other ("Company", "Co", "Ltd", "ООО")
    legal_first: frozenset[str]  # those written before the name ("ООО «...»")
    heads: frozenset[str]  # kinds of body a name ends in or is built on ("Society", "Institute", "завод")
    status: frozenset[str]  # qualifiers of rank, scope or direction, which tell no body from another ("Royal")
    adjectival: tuple[str, ...]  # endings of adjectives, in a language that marks them ("Приморское")
    kinds: dict[str, tuple[str, ...]]  # kinds of place that may drop before or after a name, and their abbreviations
    short_forms: dict[str, tuple[str, ...]]  # words of names and their abbreviations ("Bros.", "St.", "ун-т")
    generic: frozenset[str]  # common nouns of places, no name alone ("Town" of "Cape Town", "Бор")
    joiners: frozenset[str]  # small words inside a name that an acronym skips ("of", "and", "и", "по")
    inside: frozenset[str]  # those that join the capitalised words of one name ("Institute of Mining")


ENGLISH_NAMES = NameWords(
    legal=_words("company co corporation corp incorporated inc limited ltd llc plc gmbh ag"),
    legal_first=frozenset(),
    heads=_words(
        "society academy institute institution university college school association union council committee "
        "commission office bureau agency department ministry board foundation trust party league federation "
        "organisation organization museum library laboratory laboratories observatory hospital factory works "
        "brothers bros partners corps service authority administration directorate centre center movement "
        "alliance assembly congress parliament railway railways bank fund force exchange programme program group "
        "conference senate synod"),
    status=COMPASS | _words(
        "royal imperial national state federal international general central united public municipal regional "
        "provincial county city main higher supreme research upper lower great new old"),
    adjectival=(),
    kinds={"lake": (), "river": (), "mount": ("mt",), "cape": (), "island": ("isl",), "isle": (), "strait": (),
           "gulf": ()},
    short_forms={"brothers": ("bros",), "association": ("assn", "assoc"), "department": ("dept",),
                 "university": ("univ",), "institute": ("inst",), "international": ("intl",), "national": ("natl",),
                 "saint": ("st",), "fort": ("ft",), "society": ("soc",), "street": ("st",), "road": ("rd",),
                 "avenue": ("ave",)},
    generic=_words("town city village district point harbour harbor bay falls valley hill hills sound strait "
                   "field fields park station bridge gate"),
    joiners=_words("of the and for on in at to"),
    inside=_words("of for on"),
)

RUSSIAN_NAMES = NameWords(
    legal=_words("ооо оао зао пао ао нао тоо гуп муп фгуп"),
    legal_first=_words("ооо оао зао пао ао нао тоо гуп муп фгуп"),
    heads=_words(
        "общество академия институт университет училище школа ассоциация союз совет комитет комиссия управление "
        "бюро агентство министерство ведомство фонд партия лига федерация организация музей библиотека "
        "лаборатория обсерватория больница завод фабрика комбинат товарищество компания корпорация объединение "
        "трест служба центр движение собрание съезд банк фонд биржа дума сенат синод сейм парламент конгресс"),
    status=_words("государственный государственная государственное императорский императорская императорское "
                  "национальный национальная национальное федеральный федеральная федеральное международный "
                  "международная международное центральный центральная центральное главный главная главное "
                  "всероссийский всероссийская всероссийское всесоюзный всесоюзная всесоюзное российский "
                  "российская российское научный научная научное высший высшая высшее"),
    adjectival=("ий", "ый", "ой", "ая", "яя", "ое", "ее"),
    kinds={"озеро": ("оз",), "река": ("р",), "гора": (), "мыс": (), "остров": ("о", "о-в"), "полуостров": ("п-ов",),
           "город": ("г",), "село": ("с",), "деревня": ("д",), "поселок": ("пос",)},
    short_forms={"университет": ("ун-т",), "институт": ("ин-т",), "имени": ("им",), "академия": ("акад",)},
    generic=_words("город село бор поле гора река остров лес мост"),
    joiners=_words("и по для на в при о об с"),
    inside=frozenset(),
)

NAME_WORDS = {"en": ENGLISH_NAMES, "ru": RUSSIAN_NAMES}
