"""Verbs of opposite outcome, any text on any subject: a thing under strain holds or gives way ("the rope held" /
"the rope broke", "the dam withstood the flood" / "the dam burst"; "трос выдержал" / "трос порвался", "плотина
устояла" / "плотину прорвало"), a door or gate is opened or shut. Read as the lexicon's other opposites
(`lexicon.ANTONYM_PAIRS`, `lexicon_ru.ANTONYMS`): an answer that says one where a point says the other does not
make it. Only data; compared by stem, so every Russian form whose stem differs is written out.
"""

from __future__ import annotations

from itertools import product

__all__ = ["EN_GRADER_OPPOSITES", "EN_VERB_OPPOSITES", "RU_GRADER_OPPOSITES", "RU_VERB_OPPOSITES"]

_EN_HELD = ("hold", "withstand", "withstood")
_EN_GAVE_WAY = ("break", "burst", "snap", "collapse")
EN_VERB_OPPOSITES = tuple(f"{a} {b}" for a, b in product(_EN_HELD, _EN_GAVE_WAY)) + ("open shut",)
# going on with a deed or ceasing it ("the salts continued to darken" / "stopped darkening"; "went on" and "kept on"
# are read as "continue": `went_on.went_on_said`). The grader's alone (`language.grading_language`): in the tutor's
# lexicon they cost a reply ("why keep checking X?" met a passage where checking "goes on")
EN_GRADER_OPPOSITES = tuple(("continue", b) for b in ("stop", "cease", "quit"))

_RU_HELD = ("выдержал", "выдержит", "выдерживает", "устоял", "устоит")
_RU_GAVE_WAY = ("порвался", "порвётся", "разорвался", "разорвётся", "лопнул", "лопнет", "лопнуть", "прорвало",
                "прорвёт", "рухнул", "рухнет", "рухнуть", "обрушился")
RU_VERB_OPPOSITES = tuple(product(_RU_HELD, _RU_GAVE_WAY))

# approving of a deed or a people and condemning them ("поддерживал ополченцев" / "осуждал ополченцев"): a verb by
# each of its stems. The grader's alone, as `EN_GRADER_OPPOSITES` (the tutor's lexicon is left as it was)
_RU_APPROVED = ("поддерживал", "поддержал", "поддержит", "одобрял", "одобрил", "приветствовал", "приветствует",
                "хвалил")
_RU_CONDEMNED = ("осуждал", "осудил", "порицал", "критиковал", "критикует")
RU_GRADER_OPPOSITES = tuple(product(_RU_APPROVED, _RU_CONDEMNED))
