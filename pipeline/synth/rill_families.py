"""Four RILL template families for the synthetic publishers (see `pipeline.synth.publishers`).

"rill" is a thirty-seventh split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `RILL_FAMILIES`: the rill
families are generated only by `generate_corpus("rill")`, so every other corpus is as it was. All
four are English-language sections of US news sites (their publishers' zones are the four US
mainland zones, `FAMILY_ZONES`) whose content is not a plain news story: an obituary, a recipe, a
product review with its scorecard and a podcast episode with its transcript. Three of them give
every story of a publisher a headline of its kind (a name and dates, a recipe name, a product
review headline) and write the page's own body from scratch (`kit._retitle`: the same headlines
whichever page renders first); the podcast keeps the story's headline as the episode's title.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a list inside
the text is body, one line per item. The choices each family makes for the debatable parts:
  * obituaries-legacy: a newspaper's obituary page on a funeral-home partner platform: the title is
    the person's name and years ("Margaret Ellen Hughes 1941 – 2026", the <h1>, the years in a
    <span> of it); the obituary text is body, one line per paragraph, the survivors, the services
    and the memorial-contributions paragraphs included (the family wrote them as part of the
    notice), and so is a closing farewell line the family wrote ("Rest easy, ..."); the portrait has
    no caption; the "Published by <paper> on Jan. 20, 2026." line, "Sign the Guest Book", "Send
    flowers to the <surname> family", the guest book's heading and the readers' condolence entries
    (message and signature lines), the funeral home's box ("Funeral services provided by:", the
    address, the website link), "Share this obituary ...", "Obituaries near <town>, <ST>" and the
    names listed under it, the obituary-notice e-mail sign-up, "Place an obituary ..." call, the
    partner platform line, the navigation and the footer are boilerplate;
  * recipe-desk: a newspaper food section's recipe on WordPress with a recipe-card plugin: the intro
    (two to four paragraphs), the "Ingredients" heading, its group headings ("For the dressing") and
    items (one line each), the "Method"/"Steps"/"Instructions" heading and the numbered steps (one
    line each, without their numbers) are body; the recipe card's times and servings ("Prep 15
    mins", "Serves 4") are neither (the card's data, not prose), as is the card's repeated recipe
    name; "Jump to Recipe Print Recipe Save", the rating widget ("4.6 (212 ratings) Rate this
    recipe"), the "Recipe by ..." byline and the photo credit, the photo caption, the nutrition box
    and its estimate disclaimer, the "Did you make this recipe? Tag ..." line, "More recipes you'll
    love" cards, the newsletter box, the navigation and the footer are boilerplate;
  * product-review-scorecard: a news site's tech/consumer review: the review text and its <h2>
    subheadings are body; the verdict box's score ("8/10"), its "Pros" and "Cons" lists, the specs
    table, the "Where to buy" price widgets with their affiliate disclosure ("We may earn a
    commission ..."), the "How we test" note, the byline, "More reviews", the newsletter, the
    navigation and the footer are boilerplate; the verdict box's one-paragraph summary (<p
    class="verdict-summary">) is neither;
  * podcast-episode-transcript: a news podcast's episode page: the episode summary under the title
    is neither; the audio player block ("Download this episode ..."), the "Listen on <app>" links,
    the credits ("This episode was produced by ...", "Original music by ..."), "This transcript was
    generated ...", "More episodes" (titles and durations), the newsletter, the navigation and the
    footer are boilerplate; the transcript's turns ("SPEAKER NAME: text", one <p> each with the
    speaker in <strong>, 10-20 turns, some of them short: "NAME: Thanks for having me.", the host's
    "NAME: Mm-hmm." before the guest goes on) are body, one line per turn, speaker label included;
    the "Transcript" heading (one word) is neither.

Families (language; date source):
  rill  obituaries-legacy           en (en-US); JSON-LD Article datePublished with offset or
                                    <meta property="article:published_time"> with offset, and the
                                    visible "Published by <paper> on Jan. 20, 2026." (AP months);
                                    paths /us/obituaries/<paper>/name/<first>-<last>-obituary
                                    ?id=<8-9 digits> or /obituaries/<paper>/obituary.aspx
                                    ?n=<first>-<middle>-<last>&pid=<9 digits>;
                                    <title> "T - Obituary - Site" or "Obituary: T | Site"
  rill  recipe-desk                 en (en-US); <meta property="article:published_time"> with
                                    offset, JSON-LD Recipe datePublished with offset, and the
                                    visible "Published March 4, 2026"; paths /food/recipes/<slug>/
                                    or /food/article/<slug>-<8 digits>.php; <title> "T | Site" or
                                    "T Recipe - Site Food"
  rill  product-review-scorecard    en (en-US); JSON-LD Review datePublished with offset and
                                    <time datetime> with offset showing "March 4, 2026"; paths
                                    /tech/reviews/<slug>-review-<6 digits> or
                                    /reviews/<yyyy>/<mm>/<slug>-review/; <title> "T | Site" or
                                    "T - Site Reviews"
  rill  podcast-episode-transcript  en; JSON-LD PodcastEpisode datePublished with offset
                                    and the visible <time datetime> "March 4, 2026 · 24 min";
                                    paths /<yyyy>/<mm>/<dd>/nx-s1-<7 digits>/<slug> or
                                    /podcasts/<show>/episodes/<slug>-<5 digits>; <title>
                                    "T : Show : Site" or "T | Show | Site"
"""

from __future__ import annotations

from pipeline.synth.prose import _cap, _w

FAMILIES: dict[str, str] = {
    "obituaries-legacy": "rill",
    "recipe-desk": "rill",
    "product-review-scorecard": "rill",
    "podcast-episode-transcript": "rill",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "obituaries-legacy": ("The {p} Herald", "{p} Courier", "The {p} Daily Press", "{p} Gazette-Journal"),
    "recipe-desk": ("The {p} Chronicle", "{p} Post-Dispatch", "The {p} Times-Union", "{p} Star Tribune"),
    "product-review-scorecard": ("The {p} Observer", "{p} Daily News", "The {p} Tribune", "{p} Register"),
    "podcast-episode-transcript": ("{p} Public Radio", "The {p} Times", "{p} Public Media", "The {p} Record"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {f: _US for f in FAMILIES}

STATES = ("OH", "PA", "MI", "IN", "WI", "IA", "NY", "KY", "MN", "IL", "MO", "NE")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
)


def _ap_date(d: date) -> str:
    """ "Jan. 20, 2026" or "March 4, 2026" (AP style: March to July in full, September "Sept.")."""
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _long_date(d: date) -> str:
    """ "March 7, 2026" (of a date or a datetime)."""
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _clock(d: datetime) -> str:
    """ "2:30 p.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _lines_fit(blocks: list[tuple[str, str]]) -> tuple[int, int]:
    """The body's lines of more than six words and their words."""
    long = [t for _, t in blocks if _words(t) > 6]
    return len(long), sum(_words(t) for t in long)


def _nav(items: tuple[str, ...], cls: str) -> str:
    return (
        f'<nav class="{cls}">' + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in items) + "</nav>"
    )


# --- obituaries-legacy ---------------------------------------------------------------------------

OB_FEMALE = _w("""Margaret Dorothy Barbara Patricia Joan Shirley Carol Judith Linda Sandra Nancy Janet
    Beverly Marilyn Joyce Donna Kathleen Elaine Phyllis Rosemary Helen Frances Geraldine Lois""")
OB_MALE = _w("""Robert James Richard Donald Kenneth Gerald Ronald Thomas Harold Eugene Raymond Walter
    Dennis Lawrence Carl Roger Wayne Gary Dale Leonard Francis Melvin Arthur Norman""")
OB_MID_F = _w("Ann Marie Louise Jean Elaine Mae Ellen Kay Lynn Rose Joy Irene")
OB_MID_M = _w("Allen Lee Edward Joseph Dean Ray Eugene Paul Francis Michael Lyle")
OB_SURNAMES = _w("""Hughes Kowalski Brennan Whitaker Lindgren Sorensen Mayfield Costello Harmon Pruitt
    Delaney Vogel Ostrowski Callahan Hendricks Larkin Sutherland Pickett Ridley Bauer Novak Haskins
    Tolliver McAllister Fenwick Gustafson Yoder Ashby Kincaid Marsh""")
