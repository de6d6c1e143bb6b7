"""Month and weekday names, wide and abbreviated, in the languages newsflow meets most, as
normalised words (`lines.norm`): site learning masks them in short dated lines, so a dateline is
one template line whatever its month ("Publié le mardi 3 mars" / "Publié le samedi 19 avril").

The words come from the CLDR data that babel ships. They are generated into this file rather than
read at run time: babel's locale data cost every process that imports the line rules about 24 MB.
Regenerate with `uv run python -m pipeline.extract.calendar > pipeline/extract/calendar_words.txt`
after changing CALENDAR_LOCALES; a unit test checks that the file matches babel's data.
"""

from __future__ import annotations

from pathlib import Path

CALENDAR_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "tr", "ro",
                    "hu", "ru", "uk", "el")
WORDS_FILE = Path(__file__).with_name("calendar_words.txt")
MIN_CHARS = 3  # shorter names ("ma", "di") are common words


def generate() -> list[str]:
    """The calendar words from babel's CLDR data, sorted (babel is imported only here)."""
    from babel.dates import get_day_names, get_month_names

    from pipeline.extract.lines import norm

    words: set[str] = set()
    for locale in CALENDAR_LOCALES:
        for width in ("wide", "abbreviated"):
            for names in (get_month_names(width, locale=locale), get_day_names(width, locale=locale)):
                words.update(w for name in names.values() for w in norm(str(name)).split()
                             if len(w) >= MIN_CHARS)
    return sorted(words)


def load() -> frozenset[str]:
    """The generated calendar words (none while the file is being generated)."""
    return frozenset(WORDS_FILE.read_text(encoding="utf-8").split()) if WORDS_FILE.exists() else frozenset()


if __name__ == "__main__":
    print("\n".join(generate()))
