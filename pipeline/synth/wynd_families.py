"""Four WYND template families for the synthetic publishers (see `pipeline.synth.publishers`).

"wynd" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `WYND_FAMILIES`: the wynd
families are generated only by `generate_corpus("wynd")`, so every other corpus is as it was. All
four are English-language pages (2026) whose text is interleaved with commerce, embeds or scholarly
apparatus: a news site's "The best X of 2026" shopping round-up, a newspaper's book review with a
book-details box, a news story quoting social media posts through their embed code, and a science
news article with numbered citations, figures and a reference list. No new language: the English
grammar of `pipeline.synth.prose` writes the social-embeds story's paragraphs; the other three give
every story of a publisher a headline of their kind (`kit._retitle`, the same headlines whichever
page renders first) and write the page's body from their own sentence templates.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a list inside the text is body, one line per item; a photo's caption and
credit are boilerplate; a label of fewer than four words ("Pros", "Cons", "Buy the book", "Key
points", "References", "Shopping") is no snippet (neither). The choices each family makes for the
debatable parts:
  * product-roundup-affiliate: a US news site's "The best X of 2026" shopping guide. The body is
    the intro (one or two paragraphs), each product section's heading (an <h2> "1. Brand Model" on
    some sites, an <h3> "Best overall: Brand Model" on the others), its review paragraph(s) and its
    "Pros" and "Cons" items (BODY: the reviewer's own verdict, one line per item, each six words or
    fewer; the one-word "Pros" / "Cons" labels are neither), then the "How we tested" heading and
    its paragraphs (body: the method is the guide's own text). The affiliate disclosure at the top
    ("We may earn a commission ...", the same on every page of a site), the "Buy at <Retailer> $NN"
    buttons, the "Lowest price today: $NN at <Retailer>" price widgets (on some sites), each
    product photo's credit, the "Why you can trust us" box (heading and text, the same on every
    page of a site), the byline, the date line, the share bar, the "More shopping guides"
    headlines, the deals newsletter box, the navigation and the footer are boilerplate. The
    comparison table (on about half the pages, after the intro: product, price, best for) is
    NEITHER: a summary repeating the picks in cells; the "Shopping" kicker is neither;
  * book-review-infobox: a newspaper's book review. The body is the review's paragraphs (the pull
    quote's sentence once, listed in `repeated`; the pull quote repeats it). The book-details box
    stands BEFORE the review's text on some sites and BESIDE it on the others (an <aside> floated
    right, in the markup after the review's first paragraph); its book title, "by <Author>" and
    "Buy the book" lines are neither (three words or fewer, or the title), its "Publisher · 352
    pages · $28.00" line, its "Buy from <Shop> $NN" buttons and its affiliate note are
    boilerplate. The star rating line ("Rating: 4 out of 5 stars" beside the stars) is
    boilerplate, the stars alone neither. The dek under the headline (on some sites: a sentence
    not in the review) is neither. The closing "<Book> by <Author> is published by ..." line (the
    shop offer, on British sites) is boilerplate, as are the byline, the date line, the share bar,
    "Sign up for our books newsletter" (the same on every page of a site), the "More reviews"
    cards (headlines and their "by <critic>" lines), the navigation and the footer;
  * social-embeds-story: a news story quoting social media posts. The body is the story's
    paragraphs and subheadings AND the words of each embedded post (newsrooms treat a quoted post
    as part of the story): an X post's text (<blockquote class="twitter-tweet"><p>, without the
    trailing "pic.twitter.com/..." link, which is neither), a Bluesky or Threads post's text, an
    Instagram post's caption, one body line each in page order. The embed chrome is boilerplate:
    the X/Bluesky attribution line ("— Name (@handle) March 7, 2026"), Instagram's "View this post
    on Instagram" and "A post shared by Name (@handle)", Threads' "Post by @handle" line with its
    date, the "Skip X post by Name" / "End of X post by Name" links some sites wrap around an embed,
    each YouTube embed's caption (as a photo's caption is) and its "Watch on YouTube" fallback
    (neither, three words); so are the byline, the date line, the share bar, the "Follow us ..."
    box (the same on every page of a site), "Trending now" and "More stories" headlines, the
    newsletter box, the navigation and the footer;
  * science-news-references: a science news site's article. The body is the text's paragraphs and
    subheadings, the inline citation markers included as shown ("... in wetlands [2]." on some
    sites, "... in wetlands[2]." on others: the marker is part of the printed sentence). The "Key
    points" box at the top (on some sites: three bullets summarising the study, sentences not in
    the text) is NEITHER, as a standfirst is. Each figure's "Figure 1: ..." caption and its "Image
    credit: ..." line are boilerplate (as a photo's are). The "References" list at the end (each
    entry, authors, title, journal, year and DOI, one snippet each) is BOILERPLATE: apparatus, not
    the article's text (its one-word heading is neither). The "Cite this article" box, the
    "Related research" headlines, the republication notice (the same on every page of a site), the
    disclosure statement (on some sites), the byline, the date line, the share bar, the newsletter
    box, the navigation and the footer are boilerplate.

Families (language; date source; URL and title forms):
  wynd  product-roundup-affiliate  en (US zones); JSON-LD Article datePublished with the offset and
                                   the visible "Published March 7, 2026, 2:30 p.m. EST"; paths
                                   /shopping/<slug>/ or /reviews/<yyyy>/<mm>/<slug>-<6
                                   digits>; <title> "T | Site" or "T - Site Reviews"
  wynd  book-review-infobox        en (London and US zones); <meta
                                   property="article:published_time"> with the offset and the
                                   visible "Sat 7 Mar 2026 07.00 GMT" (British sites) or "March
                                   7, 2026 at 7:00 a.m. EST"; paths /books/<yyyy>/<mon>/<dd>/<slug>
                                   or /arts/books/review-<slug>-<7 digits>.html; <title> "T | Site"
                                   or "T | Books | Site"
  wynd  social-embeds-story        en (US zones, London, Sydney); <time datetime> with the offset
                                   showing "Published 2:30 p.m. EST, Sat March 7 2026" or
                                   "Published 7 March 2026, 14:30"; paths /news/<section>/<slug>-<8 digits> or
                                   /<yyyy>/<mm>/<dd>/<slug>/; <title> "T | Site" or "T - Site"
  wynd  science-news-references    en (London, US zones, Sydney); JSON-LD NewsArticle datePublished
                                   with the offset and the visible "March 7, 2026"; paths
                                   /news/<yyyy>-<mm>-<slug>.html or /research/<slug>-<6 digits>;
                                   <title> "T | Site" or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (`repath`, the
same whichever page renders first); a story's body stays within 4-14 lines of more than six words
and 250-900 words, and `body` is taken from the story after rendering.
"""

from __future__ import annotations

from pipeline.synth.prose import _cap, _w

