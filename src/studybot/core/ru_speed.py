"""Russian speed changed, said by the verb of its change: "автобус снижает скорость" is "автобус замедляется",
"сбавил ход" "замедлил", "теряет скорость" "замедляется", "набирает скорость" "ускоряется", and "скорость (автобуса)
падает" "(автобуса) замедляется", "скорость реакции растёт" "реакции ускоряется", "снижение скорости течения"
"замедление течения", "рост скорости" "ускорение". So a verb of lowering or raising
right before "скорость" (or "ход" after "сбавить" / "прибавить"), and "скорость" with at most one word after it (whose
speed it is) before a verb of falling or rising, are read as "замедлять" / "ускорять" in their aspect (Snowball gives
the reflexive and the plain verb one stem, so "замедляет" meets "замедляется"). Never where a figure or a factor
follows ("снизил скорость до 50 км/ч", "скорость выросла вдвое": the figure's change is read from its own words),
nor a comparative ("скорость выше" compares two things). And an event brought nearer is hastened: "война приблизила
революцию" is "ускорила революцию" (the transitive "приближать" / "приблизить", not before "к" in its clause: "приблизил
лодку к берегу" moves it; "приблизился" comes near). A rule of Russian, no word of a text."""

from __future__ import annotations

import re

__all__ = ["speed_change_said"]

_DOWN_IMPF = ("снижает снижают снижал снижала снижали сбавляет сбавляют сбавлял сбавляла сбавляли сбрасывает "
              "сбрасывают сбрасывал сбрасывала сбрасывали уменьшает уменьшают уменьшал уменьшала уменьшали понижает "
              "понижают понижал понижала понижали теряет теряют терял теряла теряли снижать сбавлять уменьшать терять")
_DOWN_PF = ("снизил снизила снизило снизили снизит снизят сбавил сбавила сбавило сбавили сбавит сбавят сбросил "
            "сбросила сбросило сбросили сбросит сбросят уменьшил уменьшила уменьшило уменьшили уменьшит уменьшат "
            "понизил понизила понизило понизили потерял потеряла потеряло потеряли потеряет потеряют "
            "утратил утратила утратило утратили снизить сбавить сбросить уменьшить потерять")
_UP_IMPF = ("увеличивает увеличивают увеличивал увеличивала увеличивали повышает повышают повышал повышала повышали "
            "набирает набирают набирал набирала набирали наращивает наращивают наращивал наращивала наращивали "
            "увеличивать повышать набирать наращивать")
_UP_PF = ("увеличил увеличила увеличило увеличили увеличит увеличат повысил повысила повысило повысили повысит "
          "повысят набрал набрала набрало набрали наберет наберут нарастил нарастила нарастило нарастили "
          "увеличить повысить набрать нарастить")
# "скорость" itself falling or rising (the point's thing, if named, stays in its place: "скорость автобуса падает")
_FALLS_IMPF = ("снижается снижаются снижалось снижалась падает падают падала падало уменьшается уменьшаются "
               "уменьшалась понижается понижаются понижалась")
_FALLS_PF = ("снизилась снизились упала упали уменьшилась уменьшились понизилась понизились")
_RISES_IMPF = ("растет растут росла увеличивается увеличиваются увеличивалась повышается повышаются повышалась "
               "возрастает возрастают возрастала нарастает нарастают нарастала")
_RISES_PF = ("выросла выросли увеличилась увеличились повысилась повысились возросла возросли")
# a noun of lowering or raising before "скорости": "снижение скорости (течения)" is "замедление (течения)"
_CASES = ("е", "я", "ю", "ем", "и")
_SLOWING = {f"{noun}{case}": "замедление" for noun in ("снижени", "уменьшени", "понижени", "падени")
            for case in _CASES}
_SPEEDING = {f"{noun}{case}": "ускорение" for noun in ("увеличени", "повышени", "возрастани") for case in _CASES}
_READ_NOUN = {**_SLOWING, **_SPEEDING, **{f"рост{case}": "ускорение" for case in ("", "а", "у", "ом", "е")}}
# (forms, the verb it is read as)
_TRANSITIVE = ((_DOWN_IMPF, "замедляет"), (_DOWN_PF, "замедлил"), (_UP_IMPF, "ускоряет"), (_UP_PF, "ускорил"))
_INTRANSITIVE = ((_FALLS_IMPF, "замедляется"), (_FALLS_PF, "замедлилась"), (_RISES_IMPF, "ускоряется"),
                 (_RISES_PF, "ускорилась"))
