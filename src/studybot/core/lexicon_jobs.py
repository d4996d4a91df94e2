"""Nouns that ask for someone's occupation ("what was Moore's job?", "his father's trade?"), and verbs that ask of
someone's employment ("where did X work?", "who worked with X?"), per language: general vocabulary, nothing of one
text (`tutor.jobs`)."""

from __future__ import annotations

__all__ = ["JOB_ASKS", "JOB_VERBS"]

JOB_ASKS: dict[str, frozenset[str]] = {
    "en": frozenset("job jobs occupation occupations profession professions trade trades career".split()),
}

# a verb of employment: "where did X work?" is told as "X, a biochemist at Y", "who worked with X?" as "X and his
# colleagues Y and Z", "in whose department did X work?" as "in Y's department, the physicists X": the noun of a job or
# of a person's part beside X says the work
JOB_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset("work works worked working".split()),
}