FAMILIES: dict[str, str] = {
    "product-roundup-affiliate": "wynd",
    "book-review-infobox": "wynd",
    "social-embeds-story": "wynd",
    "science-news-references": "wynd",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "product-roundup-affiliate": ("The {p} Daily News", "{p} Today", "The {p} Star-Ledger", "{p} Live",
                                  "The {p} Dispatch"),
    "book-review-infobox": ("The {p} Review", "The {p} Observer", "{p} Chronicle", "The {p} Spectator",
                            "{p} Literary Times"),
    "social-embeds-story": ("{p} Now", "The {p} Post", "{p} News Network", "The {p} Wire", "{p} Daily Buzz"),
    "science-news-references": ("{p} Science Daily", "The {p} Research Review", "{p} Science Wire",
                                "{p} Discovery News", "The {p} Lab Report"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "product-roundup-affiliate": _US,
    "book-review-infobox": ("Europe/London", "Europe/London", *_US),
    "social-embeds-story": (*_US, "Europe/London", "Australia/Sydney"),
    "science-news-references": ("Europe/London", *_US, "Australia/Sydney"),
}


# --- shared ----------------------------------------------------------------------------------------


def _ampm(d: datetime) -> str:
    """ "2:30 p.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _long_date(d: datetime) -> str:
    """ "March 7, 2026"."""
    return f"{d:%B} {d.day}, {d.year}"


def _sid(o: Story, key: str, lo: int, hi: int) -> int:
    """A number for a story, the same on every page (its URL's id)."""
    return random.Random(f"wynd-{key}-{o.title}").randint(lo, hi)


def _menu(items: tuple[str, ...], cls: str) -> str:
    return f'<nav class="{cls}"><ul>' + "\n".join(
        f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in items
    ) + "</ul></nav>"


def _footer(c: Ctx, items: tuple[str, ...], about: str, cls: str = "site-footer") -> str:
    """The footer: an about line, links, the copyright (all recorded)."""
    c.snip(about)
    c.snip(" ".join(items[:4]))
    cp = c.copyright()
    return (f'<footer class="{cls}"><p class="footer-about">{esc(about)}</p><ul>{_footer_links(items)}</ul>'
            f'<p class="copyright">{esc(cp)}</p></footer>')


def _head(c: Ctx, title: str, extra: list[str]) -> list[str]:
    s = c.story
    lang = "en-GB" if c.pub.tz.startswith("Europe") else "en-AU" if c.pub.tz.startswith("Aus") else "en-US"
    return [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        *extra,
        "</head>",
    ]


def _fresh(r: random.Random, pool: tuple[str, ...], used: set[str], fill: dict[str, object]) -> str:
    """One template of `pool` not in `used` (any again once all are used), filled in."""
    free = [t for t in pool if t not in used] or list(pool)
    t = r.choice(free)
    used.add(t)
    return _cap(t.format(**fill))


def _unseen(r: random.Random, pool: tuple[str, ...], used: set[str], seen: set[str],
            fill: dict[str, object]) -> str:
    """`_fresh`, drawn again (a few times) while the filled-in sentence is already on the page (`seen`)."""
    x = _fresh(r, pool, used, fill)
    for _ in range(30):
        if x not in seen:
            break
        x = _fresh(r, pool, used, fill)
    seen.add(x)
    return x


def _long(blocks: list[tuple[str, str]]) -> tuple[int, int]:
    """The lines of more than six words and their words."""
    long = [t for _, t in blocks if _words(t) > 6]
    return len(long), sum(_words(t) for t in long)


# --- product-roundup-affiliate ---------------------------------------------------------------------

# (plural, singular, model words, features, the test task, the price range)
PR_CATS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str, tuple[int, int]], ...] = (
    ("air fryers", "air fryer", ("AirCrisp", "DuoBasket", "CrispWave", "TurboFry"),
     ("crisping", "basket capacity", "preheat time", "touch controls"), "a bag of frozen fries", (49, 229)),
    ("robot vacuums", "robot vacuum", ("RoboSweep", "CleanPath", "DustPilot", "Orbit"),
     ("suction", "mapping", "battery life", "pet hair pickup"), "a week of crumbs and pet hair", (149, 899)),
    ("electric kettles", "electric kettle", ("RapidBoil", "TempSet", "Pourwell", "Gooseneck"),
     ("boil time", "temperature control", "pour", "keep-warm mode"), "a litre of cold tap water", (25, 149)),
    ("noise-canceling headphones", "pair of headphones", ("QuietOne", "SoundShield", "Hush", "Studio"),
     ("noise canceling", "battery life", "comfort", "call quality"), "a six-hour flight", (79, 449)),
    ("standing desks", "standing desk", ("LiftPro", "Elevate", "Riser", "FlexTop"),
     ("stability", "motor speed", "height range", "memory presets"), "a month of daily use", (249, 899)),
    ("coffee grinders", "coffee grinder", ("BurrMaster", "Grindline", "Crema", "Mill"),
     ("grind consistency", "retention", "noise level", "dosing"), "a week of espresso and pour-over",
     (39, 349)),
    ("portable chargers", "portable charger", ("PowerCore", "Juice", "ChargeGo", "Volt"),
     ("capacity", "charging speed", "port selection", "weight"), "a long weekend away", (19, 129)),
    ("carry-on suitcases", "carry-on suitcase", ("Voyager", "Cabin", "Roamer", "Transit"),
     ("packing space", "wheels", "durability", "handle"), "three round-trip flights", (99, 599)),
    ("space heaters", "space heater", ("WarmWave", "Radiant", "HeatDome", "Ember"),
     ("heat output", "safety features", "thermostat accuracy", "noise level"), "a cold garage office",
     (39, 249)),
    ("blenders", "blender", ("VortexBlend", "Nutri", "PowerMix", "Smoothie"),
     ("blending power", "jar design", "ease of cleaning", "preset programs"), "frozen fruit smoothies",
     (49, 499)),
    ("dehumidifiers", "dehumidifier", ("DryAir", "Moisture", "ClearAir", "Arid"),
     ("water removal", "tank size", "noise level", "humidity sensor"), "a damp basement", (149, 399)),
    ("wireless earbuds", "pair of earbuds", ("AirPods", "Buds", "Pulse", "Echo"),
     ("sound quality", "fit", "battery life", "water resistance"), "daily commutes and gym sessions",
     (49, 299)),
)
PR_BRANDS = _w("Kestrel Novo Brightwell Orra Voltaic Tamsin Larkspur Halden Corvid Pemberton Atlas Quill "
               "Fernley Marlow Zephyr Bexley")
PR_SUFFIXES = ("Pro", "2", "Max", "S", "Mini", "X3", "Plus", "Lite", "500", "Go", "Air", "4")
PR_AWARDS = ("Best overall", "Best value", "Best budget pick", "Best upgrade", "Best for families",
             "Best premium pick", "Best for beginners", "Most versatile", "Best compact pick", "Also great")
PR_RETAILERS = ("Amazon", "Walmart", "Target", "Best Buy", "Home Depot", "Wayfair", "Kohl's")
PR_MENU = ("News", "Local", "Sports", "Business", "Entertainment", "Shopping", "Deals", "Reviews", "Opinion")
PR_FOOTER = ("About Us", "Contact", "Advertise", "Affiliate Disclosure", "Privacy Policy", "Terms of Use",
             "Do Not Sell My Info")
PR_ROLES = ("Commerce Editor", "Senior Reviews Writer", "Home and Kitchen Editor", "Deals Writer",
            "Product Reviewer")
PR_TITLES = (
    "The best {plural} of 2026",
    "The {n} best {plural} of 2026, tested and reviewed",
    "Best {plural} 2026: our top picks after weeks of testing",
    "The best {plural} we tested in 2026",
    "The {n} best {plural} of 2026, according to our experts",
)
PR_INTRO = (
    "Choosing among {plural} is harder than it should be, with dozens of near-identical models and"
    " prices that change every week.",
    "We spent {weeks} weeks putting {tested} {plural} through their paces at home to find the ones"
    " worth your money.",
    "The best {single} makes an everyday chore quicker, and the worst ones end up in a closet within"
    " a month.",
    "Our picks below cover every budget, from a capable bargain to a splurge that earns its price.",
    "Prices have dropped on several of our favorites this spring, so now is a good time to buy.",
    "If you only want one recommendation, our top pick is the one most people should buy.",
)
PR_REVIEW = (
    "The {name} was the most consistent {single} we tested, and it handled {task} without complaint.",
    "Its {feature} impressed us most, beating models that cost twice as much.",
    "{brand} has kept the design simple, with a handful of buttons and a clear display.",
    "Over {days} days of testing, it never once needed a reset or a second attempt.",
    "The {feature2} is merely average, but few people will notice it in everyday use.",
    "If you have a bigger budget, it is worth stepping up to this model for the {feature} alone.",
    "We were pleasantly surprised by how little space the {name} took up.",
    "Setup took under ten minutes, and the instructions were refreshingly clear.",
    "It is not the prettiest {single} on the market, but it is one of the most dependable.",
    "{brand} backs it with a {years}-year warranty, longer than most rivals offer.",
    "For most households, this is the {single} we would buy with our own money.",
    "Budget shoppers get most of what makes pricier models good, minus a few extras.",
    "In side-by-side tests with {task}, it finished just behind our top pick.",
    "The companion app is optional, which we count as a plus.",
    "It is noticeably better than the previous version we reviewed last year.",
    "Several of our testers said they would happily replace their current {single} with it.",
    "The {feature} is excellent, although the {feature2} lags behind the leaders.",
    "It costs more than most, but the build quality is obvious the moment you pick it up.",
    "We did find the {feature2} a little disappointing for the price.",
    "Replacement parts are easy to find, which should keep it going for years.",
    "The {name} is the one to get if {feature} matters more to you than anything else.",
    "We liked the {name} more the longer we used it, which is not true of every {single} here.",
    "{brand} sells it in three finishes, and the darker ones hide wear best.",
    "At its usual price the {name} is fair value; on sale it is a steal.",
    "Compared with our top pick, the {name} gives up a little {feature} for a much lower price.",
    "The {name} earned its place on this list mostly thanks to its {feature}.",
    "Our testers rated the {name} highly for {feature}, but less so for {feature2}.",
    "The {brand} support line answered our questions quickly and politely.",
)
PR_PROS = ("Excellent {feature}", "Strong {feature2}", "Simple to set up", "Easy to clean", "Quiet in use",
           "Great value for money", "Long warranty", "Compact footprint", "Sturdy build",
           "Intuitive controls")
