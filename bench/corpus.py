"""A deterministic synthetic corpus shaped like the seed reports: same seed, same documents, byte for byte."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass

PLACES = [
    "Atarib",
    "Darat Izza",
    "Sarmin",
    "Idlib City",
    "Ariha",
    "Maarrat Misrin",
    "Jisr al-Shughur",
    "Saraqib",
    "Kafr Nabl",
    "Binnish",
    "Taftanaz",
    "Khan Shaykhun",
    "Al-Bab",
    "Azaz",
    "Afrin",
    "Jindires",
]
SOURCES = [
    "the Syrian Civil Defense",
    "the Syrian Network for Human Rights",
    "local medical sources",
    "the White Helmets",
    "the Idlib Health Directorate",
    "activists on the ground",
]
PERPETRATORS = ["Assad regime warplanes", "Russian forces", "regime artillery", "allied militias", "regime drones"]
PUBLISHERS = ["Syrian Opposition Coalition", "Syrian Civil Defense", "Syrian Network for Human Rights", "Monitor Daily"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 11: "eleven"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

NEUTRAL = [
    "Rescue teams worked through the night to clear the rubble in {place}.",
    "The strikes hit a market and a school on the edge of {place}.",
    "Residents of {place} reported hearing aircraft overhead before dawn.",
    "Schools in {place} were closed for the rest of the week.",
    "Ambulances transported the wounded to hospitals near {place}.",
    "Several buildings in the centre of {place} were destroyed.",
]
RHETORIC = [
    "The relentless bombardment of {place} is a brutal assault on innocent lives.",
    "The world cannot afford to remain silent in the face of such atrocities.",
    "These savage attacks show a blatant disregard for human life.",
]
CALLS = [
    "The Coalition called on the international community to stop the attacks on {place}.",
    "Rescuers urged civilians to avoid gatherings in {place}.",
    "The UN must take immediate action to protect civilians in {place}.",
]


@dataclass(frozen=True)
class PlannedLabel:
    """The label the benchmark puts on a sentence, with the figures it states if any."""

    label: str
    figures: dict | None = None


@dataclass(frozen=True)
class SyntheticDocument:
    title: str
    text: str
    publisher: str
    url: str
    published_on: str
    labels: tuple[PlannedLabel, ...]  # one per sentence, in order

    def as_json(self) -> dict:
        return {
            "title": self.title,
            "text": self.text,
            "publisher": self.publisher,
            "url": self.url,
            "published_on": self.published_on,
        }


def _casualty(rng: random.Random, place: str) -> tuple[str, PlannedLabel]:
    killed, injured = rng.randint(1, 40), rng.randint(0, 60)
    source = rng.choice(SOURCES)
    if rng.random() < 0.3:
        text = (
            f"According to {source}, at least {killed} civilians were killed and {injured} others injured in {place}."
        )
        figures = {
            "killed_min": killed,
            "killed_max": None,
            "injured_min": injured,
            "injured_max": None,  # "at least" covers both counts and takes no maximum
            "qualifier": "at_least",
        }
    else:
        children = rng.choice([n for n in NUMBER_WORDS if n <= killed] or [0])
        including = f", including {NUMBER_WORDS[children]} children," if children else ""
        text = f"The strike on {place} killed {killed} people{including} and injured {injured} others, {source} said."
        figures = {
            "killed_min": killed,
            "killed_max": killed,
            "injured_min": injured,
            "injured_max": injured,
            "children_killed": children or None,
            "qualifier": "exact",
        }
    return text, PlannedLabel("casualty_claim", figures)


def _sentence(rng: random.Random, place: str) -> tuple[str, PlannedLabel]:
    roll = rng.random()
    if roll < 0.25:
        return _casualty(rng, place)
    if roll < 0.45:
        actor = rng.choice(PERPETRATORS)
        return f"The attack on {place} was carried out by {actor} on {rng.choice(WEEKDAYS)}.", PlannedLabel(
            "attribution"
        )
    if roll < 0.6:
        return rng.choice(CALLS).format(place=place), PlannedLabel("call_to_action")
    if roll < 0.75:
        return rng.choice(RHETORIC).format(place=place), PlannedLabel("rhetoric")
    return rng.choice(NEUTRAL).format(place=place), PlannedLabel("rhetoric")


def generate(count: int = 2000, *, sentences: int = 30, seed: int = 20241201) -> Iterator[SyntheticDocument]:
    """``count`` documents of ``sentences`` sentences each (one per line, so segmentation is exact)."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for number in range(count):
        place = rng.choice(PLACES)
        lines, labels = [], []
        for _ in range(sentences):
            text, label = _sentence(rng, place)
            lines.append(text)
            labels.append(label)
        # A serial number keeps every text unique (documents are unique by their text's hash).
        lines[-1] = lines[-1][:-1] + f" (report {number + 1})."
        published = start + dt.timedelta(days=number % 330)
        yield SyntheticDocument(
            title=f"Report {number + 1}: strikes on {place}",
            text="\n".join(lines) + "\n",
            publisher=PUBLISHERS[number % len(PUBLISHERS)],
            url=f"https://example.org/reports/{number + 1}",
            published_on=published.isoformat(),
            labels=tuple(labels),
        )


def as_jsonl(documents: list[SyntheticDocument]) -> bytes:
    return "".join(json.dumps(doc.as_json(), ensure_ascii=False) + "\n" for doc in documents).encode("utf-8")