OB_YOUNG_F = _w("Susan Karen Lisa Jennifer Julie Amy Laura Michelle Angela Denise Kimberly Tammy")
OB_YOUNG_M = _w("Mark David Michael Brian Steven Kevin Scott Todd Jeffrey Greg Daniel Timothy")
OB_JOBS = (
    ("a registered nurse", "{town} Memorial Hospital"),
    ("a second-grade teacher", "{town} Elementary School"),
    ("a machinist", "{town} Tool & Die"),
    ("a bookkeeper", "the First National Bank of {town}"),
    ("a rural mail carrier", "the U.S. Postal Service"),
    ("a lineman", "{town} Power & Light"),
    ("a secretary", "the {town} County Courthouse"),
    ("an insurance agent", "Farm Bureau Insurance"),
    ("a pipefitter", "the {town} paper mill"),
    ("a school bus driver", "the {town} school district"),
    ("a pharmacist", "Hollister Drug in {town}"),
    ("a dairy farmer", "the family farm outside {town}"),
)
OB_HOBBIES = (
    "tending her vegetable garden",
    "fishing on Lake {lake}",
    "playing euchre with friends",
    "baking pies for the church supper",
    "woodworking in the garage",
    "bowling on Tuesday nights",
    "camping trips up north",
    "crossword puzzles",
    "polka dancing",
    "watching the Reds on TV",
    "feeding the birds",
    "quilting",
    "deer hunting",
    "bingo at the Legion hall",
    "cheering on the {town} High School Bulldogs",
    "spoiling the family dog",
)
OB_CHURCH = (
    "St. Mary Catholic Church",
    "First Methodist Church",
    "Grace Lutheran Church",
    "Trinity Baptist Church",
    "St. Paul's Episcopal Church",
    "Faith Community Church",
)
OB_CHURCH_ROLES = (
    "sang in the choir for decades",
    "taught Sunday school",
    "served as an usher",
    "was a member of the altar society",
    "helped with every fish fry",
)
OB_ORGS = (
    "the American Legion Post {n}",
    "Meals on Wheels",
    "the {town} Lions Club",
    "the hospital auxiliary",
    "the Knights of Columbus",
    "the VFW Auxiliary",
)
OB_CHARITIES = (
    "the American Heart Association",
    "the Alzheimer's Association",
    "St. Jude Children's Research Hospital",
    "the {town} Humane Society",
    "Hospice of {town}",
    "the American Cancer Society",
)
OB_TRAITS = (
    "{first} never met a stranger and could strike up a conversation with anyone.",
    "{Pos} kitchen door was always open, and nobody left the house hungry.",
    "{P} will be remembered for {pos} quick wit and {pos} generous heart.",
    "Nothing made {obj} happier than time spent with {pos} grandchildren.",
    "{P} was proud of {pos} {dish}, and the recipe stays in the family.",
    "Friends knew {obj} as the first to show up with a casserole when someone was in need.",
    "{P} rarely missed a ballgame, a recital or a graduation.",
    "{Pos} laugh could fill a room, and {pos} stories kept the family at the table for hours.",
    "{P} could fix almost anything with a roll of duct tape and a little patience.",
    "Family meant everything to {obj}.",
)
OB_DISHES = ("apple pie", "pierogi", "potato salad", "chili", "cinnamon rolls", "sugar cookies")
OB_FUNERAL_FORMS = (
    "{a} Funeral Home",
    "{a}-{b} Funeral Home & Crematory",
    "{a} & Sons Funeral Chapel",
    "{a} Family Funeral Home",
)
OB_STREETS = (
    "Main Street",
    "Maple Avenue",
    "State Route 9",
    "Church Street",
    "Washington Street",
    "Elm Street",
)
OB_CONDOLENCES = (
    "So sorry for your loss. {first} was a wonderful neighbor and friend. Praying for the family.",
    "Our deepest sympathy to the {last} family. We have many happy memories of {first}.",
    "I worked with {first} for many years. {P} was always kind to everyone. Rest in peace.",
    "Thinking of all of you during this difficult time. Sending love and prayers.",
    "{first} was one of a kind. We will miss {pos} smile at church every Sunday.",
    "May {pos} memory be a blessing. With heartfelt condolences from our family to yours.",
    "What a beautiful life. Holding you all close in our thoughts.",
)
OB_MENU = ("News", "Sports", "Obituaries", "Opinion", "Business", "Classifieds", "e-Edition")


def _ob_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    story = c.others[k]
    r = c.stable(f"ob-person-{k}-{attempt}")
    female = r.random() < 0.55
    first = r.choice(OB_FEMALE if female else OB_MALE)
    middle = r.choice(OB_MID_F if female else OB_MID_M)
    last = r.choice(OB_SURNAMES)
    died = (story.published - timedelta(days=r.randint(1, 5))).date()
    age = r.randint(62, 99)
    born = date(died.year - age - (1 if r.random() < 0.3 else 0), r.randint(1, 12), r.randint(1, 28))
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
    title = f"{first} {middle} {last} {born.year} \u2013 {died.year}"
    plan = {
        "female": female,
        "first": first,
        "middle": middle,
        "last": last,
        "died": died,
        "born": born,
        "age": age,
        "seed": f"{k}-{attempt}",
    }
    return title, plan


def _ob_funeral_homes(c: Ctx) -> list[tuple[str, str]]:
    """The site's three funeral homes: name and street address."""
    r = c.stable("ob-funeral-homes")
    out: list[tuple[str, str]] = []
    for _ in range(3):
        a, b = r.sample(OB_SURNAMES, 2)
        name = r.choice(OB_FUNERAL_FORMS).format(a=a, b=b)
        out.append((name, f"{r.randint(100, 2999)} {r.choice(OB_STREETS)}"))
    return out


def _ob_body(c: Ctx, g: dict[str, Any], town: str, home: str, street: str) -> list[tuple[str, str]]:
    r = c.stable(f"ob-body-{g['seed']}")
    en = prose_for("en", r)
    f = g["female"]
    p, pos, obj = ("she", "her", "her") if f else ("he", "his", "him")
    fill = {
        "first": g["first"],
        "last": g["last"],
        "P": p.capitalize(),
        "p": p,
        "pos": pos,
        "Pos": pos.capitalize(),
        "obj": obj,
        "dish": r.choice(OB_DISHES),
    }
    first, last = g["first"], g["last"]
    full = f"{first} {g['middle']} {last}"
    died: date = g["died"]
    born: date = g["born"]
    where = r.choice((f"{town} Memorial Hospital", "home", f"Hospice of {town}", "Brookside Care Center"))
    opening = r.choice(
        (
            f"{full}, {g['age']}, of {town}, passed away peacefully on {died:%A}, {_long_date(died)}, at"
            f" {where},"
            f" surrounded by {pos} family.",
            f"{full}, age {g['age']}, of {town}, died {died:%A}, {_long_date(died)}, at {where}.",
            f"{full} of {town} went home to be with the Lord on {_long_date(died)},"
            f" at the age of {g['age']}.",
        )
    )
    btown = en.place()
    maiden = r.choice(OB_SURNAMES) if f else last
    father, mother = r.choice(OB_MALE), r.choice(OB_FEMALE)
    mum_maiden = r.choice(OB_SURNAMES)
    grad = born.year + 18
    birth = (
        f"{p.capitalize()} was born {_long_date(born)}, in {btown}, the {'daughter' if f else 'son'} of the"
        " late"
        f" {father} and {mother} ({mum_maiden}) {maiden}. {p.capitalize()} graduated from {btown} High School"
        f" in {grad}"
    )
    birth += r.choice(
        (
            f" and went on to earn a degree from {en.place()} State University.",
            ".",
            f" and attended {en.place()} Community College.",
        )
    )
    if not f and r.random() < 0.5:
        birth += (
            f" He served in the U.S. {r.choice(('Army', 'Navy', 'Air Force', 'Marine Corps'))} from"
            f" {grad + 1}"
            f" to {grad + 4}, stationed in {r.choice(('Germany', 'Korea', 'Texas', 'Okinawa', 'Virginia'))}."
        )
    spouse = r.choice(OB_MALE if f else OB_FEMALE)
    married = grad + r.randint(1, 6)
    widowed = r.random() < 0.4
    years = died.year - married
    job, employer = r.choice(OB_JOBS)
    employer = employer.format(town=town)
    worked = r.randint(18, 38)
    career = (
        f"On {r.choice(EN_MONTHS)} {r.randint(1, 28)}, {married}, {p} married {spouse} {last}"
        f" at {r.choice(OB_CHURCH)}."
        f" {p.capitalize()} worked for {worked} years as {job} at {employer}, retiring in"
        f" {min(married + worked + r.randint(0, 8), died.year - 1)}."
    )
    career += r.choice(
        (
            f" After retiring, {p} and {spouse} spent winters in"
            f" {r.choice(('Florida', 'Arizona', 'Texas'))}.",
            f" {p.capitalize()} was proud never to have missed a day of work.",
            "",
        )
    )
    hobbies = [h.format(lake=en.place(), town=town) for h in r.sample(OB_HOBBIES, 3)]
    if not f:
        hobbies = [h.replace("her ", "his ") for h in hobbies]
    life = (
        f"{first} loved {hobbies[0]}, {hobbies[1]} and {hobbies[2]}. {p.capitalize()} was a lifelong"
        " member of"
        f" {r.choice(OB_CHURCH)}, where {p} {r.choice(OB_CHURCH_ROLES)}. {p.capitalize()} also volunteered"
        " with"
        f" {r.choice(OB_ORGS).format(n=r.randint(100, 899), town=town)} for many years."
    )
    traits = " ".join(t.format(**fill) for t in r.sample(OB_TRAITS, 3))
    kids = r.randint(2, 4)
    children = []
    for _ in range(kids):
        daughter = r.random() < 0.5
        name = r.choice(OB_YOUNG_F if daughter else OB_YOUNG_M)
        partner = r.choice(OB_YOUNG_M if daughter else OB_YOUNG_F)
        surname = r.choice(OB_SURNAMES) if daughter else last
        children.append(f"{name} ({partner}) {surname} of {en.place()}")
    grand, great = r.randint(3, 12), r.randint(0, 9)
    survivors = f"{first} is survived by "
    if not widowed:
        survivors += f"{'his wife' if not f else 'her husband'} of {years} years, {spouse}; "
    survivors += (
        f"{pos} children, {', '.join(children[:-1])} and {children[-1]}; {NUMBER_WORDS[grand]} grandchildren"
    )
    survivors += f"; and {NUMBER_WORDS[great]} great-grandchildren." if great else "."
    sibling = r.choice(OB_MALE + OB_FEMALE)
    preceded = f" {p.capitalize()} was preceded in death by {pos} parents"
    if widowed:
        preceded += f"; {pos} {'husband' if f else 'wife'}, {spouse}; and"
    else:
        preceded += " and"
    preceded += f" {pos} {'brother' if sibling in OB_MALE else 'sister'}, {sibling}."
    survivors += preceded
    pub = c.story.published.date()
    vis = pub + timedelta(days=r.randint(1, 3))
    svc = vis + timedelta(days=1)
    services = (
        f"Visitation will be held from {r.randint(3, 5)} to {r.randint(6, 8)} p.m. {vis:%A},"
        f" {_long_date(vis)}, at"
        f" {home}, {street}, {town}. "
    )
    services += r.choice(
        (
            f"A funeral service will be held at {r.randint(10, 11)} a.m. {svc:%A}, at {r.choice(OB_CHURCH)},"
            f" with burial to follow at {en.place()} Cemetery.",
            f"A Mass of Christian Burial will be celebrated at 10 a.m. {svc:%A} at {OB_CHURCH[0]}, with"
            f" burial at {en.place()} Cemetery.",
            f"A celebration of life will follow at {r.randint(11, 12)} a.m. {svc:%A} at the funeral home.",
        )
    )
    memorial = (
        f"In lieu of flowers, memorial contributions may be made to"
        f" {r.choice(OB_CHARITIES).format(town=town)}."
    )
    if r.random() < 0.6:
        memorial += (
            f" The family wishes to thank the staff of Hospice of {town} for the compassionate care they gave"
            f" {first} in {pos} final weeks."
        )
    if r.random() < 0.5:
        memorial += f" Arrangements are in the care of {home}."
    paras = [opening, birth, career, life, traits, survivors, services, memorial]
    if r.random() < 0.4:  # a closing line of verse or farewell, as families write
        paras.append(
            r.choice(
                (
                    f"{first} will be deeply missed by all who knew and loved {obj}.",
                    f"Rest easy, {first}. You will be missed every single day.",
                    "Well done, good and faithful servant. Until we meet again.",
                )
            )
        )
    return [("p", x) for x in paras]


