"""A keypoint's day told by its weather, said as that weather (issue #11): "warm weather made the syrup runny" makes
"a warm day", "the weather was cold" "the night was cold"; in Russian "тёплая погода" makes "тёплый день". The point
is tried once more with "weather" ("погода") in the place of its noun of a day or a time of day ("day", "morning",
"night"; "день", "утро", "ночь"), where the answer says "weather" and the point's noun goes with an adjective of
weather ("warm", "wet", "windy"; "тёплый", "дождливый": `WEATHER`), before it ("a warm day") or after a verb of being
("the day was warm"). Only that way round: a point about the weather is not made by one day of it; and no other word
of the point is touched, so "cold weather" is still no "a warm day". General words, none of a text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import normalise

__all__ = ["WEATHER", "weather_wordings"]

# adjectives that say what the weather of a time was (in Russian their stems, "е" for "ё" as `normalise` writes it)
WEATHER = frozenset("warm hot cold cool mild wet dry windy rainy sunny cloudy foggy stormy freezing humid frosty "
                    "snowy chilly damp muggy".split())
_RU_WEATHER = ("тепл", "жарк", "знойн", "холодн", "прохладн", "морозн", "дождлив", "ветрен", "солнечн", "пасмурн",
               "туманн", "сыр", "сух", "влажн", "душн")


def _patterns(adjective: str, times: str, being: str, weather: str) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    before = re.compile(rf"(?<!\w)({adjective}(?:,? (?:and |и )?{adjective})*) {times}(?!\w)")  # "a cold, wet night"
    after = re.compile(rf"(?<!\w){times} ({being}) ({adjective})(?!\w)")  # "the day was warm"
    return before, after, weather


_FRAMES = {
    "en": _patterns("(?:" + "|".join(sorted(WEATHER)) + ")",
                    "(?:day|days|morning|mornings|afternoon|afternoons|evening|evenings|night|nights)",
                    "was|were|is|are|had been", "weather"),
    "ru": _patterns("(?:" + "|".join(_RU_WEATHER) + r")\w{1,3}",
                    "(?:день|дня|дню|днем|дне|дни|дней|утро|утра|утром|утре|вечер|вечера|вечером|вечере|ночь|ночи|"
                    "ночью)", "был|была|было|были|выдался|выдалась|выдалось", "погода"),
}
_SAID = {"en": re.compile(r"\bweather\b"), "ru": re.compile(r"(?<!\w)погод")}


def weather_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording whose day or time of day is told by its weather, with "weather" in that noun's place, where the
    answer says "weather"."""
    frames = _FRAMES.get(got.lang.code)
    if frames is None or not _SAID[got.lang.code].search(normalise(got.written)):
        return ()
    before, after, weather = frames
    out: list[str] = []
    for text in wordings:
        mine = normalise(text)
        turned = after.sub(rf"{weather} \1 \2", before.sub(rf"\1 {weather}", mine))
        if turned != mine:
            out.append(turned)
    return tuple(out)
