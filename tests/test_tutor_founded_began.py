"""A body that began somewhere was founded there: "where was the guild founded?" is answered by "It began in Vell in
1702 as the Weavers' Club" (the sentence right after the one naming the guild), not by where a thing of it was
found. Invented notes (no pack's subject)."""

from __future__ import annotations

from tests.notes import says, tutor_on

NOTES = ("The fight against the salt tax was led by the Guild of Free Salt.\n"
         "It began in Vell in 1702 as the Salt Club and took the name of Guild in 1705.\n"
         "Its leaders were the brewer Abel Marsh and the cooper Tobit Grey.\n"
         "A silver ring of the Guild was found in the river Orne in 1950.\n"
         "Salt was first taxed in 1650.\n")


def test_where_it_began_is_where_it_was_founded() -> None:
    tutor = tutor_on(NOTES, "Salt", section_title="The Guild of Free Salt")
    reply = tutor.ask("where was the guild of free salt founded")
    assert reply.kind == "answer" and "began in Vell" in " ".join(reply.sentences)
    assert "river Orne" not in " ".join(reply.sentences)  # "founded" is no "found" (of "find") here
    assert says(tutor, "when was the guild of free salt founded", "1702")


def test_what_was_found_is_still_where_it_was_found() -> None:
    tutor = tutor_on(NOTES, "Salt", section_title="The Guild of Free Salt")
    assert says(tutor, "where was the silver ring found", "river Orne")
