"""Units outside the metric core, in English and Russian: US customary and imperial volumes,
masses and lengths, the old Russian measures (верста, аршин, сажень, пуд, фунт, ведро),
pressures (bar, atmospheres, mmHg, psi, torr), energies (calories, BTU) and horsepower.
General vocabulary only: every unit here is one any text on any subject may use.

Rules of reading, each a rule of the language, not of one text:
- a bare "gallon" ("pint", "quart", "fluid ounce") is the US one; a card whose unit says
  "imperial" (or "UK", "имперский", "английский") reads the learner's bare "gallons" as its own
  gallons, since a learner repeats the unit of the text (`imperial_reading`);
- "pound"/"фунт" after a figure is money or a mass: money where the text writes "£", "sterling"
  or a word of paying or price next to it (`priced`); otherwise both readings are offered and
  the card's unit decides (a card whose unit is "pounds" is a mass unless its own text is
  about money: `pound_card_is_mass`); the Russian фунт is the Russian pound (409.5 g), the
  English pound the avoirdupois one (453.6 g);
- a bare "ton" stays the metric tonne (how most texts and translations use it); "short ton",
  "long ton" and "metric ton" say which;
- "in" is an inch only after a figure at the end of a phrase ("12 in", "12 in."), never in
  "1 in 4"; ″ and '' after a figure are inches, ′ and ' feet ("5'10''").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from .quantities import Quantity

__all__ = ["CUSTOMARY_MEASURES", "POUNDS", "customary_phrases", "imperial_reading", "joined_measures",
           "pound_card_is_mass", "pound_factor", "priced"]

CustomaryKind = Literal["length", "mass", "volume", "pressure", "energy", "power"]

_US_GALLON: Final = 3.785411784e-3  # cubic metres
_IMPERIAL_GALLON: Final = 4.54609e-3


def _forms(kind: CustomaryKind, factor: float, words: str) -> dict[str, tuple[CustomaryKind, float]]:
    return dict.fromkeys(words.split("|"), (kind, factor))


CUSTOMARY_MEASURES: Final[dict[str, tuple[CustomaryKind, float]]] = {
    # volumes, in cubic metres
    **_forms("volume", _US_GALLON, "gal|gallon|gallons|us gallon|us gallons|us gal|галлон|галлона|галлонов|галлоны"
             "|галлонах"),
    **_forms("volume", _IMPERIAL_GALLON, "imperial gallon|imperial gallons|uk gallon|uk gallons|imp gal"
             "|имперский галлон|имперских галлонов|имперского галлона|английский галлон|английских галлонов"),
    **_forms("volume", _US_GALLON / 4, "quart|quarts|qt|кварта|кварты|кварт|кварту"),
    **_forms("volume", _US_GALLON / 8, "pint|pints|us pint|us pints|пинта|пинты|пинт|пинту"),
    **_forms("volume", _IMPERIAL_GALLON / 8, "imperial pint|imperial pints|uk pint|uk pints"),
    **_forms("volume", _US_GALLON / 128, "fluid ounce|fluid ounces|fl oz|fl. oz|fl. oz.|жидкая унция"
             "|жидких унций|жидкой унции|жидкие унции"),
    **_forms("volume", _US_GALLON / 16, "cup|cups"),
    **_forms("volume", 0.158987294928, "barrel|barrels|bbl|баррель|барреля|баррелей|баррели|баррелях"),
    **_forms("volume", 0.03523907016688, "bushel|bushels|бушель|бушеля|бушелей|бушели"),
    **_forms("volume", 0.01229941, "ведро|ведра|ведер|ведрах"),
    # masses, in kilograms
    **_forms("mass", 0.028349523125, "oz|ounce|ounces|унция|унции|унций|унцию"),
    **_forms("mass", 0.0311034768, "troy ounce|troy ounces|ozt|тройская унция|тройских унций|тройской унции"
             "|тройские унции"),
    **_forms("mass", 6.35029318, "stone"),
    **_forms("mass", 907.18474, "short ton|short tons|американская тонна|американских тонн|короткая тонна"
             "|коротких тонн"),
    **_forms("mass", 1016.0469088, "long ton|long tons|английская тонна|английских тонн|длинная тонна"
             "|длинных тонн"),
    **_forms("mass", 1000.0, "metric ton|metric tons|метрическая тонна|метрических тонн|метрической тонны"
             "|метрические тонны|метрическую тонну"),
    **_forms("mass", 64.79891e-6, "grain|grains|гран|грана|гранов"),
    **_forms("mass", 0.2e-3, "carat|carats|карат|карата|каратов"),
    **_forms("mass", 16.3804964, "pood|poods|пуд|пуда|пудов|пуды"),
    **_forms("mass", 4.26575417e-3, "золотник|золотника|золотников"),
    **_forms("mass", 100.0, "центнер|центнера|центнеров|центнеры"),
    # lengths, in metres (inch, foot, yard and mile in English are in `quantities`)
    **_forms("length", 0.0254, "дюйм|дюйма|дюймов|дюймы|дюймах"),
    **_forms("length", 0.3048, "фут|фута|футов|футы|футах"),
    **_forms("length", 0.9144, "ярд|ярда|ярдов|ярды|ярдах"),
    **_forms("length", 1609.344, "миля|мили|миль|милю|милях"),
    **_forms("length", 1852.0, "nautical mile|nautical miles|nmi|морская миля|морские мили|морских миль|морской мили"
             "|морскую милю"),
    **_forms("length", 1.8288, "fathom|fathoms"),
    **_forms("length", 4828.032, "league|leagues"),
    **_forms("length", 201.168, "furlong|furlongs"),
    **_forms("length", 1066.8, "verst|versts|versta|верста|версты|верст|версту|верстах"),
    **_forms("length", 0.7112, "arshin|arshins|аршин|аршина|аршинов"),
    **_forms("length", 2.1336, "sazhen|sazhens|сажень|сажени|саженей|саженях"),
    **_forms("length", 0.04445, "вершок|вершка|вершков"),
    # the astronomers' lengths: the light-year, the parsec and its thousands and millions
    **_forms("length", 9.4607304725808e15, "light-year|light-years|light year|light years|lightyear|lightyears|ly"
             "|световой год|светового года|световых года|световых лет|световом году|световые годы"),
    **_forms("length", 3.0856775814913673e16, "parsec|parsecs|парсек|парсека|парсеков|парсеках"),
    **_forms("length", 3.0856775814913673e19, "kiloparsec|kiloparsecs|kpc|килопарсек|килопарсека|килопарсеков|кпк"),
    **_forms("length", 3.0856775814913673e22, "megaparsec|megaparsecs|mpc|мегапарсек|мегапарсека|мегапарсеков|мпк"),
    # pressures, in pascals (pascals with SI prefixes are in `si_units`)
    **_forms("pressure", 100.0, "hpa|hectopascal|hectopascals|гпа|гектопаскаль|гектопаскаля|гектопаскалей"
             "|mbar|millibar|millibars|мбар|миллибар|миллибара|миллибаров"),
    **_forms("pressure", 1e3, "kpa"),
    **_forms("pressure", 1e5, "bar|bars|бар|бара|баров|барах"),
    **_forms("pressure", 101325.0, "atm|atmosphere|atmospheres|атм|атмосфера|атмосферы|атмосфер|атмосферу|атмосферах"),
    **_forms("pressure", 133.322387415, "mmhg|mm hg|mm of mercury|millimetres of mercury|millimeters of mercury"
             "|мм рт. ст.|мм рт.ст.|мм рт ст|мм. рт. ст.|миллиметров ртутного столба|миллиметра ртутного столба"),
    **_forms("pressure", 101325.0 / 760, "torr|торр"),
    **_forms("pressure", 6894.757293168, "psi"),
    # energies, in joules (joules and watt-hours with SI prefixes are in `si_units`)
    **_forms("energy", 1e3, "kj|кдж"),
    **_forms("energy", 4.184, "cal|calorie|calories|кал|калория|калории|калорий|калорию"),
    **_forms("energy", 4184.0, "kcal|kilocalorie|kilocalories|ккал|килокалория|килокалории|килокалорий"),
    **_forms("energy", 3.6e6, "kw·h|kw h|kw-h|kilowatt hour|kilowatt hours|квт ч|квт*ч|квт-ч|квт.ч"),
    **_forms("energy", 1055.05585262, "btu|btus|british thermal unit|british thermal units|бте"),
    # powers, in watts (watts with SI prefixes are in `si_units`)
    **_forms("power", 1e3, "kw|квт"),
    **_forms("power", 1e9, "gw|гвт"),
    **_forms("power", 745.69987158, "hp|bhp|horsepower|horsepowers"),
    **_forms("power", 735.49875, "л. с.|л.с.|лошадиная сила|лошадиные силы|лошадиных сил|лошадиной силы"
             "|лошадиную силу|metric horsepower"),
}

# "pound" after a figure: money or a mass (see the module's rules)
POUNDS: Final = frozenset(("pound", "pounds", "фунт", "фунта", "фунтов"))
_PRICE: Final = re.compile(
    r"\b(?:pa(?:y|id|ying|ys)|cost\w*|price\w*|spen[dt]\w*|sold|sell\w*|bought|buy\w*|earn\w*|wage\w*|salar\w*"
    r"|fee|fees|fine|fined|tax\w*|worth|budget\w*|sterling|prize\w*|reward\w*|bonus\w*|grant\w*|плат\w*|заплат\w*|стои\w*|стоимост\w*|цен\w*"
    r"|продал\w*|продава\w*|купил\w*|покупа\w*|потрат\w*|жалован\w*|зарплат\w*|налог\w*|штраф\w*"
    r"|стерлинг\w*|преми\w*|вознагражд\w*|выплат\w*|выплачива\w*|гонорар\w*)\b|£")


def pound_factor(word: str) -> float:
    """Kilograms in one pound as written: the Russian фунт (409.5 g) or the English pound (453.6 g)."""
    return 0.40951241 if word.startswith("фунт") else 0.45359237


def priced(text: str, start: int, end: int) -> bool:
    """Is a figure of pounds at text[start:end] about money: a word of paying or price within a few
    words of it ("paid 5 pounds", "5 pounds a week in wages", "стоил 5 фунтов")?"""
    return _PRICE.search(text[max(0, start - 40):end + 30]) is not None


def pound_card_is_mass(unit: str, wording: str) -> bool:
    """Is a card whose unit is "pounds"/"фунтов" asking a mass? Yes unless its own prompt and answer
    are about money (a price word, "£", "sterling")."""
    return unit.strip().rstrip(".") in POUNDS and _PRICE.search(wording.casefold()) is None


_INCH_MARK = re.compile(r"(?<!['\w.,])(\d+(?:[.,]\d+)?)\s?(?:″|'')")  # (not a figure in quotes: "'5''")
_FOOT_MARK = re.compile(r"(?<!['\w.,])(\d+(?:[.,]\d+)?)\s?(?:′|')(?!'|\d{3}\b|[^\W\d_])")
_INCH_WORD = re.compile(r"(?<=\d)\s?in\b\.?(?=\s*(?:$|[,;:)!?]|\.(?:\s|$)|\s(?:long|wide|high|deep|tall|across"
                        r"|thick|in diameter)\b))")
_CUBIC = re.compile(r"\b(?:cu\.?|куб\.)\s?(?=ft|feet|foot|in|inch|inches|yd|yard|yards|м|см|m|cm)\b")
_HINT: Final = re.compile(r"[″′']|\d\s?in\b|\bcu\b|куб\.")


# roubles and kopecks both abbreviated, with their dots: "7 руб. 50 коп.", "7 р. 50 к." (one sum, as "7 рублей 50
# копеек"; a dot after a figure's unit elsewhere may end a sentence, and "р." alone may be a river)
_ROUBLES_KOPECKS: Final = re.compile(r"(?<![\w.,])(\d+)\s*(?:руб|р)\.\s*(\d{1,2})\s*(?:коп|к)(?:\.|(?![\w.]))")


def customary_phrases(text: str) -> str:
    """Marks and short forms of these units as words the figures' reader knows (normalised text):
    "5'10''" -> "5 ft 10 inch", "12 in." -> "12 inch", "cu ft" -> "cubic ft", "7 р. 50 к." -> "7 руб 50 коп"."""
    if "." in text:
        text = _ROUBLES_KOPECKS.sub(r"\1 руб \2 коп ", text)
    if not _HINT.search(text):
        return text
    text = _FOOT_MARK.sub(r"\1 ft ", text)
    text = _INCH_MARK.sub(r"\1 inch", text)
    text = _INCH_WORD.sub(" inch", text)
    return _CUBIC.sub("cubic ", text)


_IMPERIAL_CARD: Final = re.compile(r"\b(?:imperial|uk|british|imp|имперск\w*|английск\w*|британск\w*)\b")
_US_WORD: Final = re.compile(r"\b(?:us|american|американск\w*)\b")
_IMPERIAL_OF: Final = {  # a bare US unit's factor -> the imperial one's
    _US_GALLON: _IMPERIAL_GALLON, _US_GALLON / 4: _IMPERIAL_GALLON / 4, _US_GALLON / 8: _IMPERIAL_GALLON / 8,
    _US_GALLON / 128: _IMPERIAL_GALLON / 160,
}


def imperial_reading(value: float, scale: float, text: str, card_unit: str) -> tuple[float, float] | None:
    """A bare gallon (quart, pint, fluid ounce) of an answer on a card whose unit is the imperial one:
    (value, scale) read in the imperial unit; None when the card or the answer says nothing of it."""
    unit = card_unit.casefold()
    if not _IMPERIAL_CARD.search(unit) or _US_WORD.search(text) or _IMPERIAL_CARD.search(text):
        return None
    for us, imperial in _IMPERIAL_OF.items():
        if abs(scale - us) <= us * 1e-9:
            return value / scale * imperial, imperial
    return None


_JOIN: Final = re.compile(r"\s*(?:(?:and|и)(?![^\W\d_])\s*)?")  # (a figure's match may hold the space before it)
_JOINED_KINDS: Final = frozenset(("length", "mass", "volume", "money"))


_Found = tuple["Quantity", int, int]


def joined_measures(text: str, found: list[_Found]) -> list[_Found]:
    """A length, mass, volume or sum of money written in two units read as one, in the smaller unit: "5 ft 10
    inch", "6 stone 4 lb", "2 пуда 10 фунтов", "3 аршина и 2 вершка", "1 m 20 cm", "7 рублей 50 копеек", "3
    dollars 25 cents". The first part is a whole number of the larger unit, the second less than one of it (of the
    same currency), side by side or joined by "and"/"и"."""
    out: list[_Found] = []
    for q, start, end in found:
        before = [k for k, (_, at, _) in enumerate(out) if at < start]  # (past another reading of one figure:
        if before and _joins(text, out[before[-1]], q, start):  # "10 фунтов" is money too)
            first, at, _ = out[before[-1]]
            out[before[-1]] = (replace(q, value=first.value + q.value, text=text[at:end].strip()), at, end)
            continue
        out.append((q, start, end))
    return out


def _joins(text: str, before: _Found, q: Quantity, start: int) -> bool:
    first, _, end = before
    if first.kind != q.kind or q.kind not in _JOINED_KINDS or not 0 < q.scale < first.scale * (1 - 1e-9):
        return False
    whole = first.value / first.scale
    gap = text[end:start]  # (not across a dot, "7 руб. 50 коп.": it moved a labelled verdict the wrong way)
    return abs(whole - round(whole)) < 1e-9 and 0 <= q.value < first.scale and first.unit == q.unit \
        and _JOIN.fullmatch(gap) is not None
