"""How the grader reads a numeric card's `unit`, said for an instructor (`studybot units mph балл`).

An author cannot tell from the docs alone whether "mph", "ft" or "балл" is a unit the grader knows; the answer is
in the unit tables, which an instructor should not have to read. `read_unit` asks the grader itself (the reading of
a card's `number.unit`), so what it says is what grading does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .grading.figures import MEASURE_KINDS, spec_quantity
from .packs import Card, NumberSpec

__all__ = ["BASE_UNITS", "KIND_EXAMPLES", "UnitReading", "read_unit", "said"]

# the base unit each kind of measure is read in, by its symbol ("mph: speed, read in m/s (× 0.44704)")
BASE_UNITS: Final = {
    "length": "m", "area": "m²", "volume": "m³", "mass": "kg", "speed": "m/s", "density": "kg/m³", "data": "bit",
    "datarate": "bit/s", "current": "A", "voltage": "V", "power": "W", "energy": "J", "resistance": "Ω",
    "frequency": "Hz", "force": "N", "pressure": "Pa", "capacitance": "F", "dose": "Sv", "absorbed": "Gy",
    "activity": "Bq", "exposure": "R", "magnetic": "T", "charge": "C", "amount": "mol", "illuminance": "lx",
    "level": "dB",
}
# other units of a kind that an answer may be given in, as examples (tests/test_unit_catalogue.py reads each)
KIND_EXAMPLES: Final = {
    "length": ("km", "ft", "miles", "вёрст"), "area": ("km²", "ha", "acres"), "volume": ("L", "m³", "gallons"),
    "mass": ("g", "t", "pounds"), "speed": ("km/h", "m/s", "knots"), "pressure": ("atm", "bar", "mmHg"),
    "energy": ("kWh", "calories", "J"), "power": ("kW", "hp"), "temperature": ("°C", "°F", "K"),
    "duration": ("days", "weeks", "months"), "money": ("USD", "€", "рублей"),
}


@dataclass(frozen=True)
class UnitReading:
    """A card's unit as the grader reads it: its kind ("length", "money", "count", ...), the unit answers are
    compared in (a base unit, a currency's code, a unit of time), and a measure's factor to that base unit."""

    written: str
    kind: str
    base: str
    factor: float | None = None


def read_unit(unit: str) -> UnitReading:
    """How a numeric card with `number.unit: unit` reads its figure."""
    card = Card(id="unit", section="", kind="numeric", prompt="", answer="", number=NumberSpec(value=1.0, unit=unit))
    spec = spec_quantity(card)
    if spec is None:  # (a numeric card always has its number)
        raise ValueError(unit)
    if spec.kind in MEASURE_KINDS and spec.kind != "temperature":
        return UnitReading(unit, spec.kind, BASE_UNITS[spec.kind], spec.scale)
    return UnitReading(unit, spec.kind, spec.unit or "")


def said(reading: UnitReading) -> str:
    """One line on what a unit is read as and what follows from it for the card's answers."""
    unit, kind = reading.written, reading.kind
    others = ", ".join(u for u in KIND_EXAMPLES.get(kind, ()) if u.casefold() != unit.casefold())
    converted = f"; answers in another unit of {kind} ({others}) are converted" if others else \
        "; answers in another unit of the same kind are converted"
    if kind == "count":
        return (f"{unit}: no unit of measure the grader knows: read as the word for what is counted, so answers "
                f"are compared by their figure and nothing is converted; if it is a unit of measure, write it by a "
                f"name the grader knows (ask this command about other spellings)")
    if kind == "money":
        return f"{unit}: money ({reading.base}); a sum in another currency is a different answer"
    if kind == "percent":
        return f"{unit}: a percentage; shares such as 'half' or 'a fifth' are read as percentages"
    if kind == "duration":
        return f"{unit}: a duration in {reading.base}s{converted}"
    if kind == "temperature":
        return f"{unit}: a temperature{converted}"
    if kind == "factor":
        return f"{unit}: a factor ('3 times', 'threefold', 'в 3 раза')"
    if reading.factor is not None:
        return f"{unit}: {kind}, read in {reading.base} (× {reading.factor:.6g}){converted}"
    return f"{unit}: {kind}"
