"""Pages that call the extraction safety net (shared by the unit and warehouse tests)."""

from __future__ import annotations

WORDS = ["harbour", "council", "ferry", "winter", "storm", "island", "pier", "engineer", "budget", "tide"]


def linked_article_in_named_block() -> tuple[str, list[str]]:
    """A heavily linked article in a block named like boilerplate (`related-coverage`), beside a
    plainer sidebar and a footer of links: the structural layer's named-block rule takes the
    article, and the safety net gives it back. Returns (html, the article's paragraphs as text)."""
    paras = []
    for i in range(6):
        linked = " ".join(WORDS[(i + j) % 10] for j in range(14))
        plain = " ".join(WORDS[(i * 3 + j) % 10] for j in range(10))
        paras.append((f"<p><a href='/t/{i}'>{linked.capitalize()}</a> {plain}.</p>", f"{linked.capitalize()} {plain}."))
    sidebar = "".join(f"<p>About the Gazette: a weekly paper for the coast since {1900 + i}.</p>" for i in range(4))
    footer = "<footer>" + "".join(f"<a href='/a/{i}'>Archive page {i} of the coastal section</a> "
                                  for i in range(120)) + "</footer>"
    html = (f"<html><body><h1>Storm closes the pier</h1><div class='related-coverage'>{''.join(h for h, _ in paras)}"
            f"</div><aside>{sidebar}</aside>{footer}</body></html>")
    return html, [text for _, text in paras]