PR_CONS = ("A bit pricey", "Mediocre {feature2}", "Bulky for small homes", "App can be fiddly",
           "Short power cord", "Loud on the top setting", "Limited color options", "Often out of stock",
           "No carrying case", "Fingerprint-prone finish")
PR_TESTED = (
    "We tested every {single} on this list at home over {weeks} weeks, using each one the way you would.",
    "Every model faced the same real-world test, {task}, and we scored its {feature} on a ten-point scale.",
    "We also judged how easy each one was to set up, clean and store between uses.",
    "Models that broke, leaked or disappointed on the basics were cut from the list before scoring.",
    "We revisit this guide every few months and retest when manufacturers release new versions.",
    "Prices were checked on the day of publication and may have changed since.",
)


def _pr_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"pr-plan-{k}-{attempt}")
    cat = r.randrange(len(PR_CATS))
    n = r.randint(5, 8)
    title = _cap(r.choice(PR_TITLES).format(plural=PR_CATS[cat][0], n=n))
    return title, {"cat": cat, "n": n, "seed": f"{k}-{attempt}"}


def render_product_roundup_affiliate(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _pr_plan)
    s, d = c.story, c.story.published
    site = c.stable("pr")
    numbered = site.random() < 0.5
    guides = site.random() < 0.5
    widget = site.random() < 0.6

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if guides:
            return f"/shopping/{slug}/"
        return f"/reviews/{o.published:%Y/%m}/{slug}-{_sid(o, 'pr', 100000, 999999)}"

    c.repath(path)
    plural, single, models, features, task, (lo, hi) = PR_CATS[g["cat"]]
    r = c.stable(f"pr-body-{g['seed']}")
    n = g["n"]
    brands = r.sample(PR_BRANDS, n)
    awards = ["Best overall", *r.sample(PR_AWARDS[1:], n - 1)]
    products: list[dict[str, Any]] = []
    names: set[str] = set()
    seen: set[str] = set()
    for i in range(n):
        name = f"{brands[i]} {r.choice(models)} {r.choice(PR_SUFFIXES)}"
        while name in names:
            name = f"{brands[i]} {r.choice(models)} {r.choice(PR_SUFFIXES)}"
        names.add(name)
        f1, f2 = r.sample(features, 2)
        fill: dict[str, object] = {"name": name, "brand": brands[i], "single": single, "task": task,
                                   "feature": f1, "feature2": f2, "days": r.randint(10, 40),
                                   "years": r.randint(2, 5)}
        used: set[str] = set()
        paras = [[_unseen(r, PR_REVIEW, used, seen, fill) for _ in range(r.randint(2, 3))]]
        if n <= 6 and r.random() < 0.5:
            paras.append([_unseen(r, PR_REVIEW, used, seen, fill) for _ in range(2)])
        pros = [x.format(**fill) for x in r.sample(PR_PROS, r.randint(2, 3))]
        cons = [x.format(**fill) for x in r.sample(PR_CONS, r.randint(1, 2))]
        price = r.randint(lo, hi)
        shops = r.sample(PR_RETAILERS, r.randint(1, 2))
        prices = [price] + [price + r.choice((-6, -3, 2, 5, 10, 15)) for _ in shops[1:]]
        head = f"{i + 1}. {name}" if numbered else f"{awards[i]}: {name}"
        products.append({"name": name, "head": head, "paras": paras, "pros": pros, "cons": cons,
                         "shops": list(zip(shops, prices, strict=True)), "award": awards[i], "fill": fill,
                         "used": used})
    ifill: dict[str, object] = {"plural": plural, "single": single, "weeks": r.randint(3, 10),
                                "tested": n + r.randint(4, 14)}
    iused: set[str] = set()
    intro = [[_fresh(r, PR_INTRO, iused, ifill) for _ in range(2)]]
    if r.random() < 0.5:
        intro.append([_fresh(r, PR_INTRO, iused, ifill) for _ in range(2)])
    tfill = {**ifill, "task": task, "feature": features[0]}
    tused: set[str] = set()
    tested = [[_fresh(r, PR_TESTED, tused, tfill) for _ in range(r.randint(2, 3))]]
    if r.random() < 0.5:
        tested.append([_fresh(r, PR_TESTED, tused, tfill) for _ in range(2)])

    def blocks() -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = [("p", " ".join(x)) for x in intro]
        for pr in products:
            out.append(("h2" if numbered else "h3", pr["head"]))
            out += [("p", " ".join(x)) for x in pr["paras"]]
            out += [("li", x) for x in pr["pros"]]
            out += [("li", x) for x in pr["cons"]]
        out.append(("h2", "How we tested"))
        return out + [("p", " ".join(x)) for x in tested]

    k = 0
    while _long(blocks())[1] < 270 and k < 80:
        pr = products[k % n]
        pr["paras"][-1].append(_unseen(r, PR_REVIEW, pr["used"], seen, pr["fill"]))
        k += 1
    while _long(blocks())[1] > 880:
        pr = max(products, key=lambda p: sum(len(x) for x in p["paras"]))
        if len(pr["paras"][-1]) > 1:
            pr["paras"][-1].pop()
        else:
            pr["paras"].pop()
    while _long(blocks())[0] > 14:
        two = [p for p in products if len(p["paras"]) > 1]
        if two:
            two[-1]["paras"].pop()
        else:
            tested[-1:] = []
    _set_body(s, blocks())
    dr = _page_rng(c, "pr-page")
    c.snip(" ".join(PR_MENU[:5]))
    role = c.stable(f"pr-role-{s.author.name}").choice(PR_ROLES)
    byline = c.snip(f"By {s.author.name}, {role}")
    shown = c.snip(f"Published {_long_date(d)}, {_ampm(d)} {d.tzname()}")
    disclosure = c.snip(
        f"We may earn a commission when you buy through links on {pub.name}. Our editors pick every product"
        " independently, and retailers never see our reviews before publication."
    )
    share = _share_bar(c, "share-tools")
    trust_head = c.snip("Why you can trust us")
    trust = c.snip(
        f"{pub.name} has reviewed consumer products since {site.randint(2009, 2019)}. We buy or borrow every"
        f" product we test, and our {site.choice(('shopping', 'reviews', 'commerce'))} team works"
        " separately from the newsroom and the advertising department."
    )
    more = c.pick_others(dr.randint(3, 5))
    c.snip("More shopping guides")
    _snip_titles(c, more)
    news_head = c.snip("Get the best deals in your inbox")
    news = c.snip(f"Sign up for the {pub.short} Deals newsletter: our favorite sales and product picks,"
                  " every Tuesday and Friday.")
    foot = _footer(c, PR_FOOTER, f"{pub.name} is part of the {_place(c)} Media Group.")
    sections: list[str] = []
    for i, pr in enumerate(products):
        img = _hex(dr, 16)
        credit = c.snip(f"Photo: {dr.choice(pub.authors).name} / {pub.name}")
        buttons = []
        for shop, price in pr["shops"]:
            label = c.snip(f"Buy at {shop} ${price}")
            buttons.append(f'<a class="buy-button" href="https://shop.example/{_slug(shop)}/'
                           f'{_hex(dr, 10)}?tag={pub.token}-20" rel="sponsored nofollow" target="_blank">'
                           f"{esc(label)}</a>")
        best_shop, best = min(pr["shops"], key=lambda x: x[1])
        price_html = ""
        if widget:
            low = c.snip(f"Lowest price today: ${best} at {best_shop}")
            price_html = f'<div class="price-widget"><span class="pw-label">{esc(low)}</span></div>'
        tag = "h2" if numbered else "h3"
        pc = (
            '<div class="pros-cons"><div class="pros"><h4>Pros</h4><ul>'
            + "".join(f"<li>{esc(x)}</li>" for x in pr["pros"])
            + '</ul></div>\n<div class="cons"><h4>Cons</h4><ul>'
            + "".join(f"<li>{esc(x)}</li>" for x in pr["cons"])
            + "</ul></div></div>"
        )
        sections += [
            f'<section class="product-card" id="product-{i + 1}">',
            f'<{tag} class="product-name">{esc(pr["head"])}</{tag}>',
            f'<figure class="product-image"><img src="/img/products/{img}.jpg" alt="{esc(pr["name"])}"'
            f' width="800" height="800"><figcaption class="credit">{esc(credit)}</figcaption></figure>',
            '<div class="buy-buttons">' + "\n".join(buttons) + "</div>",
            price_html,
            *[f"<p>{c.inline(' '.join(x))}</p>" for x in pr["paras"]],
            pc,
            "</section>",
        ]
    table = ""
    if dr.random() < 0.5:
        rows = "\n".join(
            f"<tr><td>{esc(pr['name'])}</td><td>${min(p for _, p in pr['shops'])}</td>"
            f"<td>{esc(pr['award'])}</td></tr>" for pr in products
        )
        table = ('<div class="comparison"><table><thead><tr><th>Product</th><th>Price</th><th>Best for</th>'
                 f"</tr></thead><tbody>{rows}</tbody></table></div>")
    data = {"@context": "https://schema.org", "@type": "Article", "headline": s.title,
            "datePublished": c.iso(), "author": {"@type": "Person", "name": s.author.name},
            "publisher": {"@type": "Organization", "name": pub.name}}
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name} Reviews"
    lines = [
        *_head(c, title, [_ldjson(data)]),
        '<body class="commerce-article">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(PR_MENU, "main-nav"),
        "</header>",
        '<main><article class="guide">',
        '<p class="kicker"><a href="/shopping/">Shopping</a></p>',
        f'<p class="affiliate-disclosure"><em>{esc(disclosure)}</em></p>',
        f'<h1 class="guide-title">{esc(s.title)}</h1>',
        f'<div class="guide-meta"><span class="byline">{esc(byline)}</span>'
        f' <time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        '<div class="guide-body">',
        *[f"<p>{c.inline(' '.join(x))}</p>" for x in intro],
        table,
        *sections,
        f'<aside class="trust-box"><h3>{esc(trust_head)}</h3><p>{esc(trust)}</p></aside>',
        '<section class="how-we-tested"><h2>How we tested</h2>',
        *[f"<p>{esc(' '.join(x))}</p>" for x in tested],
        "</section>",
        "</div>",
        '<section class="more-guides"><h3>More shopping guides</h3><ul>' + _links(more) + "</ul></section>",
        f'<div class="newsletter-box"><h3>{esc(news_head)}</h3><p>{esc(news)}</p>'
        '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>',
        "</article></main>",
        foot,
    ]
    return _end_page(c, [x for x in lines if x], "cookie-banner", "Accept all")