_READ_BEFORE = {form: verb for forms, verb in _TRANSITIVE for form in forms.split()}
_READ_AFTER = {form: verb for forms, verb in _INTRANSITIVE for form in forms.split()}
# "сбавил ход", "прибавил ходу": the ship's or the train's pace
_PACE = {**{f: "замедляет" for f in "сбавляет сбавляют сбавлял сбавляла сбавляли сбавлять".split()},
         **{f: "замедлил" for f in "сбавил сбавила сбавило сбавили сбавит сбавят сбавить".split()},
         **{f: "ускоряет" for f in "прибавляет прибавляют прибавлял прибавляла прибавляли прибавлять".split()},
         **{f: "ускорил" for f in "прибавил прибавила прибавило прибавили прибавит прибавят прибавить".split()}}
# what may not follow in the clause: a figure, a factor, a level reached, a comparison ("скорость выросла в два раза",
# "снизил скорость до 50 км/ч", "упала с сорока до двадцати", "выросла на треть": the change is the figure's)
_FIGURED = re.compile(r"\d|\b(?:до|вдвое|втрое|вчетверо|впятеро|вдесятеро|раза?|процент\w*|чем)\b|\b(?:в|на|с|со)\s+"
                      r"(?:одн|один|дв|тр|четыр|пят|шест|сем|восем|девят|десят|сорок|девяност|сто|двест|тысяч|"
                      r"полтор|половин|четверт|несколько)")
_CLAUSE_END = re.compile(r"[,.;:!?()]")
_BEFORE = re.compile(rf"\b({'|'.join(sorted(_READ_BEFORE, key=len, reverse=True))}) скорость\b")
_NOUNED = re.compile(rf"\b({'|'.join(sorted(_READ_NOUN, key=len, reverse=True))}) скорости\b")
_PACED = re.compile(rf"\b({'|'.join(sorted(_PACE, key=len, reverse=True))}) ходу?\b")
# an event brought nearer: "приблизил конец войны" is "ускорил" it (not "приблизил X к Y", a thing moved)
_HASTENED = {**dict.fromkeys("приближает приближают приближал приближала приближало приближали приближать".split(),
                             "ускоряет"),
             **dict.fromkeys("приблизил приблизила приблизило приблизили приблизит приблизят приблизить".split(),
                             "ускорил")}
_NEARER = re.compile(rf"\b({'|'.join(sorted(_HASTENED, key=len, reverse=True))})\b(?![^,.;:!?()]*\bко?\b)")
_AFTER = re.compile(rf"\bскорост[ьи]\s+(?:([^\W\d_]+)\s+)??({'|'.join(sorted(_READ_AFTER, key=len, reverse=True))})"
                    rf"\b")


def speed_change_said(text: str) -> str:
    """`text` (normalised Russian) with "снижает скорость" read as "замедляет", "скорость падает" as "замедляется",
    "приблизил конец" as "ускорил конец"."""
    if "скорост" in text:
        text = _BEFORE.sub(lambda m: _unless_figured(m, _READ_BEFORE[m.group(1)]), text)
        text = _NOUNED.sub(lambda m: _unless_figured(m, _READ_NOUN[m.group(1)]), text)
        text = _AFTER.sub(lambda m: _unless_figured(m, f"{m.group(1) + ' ' if m.group(1) else ''}"
                                                       f"{_READ_AFTER[m.group(2)]}"), text)
    if "прибли" in text:
        text = _NEARER.sub(lambda m: _HASTENED[m.group(1)], text)
    if " ход" in text:
        text = _PACED.sub(lambda m: _unless_figured(m, _PACE[m.group(1)]), text)
    return text


def _unless_figured(m: re.Match[str], read: str) -> str:
    """`read` for the words matched, unless the rest of their clause gives a figure or a factor of the change."""
    rest = m.string[m.end():]
    end = _CLAUSE_END.search(rest)
    return m.group(0) if _FIGURED.search(rest[:end.start()] if end else rest) else read
