"""A sum of money said by the name of one coin or unit, with no figure: "cost more than a shilling", "a ticket was a
penny", "стоил рубль", "за копейку". A reader takes "a shilling" as one shilling, a price, as "12 pence" is; so such a
passage gives a sum of money ("money" among its figures' kinds, `MONEY_KEY`) for "how much did X cost?", "сколько
стоил X?". English says one of a unit with "a"/"an" before its singular; Russian by the noun alone, in the nominative
or accusative singular, and takes it as a price after a verb of price or "за"/"по" ("стоил рубль", "за копейку"), not
where the currency is spoken of ("рубль подешевел"). Words that name other things as well are left out: "a pound"
(of butter), "a mark", "a crown", "a yen", "a guinea pig"; "марка" (a stamp), "фунт" (a weight), "лира" (a lyre)."""

from __future__ import annotations

import re

__all__ = ["says_lone_money"]

_EN = re.compile(
    r"\b(?:a|an|half a)\s+(?:penny|halfpenny|farthing|sixpence|shilling|dollar|cent|franc|rouble|ruble|euro|florin"
    r"|guilder|ducat|thaler|livre|rupee|peso|kopeck|kopek)\b(?!\s+(?:of|coin|piece|note|bill)s?\b)")
_RU = re.compile(
    r"\b(?:стои\w*|стоил\w*|обош\w*|обходил\w*|плати\w*|заплати\w*|брали|берут|продавал\w*|продавали|за|по)"
    r"(?:\s+(?:всего|лишь|целый|целую|больше|меньше|дороже|дешевле|почти|около|не))*"
    r"\s+(?:рубль|рублю|копейк[ау]|копейке|гривенник|гривеннику|алтын|пятак|полтинник|червонец|доллар|франк"
    r"|шиллинг|пенс|талер|гульден|дукат|ливр|юань|евро)\b")


def says_lone_money(joined: str, code: str) -> bool:
    """Does a passage (its words joined, lower case) give a sum of money by one unit's name alone ("a shilling",
    "стоил рубль")?"""
    if code == "ru":
        return _RU.search(joined) is not None
    if code == "en":
        return _EN.search(joined) is not None
    return False