# --- book-review-infobox ---------------------------------------------------------------------------

BK_ADJ = _w("Salt Glass Winter Quiet Lantern Burning Hollow Paper Northern Last Drowned Borrowed Silver "
            "Small Long Bitter")
BK_NOUNS = _w("Orchard Ferry Ledger Harbour Archive Tide Garden Summer Country Lighthouse Inheritance "
              "Weather Houses Daughters Season River")
BK_GENRES = ("novel", "debut novel", "thriller", "historical novel", "crime novel")
BK_HEROINES = _w("Nell Ada Marguerite Iris Bea Ruth Hester Lena Oona Cass")
BK_HEROES = _w("Tom Elias Jonah Felix Cal Ned Arthur Rafe Silas Abel")
BK_JOBS = ("ferry pilot", "schoolteacher", "lighthouse keeper", "archivist", "pharmacist", "fishmonger",
           "night-shift nurse", "estate agent", "cartographer", "piano tuner")
BK_THEMES = ("grief", "inheritance", "class", "memory", "faith", "belonging", "ambition", "guilt")
BK_PUBLISHERS = ("Harbour House", "Fallow Press", "Kingfisher Books", "Penrose & Hale", "Lantern Editions",
                 "Greyfriars", "Marram Press", "Oxbow Books")
BK_SHOPS_US = ("Bookshop.org", "Amazon", "Barnes & Noble")
BK_SHOPS_UK = ("Bookshop.org", "Waterstones", "Amazon")
BK_VERDICTS = (
    "a tender portrait of a family on the edge",
    "a thriller that never lets up",
    "grief, greed and a very English village",
    "an audacious, uneven debut",
    "a quietly devastating story of {theme}",
    "a page-turner with real depth",
    "{theme} on a grand scale",
    "an unforgettable study of {theme}",
)
BK_TITLES = (
    "{book} by {author} review \u2013 {verdict}",
    "Review: {author}'s {book} is {verdict}",
    "{book} by {author}: {verdict}",
    "In {book}, {author} delivers {verdict}",
)
BK_SENTS = (
    "{surname}'s {ordinal} {genre} opens in {town} in the {decade}, where {hero} works as {a_job}.",
    "{Hero} has spent most of {their} life keeping other people's secrets, and the book is at its best"
    " when those secrets begin to leak.",
    "What follows is a story about {theme}, told with unusual patience.",
    "{surname} writes about {town} with the precision of someone who has lived there a long time.",
    "The prose is plain but never flat, and several passages demand to be read twice.",
    "The middle section drags a little, as a subplot about a missing brother takes over.",
    "By the final third, though, the pages turn themselves.",
    "{Hero}'s friendship with {other}, a widowed {job2}, gives the novel its warmest scenes.",
    "There are echoes of {influence} here, but the voice is entirely {surname}'s own.",
    "Not every thread is tied up, and readers who like tidy endings may be frustrated.",
    "The dialogue is sharp and often very funny, which keeps the darker material from overwhelming it.",
    "{surname} is particularly good on the small humiliations of work and money.",
    "The {decade} setting is lightly worn, conjured through radios, ration books and weather.",
    "At {pages} pages it is longer than it needs to be, yet it rarely feels padded.",
    "A late revelation recasts everything that came before, and it is earned rather than engineered.",
    "Where {prior} was all noise and invention, this book is quieter and more assured.",
    "The sea is almost a character in its own right, changing mood from chapter to chapter.",
    "It is a book about what families choose not to say, and the cost of that silence.",
    "Some readers will find {hero} maddening, but that is rather the point.",
    "The ending is generous without being sentimental, which is harder to pull off than it looks.",
    "This is a writer in full command of the material, and a book that deserves a wide audience.",
    "{surname} resists easy answers, and the novel is braver for it.",
    "Minor characters are drawn with the same care as the leads, from the gossiping postmistress to the"
    " vicar who cannot stop apologising.",
    "It would make a fine television series, but read it first.",
    "The chapters alternate between {hero}'s point of view and {other}'s, a device that pays off in the"
    " final act.",
    "There is real anger in these pages, directed at institutions that fail the people they serve.",
    "Few novels this year have captured {theme} with such clarity.",
    "Even the weather seems to be keeping secrets in {town}.",
)
BK_INFLUENCE = ("Elizabeth Strout", "Graham Greene", "Hilary Mantel", "Kent Haruf", "Sarah Waters",
                "Ian McEwan", "Anne Tyler", "Colm Toibin")
BK_MENU = ("News", "Opinion", "Culture", "Books", "Film", "Music", "TV & Radio", "Lifestyle")
BK_FOOTER = ("About us", "Contact us", "Complaints and corrections", "Privacy policy", "Cookie policy",
             "Terms and conditions")
BK_DECADES = ("1950s", "1960s", "1970s", "1980s", "1940s")


