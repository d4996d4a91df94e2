"""How the tutor benchmark counts a reply to a question the text does not answer (`tests.packfiles.declined`): a
decline, or a "why" whose reason the text does not give ("The text gives no reason for that. What it says: ..."),
declines it; an answer does not."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Reply
from tests.packfiles import declined, gives


@pytest.mark.parametrize(("reply", "expected"), [
    (Reply("decline", "The text does not cover that."), True),
    (Reply("answer", "The text gives no reason for that. What it says: The mill closed.",
           sentences=("The mill closed.",), no_reason=True), True),
    (Reply("answer", "The mill closed because the river froze.",
           sentences=("The mill closed because the river froze.",)), False),
    (Reply("intent", "Quiz on the whole pack.", intent="quiz"), False),
])
def test_what_declines(reply: Reply, expected: bool) -> None:
    assert declined(reply) is expected


def test_a_no_reason_reply_is_still_read_for_the_fact_asked() -> None:
    reply = Reply("answer", "The text gives no reason for that. What it says: The mill closed in 1901.",
                  sentences=("The mill closed in 1901.",), no_reason=True)
    assert gives(reply, ["1901"]) and not gives(reply, ["1902"])
