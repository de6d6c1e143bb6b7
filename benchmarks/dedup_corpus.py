"""Generator of the dedup benchmark corpus: syndicated variants of real articles, and hard negatives.

Originals are real article bodies (the scrapinghub article-extraction set, MIT licence) plus
templated stories (benchmarks/dedup_templates.py). Each original gets copies of several kinds;
hard negatives are other stories on the same event (shared names, figures and quotations, written
from another article's prose) and templated stories of the same family with different facts.
"""

from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.dedup_templates import FAMILIES

DEFAULT_CORPUS = Path(os.environ.get("NEWSFLOW_BENCH_DIR", "/work/shared/bench")) / "scrapinghub" / "ground-truth.json"
SENTENCE_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)*")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
QUOTE_RE = re.compile(r"[\"“][^\"”]{25,300}[\"”]")
WORD_RE = re.compile(r"[A-Za-z]+")
SYNONYMS = {
    "said": "says", "says": "said", "also": "additionally", "about": "around", "many": "numerous",
    "big": "large", "large": "big", "help": "assist", "show": "indicate", "shows": "indicates",
    "use": "employ", "used": "employed", "get": "obtain", "start": "begin", "started": "began",
    "buy": "purchase", "people": "individuals", "new": "fresh", "important": "significant",
    "however": "nevertheless", "because": "since", "but": "yet", "very": "highly", "more": "additional",
    "after": "following", "make": "create", "made": "created", "need": "require", "think": "believe",
    "want": "wish", "try": "attempt", "find": "discover", "found": "discovered", "give": "provide",
    "keep": "retain", "seem": "appear", "told": "informed", "asked": "requested", "allow": "permit",
    "fast": "quick", "often": "frequently", "almost": "nearly", "whole": "entire", "among": "amid",
    "while": "whereas", "although": "though", "before": "ahead of", "small": "little", "next": "following",
    "hard": "difficult", "end": "finish", "top": "leading", "major": "key", "recent": "latest",
    "now": "currently", "still": "yet", "expected": "anticipated", "plans": "intends", "several": "a number of",
    "announced": "unveiled", "increase": "rise", "cut": "reduce", "work": "labour", "country": "nation",
    "color": "colour", "center": "centre", "organization": "organisation", "program": "programme",
}
FILLERS = ["reportedly", "notably", "in fact", "as it happens", "meanwhile", "indeed", "for now"]
DROPPABLE = {"very", "really", "just", "also", "that", "actually", "quite", "still", "even"}
AGENCIES = ["AP", "Reuters", "AFP", "Bloomberg", "PA Media", "dpa", "Northwind Wire"]
CITIES = [("KYIV", "Ukraine"), ("LONDON", ""), ("WASHINGTON", ""), ("BERLIN", ""), ("NAIROBI", "Kenya"),
          ("SAN FRANCISCO", ""), ("TOKYO", ""), ("SAO PAULO", "Brazil"), ("MUMBAI", "India"), ("PARIS", "")]
OUTLETS = ["The Harbor Gazette", "Northwind News", "The Daily Ledger", "Metro Courier", "Valley Post"]
BOILERPLATE = [
    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.", "Follow us on Twitter and Facebook for the latest updates.",
    "This article originally appeared on {outlet}.", "Related: the week's most-read stories",
    "We may earn a commission from links on this page.", "Have a news tip? Email our newsroom.",
    "Reporting by {name}; editing by {name2}.",
]
COPY_KINDS = ("dateline", "headline_footer", "boilerplate", "paragraphs", "substitution", "excerpt",
              "rewrite", "update", "corrected", "wire_mix")
NEGATIVE_KINDS = ("same_event", "templated", "templated_follow_up", "templated_other_subject")


@dataclass
class Doc:
    """One benchmark document: its text, the story it belongs to, and how it was made."""

    id: int
    story: int
    kind: str  # "original", a copy kind, or a negative kind
    text: str
    group: str  # "article" or a templated family
    of: int  # for a hard negative, the story it imitates; else its own story


