"""General English verbs of taking back, holding back or ending a thing, every form a learner writes: "withdrew
support", "withheld aid", "cut funding", "ended his support", "stopped the protest", and their participles after
a form of "be" ("support was withdrawn"). A deed said as its noun after one of them is not done
(`grading.withdrawn_acts`). Only data, and only words any text on any subject uses."""

from __future__ import annotations

__all__ = ["EN_WITHDRAWING"]

_FORMS = ("withdraw withdraws withdrew withdrawn withdrawing withhold withholds withheld withholding cut cuts cutting "
          "end ends ended ending stop stops stopped stopping cease ceases ceased ceasing drop drops dropped dropping "
          "halt halts halted halting suspend suspends suspended suspending")

EN_WITHDRAWING = frozenset(_FORMS.split())