def render_obituaries_legacy(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _ob_plan)
    s, d = c.story, c.story.published
    site = c.stable("ob")
    legacy_form = site.random() < 0.5
    paper = _slug(pub.name.removeprefix("The ")).replace("-", "")

    def path(o: Story) -> str:
        name = o.title.rsplit(" ", 3)[0]
        parts = name.split()
        n = c.stable(f"ob-id-{o.title}").randint(10_000_000, 99_999_999)
        if legacy_form:
            short = _slug(parts[0] + " " + parts[-1])
            return f"/us/obituaries/{paper}/name/{short}-obituary?id={50_000_000 + n}"
        return f"/obituaries/{paper}/obituary.aspx?n={_slug(name)}&pid={100_000_000 + n}"

    c.repath(path)
    town = _place(c)
    state = site.choice(STATES)
    homes = _ob_funeral_homes(c)
    dr = _page_rng(c, "ob-page")
    home, street = dr.choice(homes)
    _set_body(s, _ob_body(c, g, town, home, street))
    name = s.title.rsplit(" ", 3)[0]
    years = s.title[len(name) + 1 :]
    first, last = g["first"], g["last"]
    female = g["female"]
    pos = "her" if female else "his"
    c.snip(" ".join(OB_MENU[:5]))
    published = c.snip(f"Published by {pub.name} on {_ap_date(d)}.")
    guest = c.snip("Sign the Guest Book")
    flowers = c.snip(f"Send flowers to the {last} family")
    memory = c.snip("Share a memory or offer condolences")
    entries = []
    for text in dr.sample(OB_CONDOLENCES, dr.randint(3, 5)):
        msg = text.format(first=first, last=last, P="She" if female else "He", pos=pos)
        who = f"{dr.choice(OB_YOUNG_F + OB_YOUNG_M + OB_FEMALE)} {dr.choice(OB_SURNAMES)}"
        when = d + timedelta(days=dr.randint(0, 3), hours=dr.randint(1, 9))
        sig = f"{who}, {dr.choice((town, prose_for('en', dr).place()))}, {state} \u00b7 {_long_date(when)}"
        entries.append((c.snip(msg), c.snip(sig)))
    provided = c.snip("Funeral services provided by:")
    zipcode = site.randint(40000, 69999)
    address = c.snip(f"{street}, {town}, {state} {zipcode}")
    phone = f"({site.randint(200, 989)}) {site.randint(200, 899)}-{dr.randint(1000, 9999)}"
    website = c.snip("Visit the Funeral Home's Website")
    share_label = "Share this obituary"
    share_sites = ("Facebook", "X", "Email", "Print")
    c.snip(f"{share_label} {' '.join(share_sites)}")
    near = c.snip(f"Obituaries near {town}, {state}")
    nearby = _snip_titles(c, c.pick_others(5))
    notices = c.snip(f"Get {town} obituary notices delivered to your inbox")
    place_call = c.snip("Place an obituary for your loved one")
    platform = c.snip(f"Obituaries on {pub.name} are hosted in partnership with EverAfter Tributes.")
    copy = c.snip(f"\u00a9 {d.year} {pub.name}. All rights reserved. Terms of Use \u00b7 Privacy Policy")
    body = [f"<p>{esc(t)}</p>" for _, t in s.blocks]
    if legacy_form:
        meta = _ldjson(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": s.title,
                "about": {
                    "@type": "Person",
                    "name": name,
                    "birthDate": g["born"].isoformat(),
                    "deathDate": g["died"].isoformat(),
                },
                "datePublished": c.iso(),
                "publisher": {"@type": "Organization", "name": pub.name},
                "mainEntityOfPage": c.url(),
            }
        )
        title = f"{s.title} - Obituary - {pub.name}"
    else:
        meta = (
            f'<meta property="article:published_time" content="{c.iso()}">\n'
            f'<meta property="og:type" content="article">'
        )
        title = f"Obituary: {s.title} | {pub.name}"
    photo = f"https://cache.everaftertributes.example/photos/{_hex(dr, 16)}.jpg"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        meta,
        '<script src="https://static.everaftertributes.example/partner/v4/obit.js" defer></script>',
        "</head>",
        f'<body class="obituary-detail partner-{paper}">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _nav(OB_MENU, "primary-nav"),
        f'<a class="place-obit" href="/obituaries/place/">{esc(place_call)}</a></header>',
        '<main class="obit-page"><div class="obit-main">',
        '<div class="obit-hero">',
        f'<img class="obit-photo" src="{photo}" alt="{esc(name)}">',
        f'<h1 class="obit-name">{esc(name)} <span class="obit-dates">{esc(years)}</span></h1>',
        f'<div class="obit-actions"><a class="btn guestbook" href="#guestbook">{esc(guest)}</a>\n'
        f'<a class="btn flowers" href="/flowers/">{esc(flowers)}</a></div>',
        "</div>",
        '<div class="obit-text" data-component="ObituaryText">',
        *body,
        f'<p class="published-by"><em>{esc(published)}</em></p>',
        "</div>",
        _share_div("share-obit", share_label, share_sites),
        '<section id="guestbook" class="guestbook">',
        f"<h2>{esc(memory)}</h2>",
        f'<p class="count">{len(entries)} Entries</p>',
        *[
            f'<div class="entry"><p class="msg">{esc(m)}</p><p class="sig">{esc(x)}</p></div>'
            for m, x in entries
        ],
        f'<a class="btn" href="#sign">{esc(guest)}</a>',
        "</section></div>",
        '<aside class="obit-side">',
        f'<div class="funeral-home"><h3>{esc(provided)}</h3><p class="fh-name">{esc(home)}</p>'
        f'<p class="fh-address">{esc(address)}</p><p class="fh-phone">{phone}</p>'
        f'<a href="#">{esc(website)}</a></div>',
        f'<div class="nearby"><h3>{esc(near)}</h3><ul>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in nearby)
        + "</ul></div>",
        f'<div class="notices"><p>{esc(notices)}</p><input type="email" placeholder="Email address">'
        "<button>Sign Up</button></div>",
        "</aside></main>",
        f'<footer class="site-footer"><p class="partner">{esc(platform)}</p>',
        f"<p>{esc(copy)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-bar", "Accept")