def _book(r: random.Random) -> str:
    form = r.randrange(3)
    if form == 0:
        return f"The {r.choice(BK_ADJ)} {r.choice(BK_NOUNS)}"
    if form == 1:
        return f"{r.choice(BK_ADJ)} {r.choice(BK_NOUNS)}"
    return f"The {r.choice(BK_NOUNS)} at {r.choice(BK_NOUNS)}"


def _bk_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"bk-plan-{k}-{attempt}")
    book = _book(r)
    author = f"{r.choice(FIRST_NAMES['en'])} {r.choice(SURNAMES['en'])}"
    theme = r.choice(BK_THEMES)
    verdict = r.choice(BK_VERDICTS).format(theme=theme)
    title = r.choice(BK_TITLES).format(book=book, author=author, verdict=verdict)
    return title, {"book": book, "author": author, "theme": theme, "stars": r.choice((2, 3, 3, 4, 4, 4, 5)),
                   "seed": f"{k}-{attempt}"}


def _gb_date(d: datetime) -> str:
    """ "Sat 7 Mar 2026 07.00 GMT"."""
    return f"{d:%a} {d.day} {d:%b %Y %H.%M} {d.tzname()}"


def render_book_review_infobox(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _bk_plan)
    s, d = c.story, c.story.published
    site = c.stable("bk")
    british = pub.tz == "Europe/London"
    beside = site.random() < 0.5
    dated_path = site.random() < 0.5
    money = "\u00a3" if british else "$"

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated_path:
            return f"/books/{o.published:%Y}/{o.published:%b}/{o.published:%d}/{slug}".lower()
        return f"/arts/books/review-{slug}-{_sid(o, 'bk', 10**6, 10**7 - 1)}.html"

    c.repath(path)
    r = c.stable(f"bk-body-{g['seed']}")
    book, author, theme = g["book"], g["author"], g["theme"]
    female = r.random() < 0.5
    hero = r.choice(BK_HEROINES if female else BK_HEROES)
    other = r.choice(BK_HEROES if female else BK_HEROINES)
    pages = r.randint(18, 52) * 10 + r.choice((0, 4, 8))
    job = r.choice(BK_JOBS)
    prior = _book(r)
    while prior == book:
        prior = _book(r)
    fill: dict[str, object] = {
        "surname": author.split()[-1], "ordinal": r.choice(("second", "third", "fourth", "first")),
        "genre": r.choice(BK_GENRES), "town": prose_for("en", r).place(), "decade": r.choice(BK_DECADES),
        "hero": hero, "Hero": hero, "their": "her" if female else "his", "job": job,
        "job2": r.choice(BK_JOBS), "other": other, "theme": theme, "influence": r.choice(BK_INFLUENCE),
        "pages": pages, "prior": prior, "a_job": ("an " if job[0] in "aeiou" else "a ") + job,
    }
    if fill["ordinal"] == "first" or fill["genre"] == "debut novel":
        fill["genre"] = "debut novel"
        fill["ordinal"] = r.choice(("assured", "remarkable", "ambitious"))
    used: set[str] = set()
    sents: list[list[str]] = [[_fresh(r, BK_SENTS[:1], used, fill)] + [_fresh(r, BK_SENTS[1:], used, fill)
                                                                       for _ in range(r.randint(1, 2))]]
    for _ in range(r.randint(3, 7)):
        sents.append([_fresh(r, BK_SENTS[1:], used, fill) for _ in range(r.randint(2, 3))])
    while sum(_words(" ".join(x)) for x in sents) < 270:
        sents[-1].append(_fresh(r, BK_SENTS[1:], used, fill))
    while sum(_words(" ".join(x)) for x in sents) > 880:
        max(sents, key=len).pop()
    _set_body(s, [("p", " ".join(x)) for x in sents])
    dr = _page_rng(c, "bk-page")
    c.snip(" ".join(BK_MENU[:5]))
    dek = ""
    if site.random() < 0.6:
        dek = _cap(r.choice((
            f"{author} returns with a story of {theme} set on a windswept stretch of coast.",
            f"A family's buried history surfaces in this study of {theme} from {author}.",
            f"{author} turns a small-town mystery into something much larger.",
        )))
    byline = c.snip(f"Reviewed by {s.author.name}" if dr.random() < 0.5 else f"By {s.author.name}")
    shown = c.snip(_gb_date(d) if british else f"{_long_date(d)} at {_ampm(d)} {d.tzname()}")
    share = _share_bar(c, "share-bar")
    stars = g["stars"]
    star_chars = "\u2605" * stars + "\u2606" * (5 - stars)
    rating = c.snip(f"Rating: {stars} out of 5 stars") if not british or site.random() < 0.5 else ""
    publisher = r.choice(BK_PUBLISHERS)
    price = f"{money}{r.choice((16, 18, 20, 22, 25, 28, 30))}.{r.choice(('00', '99', '95'))}"
    meta_line = c.snip(f"{publisher} \u00b7 {pages} pages \u00b7 {price}")
    shops = BK_SHOPS_UK if british else BK_SHOPS_US
    buys = [c.snip(f"Buy from {x} {money}{r.randint(12, 27)}.{r.choice(('49', '99', '04', '50'))}")
            for x in shops[: dr.randint(2, 3)]]
    aff = c.snip(f"{pub.name} may earn a commission if you buy a book through these links.")
    box = (
        f'<aside class="book-details{" book-details--float" if beside else ""}">'
        f'<img class="cover" src="/covers/{_hex(dr, 12)}.jpg" alt="Cover of {esc(book)}" width="180">'
        f'\n<h3 class="bd-title">{esc(book)}</h3>\n<p class="bd-author">by {esc(author)}</p>'
        f'\n<p class="bd-meta">{esc(meta_line)}</p>'
        '\n<div class="bd-buy"><h4>Buy the book</h4>\n'
        + "\n".join(f'<a class="bd-button" href="https://shop.example/{_slug(x.split(" ")[2])}/{_hex(dr, 8)}"'
                  f' rel="sponsored">{esc(x)}</a>' for x in buys)
        + f'\n<p class="bd-note">{esc(aff)}</p></div></aside>'
    )
    closing = ""
    if british:
        shop = r.choice(("the bookshop", "bookshop.org", "our books shop"))
        closing = c.snip(f"{book} by {author} is published by {publisher} ({price}). To support {pub.name},"
                         f" order your copy at {shop}. Delivery charges may apply.")
    news = c.snip(f"Sign up for our books newsletter: new reviews, author interviews and the week's best"
                  f" reads from {pub.name}, every Friday.")
    more = c.pick_others(dr.randint(3, 4))
    c.snip("More reviews")
    cards = []
    for o in more:
        c.snip(o.title)
        critic = dr.choice(pub.authors).name
        cards.append(f'<div class="review-card"><a href="{esc(o.path)}">{esc(o.title)}</a>'
                     f'<p class="rc-by">{esc(c.snip(f"Review by {critic}"))}</p></div>')
    foot = _footer(c, BK_FOOTER, f"{pub.name} books coverage: reviews, interviews and the best new"
                   " fiction and non-fiction.")
    paras = [f"<p>{c.inline(t)}</p>" for _, t in s.blocks]
    pq = ""
    cands = [x for sl in sents[1:-1] for x in sl if 6 <= _words(x) <= 40]
    if cands and len(paras) >= 4:
        sent = dr.choice(cands)
        c.repeated.append(sent)
        pq = f'<aside class="pullquote"><p>\u201c{esc(sent)}\u201d</p></aside>'
        paras.insert(dr.randint(2, len(paras) - 1), pq)
    if beside:
        paras.insert(1, box)
    rating_html = (f'<p class="star-rating" aria-label="{stars} out of 5 stars"><span class="stars">'
                   f"{star_chars}</span>"
                   + (f' <span class="rating-text">{esc(rating)}</span>' if rating else "")
                   + "</p>")
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} | Books | {pub.name}"
    lines = [
        *_head(c, title, [f'<meta property="article:published_time" content="{c.iso()}">',
                          '<meta property="article:section" content="Books">']),
        '<body class="review">',
        f'<header class="masthead"><a href="/">{esc(pub.name)}</a>',
        _menu(BK_MENU, "nav-primary"),
        "</header>",
        '<main><article class="review-article">',
        '<p class="section-label"><a href="/books/">Books</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="standfirst">{esc(dek)}</p>' if dek else "",
        rating_html,
        f'<div class="byline-block"><span class="byline">{esc(byline)}</span>'
        f' <time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        "" if beside else box,
        '<div class="review-body">',
        *paras,
        f'<p class="publication-note"><em>{esc(closing)}</em></p>' if closing else "",
        "</div>",
        f'<div class="newsletter-signup"><p>{esc(news)}</p><form><input type="email"'
        ' placeholder="Your email"><button>Sign up</button></form></div>',
        '<section class="more-reviews"><h2>More reviews</h2>' + "\n".join(cards) + "</section>",
        "</article></main>",
        foot,
    ]
    return _end_page(c, [x for x in lines if x], "consent-banner", "Yes, I'm happy")


