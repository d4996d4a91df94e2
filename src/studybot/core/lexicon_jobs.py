"""Nouns that ask for someone's occupation ("what was Moore's job?", "his father's trade?"), per language: general
vocabulary, nothing of one text (`tutor.jobs`)."""

from __future__ import annotations

__all__ = ["JOB_ASKS"]

JOB_ASKS: dict[str, frozenset[str]] = {
    "en": frozenset("job jobs occupation occupations profession professions trade trades career".split()),
}
