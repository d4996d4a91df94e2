"""General Russian that learners' own words use for a text's wording (read by `lexicon_ru.RUSSIAN`): a thing
said absent after its name, near-synonyms of general words, opposites, set phrases. Only data, and only words
any text on any subject uses: nothing here names a word of one text.
"""

from __future__ import annotations

from .lexicon_composition import RU_COMPOSED_OF

__all__ = ["RU_AFTER_NEGATORS", "RU_KEPT", "RU_NEAR_SYNONYMS", "RU_OPPOSITES", "RU_PHRASES", "RU_REMOVING"]

# a thing said absent after its name ("флота не было", "денег нет"): the genitive of negation, in any order
RU_AFTER_NEGATORS = frozenset(("нет", *(f"не {verb}" for verb in (
    "было", "будет", "имелось", "имеется", "имелись", "имеются", "существовало", "существует", "существовали",
    "существуют", "осталось", "остается", "оказалось", "стало"))))


def _forms(*stems: str) -> tuple[str, ...]:
    """A verb's forms from its stems: "нагрева" gives "нагревать", "нагревает", "нагреваются", "нагревали" ..."""
    endings = ("ть", "ет", "ют", "л", "ла", "ло", "ли", "ться", "ется", "ются", "лся", "лась", "лось", "лись")
    return tuple(stem + ending for stem in stems for ending in endings)


_HEATING = (*_forms("гре", "нагре", "нагрева", "прогре", "прогрева", "разогре", "разогрева", "подогре", "подогрева"),
            # growing warm, said of the weather ("потеплело" / "стало теплее")
            "потеплеть", "потеплел", "потеплела", "потеплело", "потеплели", "теплеет", "теплеют", "потеплеет")
# (not "остывать": one letter from "оставаться", a slip the grader forgives would make "remained" "cooled")
_COOLING = (*_forms("охлажда", "остужа"), "охладить", "охладил", "охладила", "охладило", "охладили", "охладиться",
            "охладился", "охладилась", "охладилось", "охладились", "остудить", "остудил", "остудила", "остудили",
            "похолодать", "похолодал", "похолодала", "похолодало", "похолодали", "холодает", "похолодает")

# general words a learner's own words put for the text's: alike, ships, money, wanting, joining
RU_NEAR_SYNONYMS = (
    ("похожий", "похожи", "сходный", "сходны", "подобный", "подобны"),
    ("флот", "флота", "корабль", "корабли", "кораблей", "суда", "судов"),
    ("деньги", "денег", "средства", "средств"),
    ("хотеть", "хотел", "хотела", "хотели", "хочет", "хотят", "желать", "желал", "желала", "желали", "желает",
     "желают"),
    ("присоединиться", "присоединяться", "присоединился", "присоединились", "примкнуть", "примкнул", "примкнули",
     "примыкать"),
    # heating and cooling, said with the bare verb or another prefix ("грели" / "нагревали",
    # "прогревается" / "нагревается", "остужали" / "охлаждали")
    _HEATING,
    _COOLING,
    # doing a thing again ("опять грели" / "снова нагревали", "заново нагревать")
    ("снова", "опять", "вновь", "заново", "повторно"),
)

# taking a thing away, and getting rid of it ("удаляют сорняки" / "избавляются от сорняков", "убирают", "устраняют"):
# read by the grader only (`answer_groups`), as "get rid of" for "remove"
RU_REMOVING = ("удалить", "удалять", "удаляет", "удаляют", "удаление", "убрать", "убирать", "убирают", "уборка",
               "устранить", "устранять", "устраняют", "устранение", "избавиться", "избавляться", "избавляется",
               "избавляются", "избавление")

