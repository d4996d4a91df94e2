"""Russian words for who does what (`tutor.doers_ru`): general language, no word of one pack."""

from __future__ import annotations

__all__ = ["LINKING_OPENERS", "ROLE_COPULAS"]

# the verbs of "кто является оператором?", "кто был хранителем?": the noun after them says the act asked of its doer
ROLE_COPULAS = frozenset("является являлся являлась являлось являются являлись".split())
# words a clause opens with that tell when, how or in what order, never who: "Затем флот передали ...", "Сегодня
# флотом управляет ..." (the subject, if any, comes after them)
LINKING_OPENERS = frozenset(
    "затем потом позже позднее тогда сначала вначале вскоре впоследствии однако поэтому здесь там теперь сегодня "
    "ныне сейчас также тоже кроме впрочем наконец уже ещё еще вновь снова долго давно всегда часто иногда обычно "
    "раньше прежде вместе поначалу постепенно".split())
