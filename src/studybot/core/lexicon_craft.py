"""English nouns of vessels and craft, which a name right after them belongs to (`tutor.names`): "the pleasure
steamer Princess Alice", "the liner Carpathia", "the collier Bywell Castle" name ships, not people, though "steamer"
and "collier" end as nouns for people do ("the geologist Harry Hess"). General English, no text's words."""

from __future__ import annotations

__all__ = ["CRAFT_NOUNS"]

# by language: the nouns (singular) of ships, boats and other craft a text names by a name
CRAFT_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "ship steamer steamship liner vessel boat collier tanker freighter trawler ferry yacht schooner clipper "
        "frigate cruiser destroyer battleship warship gunboat submarine icebreaker tug tugboat barge brig barque "
        "sloop galleon whaler sealer lifeboat corvette carrier packet airship airliner bomber locomotive").split()),
}