# --- recipe-desk ---------------------------------------------------------------------------------

# (name forms, ingredients, steps, what it is): {a} {b} {c} slots from the kind's choices
RC_KINDS: dict[str, dict[str, Any]] = {
    "soup": {
        "names": (
            "{a} and {b} Soup with {c}",
            "Creamy {a} Soup with {b} and {c}",
            "One-Pot {a}, {b} and {c} Soup",
        ),
        "a": ("Butternut Squash", "Roasted Tomato", "Sweet Potato", "Carrot", "Cauliflower", "Mushroom"),
        "b": ("White Bean", "Red Lentil", "Chickpea", "Barley", "Wild Rice"),
        "plural": {"white bean": "white beans", "red lentil": "red lentils", "chickpea": "chickpeas"},
        "c": ("Crispy Sage", "Garlic Croutons", "Parmesan", "Chili Oil", "Toasted Pepitas"),
        "groups": (
            (
                "",
                (
                    "2 tablespoons olive oil",
                    "1 large yellow onion, diced",
                    "3 garlic cloves, minced",
                    "1 teaspoon ground cumin",
                    "2 pounds {a_l}, chopped",
                    "1 cup {b_l}, rinsed",
                    "6 cups vegetable broth",
                    "1 teaspoon kosher salt",
                    "Freshly ground black pepper",
                    "Juice of half a lemon",
                    "{c_l}, for serving",
                ),
            ),
        ),
        "steps": (
            "Heat the oil in a large Dutch oven over medium heat. Add the onion and a pinch of salt and cook,"
            " stirring now and then, until soft and translucent, about 8 minutes.",
            "Stir in the garlic and cumin and cook until fragrant, about 1 minute more.",
            "Add the {a_l}, the {b_l} and the broth. Bring to a boil, then lower the heat, cover and simmer"
            " until everything is very tender, 25 to 30 minutes.",
            "Use an immersion blender to puree about half of the soup, leaving some texture. Thin with a"
            " splash"
            " of water if it seems too thick.",
            "Season with the salt, plenty of pepper and the lemon juice, then taste and adjust.",
            "Ladle into warm bowls and top each one with {c_l} just before serving.",
        ),
        "what": "soup",
    },
    "pasta": {
        "names": (
            "{a} Pasta with {b} and {c}",
            "Weeknight {a} Rigatoni with {b} and {c}",
            "Baked {a} Pasta with {b} and {c}",
        ),
        "a": ("Lemony", "Spicy Sausage", "Brown Butter", "Roasted Garlic", "Creamy Tomato", "Pesto"),
        "b": ("Broccoli Rabe", "Blistered Tomatoes", "Spinach", "Zucchini", "Peas"),
        "c": ("Ricotta", "Toasted Breadcrumbs", "Pecorino", "Fresh Basil", "Burrata"),
        "groups": (
            (
                "",
                (
                    "1 pound rigatoni or penne",
                    "Kosher salt",
                    "3 tablespoons olive oil",
                    "4 garlic cloves, thinly sliced",
                    "1/2 teaspoon red pepper flakes",
                    "4 cups {b_l}",
                    "Zest and juice of 1 lemon",
                    "1 cup {c_l}",
                    "1/2 cup reserved pasta water",
                ),
            ),
        ),
        "steps": (
            "Bring a large pot of generously salted water to a boil. Cook the pasta until just shy of al"
            " dente,"
            " about 2 minutes less than the package says.",
            "Meanwhile, warm the oil in a large skillet over medium heat. Add the garlic and red pepper"
            " flakes"
            " and cook until the garlic is pale gold, 2 to 3 minutes.",
            "Add the {b_l} and a pinch of salt and cook, tossing, until tender, 4 to 6 minutes.",
            "Reserve a cup of the cooking water, then drain the pasta and add it to the skillet with half"
            " of the"
            " reserved water.",
            "Toss over the heat until the sauce coats every piece, adding more water as needed, then stir"
            " in the"
            " lemon zest and juice.",
            "Divide among bowls and finish with the {c_l} and a drizzle of olive oil.",
        ),
        "what": "pasta",
    },
    "traybake": {
        "names": (
            "Sheet-Pan {a} Chicken with {b} and {c}",
            "Crispy {a} Chicken Thighs with {b} and {c}",
            "Sheet-Pan {a} Salmon with {b} and {c}",
        ),
        "a": ("Harissa", "Lemon-Herb", "Honey-Mustard", "Miso-Glazed", "Smoky Paprika", "Maple-Dijon"),
        "b": ("Chickpeas", "Baby Potatoes", "Brussels Sprouts", "Red Onions", "Green Beans"),
        "c": ("Yogurt Sauce", "Feta", "Fresh Herbs", "Tahini Drizzle", "Pickled Shallots"),
        "groups": (
            (
                "",
                (
                    "2 pounds bone-in chicken thighs",
                    "1 1/2 pounds {b_l}",
                    "3 tablespoons olive oil",
                    "2 tablespoons {a_l} paste or glaze",
                    "1 teaspoon kosher salt",
                    "1/2 teaspoon black pepper",
                    "1 lemon, cut into wedges",
                ),
            ),
            (
                "For the topping",
                ("1 cup {c_l}", "1 small garlic clove, grated", "1 tablespoon chopped parsley"),
            ),
        ),
        "steps": (
            "Heat the oven to 425 degrees with a rack in the upper third. Line a large rimmed baking sheet"
            " with"
            " parchment paper.",
            "Toss the {b_l} with 2 tablespoons of the oil, half of the salt and the pepper, and spread"
            " them out on"
            " the baking sheet.",
            "Rub the chicken all over with the {a_l} mixture and the remaining oil and salt, and nestle"
            " the pieces"
            " skin side up among the vegetables.",
            "Roast until the skin is deeply browned and the chicken registers 175 degrees, 35 to 40 minutes,"
            " turning the pan once halfway through.",
            "While it roasts, stir together the topping ingredients with a pinch of salt.",
            "Squeeze the roasted lemon wedges over everything and serve straight from the pan with the"
            " topping"
            " alongside.",
        ),
        "what": "sheet-pan dinner",
    },
    "salad": {
        "names": (
            "{a} Salad with {b} and {c}",
            "Big {a} Grain Salad with {b} and {c}",
            "Crunchy {a} Slaw with {b} and {c}",
        ),
        "a": ("Shaved Fennel", "Charred Corn", "Kale Caesar", "Cucumber", "Farro", "Citrus"),
        "b": ("Toasted Almonds", "Crispy Chickpeas", "Grilled Halloumi", "Avocado", "Pomegranate"),
        "c": ("Honey Vinaigrette", "Lime Dressing", "Buttermilk Dressing", "Miso Dressing", "Herbs"),
        "groups": (
            (
                "For the salad",
                (
                    "1 large head of greens, torn",
                    "2 cups {a_l}",
                    "1 cup {b_l}",
                    "1/2 red onion, very thinly sliced",
                    "1/2 cup crumbled feta",
                ),
            ),
            (
                "For the dressing",
                (
                    "1/4 cup olive oil",
                    "2 tablespoons fresh lemon juice",
                    "1 teaspoon Dijon mustard",
                    "1 teaspoon honey",
                    "Kosher salt and black pepper",
                ),
            ),
        ),
        "steps": (
            "Soak the sliced onion in a bowl of ice water for 10 minutes to take the edge off, then drain"
            " well"
            " and pat dry.",
            "Whisk the dressing ingredients together in a small bowl or shake them in a jar until creamy.",
            "In a large, wide bowl, combine the greens, the {a_l} and the onion, and season lightly with"
            " salt.",
            "Pour over about two-thirds of the dressing and toss with your hands until every leaf is coated.",
            "Scatter the {b_l} and the feta over the top and drizzle with the remaining dressing.",
            "Serve right away, or keep the dressing separate if you are packing it for lunch.",
        ),
        "what": "salad",
    },
    "cake": {
        "names": (
            "{a} Snacking Cake with {b} and {c}",
            "Brown Butter {a} Bars with {b} and {c}",
            "One-Bowl {a} Loaf Cake with {b} and {c}",
        ),
        "a": ("Olive Oil", "Banana", "Apple Cider", "Lemon-Poppy Seed", "Pumpkin", "Chocolate"),
        "b": ("Blueberries", "Walnuts", "Cinnamon Sugar", "Dark Chocolate Chunks", "Rhubarb"),
        "c": ("Cream Cheese Frosting", "a Simple Glaze", "Whipped Cream", "Flaky Salt", "Toasted Pecans"),
        "groups": (
            (
                "",
                (
                    "1 1/2 cups all-purpose flour",
                    "1 teaspoon baking powder",
                    "1/2 teaspoon baking soda",
                    "1/2 teaspoon fine salt",
                    "3/4 cup granulated sugar",
                    "2 large eggs",
                    "1/2 cup olive oil or melted butter",
                    "3/4 cup buttermilk",
                    "1 cup {b_l}",
                    "{c_l}, for finishing",
                ),
            ),
        ),
        "steps": (
            "Heat the oven to 350 degrees. Grease an 8-inch square pan and line it with a sling of parchment"
            " paper.",
            "In a large bowl, whisk together the flour, baking powder, baking soda and salt.",
            "In another bowl, whisk the sugar and eggs until pale and slightly thickened, then whisk in"
            " the oil"
            " and the buttermilk.",
            "Fold the wet ingredients into the dry ones with a spatula until just combined, then gently"
            " fold in"
            " the {b_l}.",
            "Scrape the batter into the pan and bake until golden and a tester comes out clean, 35 to 40"
            " minutes.",
            "Let cool in the pan for 15 minutes, lift it out and finish with {c_l} once it has cooled"
            " completely.",
        ),
        "what": "cake",
    },
}
RC_INTRO = (
    "This {what} is the kind of recipe I make on a Tuesday when the week has already gotten away from me.",
    "It comes together with pantry staples and one quick trip to the store, and it rewards very little"
    " effort.",
    "It is worth buying the best {b_l} you can find.",
    "I first had a version of this at a friend's house years ago and have been tinkering with it ever since.",
    "The trick is to season as you go rather than all at the end.",
    "If you can't find {b_l}, use whatever looks good at the farmers market; the recipe is forgiving.",
    "Leftovers keep in the fridge for up to four days and, honestly, taste even better the next day.",
    "Kids who claim not to like {b_l} have been known to ask for seconds.",
    "Don't skip the {c_l} at the end: it brings the whole thing together.",
    "Readers have been asking for more make-ahead dishes, and this one checks every box.",
    "You can double the recipe easily for a crowd or a potluck.",
    "Serve it with a simple green salad and some crusty bread and call it dinner.",
    "It is the dish my family requests most often once the weather turns.",
    "Most of the cooking time is hands-off, which leaves you free to set the table or help with homework.",
    "A heavy pan makes a real difference here, because it holds the heat and browns everything evenly.",
    "Taste before serving: a squeeze of lemon or a pinch of salt can wake everything up.",
    "This version was tested three times in our kitchen, and each batch disappeared within minutes.",
    "Everything can be prepped a day ahead, so the last-minute work is minimal.",
    "A good pinch of flaky salt right before serving makes a bigger difference than you would think.",
    "Nobody at the table will guess how little time it took.",
)
RC_METHOD = ("Method", "Steps", "Instructions", "Directions")
RC_MENU = ("News", "Sports", "Food", "Recipes", "Restaurants", "Things to Do", "Opinion")
RC_PHOTOGRAPHERS = ("Jenna Ostrowski", "Marcus Bell", "Ana Ruiz", "Tom Whitlock", "Priya Raman")


