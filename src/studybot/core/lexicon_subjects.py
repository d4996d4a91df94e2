"""The personal pronouns that open a sentence as its subject, per language, for the tutor (`tutor.otherwise`).

In Russian an opening "Он", "Она", "Оно", "Они" in the nominative is the subject and stands for what the sentence
before is about, a thing as well as a person ("Книгу «X» он писал три года. Она печаталась в журнале ..."), where an
opening "Его", "Её", "Это" may be an object or "this is". English reads any opening pronoun so already
(`TutorWords.pronoun_reach` 0). Only data; nothing of one text.
"""

from __future__ import annotations

__all__ = ["SUBJECT_PRONOUNS"]

SUBJECT_PRONOUNS: dict[str, frozenset[str]] = {
    "ru": frozenset({"он", "она", "оно", "они"}),
}
