"""A separate process that answers cards as fast as it can (used by the reliability tests).

    python store_writer.py DB LEARNER COUNT

Prints "ready", then the id of every review after its transaction committed
("acknowledged"), then "done".
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from studybot.core.records import CardInfo, Review
from studybot.core.scheduling import Rating, Scheduling
from studybot.core.store import Store

CARDS = [CardInfo(f"c{i}", f"h{i}", i, "s", ()) for i in range(20)]


def main() -> int:
    path, learner, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store.open(path)
    learner_id = store.learner(learner)
    store.sync_pack(learner_id, "p", CARDS)
    scheduling = Scheduling(fuzz=False)
    print("ready", flush=True)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(count):
        card_id = f"c{n % len(CARDS)}"
        moment += timedelta(seconds=1)
        rating = Rating.Good if n % 3 else Rating.Again

        def decide(before, card_id=card_id, rating=rating, moment=moment, n=n):
            review = Review(pack_id="p", card_id=card_id, answer=f"{learner} answer {n}",
                            correct=rating == Rating.Good, score=1.0, rating=int(rating), reviewed_at=moment)
            return review, scheduling.review(before, rating, moment)

        review_id, _ = store.record_review(learner_id, "p", card_id, decide)
        print(review_id, flush=True)
    print("done", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