def _rc_fill(kind: dict[str, Any], pick: tuple[str, str, str]) -> dict[str, str]:
    a, b, c = pick
    b_l = kind.get("plural", {}).get(b.lower(), b.lower())
    return {"a_l": a.lower(), "b_l": b_l, "c_l": c.lower().removeprefix("a "), "what": kind["what"]}


def _rc_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"rc-recipe-{k}-{attempt}")
    key = r.choice(sorted(RC_KINDS))
    kind = RC_KINDS[key]
    pick = (r.choice(kind["a"]), r.choice(kind["b"]), r.choice(kind["c"]))
    title = r.choice(kind["names"]).format(a=pick[0], b=pick[1], c=pick[2])
    return title, {"kind": key, "pick": pick, "seed": f"{k}-{attempt}"}


def _rc_body(c: Ctx, g: dict[str, Any], method: str) -> tuple[list[tuple[str, str]], int]:
    """The recipe's body (intro paragraphs, "Ingredients" and its groups and items, the method
    heading and the steps, tagged "p", "h2", "h3", "li" and "step") and the intro's paragraphs."""
    kind = RC_KINDS[g["kind"]]
    fill = _rc_fill(kind, g["pick"])
    r = c.stable(f"rc-body-{g['seed']}")
    pool = [x.format(**fill) for x in RC_INTRO]
    r.shuffle(pool)
    n = r.randint(2, 4)
    intro = [[pool.pop(), pool.pop(), pool.pop()] for _ in range(n)]
    blocks: list[tuple[str, str]] = []
    for para in intro:
        blocks.append(("p", " ".join(para)))
    blocks.append(("h2", "Ingredients"))
    for head, items in kind["groups"]:
        if head:
            blocks.append(("h3", head))
        blocks += [("li", _cap(x.format(**fill))) for x in items]
    blocks.append(("h2", method))
    blocks += [("step", x.format(**fill)) for x in kind["steps"]]
    k = 0
    while _lines_fit(blocks)[1] < 260 and pool:  # a longer intro for a short recipe
        blocks[k % n] = ("p", blocks[k % n][1] + " " + pool.pop())
        k += 1
    return blocks, n


def render_recipe_desk(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _rc_plan)
    s, d = c.story, c.story.published
    site = c.stable("rc")
    php = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)
        if php:
            return f"/food/article/{slug}-{c.stable(f'rc-id-{o.title}').randint(10_000_000, 99_999_999)}.php"
        return f"/food/recipes/{slug}/"

    c.repath(path)
    method = site.choice(RC_METHOD)
    blocks, n_intro = _rc_body(c, g, method)
    _set_body(s, [("h2" if t == "h3" else ("p" if t == "step" else t), x) for t, x in blocks])
    dr = _page_rng(c, "rc-page")
    handle = "@" + _slug(_place(c)).replace("-", "") + "eats"
    c.snip(" ".join(RC_MENU[:5]))
    c.snip("Jump to Recipe Print Recipe Save")
    rating = f"{dr.randint(40, 49) / 10:.1f}"
    votes = dr.randint(12, 480)
    c.snip(f"{rating} ({votes} ratings) Rate this recipe")
    byline = c.snip(f"Recipe by {s.author.name}")
    photog = dr.choice(RC_PHOTOGRAPHERS)
    credit = c.snip(f"Photo by {photog} for {pub.name}; food styling by {dr.choice(RC_PHOTOGRAPHERS)}")
    caption = c.snip(
        dr.choice(
            (
                f"The {RC_KINDS[g['kind']]['what']} is ready in about an hour, start to finish.",
                "Leftovers, if there are any, pack well for lunch the next day.",
                "A final drizzle of olive oil and a pinch of flaky salt finish the dish.",
            )
        )
    )
    prep, cook = dr.choice((10, 15, 20, 25)), dr.choice((20, 30, 35, 40, 45))
    serves = dr.choice((4, 4, 6, 8))
    kcal = dr.randint(260, 690)
    nutrition = c.snip(
        f"Calories: {kcal} kcal | Fat: {dr.randint(8, 34)}g | Saturated fat: {dr.randint(2, 12)}g | "
        f"Carbohydrates: {dr.randint(18, 80)}g | Protein: {dr.randint(6, 42)}g | Sodium:"
        f" {dr.randint(240, 980)}mg"
    )
    c.snip("Nutrition facts (per serving)")
    estimate = c.snip("Nutrition information is calculated automatically and is an estimate only.")
    tag = c.snip(f"Did you make this recipe? Tag {handle} on Instagram and let us know how it went!")
    c.snip("More recipes you'll love")
    more = _snip_titles(c, c.pick_others(4))
    news = c.snip(f"Get the {pub.name.removeprefix('The ')} Food newsletter: new recipes every Thursday.")
    privacy = c.snip("By signing up, you agree to our Terms of Use and Privacy Policy.")
    copy = c.snip(c.copyright())
    # the body's HTML: the intro, then the recipe card with the ingredients and the method
    intro = [f"<p>{c.inline(x)}</p>" for t, x in blocks[:n_intro]]
    card: list[str] = []
    run: list[str] = []
    steps: list[str] = []
    for t, x in blocks[n_intro:]:
        if t == "li":
            run.append(f'<li class="wprm-recipe-ingredient">{esc(x)}</li>')
            continue
        if run:
            card.append('<ul class="wprm-recipe-ingredients">' + "\n".join(run) + "</ul>")
            run = []
        if t == "h2":
            card.append(f'<h3 class="wprm-recipe-header">{esc(x)}</h3>')
        elif t == "h3":
            card.append(f'<h4 class="wprm-recipe-group-name">{esc(x)}</h4>')
        elif t == "step":
            steps.append(
                f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">'
                f"{esc(x)}</div></li>"
            )
    card.append('<ol class="wprm-recipe-instructions">' + "\n".join(steps) + "</ol>")
    data = {
        "@context": "https://schema.org",
        "@type": "Recipe",
        "name": s.title,
        "author": {"@type": "Person", "name": s.author.name},
        "datePublished": c.iso(),
        "prepTime": f"PT{prep}M",
        "cookTime": f"PT{cook}M",
        "recipeYield": str(serves),
        "recipeIngredient": [x for t, x in blocks if t == "li"],
        "recipeInstructions": [{"@type": "HowToStep", "text": x} for t, x in blocks if t == "step"],
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": rating, "ratingCount": str(votes)},
        "nutrition": {"@type": "NutritionInformation", "calories": f"{kcal} kcal"},
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} Recipe - {pub.name} Food"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        '<meta property="article:section" content="Food">',
        '<meta name="generator" content="WordPress 6.7.1">',
        "<link rel='stylesheet' id='wprm-public-css'"
        " href='/wp-content/plugins/wp-recipe-maker/dist/public-modern.css'>",
        _ldjson(data),
        "</head>",
        '<body class="wp-singular post-template-default single single-post single-format-standard">',
        f'<header id="masthead"><a class="custom-logo-link" href="/">{esc(pub.name)}</a>',
        _nav(RC_MENU, "main-navigation"),
        "</header>",
        '<main id="primary" class="site-main"><article class="post type-post category-recipes">',
        '<header class="entry-header"><span class="cat-links"><a href="/food/">Food</a></span>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<span class="posted-on">Published <time datetime="{c.iso()}">{_long_date(d)}</time></span></div>',
        '<div class="wprm-recipe-jump-bar"><a href="#recipe">Jump to Recipe</a>'
        ' <a href="#print">Print Recipe</a> <button class="save">Save</button></div>',
        f'<div class="wprm-rating"><span class="wprm-recipe-rating-average">{rating}</span>'
        f' <span class="wprm-recipe-rating-details">({votes} ratings)</span> <a href="#comments">Rate this'
        ' recipe</a></div>',
        "</header>",
        f'<figure class="wp-block-image"><img src="/wp-content/uploads/{d:%Y/%m}/{_slug(s.title)}.jpg"'
        ' alt="">'
        f'<figcaption>{esc(caption)} <span class="credit">{esc(credit)}</span></figcaption></figure>',
        '<div class="entry-content">',
        *intro,
        '<div id="recipe" class="wprm-recipe-container"><div class="wprm-recipe'
        ' wprm-recipe-template-modern">',
        f'<h2 class="wprm-recipe-name">{esc(s.title)}</h2>',
        f'<div class="wprm-recipe-times"><span>Prep {prep} mins</span> <span>Cook {cook} mins</span>'
        f" <span>Serves {serves}</span></div>",
        *card,
        f'<div class="wprm-nutrition-label"><h4>Nutrition facts (per serving)</h4><p>{esc(nutrition)}</p>'
        f'<p class="wprm-disclaimer">{esc(estimate)}</p></div>',
        f'<div class="wprm-call-to-action"><p>{esc(tag)}</p></div>',
        "</div></div>",
        "</div>",
        "</article>",
        '<section class="more-recipes"><h2>More recipes you\'ll love</h2><div class="cards">'
        + "\n".join(f'<div class="card"><a href="{esc(o.path)}">{esc(o.title)}</a></div>' for o in more)
        + "</div></section>",
        f'<div class="newsletter-box"><p>{esc(news)}</p><input type="email"><button>Sign up</button>'
        f'<p class="fine-print">{esc(privacy)}</p></div>',
        "</main>",
        f'<footer id="colophon"><p>{esc(copy)}</p></footer>',
    ]
    return _end_page(c, lines, "cmplz-cookiebanner", "Accept")


