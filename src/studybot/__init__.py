"""studybot: a terminal study companion for learning one text deeply."""

__version__ = "0.1.0"