def load_bodies(path: Path, min_words: int = 150, max_words: int = 900) -> list[list[str]]:
    """Load article bodies as lists of paragraphs, cut to at most max_words words."""
    data = json.loads(path.read_text(encoding="utf-8"))
    bodies = []
    for key in sorted(data):
        paragraphs = [p.strip() for p in data[key]["articleBody"].split("\n") if len(p.split()) >= 3]
        kept, words = [], 0
        for p in paragraphs:
            if words >= max_words:
                break
            kept.append(p)
            words += len(p.split())
        if words >= min_words:
            bodies.append(kept)
    return bodies


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences."""
    return [s for s in SENTENCE_RE.split(text) if s]


def substitute(text: str, rng: random.Random, rate: float) -> str:
    """Replace known words by synonyms with probability rate."""
    def swap(m: re.Match[str]) -> str:
        word = m.group()
        new = SYNONYMS.get(word)  # lower-case words only: capitalised ones may be names
        return word if new is None or rng.random() >= rate else new
    return WORD_RE.sub(swap, text)


def rewrite_sentence(sentence: str, rng: random.Random) -> str:
    """Paraphrase a sentence mechanically, keeping its names and numbers: synonyms, drops, fillers, clause swap."""
    sentence = substitute(sentence, rng, 1.0)
    words = [w for w in sentence.split() if not (w.lower() in DROPPABLE and rng.random() < 0.8)]
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i % 4 == 2 and i < len(words) - 1 and rng.random() < 0.6:
            out.append(rng.choice(FILLERS) + ("," if rng.random() < 0.3 else ""))
    text = " ".join(out)
    if ", " in text and rng.random() < 0.6:
        head, tail = text.rstrip(".").split(", ", 1)
        text = tail[0].upper() + tail[1:] + ", " + head[0].lower() + head[1:] + "."
    return text


def rewrite(paragraphs: list[str], rng: random.Random, share: float) -> list[str]:
    """Rewrite a share of the sentences of a text."""
    out = []
    for p in paragraphs:
        out.append(" ".join(rewrite_sentence(s, rng) if rng.random() < share else s for s in sentences(p)))
    return out


def foreign_paragraph(donors: list[list[str]], rng: random.Random) -> str:
    """A paragraph taken from a donor article that is not in the corpus."""
    return rng.choice(rng.choice(donors))


def make_copy(kind: str, paragraphs: list[str], rng: random.Random, donors: list[list[str]]) -> list[str]:
    """Return a copy of the given kind of an original (a list of paragraphs)."""
    ps = list(paragraphs)
    outlet = rng.choice(OUTLETS)
    if kind == "dateline":  # one dateline per story, as the wire gave it
        story_rng = random.Random(paragraphs[0])
        city, country = story_rng.choice(CITIES)
        place = f"{city}, {country}" if country else city
        ps[0] = f"{place} ({story_rng.choice(AGENCIES)}) — {ps[0]}"
    elif kind == "headline_footer":
        ps.append(rng.choice(BOILERPLATE).format(outlet=outlet, name="Jane Doe", name2="John Roe"))
    elif kind == "boilerplate":
        lines = [b.format(outlet=outlet, name="Sam Carter", name2="Ali Khan") for b in rng.sample(BOILERPLATE, 3)]
        ps = [lines[0]] + ps[: len(ps) // 2] + [lines[1]] + ps[len(ps) // 2:] + [lines[2]]
    elif kind == "paragraphs":
        if len(ps) > 2:
            del ps[rng.randrange(1, len(ps))]
        ps.insert(rng.randrange(1, len(ps) + 1), foreign_paragraph(donors, rng))
        if len(ps) > 3:
            i = rng.randrange(1, len(ps) - 1)
            ps[i], ps[i + 1] = ps[i + 1], ps[i]
    elif kind == "substitution":
        ps = [substitute(p, rng, 0.6) for p in ps]
    elif kind == "excerpt":
        words = sum(len(p.split()) for p in ps)
        target, kept, count = words * rng.uniform(0.25, 0.4), [], 0
        for s in [s for p in ps for s in sentences(p)]:
            kept.append(s)
            count += len(s.split())
            if count >= target:
                break
        ps = [" ".join(kept) + " …", rng.choice(["Read the full story at {o}.", "Continue reading on {o}.",
                                                 "This is an excerpt; the full article is on {o}."]).format(o=outlet)]
    elif kind == "rewrite":
        ps = rewrite(ps, rng, rng.uniform(0.33, 0.5))
    elif kind == "update":
        note = rng.choice(["UPDATE: This story has been updated with new information.",
                           f"Updated {rng.choice(['Tuesday', 'Friday'])} at {rng.randint(1, 11)}pm with comment "
                           "from officials.", "Editor's note: this article was updated after publication."])
        ps = ([note] + ps if rng.random() < 0.5 else ps + [note]) + [foreign_paragraph(donors, rng)]
    elif kind == "corrected":  # republished with one or two figures changed, and a note
        numbered = [i for i, p in enumerate(ps) if NUMBER_RE.search(p)]
        for i in rng.sample(numbered, min(len(numbered), rng.randint(1, 2))):
            ps[i] = NUMBER_RE.sub(lambda m: str(int(m.group().replace(",", "").split(".")[0]) + rng.randint(1, 9)),
                                  ps[i], count=1)
        ps.append(rng.choice(["Correction: an earlier version of this story misstated a figure.",
                              "This article has been updated with the latest figures."]))
    elif kind == "wire_mix":
        ps = make_copy("dateline", ps, rng, donors)
        ps = [substitute(p, rng, 0.3) for p in ps]
        if len(ps) > 3:
            del ps[rng.randrange(1, len(ps))]
        ps = make_copy("headline_footer", ps, rng, donors)
    return ps


def same_event(original: list[str], donor: list[str], rng: random.Random) -> list[str]:
    """Another outlet's story on the same event: a donor's prose carrying the original's names, figures and quotes."""
    text = "\n".join(original)
    names = list(dict.fromkeys(NAME_RE.findall(text))) or ["Officials"]
    numbers = NUMBER_RE.findall(text) or ["3"]
    quotes = QUOTE_RE.findall(text) or [rng.choice(sentences(rng.choice(original)))]
    mapping: dict[str, str] = {}

    def swap_name(m: re.Match[str]) -> str:
        return mapping.setdefault(m.group(), names[len(mapping) % len(names)])

    share = rng.uniform(0.3, 1.0)
    words = sum(len(p.split()) for p in original) * share
    out, count = [], 0
    for p in donor:
        p = NUMBER_RE.sub(lambda _m: rng.choice(numbers), NAME_RE.sub(swap_name, p))
        out.append(p)
        count += len(p.split())
        if count >= words:
            break
    for quote in rng.sample(quotes, min(len(quotes), rng.randint(1, 2))):
        out.insert(rng.randrange(0, len(out) + 1), f"{quote} {rng.choice(names)} said.")
    for p in rng.sample(original, min(len(original), rng.randint(1, 2))):  # paraphrased throughout
        out.insert(rng.randrange(0, len(out) + 1), rewrite([p], rng, 1.0)[0])
    return out