# --- product-review-scorecard -------------------------------------------------------------------

# category: (brands, model forms, aspects (subheading, what it is about), specs)
PR_CATS: dict[str, dict[str, Any]] = {
    "phone": {
        "brands": ("Norva", "Pixelon", "Aster", "Quanta"),
        "models": ("{b} X{n} Pro", "{b} {n} Ultra", "{b} Edge {n}", "{b} {n}a"),
        "noun": "phone",
        "aspects": ("Design and display", "Cameras", "Battery life", "Performance and software"),
        "specs": (
            ("Display", "6.{n}-inch OLED, 120Hz"),
            ("Processor", "Octa-core 3nm chip"),
            ("Storage", "{s}GB, no microSD slot"),
            ("Battery", "{m},000mAh with 45W charging"),
            ("Cameras", "50MP main, 12MP ultrawide, 10MP 3x telephoto"),
        ),
        "price": (499, 1199),
    },
    "headphones": {
        "brands": ("Auralis", "Sonder", "Hush", "Vireo"),
        "models": ("{b} Q{n}", "{b} Studio {n}", "{b} ANC {n}0", "{b} Air {n}"),
        "noun": "headphones",
        "aspects": ("Comfort and design", "Sound quality", "Noise cancellation", "Battery and app"),
        "specs": (
            ("Drivers", "40mm dynamic drivers, custom tuned"),
            ("Battery", "Up to {m}0 hours with ANC"),
            ("Connectivity", "Bluetooth 5.3 with multipoint pairing"),
            ("Weight", "2{n}0 grams"),
            ("Codecs", "SBC, AAC and LDAC supported"),
        ),
        "price": (129, 449),
    },
    "laptop": {
        "brands": ("Kestrel", "Lumen", "Orbitek", "Halvard"),
        "models": ("{b} Book {n}", "{b} Air {n}", "{b} Pro 1{n}", "{b} Flex {n}"),
        "noun": "laptop",
        "aspects": ("Design and keyboard", "Screen", "Performance", "Battery life"),
        "specs": (
            ("Display", "1{n}-inch 2.8K OLED touchscreen"),
            ("Memory", "{s}GB of unified memory"),
            ("Storage", "1TB solid-state drive"),
            ("Battery", "Rated at up to {m}0 hours"),
            ("Ports", "Two USB-C, one USB-A, HDMI"),
        ),
        "price": (799, 1899),
    },
    "vacuum": {
        "brands": ("Sweepo", "Tidal", "Dustin", "Roamly"),
        "models": ("{b} S{n}", "{b} Max {n}", "{b} Omni {n}", "{b} {n} Plus"),
        "noun": "robot vacuum",
        "aspects": ("Setup and app", "Cleaning performance", "Mopping", "The self-emptying dock"),
        "specs": (
            ("Suction", "{m},000Pa maximum suction power"),
            ("Runtime", "Up to 1{n}0 minutes per charge"),
            ("Navigation", "Lidar with obstacle avoidance camera"),
            ("Dock", "Self-emptying, holds {n}0 days of dirt"),
            ("Mopping", "Dual spinning mop pads that lift"),
        ),
        "price": (299, 1299),
    },
    "watch": {
        "brands": ("Tempo", "Ridgeline", "Pulse", "Cadence"),
        "models": ("{b} Watch {n}", "{b} Active {n}", "{b} Trail {n}", "{b} Fit {n} Pro"),
        "noun": "smartwatch",
        "aspects": ("Design and comfort", "Health and fitness tracking", "Battery life", "Apps and software"),
        "specs": (
            ("Display", "1.{n}-inch AMOLED, always-on"),
            ("Sensors", "Heart rate, SpO2, skin temperature"),
            ("Battery", "Up to {m} days in smartwatch mode"),
            ("Water resistance", "5ATM, swim-proof"),
            ("GPS", "Dual-frequency GPS with offline maps"),
        ),
        "price": (199, 799),
    },
}
PR_TAGS = (
    "a big upgrade with one big catch",
    "the best value you can buy right now",
    "almost everything we wanted",
    "great hardware, frustrating software",
    "the new one to beat",
    "a solid choice for most people",
    "more expensive, but worth it",
    "impressive, if you can live with the compromises",
    "it nails the basics",
    "better than it has any right to be",
)
PR_INTRO = (
    "The {product} arrives at a moment when the {noun} market has rarely been more crowded.",
    "{brand} has spent the past two years trying to win back buyers who drifted to its rivals, and this is"
    " its most serious attempt yet.",
    "At {price}, it sits squarely in the middle of the range, which means expectations are high.",
    "I spent three weeks with the {product} as my everyday {noun}, and it left me with mixed feelings.",
    "On paper, the {product} fixes nearly every complaint we had about last year's model.",
    "The question is whether those improvements add up to a {noun} worth buying at full price.",
)
PR_ASPECT = (
    "In daily use, the {aspect_l} is where the {product} makes its strongest case.",
    "{brand} clearly listened to feedback here, and it shows in the details.",
    "It is not flawless: after a week I had noticed a few rough edges that are hard to ignore.",
    "Compared with its closest rival, the {product} comes out ahead more often than not.",
    "In our standardized tests, it scored {n} percent better than its predecessor.",
    "I would have liked a little more polish, but nothing here is a deal-breaker.",
    "Most buyers will never notice the difference, though enthusiasts certainly will.",
    "This is also where the price starts to make sense.",
    "There is a learning curve, and the first few days were more frustrating than they should have been.",
    "Over time, I came to appreciate how little I had to think about it.",
    "The results were consistent across every room and every situation I tried.",
    "A software update during testing fixed one of my bigger complaints.",
    "It is a small thing, but the kind of small thing you notice every single day.",
    "Rivals costing twice as much do not do this noticeably better.",
    "{brand} says more features are coming in a future update, but we review what ships in the box.",
    "After a month, this is the part of the {product} I would miss most.",
    "It is easily the most improved part of the {noun} compared with last year.",
    "Here, at least, the {product} does exactly what it promises and nothing more.",
)
PR_CLOSE = (
    "Should you buy the {product}? If you are coming from a {noun} that is three or more years old, the"
    " upgrade will feel substantial.",
    "If you already own last year's model, there is less reason to rush, and waiting for a sale makes sense.",
    "For everyone else, it is one of the easiest recommendations in its class right now.",
)
PR_SUMMARY = (
    "The {product} is a confident, well-rounded {noun} that gets the fundamentals right.",
    "It is not the cheapest option, and a few software quirks remain, but it is easy to live with.",
    "For most people shopping at this price, it should be near the top of the list.",
)
PR_PROS = (
    "Excellent build quality for the price",
    "Battery easily lasts a full day",
    "Fast and reliable performance",
    "Clean, well-designed companion app",
    "Comfortable for hours at a time",
    "Strong value against its rivals",
)
PR_CONS = (
    "Charger sold separately these days",
    "Software still has a few bugs",
    "Pricier than the last model",
    "Heavier than most of the competition",
    "Limited color options at launch",
    "Repairs can be expensive",
)
PR_STORES = ("Amazon", "Best Buy", "Walmart", "Target", "B&H Photo")
PR_MENU = ("News", "Tech", "Reviews", "Best Picks", "Deals", "How-To", "Science")


