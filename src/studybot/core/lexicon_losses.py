"""Russian verbs of losing or destroying a thing, every form a learner writes (as `lexicon.ENGLISH.losses` for
English): "лишилась мощи", "утратил авторитет", "потеряли флот", "мощь подорвана", "армия разгромлена" (or
"разбита"). Only data, and only words any text on any subject uses (`losses.lost_alike`)."""

from __future__ import annotations

__all__ = ["RU_LOSSES"]

_VERBS = ("лишил", "утратил", "потерял", "подорвал", "разрушил", "уничтожил", "разгромил", "разбил")
_PASSIVE = ("подорван", "разрушен", "уничтожен", "разгромлен", "утрачен", "потерян", "разбит")

RU_LOSSES = frozenset(
    {f"{v}{e}" for v in _VERBS for e in ("", "а", "о", "и")}
    | {f"{v}{e}" for v in ("лишил",) for e in ("ся", "ась", "ось", "ись")}
    | {f"{p}{e}" for p in _PASSIVE for e in ("", "а", "о", "ы")}
    | {"лишиться", "утратить", "потерять", "подорвать", "разрушить", "уничтожить", "разгромить", "теряет", "теряют",
       "утрачивает", "утрачивают", "лишается", "лишаются"}
)
