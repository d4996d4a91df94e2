"""Words of inquiry: the nouns by which a learner names someone's work of finding out ("his experiments", "her
studies", "their research") and the verbs by which a text tells that work ("studied", "tested", "examined"). A
question that names a person's inquiry by a noun is met by a passage that tells it by a verb (`tutor.inquiry_nouns`).
General vocabulary only; English (a language without an entry has none)."""

from __future__ import annotations

__all__ = ["INQUIRY_NOUNS", "INQUIRY_VERBS"]

INQUIRY_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset(("experiment experiments study studies research researches investigation investigations "
                     "test tests trial trials observation observations inquiry inquiries enquiry enquiries "
                     "analysis analyses").split()),
}
# the verbs of inquiry, as their base forms
INQUIRY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset(("study test experiment investigate examine observe measure try analyse analyze research "
                     "explore probe").split()),
}