def _pr_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"pr-product-{k}-{attempt}")
    cat = r.choice(sorted(PR_CATS))
    spec = PR_CATS[cat]
    brand = r.choice(spec["brands"])
    product = r.choice(spec["models"]).format(b=brand, n=r.randint(2, 9))
    title = f"{product} review: {r.choice(PR_TAGS)}"
    low, high = spec["price"]
    price = r.randrange(low, high, 50) - 0.01
    return title, {
        "cat": cat,
        "brand": brand,
        "product": product,
        "price": price,
        "score": r.randint(6, 9),
        "seed": f"{k}-{attempt}",
    }


def _pr_fill(g: dict[str, Any]) -> dict[str, str]:
    return {
        "product": g["product"],
        "brand": g["brand"],
        "noun": PR_CATS[g["cat"]]["noun"],
        "price": f"${g['price'] + 0.01:,.0f}",
    }


def _pr_body(c: Ctx, g: dict[str, Any]) -> list[tuple[str, str]]:
    r = c.stable(f"pr-body-{g['seed']}")
    fill = _pr_fill(g)
    spec = PR_CATS[g["cat"]]
    intro = [x.format(**fill) for x in PR_INTRO]
    cut = r.randint(2, 4)
    blocks: list[tuple[str, str]] = [("p", " ".join(intro[:cut])), ("p", " ".join(intro[cut:]))]
    pool = list(PR_ASPECT)
    r.shuffle(pool)
    for aspect in spec["aspects"]:
        blocks.append(("h2", aspect))
        sents = [
            pool.pop().format(aspect_l=aspect.lower(), n=r.randint(8, 30), **fill)
            for _ in range(r.randint(3, 4))
        ]
        if len(sents) == 4 and r.random() < 0.5:
            blocks += [("p", " ".join(sents[:2])), ("p", " ".join(sents[2:]))]
        else:
            blocks.append(("p", " ".join(sents)))
    blocks.append(("h2", "Should you buy it?"))
    blocks.append(("p", " ".join(x.format(**fill) for x in PR_CLOSE)))
    return blocks


def render_product_review_scorecard(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _pr_plan)
    s, d = c.story, c.story.published
    site = c.stable("pr")
    numeric = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title.split(" review:")[0])
        if numeric:
            return f"/tech/reviews/{slug}-review-{c.stable(f'pr-id-{o.title}').randint(100_000, 999_999)}"
        return f"/reviews/{o.published:%Y/%m}/{slug}-review/"

    c.repath(path)
    _set_body(s, _pr_body(c, g))
    dr = _page_rng(c, "pr-page")
    fill = _pr_fill(g)
    spec = PR_CATS[g["cat"]]
    c.snip(" ".join(PR_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {site.choice(('Consumer Tech Reviewer', 'Senior Tech Writer'))}")
    tested = c.snip(
        f"How we test: every product {pub.name} reviews is bought or loaned and tested hands-on"
        " for at least two weeks."
    )
    disclosure = c.snip(
        "We may earn a commission when you buy through links on our site, at no extra cost to you."
    )
    pros = [c.snip(x) for x in dr.sample(PR_PROS, 3)]
    cons = [c.snip(x) for x in dr.sample(PR_CONS, 2)]
    score = g["score"]
    summary = " ".join(x.format(**fill) for x in PR_SUMMARY)
    specs = []
    for label, value in spec["specs"]:
        text = value.format(n=dr.randint(1, 9), s=dr.choice((128, 256, 512)), m=dr.randint(3, 6))
        specs.append((label, text))
        c.snip(f"{label} {text}")
    c.snip(f"{g['product']} specs")
    stores = dr.sample(PR_STORES, 3)
    offers = []
    for i, store in enumerate(stores):
        price = g["price"] - (0 if i == 0 else dr.choice((0, 20, 30, 50)))
        offers.append((store, f"${price:,.2f}"))
        c.snip(f"{store} ${price:,.2f} View Deal")
    checked = c.snip(f"Prices last checked {_long_date(d)}")
    c.snip(f"More reviews from {pub.name}")
    more = _snip_titles(c, c.pick_others(4))
    news = c.snip("Sign up for our weekly Tech Tip newsletter")
    copy = c.snip(c.copyright())
    body: list[str] = []
    for t, x in s.blocks:
        body.append(f"<h2>{esc(x)}</h2>" if t == "h2" else f"<p>{c.inline(x)}</p>")
    data = {
        "@context": "https://schema.org",
        "@type": "Review",
        "name": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "itemReviewed": {
            "@type": "Product",
            "name": g["product"],
            "brand": {"@type": "Brand", "name": g["brand"]},
        },
        "reviewRating": {"@type": "Rating", "ratingValue": score, "bestRating": 10, "worstRating": 0},
    }
    verdict = [
        '<aside class="verdict-box">',
        '<h3 class="verdict-title">Our verdict</h3>',
        f'<div class="score"><span class="score-value">{score}/10</span></div>',
        f'<p class="verdict-summary">{esc(summary)}</p>',
        '<div class="pros-cons"><div class="pros"><h4>Pros</h4><ul>'
        + "".join(f"<li>{esc(x)}</li>\n" for x in pros)
        + '</ul></div><div class="cons"><h4>Cons</h4><ul>'
        + "".join(f"<li>{esc(x)}</li>\n" for x in cons)
        + "</ul></div></div>",
        "</aside>",
    ]
    buy = [
        '<div class="where-to-buy"><h3>Where to buy</h3>',
        f'<p class="affiliate-disclosure">{esc(disclosure)}</p><ul class="price-widget">',
        *[
            f'<li><span class="retailer">{esc(st)}</span> <span class="price">{pr}</span>'
            f' <a rel="sponsored nofollow" href="https://go.affiliate.example/?u={_slug(st)}">View'
            ' Deal</a></li>'
            for st, pr in offers
        ],
        f'</ul><p class="checked">{esc(checked)}</p></div>',
    ]
    table = [
        f'<table class="specs"><caption>{esc(g["product"])} specs</caption><tbody>',
        *[f"<tr><th>{esc(a)}</th>\n<td>{esc(b)}</td></tr>" for a, b in specs],
        "</tbody></table>",
    ]
    top = site.random() < 0.5  # the scorecard over the text, or after it
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name} Reviews"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="article-page review">',
        f'<header class="site-header"><a class="brand" href="/">{esc(pub.name)}</a>',
        _nav(PR_MENU, "site-nav"),
        "</header>",
        '<main><article class="review-article">',
        '<div class="kicker"><a href="/tech/">Tech</a> / <a href="/reviews/">Reviews</a></div>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="byline-block"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{_long_date(d)}</time></div>',
        f'<p class="disclosure-top"><em>{esc(disclosure)}</em></p>' if not top else "",
        *(verdict + buy if top else []),
        '<div class="article-body">',
        *body,
        "</div>",
        *(table if top else verdict + table + buy),
        f'<p class="how-we-test">{esc(tested)}</p>',
        "</article>",
        f'<section class="more-reviews"><h2>More reviews from {esc(pub.name)}</h2><ul>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in more)
        + "</ul></section>",
        f'<div class="newsletter"><p>{esc(news)}</p><input type="email"><button>Subscribe</button></div>',
        "</main>",
        f"<footer><p>{esc(copy)}</p></footer>",
    ]
    return _end_page(c, lines, "consent-banner", "Accept all")


# --- podcast-episode-transcript -----------------------------------------------------------------

