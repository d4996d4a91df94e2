"""A sum asked as money said as a share of another sum: "how much did a buyer pay to cancel?" is answered by "by paying
three and a half per cent of the agreed price", "how did the price of a printed book compare with a manuscript?" by
"a printed book cost roughly one-fifth as much as a manuscript". A share of a price, a cost or a sum is how much was
paid, as a figure of money is; a share of anything else ("20% of the crew") is not. English only (`_OF_MONEY`); a
language without its forms here asks a figure of money as before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["share_of_money"]

# after a share, what it is a share of: a word for money, up to two words after "of" ("of the agreed price"), or "as
# much as" another thing ("one-fifth as much as a manuscript")
_OF_MONEY = {"en": r"(?:%|\bper ?cent|\bpercent|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths))"
                   r"(?: of (?:the |a |an |its |their |his |her )?(?:[\w'-]+ ){{0,2}}(?:{money})\b| as much as\b)"}


def share_of_money(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage say as a share of a sum the money a question asks for ("how much did X pay?": "paying 3.5% of
    the price")? The words for money are the language's (`TutorWords.money_words`)."""
    pattern = _OF_MONEY.get(words.code)
    if pattern is None or "money" not in q.wants.measures or "percent" not in doc.traits.kinds:
        return False
    money = "|".join(sorted(words.tw.money_words))  # "price", "cost", "funds" ... (`TutorWords.money_words`)
    return re.search(pattern.format(money=money), normalise(doc.text)) is not None