# --- social-embeds-story ---------------------------------------------------------------------------

SO_POSTS = (
    "Absolutely gutted to hear about the {noun} in {town}. Thirty years of memories in that place.",
    "We are aware of the situation at the {noun} and are working with partners. Further updates to"
    " follow. {tag}",
    "Huge thanks to everyone who turned out in {town} today. This is what community looks like. {tag}",
    "Can someone explain why nobody asked residents before deciding on the {noun}? Asking for a whole town.",
    "Crews remain at the scene near the {noun} in {town}. Please avoid the area and follow our updates.",
    "This is a great day for {town}. Proud to have campaigned for the {noun} from day one. {tag}",
    "Still no answers on the {noun}. Residents of {town} deserve better than this. {tag}",
    "Just walked past the {noun} and honestly could not believe my eyes. What is going on in {town}?",
    "Statement: we have received the report on the {noun} and will respond in full next week.",
    "Our volunteers have been out since 6am helping clear up around the {noun}. Thank you all. {tag}",
    "The queue for the {noun} this morning went all the way round the block. {town} has spoken.",
    "I have written to the council asking for an urgent meeting about the {noun}. Will share the reply.",
    "Sunrise over {town} this morning, and the {noun} looking better than it has in years. {tag}",
    "Thank you for all the messages. We will reopen as soon as it is safe to do so. {tag}",
)
_YT_LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-"
SO_NOUNS = ("library", "leisure centre", "bus station", "harbour wall", "market hall", "old bridge",
            "swimming pool", "community centre", "old cinema", "town park", "fire station", "pier")
SO_ORG_KINDS = ("Council", "Fire & Rescue", "Police", "Library", "Community Trust", "Lifeboat Station")
SO_CAPTIONS = (
    "Video posted to YouTube shows the scene in {town} on the day.",
    "Footage filmed by a resident shows crowds gathering in {town}.",
    "The council's livestream of the meeting, published on its YouTube channel.",
    "A drone video of {town} shared by a local photographer.",
)
SO_MENU = ("Home", "News", "Trending", "Politics", "Entertainment", "Sport", "Tech", "Video")
SO_FOOTER = ("About", "Editorial standards", "Contact us", "Careers", "Advertise", "Privacy", "Terms")
SO_PLATFORMS = ("x", "x", "bluesky", "instagram", "threads", "youtube")


def _handle_of(name: str, r: random.Random) -> str:
    base = "".join(ch for ch in _ascii(name) if ch.isalnum())
    return base if r.random() < 0.5 else f"{base.lower()}{r.randint(1, 99)}"


def _so_embed(c: Ctx, kind: str, i: int, r: random.Random, skip: bool) -> tuple[str, str]:
    """An embed's HTML and its post text (body; "" for a video), its chrome recorded."""
    s, d = c.story, c.story.published
    town = _place(c) if r.random() < 0.6 else prose_for("en", r).place()
    name = prose_for("en", r).person() if r.random() < 0.5 else f"{town} {r.choice(SO_ORG_KINDS)}"
    handle = _handle_of(name, r)
    when = d - timedelta(hours=r.randint(1, 30))
    pid = r.randint(10**17, 10**18 - 1)
    if kind == "youtube":
        cap = c.snip(r.choice(SO_CAPTIONS).format(town=town))
        vid = "".join(r.choice(_YT_LETTERS) for _ in range(11))
        return (f'<figure class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/'
                f'{vid}" title="YouTube video player" frameborder="0" allowfullscreen></iframe>'
                f'<noscript><a href="https://www.youtube.com/watch?v={vid}">Watch on YouTube</a></noscript>'
                f"<figcaption>{esc(cap)}</figcaption></figure>"), ""
    body = " ".join(s.body().lower().split())
    text = ""
    for _ in range(20):
        text = r.choice(SO_POSTS).format(town=town, noun=r.choice(SO_NOUNS), tag=f"#{town.replace(' ', '')}")
        if " ".join(text.lower().split()) not in body:
            break
    if kind == "x":
        stamp = f"{when:%B} {when.day}, {when.year}"
        c.snip(f"\u2014 {name} (@{handle}) {stamp}")
        pic = (f' <a href="https://t.co/{_hex(r, 10)}">pic.twitter.com/{_hex(r, 10)}</a>'
               if r.random() < 0.4 else "")
        html = (f'<blockquote class="twitter-tweet" data-dnt="true">'
                f'<p lang="en" dir="ltr">{esc(text)}{pic}</p>'
                f'&mdash; {esc(name)} (@{handle}) <a href="https://twitter.com/{handle}/status/{pid}">'
                f"{stamp}</a></blockquote>")
        label = "X"
    elif kind == "bluesky":
        stamp = f"{when:%B} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M} {when:%p}"
        c.snip(f"\u2014 {name} (@{handle.lower()}.bsky.social) {stamp}")
        html = (f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:{_hex(r, 24)}/'
                f'app.bsky.feed.post/{_hex(r, 13)}"><p lang="en">{esc(text)}</p>&mdash; {esc(name)} (<a href="https://bsky.app/'
                f'profile/{handle.lower()}.bsky.social">@{handle.lower()}.bsky.social</a>) <a href="https://bsky.'
                f'app/profile/{handle.lower()}.bsky.social/post/{_hex(r, 13)}">{stamp}</a></blockquote>')
        label = "Bluesky"
    elif kind == "instagram":
        view = c.snip("View this post on Instagram")
        shared = c.snip(f"A post shared by {name} (@{handle.lower()})")
        code = _hex(r, 11)
        html = (f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink='
                f'"https://www.instagram.com/p/{code}/" data-instgrm-version="14"><div>'
                f'<a href="https://www.instagram.com/p/{code}/" target="_blank">{esc(view)}</a></div>'
                f'<p class="ig-caption">{esc(text)}</p>'
                f'<p class="ig-credit"><a href="https://www.instagram.com/p/{code}/">{esc(shared)}</a></p>'
                "</blockquote>")
        label = "Instagram"
    else:
        stamp = f"{when:%m/%d/%y}"
        line = c.snip(f"Post by @{handle.lower()} \u00b7 {stamp} \u00b7 View on Threads")
        code = _hex(r, 11)
        html = (f'<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/'
                f'@{handle.lower()}/post/{code}" data-text-post-version="0">'
                f'<p class="tp-text">{esc(text)}</p>'
                f'<a href="https://www.threads.net/@{handle.lower()}/post/{code}">{esc(line)}</a></blockquote>')
        label = "Threads"
    if skip:
        a = c.snip(f"Skip {label} post by {name}")
        b = c.snip(f"End of {label} post by {name}")
        html = (f'<div class="social-embed"><a class="skip-link" href="#end-of-post-{i}">{esc(a)}</a>{html}'
                f'<p class="end-of-post" id="end-of-post-{i}">{esc(b)}</p></div>')
    else:
        html = f'<div class="social-embed">{html}</div>'
    return html, text