RU_OPPOSITES = (
    ("улучшить", "ухудшить"), ("улучшиться", "ухудшиться"), ("улучшение", "ухудшение"), ("лучше", "хуже"),
    ("полностью", "частично"), ("целиком", "частично"), ("полный", "частичный"),
    ("раньше", "позже"), ("раньше", "позднее"),  # earlier / later: "замерзает позже" is not "раньше замерзает"
    # how much, said the other way: "слегка сжимается" is not "сильно сжимается" (`lexicon_degree.INTENSIFIERS`)
    *((a, b) for a in ("сильно", "значительно", "существенно", "намного", "гораздо", "заметно")
      for b in ("слегка", "немного", "чуть", "незначительно", "несильно")),
    ("резко", "плавно"), ("резко", "постепенно"), ("заметно", "незаметно"),
    # an equality is no comparison: "ионов поровну" is not "ионов одного больше"
    *((a, b) for a in ("равный", "равны", "равно", "одинаковый", "одинаково", "поровну") for b in ("больше", "меньше")),
    # too little of a thing and too much of it: "избыток рабочих" is no "нехватка рабочих"
    # seeing a thing and paying it no heed, as "recognise" / "ignore" (lexicon.ANTONYM_PAIRS)
    *((a, b) for a in ("признать", "признавать") for b in ("игнорировать", "проигнорировать")),
    # ("нехватка" is read as "нужно больше": `lexicon_negative`)
    *((a, b) for a in ("нехватка", "нужно", "недостаток", "дефицит") for b in ("избыток", "излишек", "профицит")),
)

# verbs of keeping, which say a state stays ("сохраняется неизменным", as "остаётся прежним")
RU_KEPT = ("сохраняется", "сохраняются", "сохранялся", "сохранялось", "сохранилось", "сохранился", "сохранилась",
           "сохранились")

# becoming so said by the verb of becoming so: "стал сильнее" is "усилился", "стала слабее" is "ослабла", "становится
# теплее" is "нагревается" (more of them, read only where nothing is compared: `ru_becoming`)
_BECAME = ("стал", "стала", "стало", "стали", "становился", "становилась", "становилось", "становились", "станет",
           "станут", "становится", "становятся")

# a price said by its verb: "стоили дорого" is "были дорогими", "стоит дешевле" is "дешевле" (as English "costs
# more" is "more expensive": `comparisons`); the verb goes, the word of price stays
_COST = ("стоит", "стоят", "стоил", "стоила", "стоило", "стоили", "стоить", "будет стоить",
         "будут стоить")
_PRICE = ("дорого", "дешево", "недорого", "дороже", "дешевле", "очень дорого", "очень дешево", "слишком дорого")
# "дорого" said as its adjective: its Snowball stem ("дор-ого") is not that of "дорогой", "дорогие"
_PRICE_WORD = {"дорого": "дорогой", "недорого": "недорогой", "очень дорого": "очень дорогой",
               "слишком дорого": "слишком дорогой"}

RU_PHRASES = {
    **RU_COMPOSED_OF,  # "построен из" is "состоит из"
    **_PRICE_WORD,
    **{f"{verb} {price}": _PRICE_WORD.get(price, price) for verb in _COST for price in _PRICE},
    **{f"{price} {verb}": _PRICE_WORD.get(price, price) for verb in _COST for price in _PRICE},
    # a count of times said in one word: "делится дважды" is "делится два раза" (not "однажды": also "one day")
    **{"дважды": "два раза", "трижды": "три раза", "четырежды": "четыре раза"},
    **{f"{verb} {degree}": change for verb in _BECAME
       for degree, change in (("сильнее", "усилился"), ("слабее", "ослаб"), ("теплее", "нагрелся"),
                              ("горячее", "нагрелся"), ("холоднее", "охладился"))},
    # how often, said by "каждый" or in one word: "каждый год" is "ежегодно" (and "ежегодная" its adjective)
    **{"каждый год": "ежегодно", "каждый день": "ежедневно", "каждую неделю": "еженедельно",
       "каждый месяц": "ежемесячно", "каждый час": "ежечасно", "каждый квартал": "ежеквартально"},
    # a part said as "not whole": "не полностью" is "частично"
    **dict.fromkeys(("не полностью", "не целиком", "не до конца", "не совсем"), "частично"),
    # a thing kept is a thing unchanged: "число сохраняется" is "число не меняется"
    **dict.fromkeys(("сохраняется", "сохраняются", "сохранялся", "сохранялась", "сохранялось", "сохранялись"),
                    "не меняется"),
}