def build_corpus(
    path: Path = DEFAULT_CORPUS, seed: int = 7, copies_per_story: int = 4, negatives_per_story: int = 1,
    templated_per_family: int = 30, follow_ups: int = 8, other_subjects: int = 8,
) -> list[Doc]:
    """Build the benchmark documents: originals, their copies and hard negatives (each its own story)."""
    rng = random.Random(seed)
    bodies = load_bodies(path)
    rng.shuffle(bodies)
    cut = len(bodies) * 2 // 3
    originals = bodies[:cut]
    # donors lend their prose to other outlets' stories: they need names to carry the event's names
    donors = [b for b in bodies[cut:] if len(set(NAME_RE.findall("\n".join(b)))) >= 5]
    docs: list[Doc] = []

    def add(story: int, kind: str, paragraphs: list[str], group: str, of: int | None = None) -> None:
        docs.append(Doc(len(docs), story, kind, "\n".join(paragraphs), group, story if of is None else of))

    story = 0
    for original in originals:
        add(story, "original", original, "article")
        for kind in rng.sample(COPY_KINDS, copies_per_story):
            add(story, kind, make_copy(kind, original, rng, donors), "article")
        for n in range(1, negatives_per_story + 1):
            used = story // (negatives_per_story + 1) * negatives_per_story + n - 1
            donor = donors[used % len(donors)]
            shift = 2 * (used // len(donors)) % len(donor)  # a donor lent twice lends other paragraphs
            add(story + n, "same_event", same_event(original, donor[shift:] + donor[:shift], rng), "article", story)
        story += negatives_per_story + 1
    for family, make in FAMILIES.items():
        first: dict[int, int] = {}
        for i in range(templated_per_family):
            paragraphs = make(rng, i).split("\n")
            add(story, "templated", paragraphs, family)
            first[i] = story
            for kind in rng.sample(("dateline", "headline_footer", "substitution", "excerpt", "boilerplate"), 2):
                add(story, kind, make_copy(kind, paragraphs, rng, donors), family)
            story += 1
        for i in range(follow_ups):  # same subject as story i, new figures and date
            add(story, "templated_follow_up", make(rng, i).split("\n"), family, first[i])
            story += 1
        for i in range(other_subjects):  # same figures and date, another subject (company, team, place)
            twin = rng.random()
            add(story, "templated", make(random.Random(twin), i).split("\n"), family)
            add(story + 1, "templated_other_subject", make(random.Random(twin), i + 1).split("\n"), family, story)
            story += 2
    return docs