PC_SHOWS = ("The {p} Rundown", "Inside {p}", "{p} Matters", "The Morning Read", "Here in {p}")
PC_APPS = ("Apple Podcasts", "Spotify", "YouTube Music", "Pocket Casts", "Amazon Music", "Overcast")
PC_QUESTIONS = (
    "So walk us through what actually happened.",
    "How did people in the room react when that came out?",
    "What are you hearing from the people most affected by this?",
    "And what happens next? Is there a deadline here?",
    "Let's step back for a second. Why does this matter beyond {p}?",
    "Was anyone surprised by that, or did people see it coming?",
    "What's the piece of this that you think people are missing?",
    "Who is pushing back on this, and what's their argument?",
)
PC_SHORT = ("Right.", "Mm-hmm.", "Wow.", "Yeah, exactly.", "That's right.", "Sure.", "Okay.", "Interesting.")
PC_MENU = ("News", "Podcasts", "Local", "Politics", "Culture", "Donate")
PC_PRODUCERS = ("Claire Donnelly", "Ravi Mehta", "Sofia Grant", "Julian Park", "Nora Whitfield", "Eli Brooks")


def _pc_turn(name: str, text: str) -> str:
    return f"{name.upper()}: {text}"


def _pc_body(c: Ctx, host: str, guest: str, show: str) -> list[tuple[str, str]]:
    """The transcript's turns: 10-20, at most 14 of them more than six words (the intro, the
    questions and the answers; the others are short: "NAME: Right."), 250-900 words. The answers
    tell the story's own sentences in order."""
    r = _page_rng(c, "pc-turns")
    pool = [x for ss in c.story.sentences for x in ss]
    en = prose_for("en", r)
    hf, gf = host.split()[0], guest.split()[0]
    turns = [
        _pc_turn(
            host,
            f"From the newsroom of {c.pub.name}, this is {show}. I'm {host}. Today: {c.story.title}."
            f" My colleague {guest} has been covering it. Hey, {gf}.",
        ),
        _pc_turn(guest, "Thanks for having me."),
    ]
    questions = [q.format(p=_place(c)) for q in PC_QUESTIONS]
    r.shuffle(questions)
    target = r.randint(8, 13)  # the long turns
    long_turns, words, shorts = 1, _words(turns[0]), 0

    def told(most: int) -> str:
        """The next one to `most` of the story's sentences (the first whatever the budget)."""
        nonlocal words
        out: list[str] = []
        for _ in range(most):
            x = pool.pop(0) if pool else en.sentence()
            if out and words + _words(x) > 780:
                break
            out.append(x)
            words += _words(x)
        return " ".join(out)

    answering = False  # the host asks first
    while long_turns < target:
        if answering:
            turns.append(_pc_turn(guest, told(r.randint(2, 3))))
            long_turns += 1
            if r.random() < 0.35 and shorts < 3 and long_turns < target:  # "Mm-hmm.", and the guest goes on
                turns.append(_pc_turn(host, r.choice(PC_SHORT)))
                turns.append(_pc_turn(guest, told(1)))
                shorts += 1
                long_turns += 1
        else:
            q = questions.pop() if questions else "Tell me more about that part of it."
            turns.append(_pc_turn(host, q))
            words += _words(q)
            long_turns += 1
        answering = not answering
    if answering:  # the last long turn was a question: an answer to it
        turns.append(_pc_turn(guest, told(2)))
    turns += [_pc_turn(host, f"{gf}, thank you."), _pc_turn(guest, f"Thanks, {hf}.")]
    blocks = [("p", t) for t in turns]
    k = 3
    while _lines_fit(blocks)[1] < 260:  # a longer first answer
        blocks[k] = ("p", blocks[k][1] + " " + en.sentence())
    return blocks


def render_podcast_episode_transcript(c: Ctx) -> str:
    pub = c.pub
    s, d = c.story, c.story.published
    site = c.stable("pc")
    place = _place(c)
    show = site.choice(PC_SHOWS).format(p=place)
    show_slug = _slug(show)
    npr = site.random() < 0.5

    def path(o: Story) -> str:
        n = c.stable(f"pc-id-{o.title}")
        if npr:
            return f"/{o.published:%Y/%m/%d}/nx-s1-{n.randint(5_000_000, 5_999_999)}/{_slug(o.title)}"
        return f"/podcasts/{show_slug}/episodes/{_slug(o.title)}-{n.randint(10_000, 99_999)}"

    c.repath(path)
    host = s.author.name
    guest = next((a.name for a in pub.authors if a.name != host), "Dana Whitlock")
    dr = _page_rng(c, "pc-page")
    en = prose_for("en", dr)
    _set_body(s, _pc_body(c, host, guest, show))
    summary = _other_sentences(c, en, 2)
    minutes = dr.randint(14, 38)
    c.snip(" ".join(PC_MENU[:5]))
    download = c.snip(f"Download this episode (MP3, {minutes * 0.96:.0f} MB)")
    apps = site.sample(PC_APPS, 4)
    for a in apps:
        c.snip(f"Listen on {a}")
    follow = c.snip(f"Follow {show} wherever you get your podcasts")
    producers = dr.sample(PC_PRODUCERS, 3)
    produced = c.snip(f"This episode was produced by {producers[0]} and {producers[1]}.")
    edited = c.snip(
        f"It was edited by {producers[2]}. Our executive producer is {site.choice(PC_PRODUCERS)}."
    )
    music = c.snip(f"Original music by {site.choice(('Blue Dot Sessions', 'Hollis Grey', 'Marisa Lund'))}.")
    generated = c.snip(
        "This transcript was generated using speech recognition software and reviewed by our"
        " staff. It may contain errors; please check the audio before quoting."
    )
    c.snip(f"More episodes of {show}")
    more = c.pick_others(4)
    durations = []
    for o in more:
        c.snip(o.title)
        durations.append(f"{c.stable(f'pc-len-{o.title}').randint(14, 38)} min")
    news = c.snip(f"Get {show} in your inbox: sign up for the weekly newsletter")
    support = c.snip(f"Support independent local journalism. Become a member of {pub.name} today.")
    copy = c.snip(c.copyright())
    audio = f"https://traffic.megaphone.example/{_hex(dr, 12).upper()}.mp3"
    body = []
    for _, t in s.blocks:
        name, _, text = t.partition(": ")
        body.append(f"<p><strong>{esc(name)}:</strong> {esc(text)}</p>")
    data = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": s.title,
        "datePublished": c.iso(),
        "timeRequired": f"PT{minutes}M",
        "partOfSeries": {"@type": "PodcastSeries", "name": show},
        "associatedMedia": {"@type": "MediaObject", "contentUrl": audio},
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    title = f"{s.title} : {show} : {pub.name}" if npr else f"{s.title} | {show} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:audio" content="{audio}">',
        _ldjson(data),
        "</head>",
        '<body class="podcast-episode">',
        f'<header class="global-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _nav(PC_MENU, "global-nav"),
        '<a class="donate-btn" href="/donate">Donate</a></header>',
        '<main><article class="episode">',
        f'<div class="program-title"><a href="/podcasts/{show_slug}/">{esc(show)}</a></div>',
        f'<h1 class="episode-title">{esc(s.title)}</h1>',
        f'<div class="dateblock"><time datetime="{c.iso()}">{_long_date(d)}</time>'
        f" \u00b7 {minutes} min</div>",
        f'<div class="episode-teaser"><p>{esc(summary)}</p></div>',
        '<div class="audio-module">',
        f'<audio controls preload="none" src="{audio}"></audio>',
        f'<a class="download" href="{audio}" download>{esc(download)}</a>',
        "</div>",
        '<ul class="listen-on">'
        + "\n".join(
            f'<li><a href="https://{_slug(a)}.example/{show_slug}">Listen on {esc(a)}</a></li>' for a in apps
        )
        + f'</ul>\n<p class="follow">{esc(follow)}</p>',
        '<section class="transcript" id="transcript">',
        "<h2>Transcript</h2>",
        f'<p class="transcript-note"><em>{esc(generated)}</em></p>',
        '<div class="transcript-text">',
        *body,
        "</div>",
        f'<div class="credits"><p>{esc(produced)} {esc(edited)}</p><p>{esc(music)}</p></div>',
        "</section>",
        "</article>",
        f'<aside class="more-episodes"><h2>More episodes of {esc(show)}</h2><ul>'
        + "\n".join(
            f'<li><a href="{esc(o.path)}">{esc(o.title)}</a> <span class="duration">{x}</span></li>'
            for o, x in zip(more, durations, strict=True)
        )
        + "</ul></aside>",
        f'<div class="newsletter-signup"><p>{esc(news)}</p><input type="email"><button>Sign'
        ' up</button></div>',
        "</main>",
        f'<footer class="global-footer"><p>{esc(support)}</p><p>{esc(copy)}</p></footer>',
    ]
    return _end_page(c, lines, "onetrust-banner", "I Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "obituaries-legacy": render_obituaries_legacy,
    "recipe-desk": render_recipe_desk,
    "product-review-scorecard": render_product_review_scorecard,
    "podcast-episode-transcript": render_podcast_episode_transcript,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _hex,
    _ldjson,
    _other_sentences,
    _page_rng,
    _place,
    _retitle,
    _set_body,
    _share_div,
    _snip_titles,
)
from pipeline.synth.prose import EN_MONTHS, prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _slug, _words, esc  # noqa: E402
