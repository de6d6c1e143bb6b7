"""The language of an article: the page's declared `<html lang>` when plausible, else the body's.

py3langid (a naive Bayes over byte n-grams; its cost grows with the text) reads the body. It is
only asked when the text has enough letters to judge, and only believed when it is confident:
short or mixed text gives None rather than a guess. A declared language is checked on the body's
opening first, and read at full sample length only when the opening does not confirm it. The
answer is an ISO 639-1 code (two letters).
"""

from __future__ import annotations

import functools
import re
from typing import Any

# Letters the body needs before the detector is asked; a declared language is only overruled
# by a detection on a body at least OVERRIDE_LETTERS long.
MIN_LETTERS = 50
OVERRIDE_LETTERS = 400
# Normalised probability the detector must reach to be believed; to overrule a declaration.
MIN_CONFIDENCE = 0.90
OVERRIDE_CONFIDENCE = 0.995
# The detector reads at most this much of the body (its answer is settled long before).
SAMPLE_CHARS = 1200
CHECK_CHARS = 300  # the sample that checks a declared language first (a disagreement reads SAMPLE_CHARS)

_ISO_639_1_CODES = """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia
id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl
ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk
tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
# Withdrawn codes still found in the wild, and common three-letter (ISO 639-2) spellings.
ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
           "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es",
           "ita": "it", "nld": "nl", "dut": "nl", "por": "pt", "rus": "ru", "pol": "pl"}
# Languages close enough that the detector's choice among them must not overrule a declaration.
KIN = ({"no", "nb", "nn", "da"}, {"bs", "hr", "sr"}, {"ms", "id"}, {"gl", "pt"}, {"ca", "oc"})

LETTER_RE = re.compile(r"[^\W\d_]")


def normalise_code(value: str | None) -> str | None:
    """An ISO 639-1 code from a language tag ("de-DE", "en_US", "EN", "deu"), or None."""
    if not value:
        return None
    primary = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    primary = ALIASES.get(primary, primary)
    return primary if primary in ISO_639_1 else None


@functools.cache
def _identifier() -> Any:
    """The py3langid model with normalised probabilities (loaded once per process, ~2 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_model() -> None:
    """Load the model now (the workers' fork server does, so that the workers share it)."""
    _identifier()


def classify(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str | None, float, int]:
    """(ISO 639-1 code or None, confidence, letters) of a body: None when too short or unsure."""
    sample = text[:sample_chars]
    letters = len(LETTER_RE.findall(sample))
    if letters < MIN_LETTERS:
        return None, 0.0, letters
    label, probability = _identifier().classify(sample)
    code = normalise_code(str(label))  # 3-letter labels (ace, ary, zxx...) are not ISO 639-1
    if code is None or float(probability) < MIN_CONFIDENCE:
        return None, float(probability), letters
    return code, float(probability), letters


def _kin(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in KIN)


def detect_language(text: str, declared: str | None) -> str | None:
    """The article's language as an ISO 639-1 code, or None when it cannot be told.

    A declared language (`<html lang>`, `og:locale`...) wins when it is a real code and the body
    does not plainly contradict it: a template's `lang="en"` on a long, unmistakably German body
    is a template default, not the article's language. Otherwise the body's detected language,
    when the body is long enough and the detector confident."""
    text = text or ""
    claimed = normalise_code(declared)
    if claimed is None:
        return classify(text)[0]
    # a declaration is only checked: a shorter sample that agrees settles it (the detector's cost
    # grows with the sample), and one that disagrees is read again at full length
    code, probability, letters = classify(text, CHECK_CHARS)
    if code is not None and _kin(code, claimed):
        return claimed
    if len(text) > CHECK_CHARS:
        code, probability, letters = classify(text)
    if (code is not None and not _kin(code, claimed) and letters >= OVERRIDE_LETTERS
            and probability >= OVERRIDE_CONFIDENCE):
        return code
    return claimed