def render_social_embeds_story(c: Ctx) -> str:
    pub = c.pub
    s, d = c.story, c.story.published
    site = c.stable("so")
    dated = site.random() < 0.5
    skip = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated:
            return f"/{o.published:%Y/%m/%d}/{slug}/"
        return f"/news/{_slug(o.section)}/{slug}-{_sid(o, 'so', 10**7, 10**8 - 1)}"

    c.repath(path)
    r = _page_rng(c, "so-embeds")
    kinds = [r.choice(SO_PLATFORMS) for _ in range(r.randint(2, 4))]
    if all(k == "youtube" for k in kinds):
        kinds[0] = "x"
    texts = sum(1 for k in kinds if k != "youtube")
    # room for the posts' lines: keep within 14 lines of more than six words
    while _long_lines(s) + texts > 14 and len(_paras(s)) > 4:
        at = _paras(s)[-2]
        del s.blocks[at]
        del s.sentences[at]
    while s.blocks and s.blocks[-1][0] != "p":
        s.blocks.pop()
        s.sentences.pop()
    paras = _paras(s)
    kinds = kinds[: len(paras) - 1]
    if all(k == "youtube" for k in kinds):
        kinds[0] = "x"
    embeds = [_so_embed(c, k, i, r, skip) for i, k in enumerate(kinds)]
    spots = sorted(r.sample(paras[:-1], len(kinds)), reverse=True)
    html_at: dict[int, list[str]] = {}
    for n, at in enumerate(spots):
        html, text = embeds[n]
        if text:
            s.blocks.insert(at + 1, ("embed", text))
            s.sentences.insert(at + 1, [text])
        html_at.setdefault(at, []).append(html)
    _trim(s, 900)
    _fill(s, prose_for("en", _page_rng(c, "so-fill")))
    dr = _page_rng(c, "so-page")
    c.snip(" ".join(SO_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    if pub.tz.startswith("America"):
        shown = c.snip(f"Published {_ampm(d)} {d.tzname()}, {d:%a} {_long_date(d).replace(',', '')}")
    else:
        shown = c.snip(f"Published {d.day} {d:%B %Y}, {d:%H:%M}")
    share = _share_bar(c, "share-row")
    follow = c.snip(f"Follow {pub.name} on X, Instagram and Bluesky for the latest updates.")
    trending = c.pick_others(dr.randint(3, 5))
    c.snip("Trending now")
    _snip_titles(c, trending)
    more = [o for o in c.pick_others(4) if o not in trending][:3]
    _snip_titles(c, more)
    news = c.snip(f"Get the day's biggest stories from {pub.name} in your inbox every morning.")
    foot = _footer(c, SO_FOOTER, f"{pub.name} covers what people in {_place(c)} are talking about.")
    # the blocks in order, each embed's HTML right after the paragraph it follows (its post's text is
    # the body line after that paragraph)
    placed: list[str] = []
    seen = -1
    for tag, text in s.blocks:
        if tag == "p":
            seen += 1
            placed.append(f"<p>{c.inline(text)}</p>")
            placed.extend(html_at.get(paras[seen], []))
        elif tag in ("h2", "h3"):
            placed.append(f"<{tag}>{esc(text)}</{tag}>")
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        *_head(c, title, [f'<meta property="article:published_time" content="{c.iso()}">']),
        '<body class="article-page">',
        f'<header class="top"><a class="brand" href="/">{esc(pub.name)}</a>',
        _menu(SO_MENU, "menu"),
        "</header>",
        '<div class="layout"><main><article>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<div class="meta"><span class="author">{esc(byline)}</span>'
        f' <time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        '<div class="article-body">',
        *placed,
        "</div>",
        f'<div class="follow-box"><p>{esc(follow)}</p></div>',
        '<section class="more-stories"><h2>More stories</h2><ul>' + _links(more) + "</ul></section>",
        "</article></main>",
        '<aside class="sidebar"><h3>Trending now</h3><ol>' + _links(trending) + "</ol>"
        f'<div class="newsletter"><p>{esc(news)}</p><button>Subscribe</button></div></aside></div>',
        foot,
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
        '<script async src="https://www.instagram.com/embed.js"></script>',
    ]
    return _end_page(c, [x for x in lines if x], "cookie-bar", "Got it")


# --- science-news-references -----------------------------------------------------------------------

# (section, subject plural, place, what was measured, the finding, method, journal, DOI prefix)
SC_TOPICS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("Environment", "seagrass meadows", "along temperate coasts", "carbon storage",
     "store far more carbon than previously thought", "sediment cores", "Nature Geoscience", "10.1038"),
    ("Biology", "bumblebees", "in farmland", "foraging range", "learn new routes faster than expected",
     "tiny radio tags", "Current Biology", "10.1016"),
    ("Health", "gut microbes", "in older adults", "sleep quality", "may influence how well people sleep",
     "stool samples and sleep diaries", "Nature Medicine", "10.1038"),
    ("Space", "rocky exoplanets", "around red dwarf stars", "atmospheric signals",
     "may hold thin atmospheres", "telescope spectra", "The Astrophysical Journal", "10.3847"),
    ("Climate", "mountain glaciers", "in the Andes", "melt rates",
     "are shrinking twice as fast as in the 1990s", "satellite images", "Geophysical Research Letters",
     "10.1029"),
    ("Archaeology", "Bronze Age settlements", "in river valleys", "trade networks",
     "traded tin across hundreds of miles", "isotope analysis", "Antiquity", "10.15184"),
    ("Neuroscience", "zebrafish larvae", "in the laboratory", "memory formation",
     "form memories while they sleep", "whole-brain imaging", "Neuron", "10.1016"),
    ("Materials", "plant-based plastics", "in seawater", "breakdown times", "break down within months",
     "accelerated ageing tests", "Science Advances", "10.1126"),
)
SC_TITLES = (
    "{Subject} {finding}, study finds",
    "{Subject} {place} {finding}, researchers say",
    "New research suggests {subject} {finding}",
    "Scientists find {subject} {place} {finding}",
)
SC_SENTS = (
    "The team, led by {lead} at the University of {uni}, studied {subject} at {sites} sites over {years}"
    " years.",
    "Previous work had suggested the effect was small, but those studies relied on far fewer samples{c}.",
    "Using {method}, the researchers tracked changes in {measure} across the seasons.",
    "The results suggest that {subject} {finding}, a conclusion that surprised even the authors.",
    "{lead_last} said the size of the effect was the most striking finding.",
    "\u201cWe expected to see a difference, but not one this large,\u201d {lead_last} said.",
    "Independent experts said the study was carefully designed, though they cautioned against"
    " over-interpreting a single dataset.",
    "The findings build on a growing body of research into {measure}{c}.",
    "Similar patterns have been reported elsewhere, although with smaller samples{c}.",
    "The researchers now plan to repeat the measurements at {sites2} more sites.",
    "Funding for the work came from a national research council and two charitable foundations.",
    "One limitation is that the data come from a relatively narrow range of conditions.",
    "{other}, who was not involved in the research, called the results \u201can important step\u201d.",
    "If confirmed, the results could change how scientists model {measure}{c}.",
    "The analysis took into account differences in temperature, season and sampling method.",
    "Roughly {pct} per cent of the variation could be explained by {measure} alone.",
    "Earlier estimates were based on models rather than direct observations{c}.",
    "The team shared its data openly so that other groups can test the conclusions.",
    "Not everyone is convinced, and some researchers argue that the sample was too small to generalise.",
    "The next step is to understand the mechanism behind the pattern.",
)
SC_HEADS = ("What the team found", "How the study worked", "Why it matters", "What comes next",
            "Some caveats")
SC_KEYPOINTS = (
    "{Subject} {place} were studied over several years.",
    "The team measured {measure} using {method}.",
    "The results suggest {subject} {finding}.",
    "Researchers say more work is needed before firm conclusions are drawn.",
    "The study was published in {journal}.",
)
SC_CAPTIONS = (
    "Changes in {measure} recorded at the study sites over time.",
    "Researchers collecting samples of {subject} {place}.",
    "A map of the sites where {subject} were sampled.",
    "The main result: {measure} compared across the study groups.",
)
SC_MENU = ("News", "Environment", "Health", "Space", "Biology", "Technology", "Features", "Podcasts")
SC_FOOTER = ("About us", "Our charter", "Editorial policies", "Republishing guidelines", "Contact",
             "Privacy policy")


def _sc_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"sc-plan-{k}-{attempt}")
    t = r.randrange(len(SC_TOPICS))
    _, subject, place, _, finding, *_ = SC_TOPICS[t]
    title = r.choice(SC_TITLES).format(Subject=_cap(subject), subject=subject, place=place, finding=finding)
    return _cap(title), {"topic": t, "seed": f"{k}-{attempt}"}


