"""A short answer that matches a right wording but names another one of its kind: a ruler's number the pack never gives
that name ("Ferdinand VII" where the pack's Ferdinand is "the future Ferdinand IV": `reign_added`), or, in Russian,
an adjective of a name in capitals put in the place of the wording's own ("Тотемский совет ремесленных старост" for
"Вельский совет ремесленных старост": `qualified_heads.name_qualifier_replaced`)."""

from __future__ import annotations

from ..matching import Prepared
from ..packs import Card
from .qualified_heads import name_qualifier_replaced
from .reign_added import numbered_names, other_reign
from .short import ShortGrading
from .verdict import Verdict, wrong

__all__ = ["AddedNamesGrading"]


class AddedNamesGrading(ShortGrading):
    """`ShortGrading` whose matched wordings name no other ruler or body of the same name."""

    def _added(self, card: Card, got: Prepared, wording: str) -> Verdict | None:
        found = super()._added(card, got, wording)
        if found is not None:
            return found
        if reign := other_reign(got, self.by_texts(("reigns",), numbered_names, self.texts, got.lang.code == "ru",
                                                   got.lang.stem)):
            return wrong(f"'{reign}' names another ruler.", "mismatch", f"'{reign}': the pack numbers it otherwise")
        allowed = self.card_set(card, "right+prompt", lambda: (st for text in (*self._right_wordings(card), card.prompt)
                                                              for st in self.prep(text).stems))
        if other := name_qualifier_replaced([self.prep(text) for text in (card.answer, *card.accept)], got, allowed):
            return wrong(f"'{other}' is another name.", "mismatch", f"'{other}' in the place of a name's qualifier")
        return None
