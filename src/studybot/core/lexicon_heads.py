"""Words that stand for a noun already named (general language data, per language; nothing from one text).

A pro-form ("the secondary ones", "the left one") takes the place of the head noun of a noun phrase whose
modifiers are said: the noun is the one the question or the right answer names. Russian leaves the noun out
instead ("вторичные"), so it has none.
"""

from __future__ import annotations

__all__ = ["MEANS_HEADS", "PRO_FORMS"]

# by the pack's language: the words, as written (before number words become digits: "one" is a figure too)
PRO_FORMS: dict[str, frozenset[str]] = {
    "en": frozenset(("one", "ones")),
}

# Russian general nouns of a means or a facility, named by a relative adjective of the thing it serves: the pair says
# no more than that thing's noun ("телеграфные линии" / "телеграф", "телефонная связь" / "телефон"); as written
MEANS_HEADS: dict[str, tuple[str, ...]] = {
    "ru": ("линия", "линии", "линий", "линиям", "линиями", "линиях", "линию", "линией", "сеть", "сети", "сетей",
           "сетью", "сетями", "сетях", "связь", "связи", "связью", "система", "системы", "систему", "системой",
           "системе", "систем", "системами", "системах", "служба", "службы", "службу", "службой", "службе",
           "аппарат", "аппараты", "аппарата", "аппаратов", "аппаратом", "аппаратами", "аппаратура", "аппаратуры",
           "аппаратуру", "аппаратурой", "оборудование", "оборудования", "оборудованием", "оборудованию"),
}