def _authors(r: random.Random) -> str:
    names = [f"{r.choice(SURNAMES['en'])}, {r.choice(FIRST_NAMES['en'])[0]}." for _ in range(r.randint(1, 4))]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " & " + names[-1]


def render_science_news_references(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _sc_plan)
    s, d = c.story, c.story.published
    site = c.stable("sc")
    spaced = site.random() < 0.5
    keypoints = site.random() < 0.6
    dated = site.random() < 0.5
    disclosure = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated:
            return f"/news/{o.published:%Y-%m}-{slug}.html"
        return f"/research/{slug}-{_sid(o, 'sc', 100000, 999999)}"

    c.repath(path)
    section, subject, place, measure, finding, method, journal, prefix = SC_TOPICS[g["topic"]]
    r = c.stable(f"sc-body-{g['seed']}")
    pr = prose_for("en", r)
    lead = pr.person()
    fill: dict[str, object] = {
        "lead": lead, "lead_last": lead.split()[-1], "uni": pr.place(), "subject": subject,
        "Subject": _cap(subject), "place": place, "measure": measure, "finding": finding, "method": method,
        "journal": journal, "sites": r.randint(4, 60), "sites2": r.randint(5, 30), "years": r.randint(2, 12),
        "other": pr.person(), "pct": r.randint(20, 70), "c": "{c}",
    }
    used: set[str] = set()
    n = r.randint(5, 10)
    paras = [[_fresh(r, SC_SENTS[:1], used, fill), _fresh(r, SC_SENTS[1:], used, fill)]]
    for _ in range(n - 1):
        paras.append([_fresh(r, SC_SENTS[1:], used, fill) for _ in range(r.randint(1, 3))])
    while sum(_words(" ".join(x)) for x in paras) < 260:
        paras[-1].append(_fresh(r, SC_SENTS[1:], used, fill))
    # the citations: numbered in order of first appearance, one marker a sentence that invites one
    refs = 0
    marked: list[list[str]] = []
    for para in paras:
        out = []
        for sent in para:
            if "{c}" in sent:
                refs += 1
                sent = sent.replace("{c}", f" [{refs}]" if spaced else f"[{refs}]")
            elif refs < 8 and r.random() < 0.2 and sent.endswith("."):
                refs += 1
                sent = sent[:-1] + (f" [{refs}]." if spaced else f"[{refs}].")
            out.append(sent)
        marked.append(out)
    if refs == 0:
        refs = 1
        marked[0][-1] = marked[0][-1][:-1] + (" [1]." if spaced else "[1].")
    blocks: list[tuple[str, str]] = [("p", " ".join(x)) for x in marked]
    if len(blocks) >= 6 and r.random() < 0.6:
        heads = r.sample(SC_HEADS, 2)
        blocks.insert(len(blocks) - 2, ("h2", heads[1]))
        blocks.insert(2, ("h2", heads[0]))
    _set_body(s, blocks)
    dr = _page_rng(c, "sc-page")
    c.snip(" ".join(SC_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    shown = c.snip(f"Published {_long_date(d)}")
    share = _share_bar(c, "share")
    kp = ""
    if keypoints:
        kused: set[str] = set()
        items = [_fresh(r, SC_KEYPOINTS, kused, fill) for _ in range(3)]
        kp = ('<aside class="key-points"><h2>Key points</h2><ul>'
              + "".join(f"<li>{esc(x)}</li>" for x in items)
              + "</ul></aside>")
    figures: list[str] = []
    for i in range(dr.randint(1, 2)):
        cap = c.snip(f"Figure {i + 1}: " + _cap(dr.choice(SC_CAPTIONS).format(**fill)))
        credit = c.snip(f"Image credit: {pr.person()} / University of {fill['uni']}")
        figures.append(f'<figure class="article-figure"><img src="/media/figures/{_hex(dr, 16)}.png" alt=""'
                       f' width="900"><figcaption><p class="fig-caption">{esc(cap)}</p>\n'
                       f'<p class="fig-credit">{esc(credit)}</p></figcaption></figure>')
    ref_items: list[str] = []
    for k in range(1, refs + 1):
        year = r.randint(2008, 2026) if k > 1 else 2026
        jr = journal if k == 1 else r.choice([t[6] for t in SC_TOPICS])
        ptitle = _cap(r.choice((f"{measure} in {subject} {place}", f"Long-term trends in {measure}",
                                f"A global assessment of {measure}", f"Drivers of {measure} in {subject}")))
        doi = (f"https://doi.org/{prefix if k == 1 else '10.1111'}/{_hex(r, 4)}.{year}."
               f"{r.randint(1000, 99999)}")
        ref = c.snip(f"{_authors(r) if k > 1 else lead.split()[-1] + ', ' + lead[0] + '. et al.'} {ptitle}."
                     f" {jr} {r.randint(3, 120)}, {r.randint(1, 900)} ({year}). {doi}")
        ref_items.append(f'<li id="ref-{k}">{esc(ref)}</li>')
    cite = c.snip(f"{s.author.name} ({d.year}, {d:%B} {d.day}). {s.title}. {pub.name}. {c.url()}")
    related = c.pick_others(dr.randint(3, 4))
    c.snip("Related research")
    _snip_titles(c, related)
    repub = c.snip(f"Republish this article: {pub.name} stories can be republished for free under a Creative"
                   " Commons Attribution-NoDerivatives 4.0 licence.")
    disc = c.snip(f"Disclosure statement: {lead} receives funding from a national research council."
                  ) if disclosure else ""
    news = c.snip(f"Get the week's most important science stories from {pub.name}, free, every Thursday.")
    foot = _footer(c, SC_FOOTER, f"{pub.name} is an independent, not-for-profit science newsroom.")

    def para_html(text: str) -> str:
        h = esc(text)
        return "<p>" + re.sub(r"\[(\d+)\]", r'<sup class="cite"><a href="#ref-\1">[\1]</a></sup>', h) + "</p>"

    body_html: list[str] = []
    for tag, text in s.blocks:
        body_html.append(para_html(text) if tag == "p" else f"<{tag}>{esc(text)}</{tag}>")
    body_html = _insert_after(body_html, "<p>", [(dr.randint(0, 2), figures[0]),
                                                 *[(dr.randint(3, 6), f) for f in figures[1:]]])
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
            "datePublished": c.iso(), "author": {"@type": "Person", "name": s.author.name},
            "publisher": {"@type": "Organization", "name": pub.name}, "articleSection": section}
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        *_head(c, title, [_ldjson(data)]),
        '<body class="science-article">',
        f'<header class="site-head"><a href="/">{esc(pub.name)}</a>',
        _menu(SC_MENU, "sections"),
        "</header>",
        "<main><article>",
        f'<p class="topic-label">{esc(section)}</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="article-meta"><span class="byline">{esc(byline)}</span>'
        f' <time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        kp,
        '<div class="article-text">',
        *body_html,
        "</div>",
        f'<p class="disclosure">{esc(disc)}</p>' if disc else "",
        '<section class="references"><h2>References</h2>\n<ol>' + "\n".join(ref_items) + "</ol></section>",
        f'<div class="cite-box"><h3>Cite this article</h3><p>{esc(cite)}</p></div>',
        f'<div class="republish"><p>{esc(repub)}</p><button>Republish</button></div>',
        '<section class="related-research"><h3>Related research</h3><ul>' + _links(related)
        + "</ul></section>",
        f'<div class="newsletter"><p>{esc(news)}</p></div>',
        "</article></main>",
        foot,
    ]
    return _end_page(c, [x for x in lines if x], "cookie-notice", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "product-roundup-affiliate": render_product_roundup_affiliate,
    "book-review-infobox": render_book_review_infobox,
    "social-embeds-story": render_social_embeds_story,
    "science-news-references": render_science_news_references,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
import re  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _fill,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _long_lines,
    _page_rng,
    _paras,
    _place,
    _retitle,
    _set_body,
    _share_bar,
    _snip_titles,
    _trim,
)
from pipeline.synth.prose import FIRST_NAMES, SURNAMES, prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _ascii, _slug, _words, esc  # noqa: E402
