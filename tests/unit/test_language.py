"""The article language: declared <html lang> when plausible, else py3langid on the body."""

from __future__ import annotations

import pytest

from pipeline.extract.language import detect_language, normalise_code

BODIES = {
    "de": "Die Bundesregierung hat am Mittwoch neue Regeln für den Wohnungsbau beschlossen. "
          "Die Häuser sollen schneller gebaut werden, und die Genehmigungen dürfen nicht mehr "
          "als drei Monate dauern, sagte die Ministerin in Berlin.",
    "en": "The government announced on Wednesday that new rules for housing will be introduced "
          "next year. Builders welcomed the plan, but tenants' groups said it would do little "
          "to bring down the rents that families pay in the largest cities.",
    "fr": "Le gouvernement a annoncé mercredi de nouvelles règles pour le logement. Les maisons "
          "devront être construites plus vite, et les permis ne pourront plus prendre plus de "
          "trois mois, a déclaré la ministre à Paris.",
    "es": "El gobierno anunció el miércoles nuevas reglas para la vivienda. Las casas deberán "
          "construirse más rápido y los permisos no podrán tardar más de tres meses, dijo la "
          "ministra en Madrid ante los periodistas.",
}


@pytest.mark.parametrize("code", sorted(BODIES))
def test_body_language_without_a_declaration(code: str) -> None:
    """German, English, French and Spanish bodies are told apart with no declared language."""
    assert detect_language(BODIES[code], None) == code


@pytest.mark.parametrize("text", ["", "   ", "Haus", "Hello world", "OK, danke!", "12 345 678 — 9",
                                  "Berlin · Paris · London"])
def test_short_or_empty_text_is_none(text: str) -> None:
    """Too few letters to judge: None rather than a guess."""
    assert detect_language(text, None) is None


def test_declared_language_wins_when_plausible() -> None:
    """A real declared code wins (normalised to ISO 639-1), also on short or other-language text."""
    assert detect_language("Kurz.", "de-DE") == "de"
    assert detect_language("", "EN_us") == "en"
    assert detect_language(BODIES["es"], "ca") == "ca"  # a short body does not overrule it
    assert detect_language(BODIES["de"], "deu") == "de"
    assert detect_language(BODIES["en"], "iw") == "he"  # withdrawn code, still a declaration


@pytest.mark.parametrize("declared", ["und", "xx", "x-default", "zxx", "", "  ", "english-ish!"])
def test_implausible_declaration_falls_back_to_the_body(declared: str) -> None:
    """Not a language code: the body decides."""
    assert detect_language(BODIES["fr"], declared) == "fr"
    assert detect_language("Bonjour", declared) is None


def test_long_body_overrules_a_template_default() -> None:
    """lang="en" on a long, unmistakably German body is the template's, not the article's."""
    long_german = " ".join([BODIES["de"]] * 3)
    assert detect_language(long_german, "en") == "de"
    # Close kin (Norwegian written forms, Danish) never overrule each other.
    norwegian = ("Regjeringen la onsdag fram nye regler for boligbygging. Husene skal bygges "
                 "raskere, og søknadene skal ikke ta mer enn tre måneder, sa statsråden i Oslo. ")
    assert detect_language(norwegian * 3, "nb") == "nb"


def test_normalise_code() -> None:
    """Tags become ISO 639-1 primary codes; anything else is None."""
    assert [normalise_code(v) for v in ("pt-BR", "zh_Hant_TW", "FR", "ger", "", None, "q1")] == [
        "pt", "zh", "fr", "de", None, None, None]


def test_a_declaration_the_opening_confirms_is_settled_there() -> None:
    """The declared language is checked on the body's first CHECK_CHARS: when they agree, the rest
    is not read (a long quotation in another language further down does not overrule it); when
    they disagree, the full sample decides as before."""
    from pipeline.extract.language import CHECK_CHARS

    opening = (BODIES["en"] + " ") * (CHECK_CHARS // len(BODIES["en"]) + 1)
    assert detect_language(opening[:CHECK_CHARS] + " ".join([BODIES["de"]] * 6), "en") == "en"
    assert detect_language(" ".join([BODIES["de"]] * 6), "en") == "de"
