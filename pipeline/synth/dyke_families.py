"""Four DYKE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"dyke" is a twentieth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor nor any extraction result, so no extraction
rule was written or tuned against them. They are held out until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `DYKE_FAMILIES`: the dyke families are
generated only by `generate_corpus("dyke")`, so every other corpus is as it was. This module also
brings a new language, Greek ("el"): its grammar (`GreekProse`: subject, aorist and object, the
object in the accusative with its article and an adjective agreeing in gender, "την"/"τη" as the
next sound asks, «…» quotes closed with "δήλωσε ο/η", headlines verb-first, "Μπελάδα: Ενέκρινε το
δημοτικό συμβούλιο τον προϋπολογισμό"), names (a woman's surname in its own form), place names
(made in Latin letters, so that a site's brand and host name are ASCII, and written in Greek letters
in the text, feminine, with their genitive: "Kelmorpoli" / "Κελμόρπολη", "ο Δήμος Κελμόρπολης"), UI
strings, month names (the genitive, as a date has it) and zones are defined here and added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded (new
keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, aware `published_at`, clean `title` without the
site name) and those of the earlier held-out splits: in-text "read also" lines and calls to action
are boilerplate even in the paragraphs' own markup; a bulleted list and a <blockquote> inside the
text are body, one line per item; a photo's caption and credit are boilerplate; a standfirst/dek
under the headline is neither body nor boilerplate; a short box label is neither, the box's items
being body; a data table inside the text that the text refers to is body, one line per row (the
row's cells joined by single spaces, the header row included); editor's notes and credit lines are
boilerplate. The choices each family makes:
  * el-perifereiaki-wp: the first paragraph, set in bold as Greek sites do, is body; the in-text
    "Διαβάστε επίσης:" lines, the "Ακολουθήστε το ... στο Google News" line closing the text (in its
    own <p>) and the agency line "Με πληροφορίες από ΑΠΕ-ΜΠΕ" (in <p><em>) are boilerplate; the tags,
    the previous/next links, the author's box and the funeral notices are boilerplate; there is no
    dek;
  * legal-docket-wire: the dateline that opens the first paragraph ("Site (March 7, 2026, 2:30 PM
    EST) -- ") is part of that paragraph and so body, as are the counsel paragraph ("X is
    represented by ...") and the closing "The case is <caption>, case number ..., in ..." with its
    italic caption; a quotation from the ruling in a <blockquote> is body; the "--Editing by ..."
    credit line and the italic "Update: This story has been updated ..." note (both in <p><em> in
    the text's markup) are boilerplate, as are the "Case Information" box (a docket summary, not the
    article's text), the law-firm and company tags and the attached documents;
  * agri-weekly-markets: the standfirst is neither; a sale-results, crop-progress or price table
    the text introduces is body (one line per row); the "Farm facts" box of a farm profile is body,
    its items one line each, its label neither; a bulleted list the text introduces ("Under the
    proposal, ... would:", "Farmers in the area are being asked to:") is body; the markets strip, the
    weather, "Read more:" lines and the newsletter promo amid the text, the partner content and the
    author's card are boilerplate;
  * radio-station-news: the audio players' labels ("LISTEN: ...", "AUDIO: ..."), at the top or amid
    the text, are boilerplate, as are the "READ MORE:" lines and the closing "-- With files from
    <agency>" credit (in <p><em>); the player bar's "Now Playing"/"On Air", "Recently Played" and the
    station's promotions are boilerplate.

Families (language; date source):
  dyke   el-perifereiaki-wp     el; a Yoast JSON-LD @graph (Article and WebPage) datePublished and
                               <meta property="article:published_time"> in UTC ("+00:00"), the
                               theme's <time datetime> with the local offset showing the date alone
                               ("07/03/2026"), and a header with the day the page was served
                               ("Σάββατο, 7 Μαρτίου 2026"); a Greek (or Cypriot) regional news site
                               on WordPress with the tagDiv Newspaper theme: the top bar (date,
                               weather, "Ταυτότητα" menu), the logo, the menu, the "ΤΕΛΕΥΤΑΙΑ ΝΕΑ"
                               ticker, the breadcrumb with the headline, the category, "Από <author>
                               - date", the comment and view counts, the share bars, the featured
                               image's caption, the text (<h3> subheadings, a <blockquote> or a
                               list now and then) with "Διαβάστε επίσης:" lines and the ad slot
                               amid it, the Google News line, "ΕΤΙΚΕΤΕΣ", previous/next article,
                               the author box, "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", the comment form (with tagDiv's
                               hidden warnings), the sidebar ("ΔΗΜΟΦΙΛΗ", the funeral notices
                               "ΚΗΔΕΙΕΣ", the newsletter, Facebook), "ΣΧΕΤΙΚΑ ΜΕ ΕΜΑΣ", the online
                               media register's "Αριθμός Πιστοποίησης Μ.Η.Τ." and the cookie bar;
                               URLs the WordPress permalink of the site (/slug/, /2026/03/07/slug/
                               or /category/slug/) with the Greek slug percent-encoded in lower-case
                               hex and cut at 200 characters as WordPress cuts it; <title> "T – Site"
  dyke   legal-docket-wire      en; only the dateline inside the first paragraph ("Site, City (March
                               7, 2026, 2:30 PM EST) --", the zone's abbreviation), no date
                               metadata; the case box's "Date Filed" and the related articles' dates
                               are other dates; a subscription legal news service (Law360-like):
                               the free-trial banner, the account links, the search, the menu, the
                               practice-area labels, Title Case headlines ("Judge Tosses ... Suit
                               Against ...", "2nd Circ. Revives ..."), the byline, the tools,
                               the text (court rulings, suits, settlements and verdicts in US,
                               English, Irish, Australian, New Zealand, Indian, Canadian and South
                               African courts, by the site's zone; the site's own headlines and
                               texts, drawn from the site and the story's place in its list) with
                               an inline "Related" box on some, the credit and update notes, the
                               attached documents, "Law Firms", "Companies", "Case Information",
                               the reprints and tip lines, "Related Articles", the newsletter box,
                               "Most Read" and the footer; URLs /practice-area/articles/NNNNNNN/slug;
                               <title> "T - Site"
  dyke   agri-weekly-markets    en; a Parse.ly <meta name="parsely-page"> JSON whose pub_date is in
                               UTC ("2026-03-07T19:30:00Z") and the visible local "March 7 2026 -
                               2:30pm" ("Updated March 8 2026 - 9:15am, first published March 7
                               2026 - 2:30pm" on updated stories); an agricultural weekly (an ACM
                               or Farm Progress-like farm paper): the markets strip (futures or
                               saleyard indicators of the moment, "Prices delayed by at least 10
                               minutes"), the weather, the account links, the menu, the kicker,
                               the standfirst, the byline, the photo's caption and credit, the text
                               (the site's own: sale reports, crop progress, farm policy, farm
                               profiles, grain prices and disease outbreaks, in the units and words
                               of the site's country) with its table, list or "Farm facts" box, the
                               "Read more:" lines, the newsletter promo and an ad slot amid it,
                               "More on:", the share bar, the author's card, "More from ...", "Most
                               Popular", the partner content and the footer; URLs
                               /story/NNNNNNN/slug/; <title> "T | Site"
  dyke   radio-station-news     en; a naive <time datetime="2026-03-07T14:30:00"> around the visible
                               "Posted Saturday, March 7th 2026, 2:30 PM" (North America) or
                               "Posted Saturday 7th March 2026, 2:30pm" (elsewhere), "Last Updated
                               ..." on some; a commercial radio station's news page: the listen-live
                               bar ("Now Playing: ..." or "On Air: <show> with <host>"), the logo
                               and dial position, the menu, the label, the author, the lead photo
                               or the lead audio player, the text in short paragraphs of one or two
                               sentences (<h2> subheadings now and then) with "READ MORE:" lines
                               and an audio clip amid it, the closing "-- With files from ..." on
                               some, the news-tip line, the share bar, the schedule or "Recently
                               Played", the contest and app promotions, "More Local News" and the
                               footer (the FCC public file links in the US, CRTC in Canada); URLs
                               /call-sign/news/slug-1.NNNNNNNN?mode=Article (the canonical link
                               without the query); <title> "T | News | Site"

Every renderer gives every story of its publisher the platform's own URL on first use. The legal and
farm renderers give every story of the publisher its own headline and text, drawn only from the site
and the story's place in the publisher's list (the same whichever page renders first); the Greek
and radio renderers rework the story's text (lists, quotes, radio paragraphs) and keep it within 14
lines and 250-900 words, so `body`, taken from the story after rendering, has them. All four have
site names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from typing import Any, NamedTuple
from urllib.parse import quote

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "el-perifereiaki-wp": "dyke",
    "legal-docket-wire": "dyke",
    "agri-weekly-markets": "dyke",
    "radio-station-news": "dyke",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "el-perifereiaki-wp": "el",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    # Greek regional sites mostly carry a Latin-letter brand (their host names are ASCII)
    "el-perifereiaki-wp": ("{p} News", "{p} Press", "{p}24", "Typos {p}", "{p} Online", "Proini {p}",
                           "{p} Times", "Eleftheri {p}"),
    "legal-docket-wire": ("{p} Legal News", "{p} Law Report", "The {p} Docket", "{p} Law Daily",
                          "{p} Courtwire", "The {p} Legal Record"),
    "agri-weekly-markets": ("{p} Farmer", "The {p} Land", "{p} Farm Weekly", "{p} Rural News",
                            "{p} Stock and Land", "The {p} Grower"),
    "radio-station-news": ("News Talk 980 {p}", "{p} 101.5 FM", "Country 104 {p}", "Mix 106.9 {p}",
                           "Classic Rock 95.5 {p}", "{p} Today 1150", "Hot 97.3 {p}"),
}

EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- Greek -------------------------------------------------------------------------------------

EL_FIRST_M = _w("""Γιώργος Νίκος Κώστας Δημήτρης Γιάννης Παναγιώτης Βασίλης Χρήστος Θανάσης Μιχάλης
    Βαγγέλης Σταύρος Αντώνης Θοδωρής Ηλίας Στέλιος Σπύρος Άγγελος Λευτέρης Μανώλης Αποστόλης
    Χαράλαμπος""")
EL_FIRST_F = _w("""Μαρία Ελένη Κατερίνα Βάσω Σοφία Αγγελική Δήμητρα Γεωργία Ευαγγελία Χριστίνα Κωνσταντίνα
    Βούλα Ιωάννα Αναστασία Δέσποινα Ειρήνη Νίκη Φωτεινή Σταυρούλα Αλεξάνδρα Ζωή Μαρίνα""")
# a Greek surname has a woman's form of its own (the genitive of the man's, mostly)
EL_SURNAMES: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1])
    for w in _w("""Παπαδόπουλος:Παπαδοπούλου Παπαδάκης:Παπαδάκη Γεωργίου:Γεωργίου Νικολάου:Νικολάου
    Οικονόμου:Οικονόμου Παπανικολάου:Παπανικολάου Βασιλείου:Βασιλείου Ιωάννου:Ιωάννου
    Καραγιάννης:Καραγιάννη Μακρής:Μακρή Αθανασίου:Αθανασίου Δημητρίου:Δημητρίου
    Κωνσταντινίδης:Κωνσταντινίδου Παπαγεωργίου:Παπαγεωργίου Αντωνίου:Αντωνίου Χατζηδάκης:Χατζηδάκη
    Μαυρίδης:Μαυρίδου Σταθόπουλος:Σταθοπούλου Λαμπρόπουλος:Λαμπροπούλου Πετρίδης:Πετρίδου
    Αλεξίου:Αλεξίου Ζαχαρίου:Ζαχαρίου Κυριακίδης:Κυριακίδου Μπακάλης:Μπακάλη Σιδηρόπουλος:Σιδηροπούλου
    Τζαννετάκης:Τζαννετάκη Φωτίου:Φωτίου Χριστοδούλου:Χριστοδούλου Ψαρράς:Ψαρρά Κουτσούκος:Κουτσούκου
    Ραφαηλίδης:Ραφαηλίδου Τσακίρης:Τσακίρη""")
)
# place names are made in Latin letters (a site's brand and host name have them) and written in
# Greek letters in the text (`_el_greek`); every ending makes a feminine name
EL_PLACE_FORMS = (("", "", "", "Ano ", "Kato ", "Nea "), _w("poli ada itsa ousa ina aia ia ini ea"))
_EL_PREFIXES = {"Ano ": "Άνω ", "Kato ": "Κάτω ", "Nea ": "Νέα "}
_EL_ENDINGS = (("poli", "πολη", False), ("ada", "άδα", True), ("itsa", "ίτσα", True), ("ousa", "ούσα", True),
               ("ina", "ίνα", True), ("aia", "αία", True), ("ia", "ιά", True), ("ini", "ίνη", True),
               ("ea", "έα", True))
_EL_LETTERS = {"a": "α", "b": "μπ", "c": "κ", "d": "ντ", "e": "ε", "f": "φ", "g": "γ", "h": "χ", "i": "ι",
               "k": "κ", "l": "λ", "m": "μ", "n": "ν", "o": "ο", "p": "π", "r": "ρ", "s": "σ", "t": "τ",
               "u": "ου", "v": "β", "w": "β", "y": "ι", "z": "ζ"}
_EL_TONOS = {"α": "ά", "ε": "έ", "ι": "ί", "ο": "ό", "υ": "ύ", "η": "ή", "ω": "ώ"}

# subjects, in the nominative with their article
EL_AGENTS = (
    "το δημοτικό συμβούλιο", "ο δήμαρχος", "η δημοτική αρχή", "η Περιφέρεια", "ο αντιπεριφερειάρχης",
    "το υπουργείο", "η αστυνομία", "η διοίκηση του νοσοκομείου", "ο σύλλογος γονέων", "η εταιρεία",
    "η αντιπολίτευση", "η ΔΕΥΑ", "ο εργολάβος", "η Πυροσβεστική", "το Λιμεναρχείο", "το Επιμελητήριο",
    "ο Εμπορικός Σύλλογος", "η Οικονομική Επιτροπή", "η Αποκεντρωμένη Διοίκηση", "το περιφερειακό συμβούλιο",
    "ο αντιδήμαρχος", "η Εφορεία Αρχαιοτήτων", "ο σύλλογος κατοίκων", "η κυβέρνηση",
)
# the aorist (third person singular) and the dependent form that follows "θα" and "να"
EL_VERBS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1])
    for w in _w("""ενέκρινε:εγκρίνει απέρριψε:απορρίψει ανακοίνωσε:ανακοινώσει ανέβαλε:αναβάλει
    επιβεβαίωσε:επιβεβαιώσει παρουσίασε:παρουσιάσει εγκαινίασε:εγκαινιάσει έκλεισε:κλείσει
    επέκρινε:επικρίνει στήριξε:στηρίξει χρηματοδότησε:χρηματοδοτήσει ξεκίνησε:ξεκινήσει
    παρέτεινε:παρατείνει δημοπράτησε:δημοπρατήσει υπέγραψε:υπογράψει ανέστειλε:αναστείλει
    ζήτησε:ζητήσει προκήρυξε:προκηρύξει ολοκλήρωσε:ολοκληρώσει εξέτασε:εξετάσει ενέταξε:εντάξει
    επανέφερε:επαναφέρει πάγωσε:παγώσει αναθεώρησε:αναθεωρήσει υπερψήφισε:υπερψηφίσει""")
)
# objects: the noun in the accusative, its gender, "+" when the phrase needs no adjective
EL_OBJECTS: tuple[tuple[str, str, bool], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1][0], w.endswith("+"))
    for w in _w("""προϋπολογισμό:m διαγωνισμό:m δρόμο:m κόμβο:m αγωγό:m φάκελο:m σταθμό:m
    παιδικό_σταθμό:m+ χώρο_στάθμευσης:m+ περιφερειακό_δρόμο:m+ σχεδιασμό:m μελέτη:f ανάπλαση:f
    πρόταση:f σύμβαση:f γέφυρα:f πλατεία:f παραλία:f προκήρυξη:f απόφαση:f χρηματοδότηση:f αίθουσα:f
    δημοπρασία:f ασφαλτόστρωση:f λαϊκή_αγορά:f+ επέκταση_του_δικτύου:f+ αποκατάσταση_του_κτιρίου:f+
    αποχέτευση:f έργο:n σχέδιο:n αίτημα:n κολυμβητήριο:n πρόγραμμα:n γήπεδο:n σχολείο:n κτίριο:n
    πάρκο:n δίκτυο_ύδρευσης:n+ κέντρο_υγείας:n+ λιμάνι:n πεζοδρόμιο:n αμφιθέατρο:n
    δημοτικό_γυμναστήριο:n+""")
)
# adjectives: the masculine nominative ("-ος") and the feminine
EL_ADJ: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1])
    for w in _w("""νέος:νέα δημοτικός:δημοτική παλιός:παλιά μεγάλος:μεγάλη τοπικός:τοπική
    περιφερειακός:περιφερειακή προσωρινός:προσωρινή αμφιλεγόμενος:αμφιλεγόμενη ιστορικός:ιστορική
    σύγχρονος:σύγχρονη κεντρικός:κεντρική πολυαναμενόμενος:πολυαναμενόμενη δεύτερος:δεύτερη""")
)
EL_TIMES = (
    "την Τρίτη το βράδυ", "την περασμένη εβδομάδα", "ομόφωνα", "κατά πλειοψηφία", "μετά από πολύωρη συζήτηση",
    "χθες το πρωί", "εκ νέου", "στις αρχές του μήνα", "στην τελευταία συνεδρίαση", "χωρίς συζήτηση",
    "το Σαββατοκύριακο", "προχθές", "με καθυστέρηση μηνών",
)
EL_SOURCES = (
    "Σύμφωνα με πληροφορίες,", "Όπως έγινε γνωστό,", "Σύμφωνα με ανακοίνωση της Περιφέρειας,",
    "Όπως ανακοίνωσε η αστυνομία,", "Σύμφωνα με κατοίκους της περιοχής,", "Όπως πληροφορείται το ρεπορτάζ,",
)
EL_FROM = ("Από τον δήμο", "Από την Περιφέρεια", "Από την αστυνομία", "Από το υπουργείο", "Από την εταιρεία",
           "Από τον σύλλογο")
EL_ROLES = (
    ("πρόεδρος του συλλόγου", "πρόεδρος του συλλόγου"),
    ("αντιδήμαρχος Τεχνικών Υπηρεσιών", "αντιδήμαρχος Τεχνικών Υπηρεσιών"),
    ("επικεφαλής της αντιπολίτευσης", "επικεφαλής της αντιπολίτευσης"),
    ("διευθυντής του σχολείου", "διευθύντρια του σχολείου"),
    ("ιδιοκτήτης καταστήματος", "ιδιοκτήτρια καταστήματος"),
    ("κάτοικος της περιοχής", "κάτοικος της περιοχής"),
    ("δημοτικός σύμβουλος", "δημοτική σύμβουλος"),
    ("πρόεδρος της τοπικής κοινότητας", "πρόεδρος της τοπικής κοινότητας"),
    ("εκπρόσωπος της εταιρείας", "εκπρόσωπος της εταιρείας"),
)
EL_SAYS = ("δήλωσε", "τόνισε", "ανέφερε", "σημείωσε", "υπογράμμισε")
EL_SAYINGS = (
    "Οι πολίτες αξίζουν σαφείς απαντήσεις",
    "Είναι μια σημαντική μέρα για την πόλη μας",
    "Δεν θα κάνουμε βήμα πίσω",
    "Όλα έγιναν σύμφωνα με τον νόμο",
    "Περιμένουμε την απόφαση του υπουργείου",
    "Οι εργασίες θα ολοκληρωθούν μέσα στο καλοκαίρι",
    "Κανείς δεν μας ρώτησε",
    "Το ζήτημα αφορά την ασφάλεια των παιδιών μας",
    "Ζητάμε άμεση συνάντηση με τον υπουργό",
    "Πρόκειται για τη μεγαλύτερη επένδυση της τελευταίας δεκαετίας",
    "Ποιος θα πληρώσει τελικά το κόστος;",
    "Οι κάτοικοι περιμένουν χρόνια αυτή τη λύση",
    "Θα συνεχίσουμε να πιέζουμε μέχρι να βρεθεί λύση",
    "Τα χρήματα υπάρχουν, λείπει η πολιτική βούληση",
    "Δεν θέλουμε να επαναληφθεί η περσινή κατάσταση",
    "Είναι ώρα να γίνει κάτι συγκεκριμένο",
    "Θα συζητήσουμε με όλους τους φορείς",
    "Γιατί καθυστερεί τόσο η υπογραφή της σύμβασης;",
    "Η πόλη χρειάζεται έργα και όχι υποσχέσεις",
    "Όλα θα γίνουν με απόλυτη διαφάνεια",
)
EL_DAYS = ("Τη Δευτέρα", "Την Τρίτη", "Την Τετάρτη", "Την Πέμπτη", "Την Παρασκευή", "Το Σάββατο",
           "Την Κυριακή")
EL_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")  # Monday first
EL_TITLE_FRONTS = ("Οριστικό", "Επιτέλους", "Μετά από μήνες αναμονής", "Αναστάτωση", "Θυελλώδης συνεδρίαση",
                   "Έκτακτο")
EL_SUBHEADS = (
    "Τι προβλέπει το σχέδιο", "Οι αντιδράσεις", "Το κόστος του έργου", "Τα επόμενα βήματα", "Το ιστορικό",
    "Τι λένε οι κάτοικοι", "Χρηματοδότηση από το ΕΣΠΑ", "Ανοιχτά ερωτήματα", "Η θέση της αντιπολίτευσης",
    "Το χρονοδιάγραμμα",
)
# the genitive, as a date has it ("7 Μαρτίου 2026")
EL_MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
EL_ZONES = ("Europe/Athens", "Europe/Athens", "Asia/Nicosia")
_EL_VOWELS = "αεηιουωάέήίόύώϊϋΐΰ"


def _el_greek(name: str) -> str:
    """A place name made in Latin letters (`EL_PLACE_FORMS`) in Greek letters, accented as Greek names
    with its ending are ("Belada" -> "Μπελάδα"; "Ano Kelmorpoli" -> "Άνω Κελμόρπολη", the accent on
    the stem's last vowel before "-πολη")."""
    prefix = ""
    for latin, greek in _EL_PREFIXES.items():
        if name.startswith(latin):
            prefix, name = greek, name[len(latin):]
    word = name.lower()
    for latin, greek, accented in _EL_ENDINGS:
        if word.endswith(latin) and len(word) > len(latin):
            stem = "".join(_EL_LETTERS.get(ch, ch) for ch in word[: -len(latin)])
            if not accented:
                at = max(i for i, ch in enumerate(stem) if ch in _EL_VOWELS)  # "ου", "οι": on the second
                stem = stem[:at] + _EL_TONOS.get(stem[at], stem[at]) + stem[at + 1:]
            return prefix + _cap(stem + greek)
    return prefix + _cap("".join(_EL_LETTERS.get(ch, ch) for ch in word))


def _el_gen(place: str) -> str:
    """The genitive of a (feminine) place name ("Μπελάδα" -> "Μπελάδας", "Νέα Μπελάδα" -> "Νέας
    Μπελάδας")."""
    return place.replace("Νέα ", "Νέας ") + "ς"


def _el_keeps_n(word: str) -> bool:
    """Whether "την" keeps its "ν" before `word` (a vowel, κ π τ ξ ψ, or μπ ντ γκ τσ τζ)."""
    w = "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))
    return w[:1] in "αεηιουωκπτξψ" or w[:2] in ("μπ", "ντ", "γκ", "τσ", "τζ")


def _el_acc(gender: str, phrase: str) -> str:
    """The accusative article and `phrase` ("τον δρόμο", "τη μελέτη", "την ανάπλαση", "το έργο")."""
    if gender == "m":
        return f"τον {phrase}"
    if gender == "f":
        return f"{'την' if _el_keeps_n(phrase) else 'τη'} {phrase}"
    return f"το {phrase}"


def _el_in(place: str) -> str:
    """ "στην"/"στη" and a feminine place name."""
    return f"{'στην' if _el_keeps_n(place) else 'στη'} {place}"


def _el_adj(adj: tuple[str, str], gender: str) -> str:
    """The adjective's accusative (the same as the nominative but for the masculine), agreeing."""
    return adj[1] if gender == "f" else adj[0][:-1]


_EL_LATIN = (("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "b"),
             ("ντ", "nt"), ("γκ", "gk"), ("γγ", "ng"), ("τσ", "ts"), ("τζ", "tz"), ("θ", "th"), ("χ", "ch"),
             ("ψ", "ps"), ("ξ", "x"), ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ζ", "z"),
             ("η", "i"), ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("ο", "o"), ("π", "p"),
             ("ρ", "r"), ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "y"), ("φ", "f"), ("ω", "o"))


def _el_latin(text: str) -> str:
    """Greek text in Latin letters (ELOT 743-like, accents dropped): "Τοπικά" -> "topika"."""
    out = "".join(ch for ch in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(ch))
    for greek, latin in _EL_LATIN:
        out = out.replace(greek, latin)
    return out


def _el_slug(text: str) -> str:
    """An ASCII slug of Greek text (category and author slugs a site's admin sets)."""
    return _aslug(_el_latin(text))


def _wp_slug(title: str, limit: int = 200) -> str:
    """WordPress's slug of a Greek title: lower case, words joined by "-", every Greek letter
    percent-encoded in lower-case hex, cut at `limit` characters without splitting a letter."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    out = ""
    for ch in "-".join(words):
        enc = ch if ch.isascii() else quote(ch).lower()
        if len(out) + len(enc) > limit:
            break
        out += enc
    return out.strip("-")


class GreekProse(Prose):
    """Greek regional-news prose (subject, aorist, accusative object with its article and adjective
    agreeing in gender, "την"/"τη" as the next sound asks; «…» quotes with "δήλωσε ο/η"; headlines
    verb-first, "Μπελάδα: Ενέκρινε το δημοτικό συμβούλιο τον προϋπολογισμό")."""

    lang = "el"

    def person(self) -> str:
        return self.person_g()[0]

    def person_g(self) -> tuple[str, str]:
        """A full name and its gender ("m" or "f")."""
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(EL_FIRST_F if female else EL_FIRST_M)
        man, woman = rng.choice(EL_SURNAMES)
        return f"{first} {woman if female else man}", "f" if female else "m"

    def topos(self) -> str:
        """A place name in Greek letters."""
        return _el_greek(self.place())

    def agent(self) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            return f"ο Δήμος {_el_gen(self.topos())}"
        return rng.choice(EL_AGENTS)

    def obj(self) -> str:
        """An object in the accusative, with its article, an adjective now and then."""
        rng = self.rng
        noun, g, whole = rng.choice(EL_OBJECTS)
        if not whole and rng.random() < 0.45:
            noun = f"{_el_adj(rng.choice(EL_ADJ), g)} {noun}"
        return _el_acc(g, noun)

    def clause(self, timed: bool = True) -> str:
        """Subject, verb and object, with a time or manner between the verb and the object now and then
        (`timed`)."""
        rng = self.rng
        verb = rng.choice(EL_VERBS)[0]
        if timed and rng.random() < 0.25:
            return f"{self.agent()} {verb} {rng.choice(EL_TIMES)} {self.obj()}"
        return f"{self.agent()} {verb} {self.obj()}"

    def quote(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return f"Ελπίζουμε ότι {self.agent()} θα {rng.choice(EL_VERBS)[1]} σύντομα {self.obj()}"
        if r < 0.4:
            return f"Για {self.obj()} εξασφαλίσαμε {10 * rng.randint(2, 90)} χιλιάδες ευρώ"
        first, second = rng.sample(EL_SAYINGS, 2)
        if r < 0.65 and not first.endswith(";"):
            return f"{first}. {second}"
        return first

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            who, g = self.person_g()
            role = rng.choice(EL_ROLES)[g == "f"]
            if rng.random() < 0.2:
                role = f"δήμαρχος {_el_gen(self.topos())}"
            return f"«{self.quote()}», {rng.choice(EL_SAYS)} {'η' if g == 'f' else 'ο'} {who}, {role}."
        if r < 0.26:
            return f"{rng.choice(EL_SOURCES)} {self.clause(timed=False)} {rng.choice(EL_TIMES)}."
        if r < 0.33:
            clause = self.clause(timed=False)
            return f"{rng.choice(EL_FROM)} επιβεβαίωσαν ότι {clause} {rng.choice(EL_TIMES)}."
        if r < 0.48:
            conj = rng.choice((", ενώ", ", αλλά", ", καθώς", " και", ", αφού"))
            return f"{_cap(self.clause())}{conj} {self.clause()}."
        if r < 0.55:
            return (f"Αφού {self.clause()}, {self.agent()} {rng.choice(EL_VERBS)[0]} {rng.choice(EL_TIMES)} "
                    f"{self.obj()}.")
        if r < 0.62:
            v1, v2 = rng.sample(EL_VERBS, 2)
            return f"{_cap(self.agent())} {v1[0]} {self.obj()} και {v2[0]} {self.obj()}."
        if r < 0.74:
            return rng.choice((
                f"Ο προϋπολογισμός του έργου ανέρχεται σε {rng.randint(2, 95)},{rng.randint(1, 9)} εκατ. "
                "ευρώ.",
                f"Στη συγκέντρωση συμμετείχαν περίπου {10 * rng.randint(3, 60)} κάτοικοι.",
                f"Οι εργασίες αναμένεται να ολοκληρωθούν έως το {rng.randint(2027, 2031)}.",
                f"Υπέρ της πρότασης ψήφισαν {rng.randint(9, 25)} δημοτικοί σύμβουλοι, ενώ κατά ήταν "
                f"{rng.randint(2, 8)}.",
                f"Την αναφορά έχουν υπογράψει {10 * rng.randint(5, 150)} πολίτες.",
                f"Το {rng.randint(5, 9)}0% της χρηματοδότησης προέρχεται από ευρωπαϊκά κονδύλια.",
                f"Το έργο θα διαρκέσει τουλάχιστον {rng.randint(5, 30)} μήνες.",
                f"Από τον δημοτικό προϋπολογισμό διατίθενται {10 * rng.randint(2, 90)} χιλιάδες ευρώ.",
                f"Η προθεσμία για την υποβολή προσφορών λήγει στις {rng.randint(1, 28)} "
                f"{rng.choice(EL_MONTHS)}.",
            ))
        if r < 0.83:
            return (f"{rng.choice(EL_DAYS)} {self.agent()} {rng.choice(EL_VERBS)[0]} {self.obj()}, "
                    f"{rng.choice(('ενώ', 'καθώς', 'αφού'))} {self.clause()}.")
        if r < 0.91:
            return f"{_cap(_el_in(self.topos()))} {self.clause(timed=False)} {rng.choice(EL_TIMES)}."
        if r < 0.96:
            return f"{_cap(self.agent())} {rng.choice(EL_VERBS)[0]} {rng.choice(EL_TIMES)} {self.obj()}."
        return f"{_cap(self.clause(timed=False))} {rng.choice(EL_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        verb = rng.choice(EL_VERBS)[0]
        if r < 0.3:
            return f"{self.topos()}: {_cap(verb)} {rng.choice(EL_AGENTS)} {self.obj()}"
        if r < 0.5:
            return f"{_cap(rng.choice(EL_AGENTS))} {verb} {self.obj()}"
        if r < 0.65:
            return f"{rng.choice(EL_TITLE_FRONTS)}: {_cap(verb)} {rng.choice(EL_AGENTS)} {self.obj()}"
        noun, g, whole = rng.choice([x for x in EL_OBJECTS if x[1] != "m"])
        if r < 0.8:
            if not whole:
                noun = f"{_el_adj(rng.choice(EL_ADJ), g)} {noun}"
            return f"{_cap(noun)} {_el_in(self.topos())}"
        if r < 0.9:
            art = "η" if g == "f" else "το"
            return f"Στον αέρα {art} {noun} {_el_in(self.topos())}"
        who, _ = self.person_g()
        return f"{who}: «{rng.choice(EL_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(EL_SUBHEADS)


EL_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Αρχική", "Τοπικά", "Περιφέρεια", "Ελλάδα", "Πολιτική", "Οικονομία", "Αθλητικά", "Πολιτισμός",
            "Απόψεις", "Κηδείες"),
    "sections": ("Τοπικά", "Περιφέρεια", "Αυτοδιοίκηση", "Οικονομία", "Κοινωνία", "Πολιτισμός", "Παιδεία"),
    "related": ("Σχετικά άρθρα", "Διαβάστε ακόμη", "Περισσότερα από το {name}", "Δημοφιλή σήμερα"),
    "read_more": ("Διαβάστε επίσης:", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:", "Δείτε ακόμη:"),
    "by": ("Από",),
    "desks": ("Συντάκτης", "Ρεπόρτερ", "Σύνταξη", "Αρχισυνταξία"),
    "share": ("Κοινοποίηση", "Μοιραστείτε το άρθρο"),
    "share_sites": ("Facebook", "Twitter", "Viber", "WhatsApp", "Email", "Εκτύπωση"),
    "newsletter": (
        "Εγγραφείτε στο newsletter μας και λάβετε τις σημαντικότερες ειδήσεις της ημέρας.",
        "Μείνετε ενημερωμένοι με τις ειδήσεις της περιοχής σας κάθε πρωί στο email σας.",
    ),
    "comments": (
        "Τα σχόλια δημοσιεύονται μετά από έγκριση της διαχείρισης.",
        "Η ευθύνη για τα σχόλια ανήκει αποκλειστικά στους συντάκτες τους.",
    ),
    "cookie": (
        "Ο ιστότοπος χρησιμοποιεί cookies για να σας προσφέρει καλύτερη εμπειρία περιήγησης.",
        "Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση cookies σύμφωνα με την πολιτική μας.",
    ),
    "ad": ("Διαφήμιση – συνεχίστε την ανάγνωση παρακάτω", "ΔΙΑΦΗΜΙΣΗ · Το άρθρο συνεχίζεται παρακάτω"),
    "copyright": (
        "© {year} {name}. Με την επιφύλαξη παντός δικαιώματος.",
        "Copyright © {year} {name} – Απαγορεύεται η αναδημοσίευση χωρίς άδεια.",
    ),
    "disclaimer": ("Οι απόψεις των αρθρογράφων δεν εκφράζουν απαραίτητα το {name}.",),
    "tagline": ("Καθημερινή ενημέρωση από το {since}", "Η εφημερίδα της πόλης σας από το {since}"),
    "bio": (
        "{author}: δημοσιογράφος του {name} από το {since2}, καλύπτει θέματα {beat}.",
        "{author} – γράφει στο {name} για θέματα {beat}. Επικοινωνία μέσω της σύνταξης.",
    ),
    "beats": ("αυτοδιοίκησης", "υποδομών και μεταφορών", "παιδείας", "υγείας", "οικονομίας", "πολιτισμού",
              "αστυνομικού ρεπορτάζ"),
    "editorial": ("Το άρθρο είναι μέρος της σειράς «Η πόλη μας» του {name}.",),
    "classified": ("Πωλείται διαμέρισμα 85 τ.μ. στο κέντρο της πόλης, άμεσα διαθέσιμο.",),
    "subscribe": ("Γίνετε συνδρομητής στην έντυπη έκδοση",),
}


# --- el-perifereiaki-wp ------------------------------------------------------------------------

EL_MENU = EL_UI["nav"]
EL_TOP_MENU = ("Ταυτότητα", "Επικοινωνία", "Διαφήμιση", "Όροι χρήσης")
EL_FOOTER = ("Ταυτότητα", "Όροι χρήσης", "Πολιτική απορρήτου", "Πολιτική cookies", "Επικοινωνία")
EL_CAPTIONS = (
    "Από τη χθεσινή συνεδρίαση του δημοτικού συμβουλίου",
    "Το εργοτάξιο στην είσοδο της πόλης",
    "Κάτοικοι συγκεντρώθηκαν έξω από το δημαρχείο",
    "Άποψη της περιοχής όπου θα γίνει το έργο",
    "Στιγμιότυπο από τη σύσκεψη στην Περιφέρεια",
)
EL_CREDITS = ("Φωτογραφία αρχείου", "Φωτ.: Αρχείο", "Φωτ.: {person}", "Φωτογραφία: {person}")
EL_TOPICS = ("Αυτοδιοίκηση", "Έργα", "Προϋπολογισμός", "ΕΣΠΑ", "Δημοτικό συμβούλιο", "Υποδομές")
EL_AGENCY = "Με πληροφορίες από ΑΠΕ-ΜΠΕ"


def _el_paths(c: Ctx) -> dict[int, str]:
    """Every story's path under the site's WordPress permalink structure (the post name, the date and
    the post name, or the category and the post name), a slug taken twice given "-2" as WordPress
    does."""
    form = c.stable("el-permalink").choice(("name", "date", "cat"))
    out: dict[int, str] = {}
    used: set[str] = set()
    for o in c.others:
        slug = base = _wp_slug(o.title)
        n = 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        if form == "date":
            out[id(o)] = f"/{o.published:%Y/%m/%d}/{slug}/"
        elif form == "cat":
            out[id(o)] = f"/{_el_slug(o.section)}/{slug}/"
        else:
            out[id(o)] = f"/{slug}/"
    return out


def _el_inline(c: Ctx, text: str) -> str:
    """A paragraph escaped, now and then a few of its words in bold, in italics or linked to their tag."""
    words = text.split(" ")
    if c.rng.random() < 0.25 and len(words) > 8:
        i = c.rng.randrange(1, len(words) - 4)
        k = c.rng.randint(1, 3)
        inner = " ".join(words[i:i + k])
        tag = c.rng.choice(("a", "strong", "em"))
        wrapped = (f'<a href="/tag/{_wp_slug(inner) or "eidiseis"}/">{esc(inner)}</a>' if tag == "a"
                   else f"<{tag}>{esc(inner)}</{tag}>")
        return " ".join([esc(" ".join(words[:i])), wrapped, esc(" ".join(words[i + k:]))]).strip()
    return esc(text)


def _el_date(dt: datetime) -> str:
    """ "Σάββατο, 7 Μαρτίου 2026"."""
    return f"{EL_WEEKDAYS[dt.weekday()]}, {dt.day} {EL_MONTHS[dt.month - 1]} {dt.year}"


def render_el_perifereiaki_wp(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    paths = _el_paths(c)
    c.repath(lambda o: paths[id(o)])
    _fit(c)
    shape = c.stable(f"el-shape-{s.title}")
    if shape.random() < 0.4:
        _quotify(c)
    if shape.random() < 0.4:
        _listify(c, {i for i, (tag, _) in enumerate(s.blocks) if tag == "quote"})
    place = _el_greek(_place(c))
    url = c.url()
    post_id = c.stable(f"el-id-{d}").randint(20000, 480000)
    ur = c.stable(f"el-upd-{s.title}")
    updated = d + timedelta(minutes=ur.randint(20, 900)) if ur.random() < 0.4 else None
    utc = d.astimezone(UTC).isoformat(timespec="seconds")
    utc_mod = (updated or d).astimezone(UTC).isoformat(timespec="seconds")
    words = sum(_words(t) for _, t in s.blocks)
    minutes = max(1, round(words / 200))
    site = f"http://{pub.host}/"
    person_id = f"{site}#/schema/person/{_hex(c.stable(s.author.name), 32)}"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": s.author.name, "@id": person_id}, "headline": s.title,
             "datePublished": utc, "dateModified": utc_mod, "mainEntityOfPage": {"@id": url},
             "wordCount": words, "publisher": {"@id": f"{site}#organization"}, "articleSection": [s.section],
             "inLanguage": "el"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{s.title} – {pub.name}",
             "isPartOf": {"@id": f"{site}#website"}, "datePublished": utc, "dateModified": utc_mod,
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "el"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Αρχική", "item": site},
                {"@type": "ListItem", "position": 2, "name": s.title}]},
            {"@type": "Organization", "@id": f"{site}#organization", "name": pub.name, "url": site},
        ],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="el">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(s.title)} – {esc(pub.name)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, '
        'max-video-preview:-1">',
        f'<link rel="canonical" href="{esc(url)}">',
        '<meta property="og:locale" content="el_GR">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(url)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{utc}">',
        f'<meta property="article:modified_time" content="{utc_mod}">' if updated else "",
        f'<meta name="author" content="{esc(s.author.name)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:label1" content="Συντάχθηκε από"><meta name="twitter:data1" '
        f'content="{esc(s.author.name)}">',
        '<meta name="twitter:label2" content="Εκτιμώμενος χρόνος ανάγνωσης"><meta name="twitter:data2" '
        f'content="{minutes} λεπτά">',
        '<script type="application/ld+json" '
        f'class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}'
        "</script>",
        "<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.5' "
        "type='text/css' media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard '
        'td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" '
        'itemtype="https://schema.org/WebPage">',
        '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>',
        '<div id="td-outer-wrap" class="td-theme-wrap">',
    ]
    # the header: the day the page was served, the weather, the top menu, the logo, the menu, the ticker
    served = d + timedelta(days=c.stable(f"el-served-{s.title}").randint(0, 2))
    today = c.snip(_el_date(served))
    temp = c.stable(f"el-w-{served.date()}").randint(4, 24)
    c.snip(" ".join(EL_TOP_MENU))
    lines += [
        '<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full '
        'td-container-wrap">',
        '<div class="td-header-row td-header-top-menu"><div class="top-bar-style-1">',
        f'<div class="td-header-sp-top-menu"><div class="td_data_time"><div>{esc(today)}</div></div>',
        f'<div class="td-weather-top-widget"><i class="td-icons clear-sky-d"></i><div class="td-weather-now">'
        f'<span class="td-big-degrees">{temp}</span><span class="td-weather-unit">C</span></div>'
        f'<div class="td-weather-header"><div class="td-weather-city">{esc(place)}</div></div></div>',
        '<div class="menu-top-container"><ul id="menu-top" class="top-header-menu">',
        *[f'<li class="menu-item"><a href="/{_el_slug(x)}/">{esc(x)}</a></li>' for x in EL_TOP_MENU],
        "</ul></div></div>",
        '<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a href="#" title="Facebook">'
        '<i class="td-icon-font td-icon-facebook"></i></a></span><span class="td-social-icon-wrap">'
        '<a href="#" title="Instagram"><i class="td-icon-font td-icon-instagram"></i></a></span></div>',
        "</div></div></div>",
        '<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo">',
        f'<a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/logo.png" '
        f'alt="{esc(pub.name)}"><span class="td-visual-hidden">{esc(pub.name)}</span></a></div></div>',
        '<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation">',
        '<ul id="menu-main-menu" class="sf-menu">',
        *[f'<li class="menu-item"><a href="/{"" if n == 0 else "category/" + _el_slug(x) + "/"}">{esc(x)}</a>'
          "</li>" for n, x in enumerate(EL_MENU)],
        "</ul></div></div></div>",
    ]
    c.snip(" ".join(EL_MENU[:5]))
    others = c.pick_others(12)
    lines += [
        '<div class="td-trending-now-wrapper"><div class="td-trending-now-title">ΤΕΛΕΥΤΑΙΑ ΝΕΑ</div>',
        '<div class="td-trending-now-display-area">',
        *[f'<div class="td-trending-now-post"><a class="td-trending-now-nav" href="{esc(o.path)}">'
          f"{esc(c.snip(o.title))}</a></div>" for o in others[:3]],
        "</div></div>",
    ]
    # the post's header
    cat = f"/category/{_el_slug(s.section)}/"
    views = c.rng.randint(40, 9000)
    n_comments = c.rng.choice((0, 0, 0, 1, 2, 4))
    lines += [
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container '
        'td-post-template-default">',
        '<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" '
        'href="/">Αρχική</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="" '
        f'class="entry-crumb" href="{cat}">{esc(s.section)}</a></span> <i class="td-icon-right td-bread-sep '
        f'td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(s.title)}</span></div></div>',
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">'
        '<div class="td-ss-main-content">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard '
        f'has-post-thumbnail category-{_el_slug(s.section)}">',
        '<div class="td-post-header">',
        f'<ul class="td-category"><li class="entry-category"><a href="{cat}">{esc(s.section)}</a></li></ul>',
        '<header class="td-post-title">',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="td-module-meta-info">',
        '<div class="td-post-author-name"><div class="td-author-by">Από</div> '
        f'<a href="/author/{_el_author(s.author.name)}/">{esc(s.author.name)}</a>'
        '<div class="td-author-line"> - </div></div>',
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
        f'datetime="{d.isoformat(timespec="seconds")}">{d:%d/%m/%Y}</time></span>',
        '<div class="td-post-comments"><a href="#respond"><i '
        f'class="td-icon-comments"></i>{n_comments}</a></div>',
        f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{post_id}">{views}'
        "</span></div>",
        "</div></header></div>",
        _share_bar(c, "td-post-sharing td-post-sharing-top td-default-sharing"),
    ]
    # the photo, then the text
    cr = c.stable(f"el-cap-{s.title}")
    cap = cr.choice(EL_CAPTIONS)
    credit = cr.choice(EL_CREDITS).format(person=prose_for("el", cr).person())
    c.snip(f"{cap} {credit}")
    img = f"/wp-content/uploads/{d:%Y/%m}/{_hex(c.rng, 12)}-696x464.jpg"
    lines += [
        '<div class="td-post-content tagdiv-type">',
        f'<div class="td-post-featured-image"><figure><a href="{img}" data-caption="{esc(cap)}">'
        f'<img width="696" height="464" class="entry-thumb" src="{img}" alt="" title="{esc(s.title)}"></a>'
        f'<figcaption class="wp-caption-text">{esc(cap)} <em>{esc(credit)}</em></figcaption></figure></div>',
    ]
    bold = c.stable("el-bold").random() < 0.6
    body: list[str] = []
    items: list[str] = []
    first = True
    for tag, text in [*s.blocks, ("end", "")]:
        if tag != "li" and items:
            body.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if tag == "p":
            body.append(f"<p><strong>{esc(text)}</strong></p>" if bold and first
                        else f"<p>{_el_inline(c, text)}</p>")
            first = False
        elif tag == "li":
            items.append(f"<li>{esc(text)}</li>")
        elif tag == "quote":
            body.append(f'<blockquote class="wp-block-quote"><p>{esc(text)}</p></blockquote>')
        elif tag in ("h2", "h3"):
            body.append(f"<h3>{esc(text)}</h3>")
    read = c.stable("el-read").choice(EL_UI["read_more"])
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 4), others[3:5], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p><strong>{esc(read)}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    inserts.append((2, f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">'
                       f'{esc(c.text("ad"))}</span><div class="ad-slot"></div></div>'))
    lines += _insert_after(body, "<p>", inserts)
    if c.stable("el-gnews").random() < 0.8:
        gnews = c.snip(f"Ακολουθήστε το {pub.name} στο Google News και μάθετε πρώτοι όλες τις ειδήσεις")
        lines.append(f'<p><a href="https://news.google.com/publications/{_hex(c.stable("el-gn"), 16)}" '
                     f'target="_blank" rel="noopener">{esc(gnews)}</a></p>')
    if c.stable(f"el-ape-{s.title}").random() < 0.3:
        lines.append(f"<p><em>{esc(c.snip(EL_AGENCY))}</em></p>")
    lines.append("</div>")
    # under the text: the tags, the share bar, the previous and next posts, the author's box
    tags = [place, s.section, c.stable(f"el-tag-{s.title}").choice(EL_TOPICS)]
    c.snip("ΕΤΙΚΕΤΕΣ " + " ".join(tags))
    k = c.others.index(s)
    prev = c.others[k - 1] if k > 0 else None
    nxt = c.others[k + 1] if k + 1 < len(c.others) else None
    lines += [
        "<footer>",
        '<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix">'
        "<li><span>ΕΤΙΚΕΤΕΣ</span></li>",
        *[f'<li><a href="/tag/{_wp_slug(x)}/">{esc(x)}</a></li>' for x in tags],
        "</ul></div>",
        _share_bar(c, "td-post-sharing td-post-sharing-bottom"),
        '<div class="td-block-row td-post-next-prev">',
    ]
    if prev:
        c.snip(f"Προηγούμενο άρθρο {prev.title}")
        lines.append(f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content">'
                     '<span>Προηγούμενο άρθρο</span>\n<a '
                     f'href="{esc(prev.path)}">{esc(prev.title)}</a></div></div>')
    if nxt:
        c.snip(f"Επόμενο άρθρο {nxt.title}")
        lines.append('<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content">'
                     f'<span>Επόμενο άρθρο</span>\n<a href="{esc(nxt.path)}">{esc(nxt.title)}</a>'
                     "</div></div>")
    lines.append("</div>")
    if c.has("bio"):
        lines.append(f'<div class="author-box-wrap"><a href="/author/{_el_author(s.author.name)}/">'
                     f'<img alt="" src="/wp-content/uploads/avatar-{_hex(c.stable(s.author.name), 8)}.jpg" '
                     'class="avatar" height="96" width="96"></a><div class="desc"><div '
                     'class="td-author-name vcard '
                     f'author"><span class="fn"><a href="/author/{_el_author(s.author.name)}/">'
                     f'{esc(s.author.name)}</a></span></div>\n<div '
                     f'class="td-author-description">{esc(c.bio())}'
                     "</div></div></div>")
    lines += ["</footer>", "</article>"]
    # the related posts, the comment form
    c.snip("ΣΧΕΤΙΚΑ ΑΡΘΡΑ ΠΕΡΙΣΣΟΤΕΡΑ ΑΠΟ ΤΟΝ ΣΥΓΓΡΑΦΕΑ")
    lines += [
        '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title">'
        '<a class="td-related-left td-cur-simple-item" href="#">ΣΧΕΤΙΚΑ ΑΡΘΡΑ</a>\n'
        '<a class="td-related-right" href="#">ΠΕΡΙΣΣΟΤΕΡΑ ΑΠΟ ΤΟΝ ΣΥΓΓΡΑΦΕΑ</a></h4>',
        '<div class="td_block_inner">',
        *[f'<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title '
          f'td-module-title"><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></h3></div></div>'
          for o in others[5:8]],
        "</div></div>",
    ]
    keep = c.snip("Αποθήκευσε το όνομά μου, email, και τον ιστότοπο μου σε αυτόν τον πλοηγό για την επόμενη "
                  "φορά που θα σχολιάσω.")
    lines += [
        '<div class="comments" id="comments"><div id="respond" class="comment-respond">',
        '<h3 id="reply-title" class="comment-reply-title"><span>ΑΦΗΣΤΕ ΜΙΑ ΑΠΑΝΤΗΣΗ</span></h3>',
        f'<p class="comment-notes">{esc(c.text("comments"))}</p>',
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">',
        '<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Σχόλιο:" id="comment" '
        'name="comment" cols="45" rows="8"></textarea><div class="td-warning-comment">Παρακαλώ εισάγετε το '
        "σχόλιό σας!</div></div>",
        '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" '
        'placeholder="Όνομα:*" type="text" value="" size="30"><div class="td-warning-author">Παρακαλώ '
        "εισάγετε το όνομά σας εδώ</div></div>",
        '<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" '
        'placeholder="Email:*" type="text" value="" size="30"><div class="td-warning-email-error">Έχετε '
        'εισάγει μια λανθασμένη διεύθυνση email!</div><div class="td-warning-email">Παρακαλώ εισάγετε την '
        "διεύθυνση email σας εδώ</div></div>",
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
        'name="wp-comment-cookies-consent" type="checkbox" value="yes"><label '
        'for="wp-comment-cookies-consent">'
        f"{esc(keep)}</label></p>",
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        'value="Δημοσίευση σχολίου"></p>',
        "</form></div></div>",
        "</div></div>",
    ]
    # the sidebar
    dr = c.stable(f"el-deaths-{served.date()}")
    deaths = []
    for _ in range(3):
        who, g = GreekProse(dr).person_g()
        age = dr.randint(68, 97)
        deaths.append(c.snip(f"Απεβίωσε {'η' if g == 'f' else 'ο'} {who} σε ηλικία {age} ετών"))
    fb = c.snip("Βρείτε μας στο Facebook")
    lines += [
        '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">',
        '<div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>ΔΗΜΟΦΙΛΗ</span></h4>',
        *[f'<div class="td_module_6"><h3 class="entry-title td-module-title"><a href="{esc(o.path)}">'
          f"{esc(c.snip(o.title))}</a></h3></div>" for o in others[8:12]],
        "</div>",
        '<div class="td_block_wrap widget_deaths"><h4 class="block-title"><span>ΚΗΔΕΙΕΣ</span></h4><ul>',
        *[f'<li><a href="/kideies/">{esc(x)}</a></li>' for x in deaths],
        "</ul></div>",
        f'<div class="td_block_wrap widget_newsletter"><p>{esc(c.text("newsletter"))}</p>'
        '<input type="email" placeholder="Email"><button>Εγγραφή</button></div>',
        '<div class="td_block_wrap widget_facebook"><h4 '
        f'class="block-title"><span>{esc(fb)}</span></h4></div>',
        "</div></div>",
        "</div></div></div>",
    ]
    # the footer
    about = c.snip(f"Το {pub.name} είναι ενημερωτική ιστοσελίδα με ειδήσεις από {_el_acc('f', place)} "
                   "και την ευρύτερη περιοχή.")
    mht = c.snip(f"Αριθμός Πιστοποίησης Μ.Η.Τ. {c.stable('el-mht').randint(230001, 242999)}")
    c.snip(" ".join(EL_FOOTER))
    lines += [
        '<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row">',
        f'<div class="td-pb-span4"><h4 class="block-title"><span>ΣΧΕΤΙΚΑ ΜΕ ΕΜΑΣ</span></h4><div '
        f'class="footer-text-wrap">{esc(about)}</div></div>',
        f'<div class="td-pb-span4"><div class="mht-badge"><img src="/wp-content/uploads/mht.png" alt="ΜΗΤ">'
        f"<span>{esc(mht)}</span></div></div>",
        "</div></div></div>",
        '<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div '
        'class="td-pb-row">',
        '<div class="td-pb-span td-sub-footer-menu"><ul class="td-subfooter-menu">',
        *[f'<li class="menu-item"><a href="/{_el_slug(x)}/">{esc(x)}</a></li>' for x in EL_FOOTER],
        "</ul></div>",
        f'<div class="td-pb-span td-sub-footer-copy">{esc(c.copyright())}</div>',
        "</div></div></div>",
        "</div>",
    ]
    if c.has("cookie"):
        lines.append(f'<div id="cookie-law-info-bar"><span>{esc(c.text("cookie"))}</span> '
                     '<a role="button" class="cli_action_button">ΑΠΟΔΟΧΗ</a> '
                     '<a role="button" class="cli_settings_button">ΡΥΘΜΙΣΕΙΣ</a></div>')
    lines += ["</body>", "</html>"]
    return _j(lines)


def _el_author(name: str) -> str:
    """A WordPress author slug from a Greek name (the first name's initial and the surname:
    "gpapadopoulos")."""
    first, last = name.split(" ", 1)
    return _el_slug(first)[:1] + _el_slug(last).replace("-", "")


# --- legal-docket-wire -------------------------------------------------------------------------


class Court(NamedTuple):
    name: str  # as the text names it ("the U.S. District Court for the Southern District of New York")
    label: str  # the case box's court ("New York Southern")
    desc: str  # the lede's subject ("A Manhattan federal judge", "The Second Circuit")
    short: str  # in a headline ("2nd Circ.")
    judge: str  # the judge's titles, "|" between them ("U.S. District Judge", "Mr Justice|Mrs Justice")
    city: str


class Juris(NamedTuple):
    docket: str  # the docket-number style ("us", "uk", "ie", "au", "nz", "in", "ca", "za")
    trial: tuple[Court, ...]
    appeal: tuple[Court, ...]
    suffixes: tuple[str, ...]  # company suffixes
    cur: str  # the currency sign
    firm: str  # a law firm's suffix
    v: str  # "v." or "v"


def _us(circuit: str, short: str, city: str, *districts: tuple[str, str, str]) -> Juris:
    """A US jurisdiction: federal district courts (name, case-box label, city) and one circuit."""
    return Juris(
        "us",
        tuple(Court(f"the U.S. District Court for the {name}", label, f"A {city} federal judge",
                    "Federal Judge", "U.S. District Judge", city) for name, label, city in districts),
        (Court(f"the U.S. Court of Appeals for the {circuit}", circuit, f"The {circuit}", short,
               "U.S. Circuit Judge", city),),
        ("Inc.", "Corp.", "LLC", "Holdings Inc.", "Co."), "$", "LLP", "v.")


LG_JURIS: dict[str, Juris] = {
    "America/New_York": _us("Second Circuit", "2nd Circ.", "New York",
                            ("Southern District of New York", "New York Southern", "Manhattan"),
                            ("District of Delaware", "Delaware", "Delaware"),
                            ("District of New Jersey", "New Jersey", "New Jersey")),
    "America/Chicago": _us("Seventh Circuit", "7th Circ.", "Chicago",
                           ("Northern District of Illinois", "Illinois Northern", "Chicago"),
                           ("Northern District of Texas", "Texas Northern", "Dallas"),
                           ("Western District of Texas", "Texas Western", "Austin")),
    "America/Denver": _us("Tenth Circuit", "10th Circ.", "Denver",
                          ("District of Colorado", "Colorado", "Denver"),
                          ("District of Utah", "Utah", "Salt Lake City")),
    "America/Los_Angeles": _us("Ninth Circuit", "9th Circ.", "San Francisco",
                               ("Northern District of California", "California Northern", "San Francisco"),
                               ("Central District of California", "California Central", "Los Angeles"),
                               ("Western District of Washington", "Washington Western", "Seattle")),
    "Europe/London": Juris(
        "uk",
        (Court("the High Court in London", "High Court of Justice, Business and Property Courts",
               "A High Court judge in London", "High Court", "Mr Justice|Mrs Justice", "London"),
         Court("the Commercial Court in London", "Commercial Court (King's Bench Division)",
               "A Commercial Court judge in London", "Judge", "Mr Justice|Mrs Justice", "London")),
        (Court("the Court of Appeal in London", "Court of Appeal (Civil Division)", "The Court of Appeal",
               "Court Of Appeal", "Lord Justice|Lady Justice", "London"),),
        ("Ltd", "plc", "Holdings Ltd", "Group plc"), "£", "LLP", "v"),
    "Europe/Dublin": Juris(
        "ie",
        (Court("the High Court in Dublin", "High Court (Commercial List)", "A High Court judge in Dublin",
               "High Court", "Mr Justice|Ms Justice", "Dublin"),),
        (Court("the Court of Appeal in Dublin", "Court of Appeal", "The Court of Appeal", "Court Of Appeal",
               "Mr Justice|Ms Justice", "Dublin"),),
        ("Ltd", "DAC", "plc", "Holdings Ltd"), "€", "LLP", "v"),
    "Australia/Sydney": Juris(
        "au",
        (Court("the Federal Court of Australia", "Federal Court of Australia (NSW Registry)",
               "A Federal Court judge in Sydney", "Federal Court", "Justice", "Sydney"),
         Court("the Supreme Court of New South Wales", "Supreme Court of NSW (Equity Division)",
               "A NSW Supreme Court judge", "NSW Judge", "Justice", "Sydney")),
        (Court("the Full Court of the Federal Court", "Full Court of the Federal Court of Australia",
               "The Full Federal Court", "Full Federal Court", "Justice", "Sydney"),),
        ("Pty Ltd", "Ltd", "Holdings Ltd"), "A$", "Lawyers", "v"),
    "Pacific/Auckland": Juris(
        "nz",
        (Court("the High Court at Auckland", "High Court of New Zealand (Auckland Registry)",
               "A High Court judge in Auckland", "High Court", "Justice", "Auckland"),),
        (Court("the Court of Appeal in Wellington", "Court of Appeal of New Zealand", "The Court of Appeal",
               "Court Of Appeal", "Justice", "Wellington"),),
        ("Ltd", "Holdings Ltd", "Group Ltd"), "NZ$", "Lawyers", "v"),
    "Asia/Kolkata": Juris(
        "in",
        (Court("the Calcutta High Court", "High Court at Calcutta (Original Side)",
               "A Calcutta High Court judge", "Calcutta HC", "Justice", "Kolkata"),
         Court("the National Company Law Tribunal in Kolkata", "National Company Law Tribunal, Kolkata Bench",
               "The National Company Law Tribunal's Kolkata bench", "NCLT", "Justice", "Kolkata")),
        (Court("the Supreme Court of India", "Supreme Court of India", "The Supreme Court of India",
               "Supreme Court", "Justice", "New Delhi"),),
        ("Ltd.", "Pvt. Ltd.", "Industries Ltd."), "₹", "& Associates", "v."),
    "America/St_Johns": Juris(
        "ca",
        (Court("the Supreme Court of Newfoundland and Labrador", "Supreme Court of Newfoundland and Labrador",
               "A Newfoundland and Labrador judge", "N.L. Judge", "Justice", "St. John's"),
         Court("the Ontario Superior Court of Justice", "Ontario Superior Court of Justice (Commercial List)",
               "An Ontario Superior Court judge", "Ontario Judge", "Justice", "Toronto")),
        (Court("the Court of Appeal of Newfoundland and Labrador",
               "Court of Appeal of Newfoundland and Labrador", "The province's Court of Appeal",
               "Appeals Court", "Justice", "St. John's"),),
        ("Inc.", "Ltd.", "Corp."), "$", "LLP", "v."),
    "Africa/Johannesburg": Juris(
        "za",
        (Court("the Gauteng Division of the High Court in Johannesburg",
               "High Court of South Africa, Gauteng Division", "A Johannesburg High Court judge",
               "High Court", "Judge", "Johannesburg"),
         Court("the Competition Tribunal in Pretoria", "Competition Tribunal of South Africa",
               "The Competition Tribunal", "Tribunal", "Judge", "Pretoria")),
        (Court("the Supreme Court of Appeal in Bloemfontein", "Supreme Court of Appeal",
               "The Supreme Court of Appeal", "SCA", "Judge", "Bloemfontein"),),
        ("(Pty) Ltd", "Ltd", "Holdings Ltd"), "R", "Inc.", "v"),
}


class Area(NamedTuple):
    section: str
    plaintiff: str  # "investors", "worker", "company", "consumers"
    # (what the defendant did, the same as a gerund, the headline's topic)
    claims: tuple[tuple[str, str, str], ...]
    facts: tuple[str, ...]


LG_AREAS = (
    Area("Securities", "investors", (
        ("misled investors about the safety of its lead drug candidate",
         "misleading investors about the safety of its lead drug candidate", "Drug Trial Disclosure"),
        ("hid mounting losses in its commercial property loan book",
         "hiding mounting losses in its commercial property loan book", "Property Loan Losses"),
        ("overstated demand for its cloud software", "overstating demand for its cloud software",
         "Cloud Sales Claims"),
        ("concealed production delays at its new battery plant",
         "concealing production delays at its new battery plant", "Battery Plant Delays"),
    ), (
        "{Ds} shares fell {n}% in a single day after the company disclosed the problems in {month} {year}.",
        "The proposed class covers investors who bought shares between {month} {year0} and {month} {year}.",
        "Analysts had raised questions about the company's guidance months before the disclosure.",
    )),
    Area("Employment", "worker", (
        ("fired a senior engineer for complaining about safety shortcuts",
         "firing a senior engineer for complaining about safety shortcuts", "Whistleblower Firing"),
        ("failed to pay warehouse staff for time spent in security checks",
         "failing to pay warehouse staff for time spent in security checks", "Unpaid Wage"),
        ("passed over older workers for promotion", "passing over older workers for promotion", "Age Bias"),
        ("retaliated against a manager who reported pay disparities",
         "retaliating against a manager who reported pay disparities", "Retaliation"),
    ), (
        "{P} worked at {D} for {n} years before being let go in {month} {year}.",
        "The complaint says managers ignored at least {n} internal complaints over two years.",
        "{P} had received strong performance reviews until shortly before the dismissal, the complaint says.",
    )),
    Area("Intellectual Property", "company", (
        ("infringed three patents covering wireless charging technology",
         "infringing three patents covering wireless charging technology", "Wireless Charging Patent"),
        ("copied the design of a best-selling kitchen appliance",
         "copying the design of a best-selling kitchen appliance", "Appliance Design"),
        ("stole trade secrets on a rival's battery chemistry",
         "stealing trade secrets on a rival's battery chemistry", "Trade Secrets"),
        ("used a rival's trademark to divert online shoppers",
         "using a rival's trademark to divert online shoppers", "Trademark"),
    ), (
        "{P} says it spent more than {money} developing the technology.",
        "The patents at issue were issued between {year0} and {year}.",
        "{P} says it first raised its concerns with {D} in a letter sent in {month} {year}.",
    )),
    Area("Competition", "company", (
        ("conspired with rivals to fix the price of frozen potato products",
         "conspiring with rivals to fix the price of frozen potato products", "Price-Fixing"),
        ("used exclusive contracts to shut rivals out of the hospital supply market",
         "using exclusive contracts to shut rivals out of the hospital supply market", "Exclusive Dealing"),
        ("abused its dominance of the market for app payments",
         "abusing its dominance of the market for app payments", "App Payments"),
    ), (
        "The suit claims the companies controlled about {n}% of the market.",
        "{P} says it paid inflated prices for at least {n} years.",
        "Competition regulators opened an inquiry into the same conduct in {year}.",
    )),
    Area("Commercial Litigation", "company", (
        ("walked away from a long-term supply agreement", "walking away from a long-term supply agreement",
         "Supply Deal"),
        ("failed to pay for a fleet of delivered trucks", "failing to pay for a fleet of delivered trucks",
         "Truck Fleet"),
        ("breached a licensing deal for its flagship software",
         "breaching a licensing deal for its flagship software", "Software License"),
    ), (
        "The agreement, signed in {year0}, was to run for {n} years.",
        "{P} says it is owed more than {money}.",
        "The two companies had done business together for more than a decade before the dispute.",
    )),
    Area("Privacy", "consumers", (
        ("failed to protect customers' personal data in a data breach",
         "failing to protect customers' personal data in a data breach", "Data Breach"),
        ("shared app users' location data with advertisers without consent",
         "sharing app users' location data with advertisers without consent", "Location Data"),
        ("recorded customer calls without telling callers",
         "recording customer calls without telling callers", "Call Recording"),
    ), (
        "The suit covers about {n} million customers.",
        "{D} changed its practices in {month} {year}, according to the complaint.",
        "Several similar suits have since been filed against other companies in the sector.",
    )),
    Area("Insurance", "company", (
        ("wrongly denied coverage for flood damage at a distribution center",
         "wrongly denying coverage for flood damage at a distribution center", "Flood Coverage"),
        ("refused to cover losses from a cyberattack", "refusing to cover losses from a cyberattack",
         "Cyberattack Coverage"),
        ("underpaid claims for hail damage to a hotel portfolio",
         "underpaying claims for hail damage to a hotel portfolio", "Hail Damage"),
    ), (
        "{P} says its losses top {money}.",
        "The policy at issue was renewed in {month} {year0}.",
        "{D} has said the losses fall within an exclusion in the policy.",
    )),
    Area("Product Liability", "consumers", (
        ("sold space heaters that could overheat and catch fire",
         "selling space heaters that could overheat and catch fire", "Space Heater"),
        ("marketed a weight-loss supplement without disclosing its side effects",
         "marketing a weight-loss supplement without disclosing its side effects", "Supplement"),
        ("sold e-bike batteries prone to overheating", "selling e-bike batteries prone to overheating",
         "E-Bike Battery"),
    ), (
        "The complaint cites at least {n} reports of injuries.",
        "{D} recalled about {n},000 units in {month} {year}.",
        "Consumer groups had warned about the product before the recall.",
    )),
)
LG_INDUSTRIES = ("Logistics", "Pharmaceuticals", "Foods", "Energy", "Software", "Capital", "Biotech",
                 "Motors", "Packaging", "Health", "Materials", "Networks", "Retail", "Insurance")
LG_ROLES = ("Manager", "Engineer", "Supervisor", "Director", "Analyst")
LG_FAIL = (
    "tied the alleged conduct to any concrete harm",
    "pleaded facts that made the claims plausible",
    "shown that the alleged conduct broke the law",
)
LG_WHY_NOT = (
    "relied on hindsight rather than on facts showing what the company knew at the time",
    "offered only general allegations about the company's conduct",
    "had not explained how the alleged conduct caused their losses",
)
LG_WHY = (
    "described internal reports and emails that, if true, showed the company knew of the problems",
    "laid out in detail how the alleged scheme worked",
    "gave specific dates, names and figures that made the claims plausible",
)
LG_ARGS = (
    "the claims were filed too late",
    "the claims were too vague to answer",
    "the dispute belonged in arbitration under its contracts",
    "the claims should have been brought in another court",
)
LG_FOR_D = (
    "The complaint points to a later disappointment and works backward from it. That is not enough to show "
    "that "
    "anyone was misled at the time.",
    "The pleading offers labels and conclusions, but the facts it alleges do not make the claims plausible.",
    "A company is not required to predict every setback, and the law does not treat optimism as fraud.",
    "Even read generously, the complaint does not connect the defendant's conduct to the harm alleged.",
)
LG_FOR_P = (
    "At this early stage, the court must accept the well-pleaded allegations as true, and those allegations "
    "tell "
    "a plausible story.",
    "Whether the defendant's explanation is the right one is a question for discovery, not for a motion to "
    "dismiss.",
    "The lower court asked more of the complaint than the rules require.",
    "The documents described in the complaint, if they say what is alleged, are hard to square with the "
    "company's "
    "public statements.",
)
# sentences that fit the kind of story ("motion": a ruling on a motion to dismiss or its appeal)
LG_FILLER = {
    "motion": (
        "Lawyers for both sides argued the motion at a hearing in {month2}.",
        "The judge also denied a request to seal portions of the record.",
        "Neither side disputed the basic timeline of events at this stage of the case.",
        "The case is one of several brought against companies in the sector over similar conduct.",
        "Court records show the parties tried mediation in {month} {year} without success.",
        "The motion had been fully briefed since {month2}.",
    ),
    "settle": (
        "Court records show the parties had been in mediation since {month2}.",
        "Lawyers for the class will ask for fees of up to a third of the settlement fund.",
        "Class members will be able to object or opt out before a final approval hearing.",
        "The case is one of several brought against companies in the sector over similar conduct.",
        "The settlement does not include any admission of liability.",
    ),
    "sue": (
        "The complaint runs to {pages} pages{jury}.",
        "{D} said in a regulatory filing that it intends to contest the claims vigorously.",
        "The case is one of several brought against companies in the sector over similar conduct.",
        "The complaint says the two sides exchanged letters for months before the suit was filed.",
        "No hearing dates had been set as of {wd}.",
        "The suit names two of {Ds} senior executives as additional defendants.",
        "The complaint says the dispute has already cost {P} more than {money2}.",
    ),
    "verdict": (
        "The trial featured testimony from {n} witnesses, including former employees and outside experts.",
        "{D} had argued at trial that {defence}.",
        "The case is one of several brought against companies in the sector over similar conduct.",
        "Closing arguments were heard earlier in the week.",
        "The award is among the largest of its kind this year.",
    ),
}
LG_DEFENCES = ("it had followed standard industry practice", "any losses were caused by other factors",
               "the damages sought were speculative")
LG_FOUND = ("acted deliberately", "ignored repeated warnings from its own staff",
            "failed to produce key documents during the case")
LG_MENU = ("Practice Areas", "Industries", "Jurisdictions", "Law Firms", "Courts", "In-Depth", "Newsletters",
           "Podcasts")
LG_TOOLS = ("Share", "Print", "Email", "Copy Link", "Reprints & Permissions")
LG_FOOTER = ("About", "Contact Us", "Legal Issues", "Terms of Service", "Privacy Policy", "Cookie Settings",
             "Help")
# the case box's "Nature of Suit", by practice area
LG_SUITS = {"Securities": "Securities/Commodities", "Employment": "Civil Rights: Jobs",
            "Intellectual Property": "Patent", "Competition": "Antitrust",
            "Commercial Litigation": "Contract: Other", "Privacy": "Other Statutory Actions",
            "Insurance": "Insurance", "Product Liability": "Personal Inj. Prod. Liability"}


def _a(n: int) -> str:
    """A number with its article ("a 12", "an 11", "an 8")."""
    return f"{'an' if str(n).startswith('8') or n in (11, 18) else 'a'} {n}"


def _poss(name: str) -> str:
    """ "Acme Foods'", "Acme Health's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _lg_area(c: Ctx, k: int) -> Area:
    """Story k's practice area (drawn from the site and k alone, whatever its headline)."""
    return random.Random(f"{c.pub.host}-lg-area-{k}").choice(LG_AREAS)


def _lg_docket(r: random.Random, style: str, appeal: bool, year: int) -> str:
    n = r.randint(100, 9999)
    yy = year % 100
    if style == "us":
        return f"{yy}-{r.randint(1000, 3999)}" if appeal else f"{r.randint(1, 4)}:{yy}-cv-{n:05d}"
    if style == "uk":
        return f"CA-{year}-{n:06d}" if appeal else f"{r.choice(('BL', 'CL', 'HC'))}-{year}-{n:06d}"
    if style == "ie":
        return f"{year}/{n}" if appeal else f"{year}/{n}P"
    if style == "au":
        return f"NSD{n}/{year}"
    if style == "nz":
        return f"CA{n}/{year}" if appeal else f"CIV-{year}-404-{n}"
    if style == "in":
        return f"Civil Appeal No. {n} of {year}" if appeal else f"CS (COMM) {n}/{year}"
    if style == "ca":
        return f"{year} 01H {n:04d}" if appeal else f"{year} 01G {n:04d}"
    return f"{n}/{year}"


def _lg_money(j: Juris, amount: float, short: bool = False) -> str:
    """An amount in millions ("$12.5 million", "$12.5M" in a headline; rupees in crore)."""
    if j.docket == "in":
        crore = max(5, round(amount * 8))
        return f"₹{crore} {'Crore' if short else 'crore'}"
    num = f"{amount:.1f}".removesuffix(".0")
    return f"{j.cur}{num}M" if short else f"{j.cur}{num} million"


def _lg_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    """Story k's headline and the facts its text is written from."""
    r = random.Random(f"{c.pub.host}-lg-{k}-{attempt}")
    j = LG_JURIS[c.pub.tz]
    area = _lg_area(c, k)
    past, gerund, topic = r.choice(area.claims)
    kind = r.choice(("dismiss", "deny", "deny", "revive", "affirm", "settle", "sue", "sue", "verdict"))
    if kind == "settle" and area.plaintiff not in ("investors", "consumers"):
        kind = "sue"
    surnames = r.sample(SURNAMES["en"], 8)
    industry = r.sample(LG_INDUSTRIES, 2)
    d_short = f"{surnames[0]} {industry[0]}"
    f: dict[str, Any] = {
        "kind": kind, "area": area, "past": past, "gerund": gerund, "topic": topic,
        "seed": f"{c.pub.host}-lgb-{k}",
        "d_short": d_short, "d_name": f"{d_short} {r.choice(j.suffixes)}", "j": j,
        "trial": r.choice(j.trial), "appeal": r.choice(j.appeal),
        "amount": r.choice((round(r.uniform(1.2, 9.8), 1), float(r.randint(11, 480)))),
        "lawyers": [prose_for("en", r).person() for _ in range(3)],
        "firms": [f"{surnames[2]} {surnames[3]} {j.firm}", f"{surnames[4]} & {surnames[5]} {j.firm}"],
        "judge": prose_for("en", r).person(), "days": r.randint(60, 700),
    }
    person = prose_for("en", r).person()
    if area.plaintiff == "investors":
        fund = r.random() < 0.4
        f.update(p_label="The fund" if fund else "The investors",
                 p_obj="the fund" if fund else "the investors",
                 p_short="Pension Fund" if fund else "Investors", plural=not fund,
                 p_caption=(f"{surnames[6]} County Employees' Retirement System" if j.docket == "us"
                            else f"{surnames[6]} Pension Scheme") if fund else "",
                 p_desc=f"the {surnames[6]} County Employees' Retirement System" if fund and j.docket == "us"
                 else f"the trustees of the {surnames[6]} Pension Scheme" if fund else "a group of investors")
    elif area.plaintiff == "worker":
        role = r.choice(LG_ROLES)
        f.update(p_label=person.split()[-1], p_obj=person, p_short=f"Ex-{role}", plural=False,
                 p_caption=person, p_desc=f"former {role.lower()} {person}")
    elif area.plaintiff == "company":
        p_short = f"{surnames[1]} {industry[1]}"
        f.update(p_label=p_short, p_obj=p_short, p_short=p_short, plural=False,
                 p_caption=f"{p_short} {r.choice(j.suffixes)}",
                 p_desc={"Intellectual Property": f"rival {p_short}", "Competition": f"customer {p_short}",
                         "Insurance": f"policyholder {p_short}"}.get(area.section, p_short))
    else:
        f.update(p_label="The consumers", p_obj="the consumers", p_short="Consumers", plural=True,
                 p_caption=person, p_desc=f"a group of customers led by {person}")
    if area.plaintiff == "investors" and not f["p_caption"]:
        f["caption"] = f"In re {d_short} Securities Litigation"
    else:
        f["caption"] = f"{f['p_caption']} {j.v} {f['d_name']}"
    a, m, pp = f["appeal"].short, _lg_money(j, f["amount"], short=True), f["p_short"]
    sues = "Sue" if f["plural"] else "Sues"
    titles = {
        "dismiss": (f"Judge Tosses {topic} Suit Against {d_short}",
                    f"{d_short} Escapes {topic} Suit For Now"),
        "deny": (f"{d_short} Must Face {topic} Suit, Judge Says",
                 f"{d_short} Can't Shake {topic} Claims"),
        "revive": (f"{a} Revives {topic} Suit Against {d_short}",
                   f"{a} Gives {pp} New Shot At {topic} Claims"),
        "affirm": (f"{a} Backs {d_short} Win In {topic} Fight",
                   f"{a} Won't Revive {topic} Suit Against {d_short}"),
        "settle": (f"{d_short} To Pay {m} To End {topic} Suit",
                   f"{d_short} Inks {m} Deal To Settle {topic} Claims"),
        "sue": (f"{d_short} Hit With {topic} Suit", f"{pp} {sues} {d_short} Over {topic}"),
        "verdict": ((f"Jury Awards {pp} {m} In {topic} Fight With {d_short}",
                     f"{d_short} Owes {pp} {m}, Jury Finds") if j.docket == "us" else
                    (f"{d_short} Ordered To Pay {m} In {topic} Fight",
                     f"Judge Orders {d_short} To Pay {pp} {m}")),
    }[kind]
    return r.choice(titles), f


def _lg_judge(f: dict[str, Any], court: Court, r: random.Random) -> str:
    """The judge's title and name ("U.S. District Judge Amara Abbott", "Mrs Justice Abbott")."""
    title = r.choice(court.judge.split("|"))
    name = f["judge"].split()[-1] if f["j"].docket == "uk" else f["judge"]
    return f"{title} {name}"


def _lg_text(c: Ctx, f: dict[str, Any]) -> tuple[list[tuple[str, str]], list[list[str]], dict[str, str]]:
    """The story's blocks ("p", "quote", "h2") and sentences, and what the page shows around them."""
    r = random.Random(f["seed"])
    d = c.story.published
    j: Juris = f["j"]
    kind, area = f["kind"], f["area"]
    on_appeal = kind in ("revive", "affirm")
    court: Court = f["appeal"] if on_appeal else f["trial"]
    wd = EN_DAYS[d.weekday()]
    D, P, PL = f["d_short"], f["p_obj"], f["p_label"]
    be = "are" if f["plural"] else "is"
    judge = _lg_judge(f, court, r)
    money = _lg_money(j, f["amount"])
    filed = d - timedelta(days=0 if kind == "sue" else f["days"])
    months = MONTHS["en"]
    fill = {"D": D, "P": PL if area.plaintiff in ("worker", "company") else P, "n": str(r.randint(3, 40)),
            "month": months[filed.month - 1], "year": str(filed.year),
            "year0": str(filed.year - r.randint(2, 6)),
            "month2": months[(filed + timedelta(days=r.randint(0, (d - filed).days))).month - 1],
            "next": months[(d.month - 1 + r.randint(1, 3)) % 12], "money": _lg_money(j, r.uniform(2, 60)),
            "arg": r.choice(LG_ARGS), "day": str(r.randint(2, 27)), "pages": str(r.randint(18, 90)), "wd": wd,
            "defence": r.choice(LG_DEFENCES), "Ds": _poss(D), "money2": _lg_money(j, r.uniform(1.5, 9.5)),
            "jury": " and asks for a jury trial" if j.docket == "us" else ""}
    # the lede
    if kind == "dismiss":
        lede = (f"{court.desc} on {wd} dismissed a suit accusing {f['d_name']} of {f['gerund']}, ruling that "
                f"{P} "
                f"had not {r.choice(LG_FAIL)}.")
    elif kind == "deny":
        lede = (f"{court.desc} on {wd} refused to dismiss claims that {f['d_name']} {f['past']}, finding "
                f"that {P} "
                "had pleaded enough to move forward.")
    elif kind == "revive":
        lede = (f"{court.desc} on {wd} revived a suit accusing {f['d_name']} of {f['gerund']}, saying a "
                "lower court "
                "had been too quick to throw out the case.")
    elif kind == "affirm":
        lede = (f"{court.desc} on {wd} upheld the dismissal of a suit accusing {f['d_name']} of "
                f"{f['gerund']}, "
                f"agreeing that {P} had not {r.choice(LG_FAIL)}.")
    elif kind == "settle":
        lede = (f"{f['d_name']} has agreed to pay {money} to settle claims that it {f['past']}, according to "
                "a motion "
                f"for preliminary approval filed {wd} in {court.name}.")
    elif kind == "sue":
        lede = f"{f['d_name']} was hit with a suit {wd} in {court.name} accusing it of {f['gerund']}."
    elif j.docket == "us":
        lede = (f"A {court.city} federal jury on {wd} found that {f['d_name']} {f['past']}, awarding {P} "
                f"{money} "
                f"after {_a(r.randint(4, 15))}-day trial.")
    else:
        lede = (f"{court.desc} on {wd} ordered {f['d_name']} to pay {P} {money} after finding that it "
                f"{f['past']}.")
    paras: list[list[str]] = [[lede]]
    pages = r.randint(12, 64)
    if kind in ("dismiss", "affirm"):
        paras.append([f"In a {pages}-page opinion, {judge} said {P} {r.choice(LG_WHY_NOT)}."])
        if kind == "dismiss":
            paras[-1].append(f"The dismissal was without prejudice, meaning {P} may try again with an "
                             "amended "
                             "complaint.")
    elif kind in ("deny", "revive"):
        paras.append([f"In a {pages}-page opinion, {judge} said the complaint {r.choice(LG_WHY)}."])
    elif kind == "settle":
        paras.append([f"The deal, which still needs the approval of {judge}, would resolve a suit filed in "
                      f"{fill['month']} {fill['year']}."])
        if area.plaintiff == "consumers":
            paras[-1].append(f"Class members would receive about {j.cur}{r.randint(20, 400)} each after "
                             "legal fees, under the proposed terms.")
    elif kind == "sue":
        relief = r.choice(("unspecified damages and an order barring the conduct",
                           f"more than {money} in damages",
                           "class certification and damages" if f["plural"] else "damages and legal costs"))
        paras.append([f"The complaint, filed by {f['p_desc']}, seeks {relief}."])
    elif j.docket == "us":
        paras.append([f"Jurors deliberated for about {r.randint(3, 20)} hours before returning the verdict, "
                      "which "
                      f"included {_lg_money(j, f['amount'] / 4)} in punitive damages."])
    else:
        paras.append([f"In a {pages}-page judgment, {judge} said {D} had {r.choice(LG_FOUND)}."])
    quote = None
    if kind in ("dismiss", "affirm", "deny", "revive") and r.random() < 0.65:
        quote = r.choice(LG_FOR_D if kind in ("dismiss", "affirm") else LG_FOR_P)
        paras[-1].append(f"{'The judge' if not on_appeal else 'The panel'} wrote:")
    sued = (f"The complaint says {D} {f['past']}." if kind == "sue"
            else f"{PL} sued in {fill['month']} {fill['year']}, alleging that {D} {f['past']}.")
    facts = [x.format(**{**fill, "n": str(r.randint(3, 40))}) for x in r.sample(area.facts, 3)]
    paras.append([sued, facts[0]])
    paras.append([facts[1], f"{D} has denied wrongdoing.", facts[2]])
    if kind in ("dismiss", "affirm"):
        paras.append([f"{D} had argued that {fill['arg']}.",
                      "The court agreed that the pleading fell short."])
    elif kind in ("deny", "revive"):
        paras.append([f"{D} had argued that {fill['arg']}.",
                      f"{'The judge' if not on_appeal else 'The panel'} rejected that argument."])
    lawyer = f["lawyers"][0]
    if kind in ("dismiss", "affirm"):
        react = ["\u201cWe are pleased that the court saw these claims for what they are,\u201d a "
                 "spokesperson for "
                 f"{D} said in a statement {wd}.",
                 f"Counsel for {P} did not immediately respond to a request for comment."]
    elif kind == "settle":
        react = [f"\u201cWe believe this is an excellent result for the class,\u201d {lawyer} of "
                 f"{f['firms'][0]} said "
                 "in an email.", f"{D} denied any wrongdoing in agreeing to the settlement."]
    elif kind == "sue":
        react = [f"{D} did not immediately respond to a request for comment {wd}.",
                 f"\u201cThe complaint speaks for itself,\u201d said {lawyer} of {f['firms'][0]}."]
    else:
        line = r.choice((f"This ruling means {D} will finally have to answer for its conduct",
                         "We look forward to presenting the evidence in full",
                         "Our clients are grateful to have their day in court") if kind != "verdict" else
                        (f"The verdict holds {D} accountable for its conduct",
                         "This result sends a clear message",
                         "Our client is grateful for the careful attention the case received"))
        react = [f"\u201c{line},\u201d said {lawyer} of {f['firms'][0]}, who represents {P}.",
                 f"A representative for {D} declined to comment."]
    paras.append(react)
    nxt = {
        "dismiss": f"{PL} {'have' if f['plural'] else 'has'} {r.choice((21, 30, 45))} days to file an "
                   "amended "
                   "complaint.",
        "deny": "The case now moves to discovery, and a scheduling conference has been set for "
                f"{fill['next']} "
                f"{fill['day']}.",
        "revive": f"The case now returns to {f['trial'].name} for further proceedings.",
        "affirm": f"{PL} could still ask for a rehearing or seek further review.",
        "settle": f"A hearing on preliminary approval is scheduled for {fill['next']} {fill['day']}.",
        "sue": f"{D} has not yet responded to the complaint in court.",
        "verdict": f"{D} said it would appeal. Post-trial motions are due within {r.choice((14, 28))} days.",
    }[kind]
    paras.append([nxt])
    counsel = [f"{PL} {be} represented by {f['lawyers'][0]} and {f['lawyers'][1]} of {f['firms'][0]}.",
               f"{D} is represented by {f['lawyers'][2]} of {f['firms'][1]}."]
    paras.append(counsel)
    docket = _lg_docket(r, j.docket, on_appeal, filed.year if not on_appeal else d.year - r.randint(0, 1))
    case = f"The case is {f['caption']}, case number {docket}, in {court.name}."
    paras.append([case])
    # filler sentences in the middle, until there are enough words
    group = LG_FILLER["motion" if kind in ("dismiss", "deny", "revive", "affirm") else kind]
    pool = [x.format(**{**fill, "n": str(r.randint(6, 30))}) for x in r.sample(group, len(group))]
    if on_appeal:
        pool = [x.replace("the motion", "the appeal").replace("The motion", "The appeal") for x in pool]
    target = r.randint(265, 480)
    k = 0
    while sum(_words(x) for p in paras for x in p) < target and pool:
        paras[2 + k % 3].append(pool.pop(0))
        k += 1
    blocks: list[tuple[str, str]] = []
    sentences: list[list[str]] = []
    for n, p in enumerate(paras):
        if n == 2 and quote:
            blocks.append(("quote", quote))
            sentences.append([quote])
        if n == 2 and r.random() < 0.3:
            blocks.append(("h2", "Background"))
            sentences.append([])
        blocks.append(("p", " ".join(p)))
        sentences.append(p)
    extra = {"docket": docket, "caption": f["caption"], "court": court.label, "judge": judge,
             "filed": f"{months[filed.month - 1]} {filed.day}, {filed.year}", "case": case}
    return blocks, sentences, extra


# --- agri-weekly-markets -----------------------------------------------------------------------


class Farm(NamedTuple):
    key: str  # "us", "ca", "uk", "ie", "au", "nz", "za", "in"
    cur: str
    area: str  # "acres" or "hectares"
    yld: str  # the yield's unit
    per: str  # a grain price's unit ("a bushel")
    grain: tuple[float, float, int]  # a grain price's range and decimals
    cattle: tuple[float, float]  # a cattle price's range (in the unit `_ag_price` shows)
    crops: tuple[str, ...]
    stock: tuple[str, ...]  # the sale's categories (none where there are no livestock sales)
    weights: tuple[str, ...]
    venue: str  # the sale's venue, with "{p}"
    agency: str
    union: str
    regions: tuple[str, ...]
    rain: str  # "inches" or "mm"
    wire: str  # a rural news agency's name, or ""


AG_US = Farm("us", "$", "acres", "bushels an acre", "a bushel", (3.8, 13.5, 2), (180, 340),
             ("corn", "soybeans", "winter wheat", "sorghum", "cotton"),
             ("Steers", "Heifers", "Cull cows", "Bred heifers"),
             ("400-500 lb", "500-600 lb", "600-700 lb", "700-800 lb"), "{p} Livestock Auction", "USDA",
             "the state Farm Bureau",
             ("the Corn Belt", "the southern Plains", "the Delta", "the northern Plains"), "inches", "")
AG_PROFILES: dict[str, Farm] = {
    "America/New_York": AG_US,
    "America/Chicago": AG_US,
    "America/Denver": AG_US,
    "America/Los_Angeles": AG_US,
    "America/St_Johns": Farm("ca", "$", "acres", "bushels an acre", "a bushel", (5.5, 17.5, 2), (170, 320),
                             ("canola", "spring wheat", "barley", "oats", "lentils"),
                             ("Steers", "Heifers", "D1-D2 cows", "Bred cows"),
                             ("400-500 lb", "500-600 lb", "600-700 lb", "700-800 lb"), "{p} Auction Mart",
                             "Agriculture and Agri-Food Canada", "the provincial federation of agriculture",
                             ("the Prairies", "central Alberta", "eastern Saskatchewan"), "mm", ""),
    "Europe/London": Farm("uk", "£", "hectares", "tonnes a hectare", "a tonne", (160, 420, 0), (380, 520),
                          ("winter wheat", "oilseed rape", "spring barley", "sugar beet", "potatoes"),
                          ("Prime steers", "Prime heifers", "Cull cows", "Store lambs"),
                          ("500-600kg", "600-700kg", "300-400kg", "35-45kg"), "{p} Mart", "Defra", "the NFU",
                          ("East Anglia", "the Midlands", "the South West", "Yorkshire"), "mm", ""),
    "Europe/Dublin": Farm("ie", "€", "hectares", "tonnes a hectare", "a tonne", (180, 260, 0), (420, 560),
                          ("spring barley", "winter wheat", "oats", "potatoes"),
                          ("Bullocks", "Heifers", "Cull cows", "Weanlings"),
                          ("500-600kg", "400-500kg", "600-700kg", "250-350kg"), "{p} Mart",
                          "the Department of Agriculture", "the IFA",
                          ("the south-east", "the midlands", "the north-west"), "mm", ""),
    "Australia/Sydney": Farm("au", "$", "hectares", "tonnes a hectare", "a tonne", (300, 720, 0), (280, 650),
                             ("wheat", "barley", "canola", "chickpeas", "sorghum"),
                             ("Steers", "Heifers", "Cows", "Trade lambs"),
                             ("200-280kg", "280-330kg", "400-520kg", "20-24kg cwt"), "{p} saleyards",
                             "the Department of Primary Industries", "NSW Farmers",
                             ("the central west", "the Riverina", "the northern tablelands",
                              "the Liverpool Plains"), "mm", "AAP"),
    "Pacific/Auckland": Farm("nz", "$", "hectares", "tonnes a hectare", "a tonne", (340, 560, 0), (5.5, 8.2),
                             ("maize", "barley", "wheat", "fodder beet"),
                             ("Steers", "Heifers", "Cull cows", "Lambs"),
                             ("300-400kg", "250-350kg", "450-550kg", "30-38kg"), "{p} saleyards",
                             "the Ministry for Primary Industries", "Federated Farmers",
                             ("Canterbury", "the Waikato", "Southland", "Hawke's Bay"), "mm", "RNZ"),
    "Africa/Johannesburg": Farm("za", "R", "hectares", "tonnes a hectare", "a tonne", (3800, 8200, 0),
                                (38, 62), ("maize", "soybeans", "sunflower", "wheat"),
                                ("Weaner calves", "Heifers", "Cows", "Lambs"),
                                ("180-220kg", "220-260kg", "380-450kg", "30-40kg"), "{p} auction pens",
                                "the Department of Agriculture", "Agri SA",
                                ("the Free State", "Mpumalanga", "the North West"), "mm", ""),
    "Asia/Kolkata": Farm("in", "₹", "hectares", "quintals a hectare", "a quintal", (2100, 6500, 0), (0, 0),
                         ("wheat", "paddy", "mustard", "cotton", "sugarcane"), (), (), "{p} mandi",
                         "the agriculture ministry", "farmer unions",
                         ("Punjab", "Haryana", "western Uttar Pradesh", "Madhya Pradesh"), "mm", "PTI"),
}
# a sale report's words: how a sale's numbers are put, who reports it, who buys, a headline's buyers
AG_SALE_WORDS = {
    "na": ("receipts of {n:,} head", "Market reporters", ("stocker buyers and feedyards",
           "packer buyers and local feeders", "order buyers from across {region}"), "Stocker buyers"),
    "uk": ("an entry of {n:,} head", "Auctioneers", ("finishers and processors", "local farmers and dealers",
           "buyers from across {region}"), "Finishers"),
    "anz": ("a yarding of {n:,} head", "Agents", ("restockers and feedlots", "processors and local buyers",
            "restockers from across {region}"), "Restockers"),
    "za": ("an offering of {n:,} head", "Auctioneers", ("feedlots and speculators",
         "abattoir buyers and local farmers", "buyers from across {region}"), "Feedlots"),
}
_AG_SALE_GROUP = {"us": "na", "ca": "na", "uk": "uk", "ie": "uk", "au": "anz", "nz": "anz", "za": "za"}
AG_BEATS = ("livestock markets", "cropping and grain", "farm policy", "rural communities",
            "dairy and machinery")
AG_SECTIONS = {"sale": "Livestock", "crop": "Cropping", "policy": "Policy", "profile": "Rural Life",
               "prices": "Markets", "disease": "Biosecurity"}
AG_PRACTICES = ("regenerative grazing", "direct drilling", "robotic milking", "solar-powered irrigation",
                "cover cropping", "on-farm grain storage")
AG_POLICIES = (
    ("cut funding for soil conservation grants", "Grant Cuts"),
    ("tighten the rules on nitrogen fertiliser use", "Fertiliser Rules"),
    ("change how water allocations are set", "Water Allocation"),
    ("introduce new livestock traceability rules", "Traceability"),
    ("phase out fuel tax rebates for farm machinery", "Fuel Rebate"),
)
AG_POLICY_ITEMS = (
    "require farms above a set size to file an annual nutrient plan",
    "reduce support payments for land that is not actively farmed",
    "introduce fees for the new registration system from next year",
    "give inspectors wider powers to enter properties without notice",
    "link part of the support payments to new environmental targets",
)
AG_DISEASES = (("avian influenza", "poultry", "birds"), ("anthrax", "cattle", "cattle"),
               ("bluetongue", "sheep", "sheep and cattle"))
AG_STEPS = (
    "check stock daily and report any signs of illness to their vet",
    "keep visitors and vehicles away from animals where possible",
    "clean and disinfect equipment before moving it between properties",
    "keep wild birds away from feed and water sources",
    "record all movements of animals on and off the property",
)
AG_FILLER = (
    "Input costs remain a concern, with fertiliser prices still well above where they were five years ago.",
    "Fuel and labour costs have also risen over the past year.",
    "Higher interest rates have added to the pressure on farms carrying debt.",
    "Soil moisture levels vary widely across {region}.",
    "Freight costs have eased slightly in recent weeks.",
    "Bankers say most farm businesses in {region} are in better shape than they were two years ago.",
    "Contractors are booked out for the coming weeks, according to several growers.",
    "Rainfall over the past month has been patchy across {region}.",
    "Machinery dealers report steady inquiry, although buyers are taking longer to commit.",
    "Several growers said they would wait for a clearer picture before committing to next season's plans.",
)
AG_EXTRA = {
    "sale": (
        "Buyers from outside {region} were active early in the sale but dropped out as prices rose.",
        "Heavier cattle suited to the processors sold to solid competition throughout.",
        "Vendors were generally happy with the result given the season.",
        "Numbers were up on the previous week as producers took advantage of the firmer market.",
        "A line of well-bred {cls} from a local vendor attracted the strongest bidding of the day.",
        "Numbers are expected to ease as the season goes on.",
        "Some producers are holding back stock to rebuild numbers after the dry years.",
        "Demand from processors has been steady since the start of the year.",
    ),
    "crop": (
        "Agronomists say disease pressure has been lower than usual this season.",
        "Some growers have cut back on fertiliser to save costs, which could show up in yields.",
        "H:Grain quality so far has been good, with few loads downgraded at delivery.",
        "Growers who planted early are generally in the best position.",
        "P:Soil temperatures have been close to normal for the time of year.",
        "H:The crop in {region} went in on good moisture after a wet autumn.",
        "Weed control has been a challenge on some properties after the mild winter.",
        "H:Storage space is tight on many farms after last year's large crop.",
        "P:Seed supplies have been tight for some of the newer varieties.",
        "P:Some growers have switched part of their area to other crops because of prices.",
        "Trials run by local grower groups have shown mixed results from new varieties this year.",
    ),
    "policy": (
        "The proposal follows a review that ran for more than a year.",
        "Officials say the changes would be phased in over three years.",
        "Farm groups say many members only learned of the plan through the media.",
        "Opposition politicians have also raised concerns about the cost to regional communities.",
        "Similar rules were introduced elsewhere several years ago, with mixed results.",
        "Farm groups want an independent review of the costs before any decision is made.",
        "The consultation documents run to more than 100 pages.",
    ),
    "profile": (
        "The family also runs a small on-farm shop selling meat and produce to local customers.",
        "Record keeping has become a much bigger part of the job, with every field mapped and monitored.",
        "The next generation is already involved, with two of the children working on the farm full time.",
        "Water has always been the limiting factor on the property.",
        "Visitors often ask about the cost of the change, which was spread over several years.",
        "Soil tests are taken every year to track the changes.",
        "The farm hosts a field day each spring for growers from across {region}.",
    ),
    "prices": (
        "Local buyers have been paying a premium to secure supply for the coming months.",
        "The spread between old-crop and new-crop prices has narrowed in recent weeks.",
        "Shipping delays at the port have slowed the flow of grain to export markets.",
        "Currency movements have also played a part in the recent swings.",
        "Analysts expect prices to stay volatile until the size of the next crop is clearer.",
        "Futures markets overseas moved in the same direction during the week.",
        "Feed buyers are watching the market closely, with many covered only for the next few weeks.",
        "Many growers locked in forward contracts earlier in the season.",
        "Protein premiums have widened as buyers compete for higher-quality grain.",
    ),
    "disease": (
        "Officials said there was no risk to the food supply.",
        "Neighbouring properties are being contacted and inspected as a precaution.",
        "Tracing of animals that recently left the property is under way.",
        "The control zone will remain in place until testing is complete.",
        "It is the first confirmed case in the district in several years.",
        "Movement permits will be needed for any stock leaving the zone.",
        "A hotline has been set up for farmers with questions about the restrictions.",
    ),
}
_AG_SINGULAR = {"soybeans": "soybean", "lentils": "lentil", "chickpeas": "chickpea", "potatoes": "potato",
                "oats": "oat"}


def _crop_of(crop: str) -> str:
    """A crop's name before a noun ("soybean prices", "potato harvest")."""
    return _AG_SINGULAR.get(crop, crop)
AG_QUOTES = {  # what a farmer, an agent, an official or an analyst says, by the kind of story
    "sale": ("The good stock is still making good money, and that is what people want to see",
             "Buyers were there in numbers and they were not shy about bidding",
             "Plainer cattle are harder to sell, but anything well finished is in demand"),
    "crop": ("You cannot control the weather, so you focus on what you can control",
             "The next few weeks will tell us a lot about how the season finishes",
             "It has been a tough couple of seasons, but there is a bit more confidence out there now"),
    "policy": ("Nobody is against good rules, but these have been written without talking to the people who "
               "have to live with them",
               "Everybody is watching costs very closely at the moment, and this adds to them",
               "Family farms will carry the cost of this while the paperwork piles up"),
    "profile": ("We did not get everything right, but we would never go back",
                "You have to be prepared to look a bit silly for a few years",
                "It was a big change, and the bank took some convincing"),
    "prices": ("The market has moved quickly, and growers with unsold grain are watching every day",
               "There is a lot of uncertainty overseas, and that is feeding through to local prices",
               "We are cautiously optimistic, but nobody is getting carried away"),
    "disease": ("Early reporting is the best protection farmers have",
                "We are asking everyone in the area to be vigilant and to follow the advice",
                "The response so far has been quick, and we thank farmers for their cooperation"),
}
AG_MENU = ("News", "Cropping", "Livestock", "Dairy", "Machinery", "Markets", "Weather", "Property",
           "Rural Life", "Opinion")
AG_PARTNERS = ("How to get more from your header this harvest", "Five ways to cut fuel costs on the farm",
               "Why soil testing pays for itself", "Planning succession before it is too late")
AG_FOOTER = ("About Us", "Contact Us", "Advertise", "Subscribe", "Privacy Policy", "Terms of Use")
AG_CAPTIONS = ("Cattle in the yards at {place}.", "Harvest under way near {place}.",
               "A paddock near {place}.", "Stock on a property outside {place}.")


def _ag_price(farm: Farm, value: float) -> str:
    """A cattle price as the country's sale reports give it ("$312.50/cwt", "612c/kg", "487p/kg")."""
    if farm.key in ("us", "ca"):
        return f"${value:.2f}/cwt"
    if farm.key == "uk":
        return f"{round(value)}p/kg"
    if farm.key == "ie":
        return f"€{value / 100:.2f}/kg"
    if farm.key == "au":
        return f"{round(value)}c/kg"
    if farm.key == "nz":
        return f"${value:.2f}/kg"
    return f"R{value:.2f}/kg"


def _ag_grain(farm: Farm, value: float) -> str:
    """A grain price ("$5.42", "£186", "₹2,350")."""
    return f"{farm.cur}{value:,.{farm.grain[2]}f}"


def _ag_kind(c: Ctx, k: int) -> str:
    """Story k's kind (drawn from the site and k alone)."""
    farm = AG_PROFILES[c.pub.tz]
    kinds = ("sale", "sale", "crop", "crop", "policy", "profile", "prices", "disease")
    return random.Random(f"{c.pub.host}-ag-kind-{k}").choice([x for x in kinds if x != "sale" or farm.stock])


def _ag_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    """Story k's headline and the facts its text is written from."""
    r = random.Random(f"{c.pub.host}-ag-{k}-{attempt}")
    farm = AG_PROFILES[c.pub.tz]
    kind = _ag_kind(c, k)
    eprose = prose_for("en", r)
    place = _place(c) if r.random() < 0.5 else eprose.place()
    region = r.choice(farm.regions)
    crop = r.choice(farm.crops)
    f: dict[str, Any] = {"kind": kind, "farm": farm, "place": place, "region": region, "crop": crop,
                         "seed": f"{c.pub.host}-agb-{k}-{attempt}", "up": r.random() < 0.55}
    if kind == "sale":
        f["stock"] = r.randrange(len(farm.stock))
        f["top_v"] = farm.cattle[1] * r.uniform(1.05, 1.15)
        f["top"] = _ag_price(farm, f["top_v"])
        f["n"] = r.randint(3, 90) * 50
        cls = farm.stock[f["stock"]]
        buyers = AG_SALE_WORDS[_AG_SALE_GROUP[farm.key]][3]
        title = r.choice((f"{cls} top {f['top']} at {place} sale",
                          f"{buyers} push {cls.lower()} to {f['top']} at {place}",
                          f"{f['n']:,} head meet solid demand at {place} sale"))
    elif kind == "crop":
        f["harvest"] = harvest = r.random() < 0.5
        f["ahead"] = ahead = r.random() < 0.6
        name, work = _crop_of(crop), "harvest" if harvest else "planting"
        title = r.choice((f"{_cap(name)} {work} runs ahead of average across {region}",
                          f"Growers in {region} race to finish {name} {work}") if ahead else
                         (f"Dry finish trims {name} yields around {place}" if harvest
                          else f"{_cap(name)} planting slows as rain soaks {region}",
                          f"{_cap(name)} {work} falls behind average across {region}"))
    elif kind == "policy":
        f["policy"] = r.choice(AG_POLICIES)
        title = r.choice((f"Farmers push back on plan to {f['policy'][0]}",
                          f"{_cap(farm.union.removeprefix('the '))} warns {f['policy'][1].lower()} plan will "
                          "hit "
                          "family farms",
                          f"{f['policy'][1]} proposal draws fire from farm groups"))
    elif kind == "profile":
        f["practice"] = r.choice(AG_PRACTICES)
        f["farmer"] = eprose.person()
        title = r.choice((f"{f['farmer']} bets on {f['practice']} at {place}",
                          f"Third-generation farm near {place} turns to {f['practice']}",
                          f"Why one {place} family switched to {f['practice']}"))
    elif kind == "prices":
        f["pct"] = f"{r.uniform(1.5, 9.5):.1f}"
        title = (f"{_cap(_crop_of(crop))} prices climb {f['pct']}% as export demand firms" if f["up"]
                 else f"{_cap(_crop_of(crop))} prices slide {f['pct']}% on weak demand")
    else:
        f["disease"] = r.choice(AG_DISEASES if farm.key in ("uk", "ie") else AG_DISEASES[:2])
        dis, kind_of, _ = f["disease"]
        title = r.choice((f"{_cap(dis)} confirmed on {place} {kind_of} farm",
                          f"Movement controls imposed after {dis} case near {place}"))
    return title, f


def _ag_text(c: Ctx, f: dict[str, Any]
             ) -> tuple[list[tuple[str, str]], list[list[str]], str, list[list[str]]]:
    """The story's blocks ("p", "li", "row", "fact") and their sentences, its dek, and its table (header row
    first)."""
    r = random.Random(f["seed"])
    d = c.story.published
    farm: Farm = f["farm"]
    kind, place, region, crop = f["kind"], f["place"], f["region"], f["crop"]
    wd = EN_DAYS[d.weekday()]
    eprose = prose_for("en", r)
    person = eprose.person()
    firm = f"{r.choice(SURNAMES['en'])} {r.choice(('Agri', 'Rural', 'Livestock', 'Agronomy', 'Grain'))}"
    paras: list[list[str]] = []
    table: list[list[str]] = []
    items: list[str] = []
    facts: list[str] = []
    dek = ""
    said = r.choice(AG_QUOTES[kind])
    quote = f"\u201c{said},\u201d said {person}, of {firm}."
    if kind == "sale":
        cls = farm.stock[f["stock"]]
        venue = farm.venue.format(p=place)
        yard, agents, who, _ = AG_SALE_WORDS[_AG_SALE_GROUP[farm.key]]
        buyers = r.choice(who).format(region=region)
        dek = f"Buyers competed strongly for well-finished {cls.lower()} at {wd}'s sale."
        paras.append([f"{cls} sold to a top of {f['top']} at the {venue} on {wd}, as {yard.format(n=f['n'])} "
                      f"met {r.choice(('strong', 'solid', 'firm'))} demand from {buyers}."])
        paras.append([f"{agents} said quality was {r.choice(('mixed', 'good', 'very good'))}, with "
                      f"{r.choice(('feedlot buyers', 'processors', 'repeat buyers'))} competing strongly for "
                      "the "
                      "better-finished lines.",
                      "Lighter and plainer cattle were "
                      f"{_ag_price(farm, farm.cattle[0] * r.uniform(0.05, 0.12))} "
                      "cheaper than at the previous sale."])
        paras.append([f"Prices for the main categories at {wd}'s sale are set out in the table below."])
        table.append(["Category", "Head", "Avg weight", "Top", "Average"])
        for n, (cat, wt) in enumerate(zip(farm.stock, farm.weights, strict=False)):
            lo, hi = farm.cattle
            top = hi * r.uniform(0.85, 1.03) if n != f["stock"] else f["top_v"]
            low, high = (int(x) for x in re.findall(r"\d+", wt)[:2])
            weight = f"{r.randint(low, high)}{'kg' if 'kg' in wt else ' lb'}"
            table.append([f"{cat} {wt}", str(r.randint(12, 400)), weight, _ag_price(farm, top),
                          _ag_price(farm, top * r.uniform(0.8, 0.93))])
        paras.append([quote])
        paras.append([f"The result follows {r.choice(('firmer', 'mixed', 'steady'))} prices at other sales "
                      "across "
                      f"{region} in recent weeks."])
        paras.append([f"The next sale at {place} is scheduled for next {wd}, with about "
                      f"{r.randint(3, 60) * 50:,} head expected."])
    elif kind == "crop":
        harvest = f["harvest"]
        avg = r.randint(15, 75)
        pct = avg + r.randint(4, 20) if f["ahead"] else avg - r.randint(4, min(14, avg - 1))
        ahead = "ahead of" if f["ahead"] else "behind"
        dek = (f"Growers are racing to get the {crop} crop off before the forecast rain." if harvest
               else f"Soil conditions have varied widely across {region}.")
        what = "harvest" if harvest else "sowing"
        paras.append([f"{_cap(_crop_of(crop))} {what} across {region} is about {pct}% complete, {ahead} the "
                      "five-year average "
                      f"of {avg}%, according to the latest figures from {farm.agency}."])
        y1 = r.randint(20, 60) if farm.area == "acres" else r.randint(15, 60) / 10
        y2 = y1 * r.uniform(1.2, 1.8)
        dec = 0 if farm.area == "acres" else 1
        paras.append([f"Early yields have ranged from {y1:.{dec}f} to {y2:.{dec}f} {farm.yld}, with the best "
                      "results on "
                      f"{r.choice(('heavier soils', 'paddocks sown early', 'the late-sown fields'))}."
                      if harvest else f"Most growers expect to finish within {r.randint(2, 4)} weeks if the "
                                      "weather "
                      "holds."])
        rain = r.randint(1, 4) if farm.rain == "inches" else r.randint(10, 90)
        paras.append([f"Most of the region received less than {rain} {farm.rain} of rain last month, well "
                      "below "
                      "normal." if harvest or f["ahead"] else
                      f"Heavy rain last week, up to {rain} {farm.rain} in places, left some fields too wet "
                      "to work."])
        if r.random() < 0.6:
            paras.append(["Progress for the main crops, as a share of the area "
                          f"{'harvested' if harvest else 'planted'},"
                          " is shown in the table below."])
            table.append(["Crop", "This week", "Last week", "Five-year average"])
            rest = [x for x in farm.crops if x != crop]
            for cr in [crop, *r.sample(rest, 2)]:
                done, five = (pct, avg) if cr == crop else (r.randint(10, 90), r.randint(10, 90))
                table.append([_cap(cr), f"{done}%", f"{max(0, done - r.randint(4, 20))}%", f"{five}%"])
        area = r.randint(4, 60) * 100 if farm.area == "acres" else r.randint(3, 40) * 100
        paras.append([f"\u201c{said},\u201d said {person}, who grows {crop} on {area:,} {farm.area} "
                      f"near {place}."])
        price = r.uniform(*farm.grain[:2])
        paras.append([f"{_cap(_crop_of(crop))} prices have {'firmed' if f['up'] else 'eased'} to about "
                      f"{_ag_grain(farm, price)} {farm.per}, {r.randint(2, 18)}% "
                      f"{'higher' if f['up'] else 'lower'} than a year ago."])
    elif kind == "policy":
        what, short = f["policy"]
        dek = f"Farm groups say the {short.lower()} proposal was drawn up without proper consultation."
        paras.append([f"Farm groups have criticised a proposal by {farm.agency} to {what}, warning it could "
                      "cost the "
                      f"average farm {farm.cur}{r.randint(3, 40) * 500:,} a year."])
        paras.append([f"The plan, published on {wd}, is open for consultation until "
                      f"{MONTHS['en'][(d.month + 1) % 12]} {r.randint(1, 28)}."])
        paras.append([f"Under the proposal, {farm.agency} would:"])
        items = r.sample(AG_POLICY_ITEMS, 3)
        paras.append([f"\u201c{said},\u201d said {person}, who chairs the policy committee of "
                      f"{farm.union}."])
        paras.append([f"A spokesperson for {farm.agency} said the changes were needed to protect the "
                      "industry's "
                      "long-term future and that farmers would be given time to adjust."])
        paras.append([f"{_cap(farm.union)} will hold meetings across {region} over the coming weeks to "
                      "gather "
                      "members' views."])
    elif kind == "profile":
        practice, farmer = f["practice"], f["farmer"]
        size = r.randint(4, 90) * 100
        gens = r.choice(("second", "third", "fourth"))
        dek = f"A {gens}-generation farm near {place} has changed the way it works."
        paras.append([f"When {farmer} took over the family farm near {place}, switching to {practice} was "
                      "not part "
                      "of the plan."])
        paras.append([f"The {gens}-generation operation now runs {size:,} {farm.area} and has spent the past "
                      f"{r.randint(3, 9)} years changing the way it works."])
        facts = [f"Location: {place}, {region}",
                 f"Size: {size:,} {farm.area}, of which {size * r.randint(40, 90) // 100:,} are owned",
                 f"Enterprises: {', '.join(r.sample(farm.crops, 2))} and a herd of {r.randint(8, 60) * 10} "
                 "cows",
                 f"Staff: {r.randint(2, 4)} family members and {r.randint(1, 6)} full-time employees"]
        paras.append([f"\u201c{said},\u201d {farmer.split()[0]} said."])
        paras.append(["The first years were hard, with lower output while the soil and the stock adjusted "
                      "to "
                      f"{practice}."])
        paras.append([f"Costs have since fallen, and {farmer.split()[0]} says the farm is now more resilient "
                      "in dry "
                      "years."])
        paras.append(["Neighbours have been watching closely, and several now visit for field days "
                      "organised with "
                      f"{firm}."])
    elif kind == "prices":
        up, pct = f["up"], f["pct"]
        price = r.uniform(*farm.grain[:2])
        dek = "Traders are watching export demand and the weather in the main growing regions."
        paras.append([f"{_cap(_crop_of(crop))} prices {'rose' if up else 'fell'} {pct}% this week to about "
                      f"{_ag_grain(farm, price)} {farm.per}, "
                      f"{'as export demand firmed' if up else 'as buyers stepped back from the market'}."])
        why = r.choice(("the weaker currency", "dry weather overseas", "large stocks", "slow shipping"))
        paras.append([f"Traders said {why} had {'supported' if up else 'weighed on'} prices."])
        paras.append(["Indicative prices for the main grains this week are shown in the table below."])
        table.append(["Commodity", "This week", "Last week", "Change"])
        rest = [x for x in farm.crops if x != crop]
        for cr in [crop, *r.sample(rest, min(3, len(rest)))]:
            now = price if cr == crop else r.uniform(*farm.grain[:2])
            last = (now / (1 + float(pct) / 100 * (1 if up else -1)) if cr == crop
                    else now * r.uniform(0.92, 1.08))
            table.append([_cap(cr), _ag_grain(farm, now), _ag_grain(farm, last),
                          f"{(now - last) / last * 100:+.1f}%"])
        paras.append([f"\u201c{said},\u201d said {person}, a grain market analyst at {firm}."])
        paras.append(["Growers with grain in storage are weighing whether to sell now or wait for a better "
                      "price "
                      "later in the season."])
    else:
        dis, kind_of, animals = f["disease"]
        km = r.randint(3, 10)
        dist = f"{km}-mile" if farm.key == "us" else f"{km}-kilometre"
        dek = f"Farmers near {place} are being urged to check their stock and report any signs of illness."
        paras.append([f"{_cap(dis)} has been confirmed on a {kind_of} property near {place}, {farm.agency} "
                      "said on "
                      f"{wd}."])
        paras.append([f"A {dist} control zone has been set up around the property, and movements of "
                      f"{animals} in "
                      "the zone are restricted."])
        paras.append(["Farmers in the area are being asked to:"])
        items = r.sample(AG_STEPS, 3)
        paras.append([f"\u201c{said},\u201d said {person}, a vet with {firm}."])
        paras.append(["The source of the infection is under investigation."])
        paras.append([f"{_cap(farm.union)} urged members to follow the advice and said it was in close "
                      "contact with "
                      "officials."])
    # filler sentences until there are enough words
    cls = farm.stock[f["stock"]].lower() if kind == "sale" else ""
    skip = ("P:" if f.get("harvest") else "H:") if kind == "crop" else "-"
    extra = [x.removeprefix("H:").removeprefix("P:") for x in AG_EXTRA[kind] if not x.startswith(skip)]
    pool = [x.format(region=region, cls=cls) for x in [*r.sample(extra, len(extra)),
                                                        *r.sample(AG_FILLER, len(AG_FILLER))]]
    def words() -> int:
        return (sum(_words(x) for p in paras for x in p) + sum(_words(x) for x in items + facts)
                + sum(_words(" ".join(row)) for row in table if _words(" ".join(row)) > 6))
    target = r.randint(255, 360)
    k = 0
    while words() < target and pool:
        at = [i for i, p in enumerate(paras)
              if i > 0 and not p[-1].endswith(":") and "table below" not in p[-1]]
        paras[at[k % len(at)]].append(pool.pop(0))
        k += 1
    blocks: list[tuple[str, str]] = []
    for n, p in enumerate(paras):
        blocks.append(("p", " ".join(p)))
        if p[-1].endswith(":"):
            blocks += [("li", x) for x in items]
        if "table below" in p[-1]:
            blocks += [("row", " ".join(row)) for row in table]
        if n == 1 and facts:
            blocks += [("fact", x) for x in facts]
    sentences = [next(p for p in paras if " ".join(p) == t) if tag == "p" else [t] for tag, t in blocks]
    return blocks, sentences, dek, table


def _clock(dt: datetime, upper: bool = True) -> str:
    """ "2:30 PM" ("2:30pm" with `upper` false)."""
    hour, half = dt.hour % 12 or 12, "AM" if dt.hour < 12 else "PM"
    return f"{hour}:{dt:%M} {half}" if upper else f"{hour}:{dt:%M}{half.lower()}"


def _long(dt: datetime) -> str:
    """ "March 7, 2026"."""
    return f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"


def render_legal_docket_wire(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    f = _retitle(c, _lg_plan)
    for k, o in enumerate(c.others):
        o.section = _lg_area(c, k).section
    c.repath(lambda o: f"/{_aslug(o.section)}/articles/"
                       f"{c.stable(f'lg-id-{o.published}').randint(1700000, 2099999)}/"
                       f"{_aslug(o.title)[:90].strip('-')}")
    blocks, sentences, extra = _lg_text(c, f)
    court: Court = f["appeal"] if f["kind"] in ("revive", "affirm") else f["trial"]
    at = f", {court.city}" if c.stable("lg-city").random() < 0.4 else ""
    dateline = f"{pub.name}{at} ({_long(d)}, {_clock(d)} {d.tzname()}) -- "
    blocks[0] = ("p", dateline + blocks[0][1])
    sentences[0][0] = dateline + sentences[0][0]
    s.blocks, s.sentences = blocks, sentences
    url = c.url()
    desc = " ".join(blocks[0][1].split()[:30])
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(desc)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(url)}">',
        f'<link rel="canonical" href="{esc(url)}">',
        '<link rel="stylesheet" href="/assets/css/article.min.css">',
        "</head>",
        '<body class="article-page">',
    ]
    trial = c.snip(f"Try {pub.name} free for 7 days.")
    lines += [
        f'<div class="promo-banner"><p>{esc(trial)} <a href="/trial">Start Free Trial</a></p></div>',
        '<header class="masthead">',
        f'<a class="logo" href="/">{esc(pub.name)}</a>',
        '<ul class="account-links"><li><a href="/account/login">Sign In</a></li>\n<li><a href="/trial">Free '
        'Trial'
        '</a></li>\n<li><a href="/subscribe">Subscribe</a></li>\n<li><a href="/help">Help</a></li></ul>',
        '<form class="search" action="/search"><input type="search" name="q" placeholder="Search '
        f'{esc(pub.name)}">'
        "<button>Search</button></form>",
        '<nav class="primary-nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in LG_MENU],
        "</ul></nav>",
        "</header>",
    ]
    c.snip("Sign In Free Trial Subscribe Help")
    c.snip(" ".join(LG_MENU[:5]))
    secs = [s.section]
    if f["kind"] in ("revive", "affirm"):
        secs.append("Appellate")
    if f["plural"]:
        secs.append("Class Action")
    byline = s.author.name
    if c.stable(f"lg-co-{s.title}").random() < 0.3:
        byline += f" and {next(a.name for a in pub.authors if a.name != s.author.name)}"
        c.snip(f"By {byline}")
    c.snip(" ".join(LG_TOOLS))
    lines += [
        '<main class="container"><div class="row"><div class="col-main">',
        '<article id="article" class="article">',
        '<div class="article-sections">' + " ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in secs)
        + "</div>",
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="byline"><p>By {esc(byline)}</p></div>',
        '<div class="article-tools">' + " ".join(f'<a href="#">{esc(x)}</a>' for x in LG_TOOLS) + "</div>",
    ]
    body: list[str] = []
    for tag, text in blocks:
        if tag == "quote":
            body.append(f"<blockquote><p>{esc(text)}</p></blockquote>")
        elif tag == "h2":
            body.append(f"<h2>{esc(text)}</h2>")
        elif text == extra["case"]:
            cap = extra["caption"]
            body.append(f"<p>{esc(text).replace(esc(cap), f'<em>{esc(cap)}</em>', 1)}</p>")
        elif text.startswith(dateline):
            body.append(f"<p>{esc(dateline)}{c.inline(text.removeprefix(dateline))}</p>")
        else:
            body.append(f"<p>{c.inline(text)}</p>")
    others = c.pick_others(11)
    inserts: list[tuple[int, str]] = []
    if c.stable(f"lg-rel-{s.title}").random() < 0.5:
        inserts.append((2, '<aside class="inline-related"><h4>Related</h4><ul>'
                           + "".join(f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>\n'
                                     for o in others[:2]) + "</ul></aside>"))
    lines += ['<div id="article-body" class="article-body" itemprop="articleBody">',
              *_insert_after(body, "<p>", inserts)]
    r = c.stable(f"lg-notes-{s.title}")
    names = [prose_for("en", r).person() for _ in range(2)]
    credit = (f"--Additional reporting by {names[0]}. Editing by {names[1]}." if r.random() < 0.3
              else f"--Editing by {names[1]}.")
    lines.append(f"<p><em>{esc(c.snip(credit))}</em></p>")
    if r.random() < 0.3:
        note = r.choice((f"comment from {f['d_short']}", f"comment from counsel for {f['p_obj']}",
                         "additional details from the opinion" if f["kind"] not in ("sue", "settle")
                         else "additional details from the filing"))
        update = c.snip(f"Update: This story has been updated to include {note}.")
        lines.append(f"<p><em>{esc(update)}</em></p>")
    lines.append("</div>")
    docs = {"dismiss": ("Memorandum Opinion and Order",),
            "deny": ("Memorandum Opinion and Order", "Complaint"),
            "revive": ("Appellate Opinion",), "affirm": ("Appellate Opinion",),
            "settle": ("Motion for Preliminary Approval", "Settlement Agreement"), "sue": ("Complaint",),
            "verdict": ("Verdict Form",) if f["j"].docket == "us" else ("Judgment",)}[f["kind"]]
    companies = [f["d_name"]] + ([f["p_caption"]] if f["area"].plaintiff == "company" else [])
    c.snip("Attached Documents " + " ".join(docs))
    c.snip("Law Firms " + " ".join(f["firms"]))
    lines += [
        '<section class="doc-attachments"><h3>Attached Documents</h3><ul>',
        *[f'<li><a href="/documents/{_hex(c.rng, 16)}.pdf">{esc(x)}</a></li>' for x in docs],
        "</ul></section>",
        '<section class="article-tags">',
        '<div class="tag-group"><h4>Law Firms</h4><ul>',
        *[f'<li><a href="/firms/{_aslug(x)}">{esc(x)}</a></li>' for x in f["firms"]],
        "</ul></div>",
        '<div class="tag-group"><h4>Companies</h4><ul>',
        *[f'<li><a href="/companies/{_aslug(x)}">{esc(x)}</a></li>' for x in companies],
        "</ul></div>",
        "</section>",
    ]
    box = [("Case Title", extra["caption"]), ("Case Number", extra["docket"]), ("Court", extra["court"]),
           ("Nature of Suit", LG_SUITS[s.section]), ("Judge", extra["judge"]), ("Date Filed", extra["filed"])]
    for label, value in box:
        c.snip(f"{label} {value}")
    reprint = c.snip(f"For a reprint of this article, please contact reprints@{pub.host}.")
    tip = c.snip(f"Have a story idea for {s.section}? Reach us at tips@{pub.host}.")
    lines += [
        '<aside class="case-info"><h3>Case Information</h3><dl>',
        *[f"<dt>{esc(label)}</dt>\n<dd>{esc(value)}</dd>" for label, value in box],
        "</dl></aside>",
        f'<p class="reprints">{esc(reprint)}</p>',
        f'<p class="tip-line">{esc(tip)}</p>',
        "</article>",
        '<section class="related-articles"><h3>Related Articles</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a> <span class="date">{_long(o.published)}'
          "</span></li>" for o in others[2:6]],
        "</ul></section>",
        "</div>",
    ]
    letter = c.snip(f"Get the latest {s.section} news delivered to your inbox every weekday.")
    lines += [
        '<aside class="col-side">',
        f'<div class="newsletter-box"><h3>{esc(s.section)} Newsletter</h3><p>{esc(letter)}</p>'
        '<input type="email" placeholder="Email address"><button>Sign Up</button></div>',
        '<div class="most-read"><h3>Most Read</h3><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[6:11]],
        "</ol></div>",
        "</aside>",
        "</div></main>",
    ]
    owner = c.stable("lg-owner").choice(SURNAMES["en"])
    c.snip(" ".join(LG_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in LG_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'{pub.name} is published by {owner} Legal Media Group.'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-consent", "Accept All Cookies")


def _ag_stamp(dt: datetime) -> str:
    """ "March 7 2026 - 2:30pm"."""
    return f"{MONTHS['en'][dt.month - 1]} {dt.day} {dt.year} - {_clock(dt, upper=False)}"


AG_TICKERS = {
    "us": (("CBOT Wheat", 520, 640), ("CBOT Corn", 410, 480), ("CBOT Soybeans", 980, 1180),
           ("CME Live Cattle", 180, 205), ("CME Feeder Cattle", 240, 290)),
    "ca": (("ICE Canola", 610, 720), ("CBOT Wheat", 520, 640), ("CME Feeder Cattle", 240, 290),
           ("Alberta Fed Steers", 215, 245)),
    "uk": (("London Feed Wheat", 175, 215), ("Paris Rapeseed", 430, 490), ("Deadweight Steers R4L", 480, 520),
           ("SQQ Lamb Price", 690, 810)),
    "ie": (("Feed Barley Nov", 180, 230), ("Steers R3 base", 520, 580), ("Heifers R3 base", 530, 590),
           ("Spec Lamb Quote", 760, 840)),
    "au": (("Eastern Young Cattle Indicator", 580, 690), ("National Trade Lamb Indicator", 760, 990),
           ("APW1 Wheat Port Kembla", 340, 400), ("Canola Geelong", 680, 760)),
    "nz": (("Prime Steer (per kg)", 6.2, 7.4), ("Lamb 17kg (per kg)", 7.8, 9.6),
           ("Milk Price Forecast", 9.2, 10.4), ("Feed Barley (per tonne)", 400, 480)),
    "za": (("Safex White Maize", 4100, 5200), ("Safex Yellow Maize", 3900, 4800),
           ("Weaner Calves (R/kg)", 46, 58), ("Lamb A2 (R/kg)", 120, 145)),
    "in": (("Wheat MSP Rate", 2200, 2500), ("Mustard Jaipur", 5400, 6100), ("Cotton Rajkot", 6700, 7600),
           ("Basmati 1121 Karnal", 3900, 4600)),
}


def render_agri_weekly_markets(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    f = _retitle(c, _ag_plan)
    for k, o in enumerate(c.others):
        o.section = AG_SECTIONS[_ag_kind(c, k)]
    c.repath(lambda o: f"/story/{c.stable(f'ag-id-{o.published}').randint(8000000, 9099999)}/"
                       f"{_aslug(o.title)[:80].strip('-')}/")
    blocks, sentences, dek, table = _ag_text(c, f)
    s.blocks, s.sentences = blocks, sentences
    farm: Farm = f["farm"]
    place = _place(c)
    url = c.url()
    story_id = s.path.split("/")[2]
    ur = c.stable(f"ag-upd-{s.title}")
    updated = d + timedelta(minutes=ur.randint(30, 1500)) if ur.random() < 0.45 else None
    tags = [s.section, _cap(f["crop"]) if f["kind"] in ("crop", "prices") else place, f["region"]]
    parsely = {"title": s.title, "link": url, "type": "post", "author": s.author.name,
               "post_id": f"story-{story_id}", "pub_date": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "section": s.section, "tags": tags}
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta name="parsely-page" content="{esc(json.dumps(parsely, ensure_ascii=False))}">',
        f'<link rel="canonical" href="{esc(url)}">',
        "</head>",
        f'<body class="story-page story-{story_id}">',
    ]
    # the markets strip: the prices of the moment (different on every page)
    note = c.snip("Prices delayed by at least 10 minutes")
    strip: list[str] = []
    for name, lo, hi in AG_TICKERS[farm.key]:
        value = c.rng.uniform(lo, hi)
        move = c.rng.uniform(-0.015, 0.015) * value
        dec = 2 if hi < 20 else 1 if hi < 1000 else 0
        text = f"{name} {value:,.{dec}f} {'▲' if move >= 0 else '▼'}{abs(move):,.{dec}f}"
        arrow, way = ("▲", "up") if move >= 0 else ("▼", "down")
        strip.append(f'<li><span class="name">{esc(name)}</span> <span class="value">{value:,.{dec}f}</span> '
                     f'<span class="{way}">{arrow}{abs(move):,.{dec}f}</span></li>')
        c.snip(text)
    wr = c.stable(f"ag-w-{d.date()}")
    temp = wr.randint(40, 95) if farm.rain == "inches" else wr.randint(4, 36)
    weather = c.snip(f"{place} {temp}° {wr.choice(('Partly cloudy', 'Sunny', 'Showers', 'Fine and dry'))}")
    lines += [
        '<div class="markets-strip"><span class="label">Markets</span><ul>',
        *strip,
        f'</ul><span class="note">{esc(note)}</span></div>',
        '<header class="site-header">',
        f'<a class="brand" href="/">{esc(pub.name)}</a>',
        f'<div class="weather-mini"><a href="/weather/">{esc(weather)}</a></div>',
        '<div class="account"><a href="/subscribe/">Subscribe</a> <a href="/login/">Sign in</a> '
        "<a href=\"/epaper/\">Today's Paper</a></div>",
        '<nav class="main-nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in AG_MENU],
        "</ul></nav>",
        "</header>",
    ]
    c.snip(" ".join(AG_MENU[:5]))
    shown = _ag_stamp(d)
    if updated:
        first = _clock(d, upper=False) if updated.date() == d.date() else shown
        shown = f"Updated {_ag_stamp(updated)}, first published {first}"
    c.snip(shown)
    cr = c.stable(f"ag-cap-{s.title}")
    cap = cr.choice(AG_CAPTIONS).format(place=f["place"])
    credit = "Picture supplied" if cr.random() < 0.3 else f"Picture by {prose_for('en', cr).person()}"
    c.snip(f"{cap} {credit}")
    lines += [
        '<main class="container"><article class="story">',
        f'<div class="kicker"><a href="/{_aslug(s.section)}/">{esc(s.section)}</a></div>',
        f'<h1 class="story-headline">{esc(s.title)}</h1>',
        f'<p class="standfirst">{esc(dek)}</p>',
        f'<div class="byline"><span class="author">By <a href="/profile/{_aslug(s.author.name)}/">'
        f'{esc(s.author.name)}</a></span> <span class="date">{esc(shown)}</span></div>',
        '<figure class="lead-image"><img '
        f'src="/images/transform/v1/crop/frm/{_hex(c.rng, 20)}.jpg/r0_0_4000_2250'
        f'_w1200_h678_fmax.jpg" alt=""><figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span>'
        "</figcaption></figure>",
    ]
    # the text: paragraphs, the table, the list, the farm facts box
    body: list[str] = []
    items: list[str] = []
    rows: list[str] = []
    facts: list[str] = []
    for tag, text in [*blocks, ("end", "")]:
        if tag != "li" and items:
            body.append('<ul class="story-list">\n' + "\n".join(items) + "\n</ul>")
            items = []
        if tag != "row" and rows:
            head, *rest = rows
            body.append('<figure class="table-wrap"><table class="story-table">\n<thead>' + head
                        + "</thead>\n<tbody>" + "\n".join(rest) + "</tbody>\n</table></figure>")
            rows = []
        if tag != "fact" and facts:
            body.append('<aside class="farm-facts"><h4>Farm facts</h4>\n<ul>\n' + "\n".join(facts)
                        + "\n</ul></aside>")
            facts = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "li":
            items.append(f"<li>{esc(text)}</li>")
        elif tag == "fact":
            facts.append(f"<li>{esc(text)}</li>")
        elif tag == "row":
            cells = table[len(rows)]
            cell = "th" if not rows else "td"
            rows.append("<tr>" + " ".join(f"<{cell}>{esc(x)}</{cell}>" for x in cells) + "</tr>")
    # what goes between the paragraphs: after a paragraph that a table or a list does not follow
    free = [i for i, x in enumerate(body)
            if x.startswith("<p>") and (i + 1 == len(body) or body[i + 1].startswith("<p>"))]
    others = c.pick_others(12)
    inserts: dict[int, list[str]] = {}
    for k, o in zip((1, 4), others[:2], strict=False):
        c.snip(f"Read more: {o.title}")
        inserts.setdefault(free[min(k, len(free) - 1)], []).append(
            f'<p class="read-more"><strong>Read more:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a>'
            "</p>")
    promo = c.snip(f"Get the latest {s.section.lower()} news and market reports from {pub.name} in your "
                   "inbox. Sign up "
                   "to our free newsletter.")
    inserts.setdefault(free[min(2, len(free) - 1)], []).append(
        f'<div class="newsletter-promo"><p>{esc(promo)}</p><input type="email"><button>Sign up</button>'
        "</div>")
    inserts.setdefault(free[min(3, len(free) - 1)], []).append(
        '<div class="ad-slot"><span>Advertisement</span></div>')
    lines.append('<div class="story-body">')
    for i, x in enumerate(body):
        lines.append(x)
        lines += inserts.get(i, [])
    lines.append("</div>")
    c.snip("More on: " + " ".join(tags))
    lines += [
        '<div class="story-tags"><span>More on:</span> '
        + " ".join(f'<a href="/topic/{_aslug(x)}/">{esc(x)}</a>' for x in tags) + "</div>",
        _share_bar(c, "share-tools"),
    ]
    if c.has("bio"):  # the site's own bio of the author, the same on every page
        first, last = s.author.name.split(" ", 1)
        beat = c.stable(f"ag-beat-{s.author.name}").choice(AG_BEATS)
        bio = c.snip(f"{s.author.name} covers {beat} for {pub.name}. Contact {first} at "
                     f"{_aslug(first)}.{_aslug(last)}@{pub.host}.")
        lines.append(f'<div class="author-card"><h4>{esc(s.author.name)}</h4><p>{esc(bio)}</p></div>')
    lines.append("</article>")
    more = c.snip(f"More from {s.section}")
    lines += [
        f'<section class="more-from"><h2>{esc(more)}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:6]],
        "</ul></section>",
        '<aside class="sidebar"><div class="most-popular"><h3>Most Popular</h3><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[6:11]],
        "</ol></div>",
        '<div class="partner-content"><h3>From our partners</h3><span class="sponsored">Sponsored</span><ul>',
        *[f'<li><a href="/partner/{_aslug(x)}/">{esc(c.snip(x))}</a></li>'
          for x in c.stable(f"ag-partners-{d.date()}").sample(AG_PARTNERS, 2)],
        "</ul></div></aside>",
        "</main>",
    ]
    group = c.stable("ag-group").choice(SURNAMES["en"])
    c.snip(" ".join(AG_FOOTER))
    lines += [
        '<footer class="site-footer">',
        f"<p>{esc(c.snip(f'{pub.name} is part of the {group} Rural Media network.'))}</p>",
        "<ul>" + "\n".join(f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in AG_FOOTER) + "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-notice", "Got it")


# --- radio-station-news ------------------------------------------------------------------------

RD_MENU = ("News", "Weather", "Traffic", "Sports", "Shows", "Podcasts", "Contests", "Events", "Contact")
RD_ARTISTS = ("The Maple Reeds", "Kelsey Dune", "Northbound", "Harper & Vale", "Silver Pines", "Jody Marsh",
              "The Long Weekends", "Cassidy Rhodes")
RD_SONGS = ("Back Roads", "Summer Static", "Heart of the Valley", "Midnight Radio", "Fading Lights",
            "Long Way Home", "Gravel and Gold", "Neon Rain")
RD_SHOWS = ("The Morning Show", "Midday", "The Afternoon Drive", "The Evening News Hour", "Talk Back",
            "The Weekend Edition")
RD_WIRES = {"America/St_Johns": "The Canadian Press", "Europe/London": "PA Media",
            "Europe/Dublin": "PA Media",
            "Australia/Sydney": "AAP", "Pacific/Auckland": "RNZ", "Asia/Kolkata": "PTI",
            "Africa/Johannesburg": "News24"}
RD_CAPTIONS = ("The scene in {place} on {wd}.", "{place} town hall.", "Crews at work in {place}.",
               "Downtown {place} in a file photo.")
RD_CONTESTS = ("Win a family pass to the {place} Show", "Win tickets to see {artist} live",
               "Win a weekend getaway for two", "Win a year of free fuel")
_US_ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _rd_stamp(dt: datetime, north_american: bool) -> str:
    """ "Saturday, March 7th 2026, 2:30 PM" (North America), "Saturday 7th March 2026, 2:30pm"."""
    month = MONTHS["en"][dt.month - 1]
    if north_american:
        return f"{EN_DAYS[dt.weekday()]}, {month} {_ordinal(dt.day)} {dt.year}, {_clock(dt)}"
    return f"{EN_DAYS[dt.weekday()]} {_ordinal(dt.day)} {month} {dt.year}, {_clock(dt, upper=False)}"


def _rd_station(c: Ctx) -> tuple[str, str]:
    """The station's slug in its URLs (a call sign in North America) and its dial position ("980 AM")."""
    r = c.stable("rd-call")
    letters = "".join(r.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))
    tz = c.pub.tz
    call = (("W" if tz in _US_ZONES[:2] else "K") + letters if tz in _US_ZONES
            else "VO" + letters[:2] if tz == "America/St_Johns" else "")
    m = re.search(r"\d+(?:\.\d)?", c.pub.name)
    freq = m.group(0) if m else str(r.choice((580, 680, 1010, 1290)))
    band = "AM" if "." not in freq and int(freq) >= 530 else "FM"
    return (call.lower() or _aslug(c.pub.name)), f"{freq} {band}"


def _rd_paras(c: Ctx) -> None:
    """Radio paragraphs: each of one or two sentences, then the shortest neighbours merged again until
    the text has 14 lines of more than six words at most (and 900 words)."""
    s = c.story
    r = c.stable(f"rd-split-{s.title}")
    blocks: list[tuple[str, str]] = []
    sents: list[list[str]] = []
    for (tag, text), ss in zip(s.blocks, s.sentences, strict=True):
        if tag != "p":
            blocks.append((tag, text))
            sents.append(ss)
            continue
        i = 0
        while i < len(ss):
            k = r.choice((1, 2, 2))
            blocks.append(("p", " ".join(ss[i:i + k])))
            sents.append(ss[i:i + k])
            i += k
    while sum(1 for _, t in blocks if _words(t) > 6) > 14:
        pairs = [i for i in range(len(blocks) - 1) if blocks[i][0] == blocks[i + 1][0] == "p"]
        i = min(pairs, key=lambda i: _words(blocks[i][1]) + _words(blocks[i + 1][1]))
        sents[i] = sents[i] + sents[i + 1]
        blocks[i] = ("p", " ".join(sents[i]))
        del blocks[i + 1], sents[i + 1]
    s.blocks, s.sentences = blocks, sents
    _trim(s)


def render_radio_station_news(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    call, dial = _rd_station(c)
    c.repath(lambda o: f"/{call}/news/{_aslug(o.title)[:80].strip('-')}-1."
                       f"{c.stable(f'rd-id-{o.published}').randint(10**7, 10**8 - 1)}?mode=Article")
    _rd_paras(c)
    north = pub.tz in _US_ZONES or pub.tz == "America/St_Johns"
    talk = "News" in pub.name or "Today" in pub.name
    place = _place(c)
    url = c.url()
    canonical = url.split("?", 1)[0]
    r = c.stable(f"rd-{s.title}")
    host_r = c.stable(f"rd-host-{d.hour // 4}")
    show, host = host_r.choice(RD_SHOWS), prose_for("en", host_r).person()
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | News | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(canonical)}">',
        "</head>",
        f'<body class="station-{esc(call)} page-article">',
    ]
    # the player bar: what is on air or playing when the page was served
    if talk:
        on_air = c.snip(f"On Air: {show} with {host}")
    else:
        on_air = c.snip(f"Now Playing: {c.rng.choice(RD_ARTISTS)} - {c.rng.choice(RD_SONGS)}")
    listen = c.snip(f"Listen Live to {pub.name}")
    lines += [
        '<div id="player-bar" class="listen-live">',
        f'<button class="play" aria-label="Play">&#9654;</button> <a href="/listen/">{esc(listen)}</a>',
        f'<span class="now">{esc(on_air)}</span>',
        "</div>",
        '<header class="station-header">',
        f'<a class="logo" href="/{esc(call)}/"><img src="/{esc(call)}/images/logo.svg" '
        f'alt="{esc(pub.name)}"></a>',
        f'<span class="dial">{esc(dial)}</span>',
        '<nav class="station-nav"><ul>',
        *[f'<li><a href="/{esc(call)}/{_aslug(x)}">{esc(x)}</a></li>' for x in RD_MENU],
        "</ul></nav>",
        "</header>",
    ]
    c.snip(" ".join(RD_MENU[:5]))
    posted = c.snip(f"Posted {_rd_stamp(d, north)}")
    updated = d + timedelta(minutes=r.randint(20, 400)) if r.random() < 0.3 else None
    lines += [
        '<main class="content"><article class="news-article">',
        f'<div class="category-label"><a href="/{esc(call)}/news">Local News</a></div>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<div class="article-meta"><span class="author">{esc(s.author.name)}</span> '
        f'<span class="posted"><time datetime="{d.replace(tzinfo=None).isoformat(timespec="seconds")}">'
        f"{esc(posted)}</time></span>",
    ]
    if updated:
        later = c.snip(f"Last Updated {_rd_stamp(updated, north)}")
        lines.append(f'<span class="updated">{esc(later)}</span>')
    lines.append("</div>")
    speaker = prose_for("en", r).person()
    if r.random() < 0.5:
        label = c.snip(f"LISTEN: {speaker} speaks with {host} on {show}")
        secs = r.randint(60, 600)
        lines.append(f'<div class="audio-player lead-audio"><button aria-label="Play">&#9654;</button> '
                     f'<span class="label">{esc(label)}</span> <span '
                     f'class="duration">{secs // 60}:{secs % 60:02d}'
                     "</span></div>")
    else:
        cap = r.choice(RD_CAPTIONS).format(place=place, wd=EN_DAYS[d.weekday()])
        credit = r.choice(("(File photo)", f"(Photo: {pub.short}/{prose_for('en', r).person()})",
                           f"(Photo courtesy of the {EnglishProse(r).org()})"))
        c.snip(f"{cap} {credit}")
        img = f"/{esc(call)}/images/{_hex(c.rng, 16)}.jpg"
        lines.append(f'<figure class="lead-image"><img src="{img}" alt="">'
                     f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span>'
                     "</figcaption></figure>")
    body: list[str] = []
    for tag, text in s.blocks:
        body.append(f"<p>{c.inline(text)}</p>" if tag == "p" else f"<h2>{esc(text)}</h2>")
    others = c.pick_others(10)
    inserts: list[tuple[int, str]] = []
    if c.stable("rd-readmore").random() < 0.7:
        for k, o in zip((2, 6), others[:2], strict=False):
            c.snip(f"READ MORE: {o.title}")
            inserts.append((k, '<p><strong>READ MORE:</strong> <a '
                               f'href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    if r.random() < 0.4:
        clip = c.snip(f"AUDIO: {prose_for('en', r).person()} tells {pub.short} News what happens next")
        secs = r.randint(20, 180)
        inserts.append((3, '<div class="audio-player inline-audio"><button '
                           'aria-label="Play">&#9654;</button> '
                           f'<span class="label">{esc(clip)}</span> <span class="duration">{secs // 60}:'
                           f"{secs % 60:02d}</span></div>"))
    lines += ['<div class="article-body">', *_insert_after(body, "<p>", inserts)]
    if r.random() < 0.35:
        wire = RD_WIRES.get(pub.tz, "The Associated Press")
        lines.append(f"<p><em>{esc(c.snip(f'-- With files from {wire}'))}</em></p>")
    lines.append("</div>")
    pr = c.stable("rd-phone")
    phone = (f"{pr.randint(200, 989)}-555-01{pr.randint(10, 99)}" if north
             else f"0{pr.randint(100, 999)} 555 01{pr.randint(10, 99)}")
    tip = c.snip(f"Have a news tip? Call the {pub.name} newsroom at {phone} or email news@{pub.host}.")
    lines += [f'<div class="news-tip"><p>{esc(tip)}</p></div>', _share_bar(c, "share-this"), "</article>"]
    # the sidebar: the schedule or what was played, a contest, the app
    lines.append('<aside class="station-sidebar">')
    if talk:
        c.snip("On Air Today")
        lines += ['<div class="schedule"><h3>On Air Today</h3><ul>',
                  *[f"<li><span>{t}</span> {esc(x)}</li>"
                    for t, x in zip(("5:00 AM", "9:00 AM", "12:00 PM", "3:00 PM"), RD_SHOWS, strict=False)],
                  "</ul></div>"]
    else:
        played = [f"{c.rng.choice(RD_ARTISTS)} - {c.rng.choice(RD_SONGS)}" for _ in range(4)]
        lines += ['<div class="recently-played"><h3>Recently Played</h3><ol>',
                  *[f"<li>{esc(c.snip(x))}</li>" for x in played], "</ol></div>"]
    contest = c.stable(f"rd-contest-{d.isocalendar()[1]}").choice(RD_CONTESTS).format(
        place=place, artist=c.stable("rd-artist").choice(RD_ARTISTS))
    app = c.snip(f"Listen anywhere with the free {pub.name} app")
    lines += [
        f'<div class="contest-promo"><h3>{esc(c.snip(contest))}</h3><a href="/{esc(call)}/contests">Enter '
        'Now</a>'
        "</div>",
        f'<div class="app-promo"><p>{esc(app)}</p></div>',
        "</aside>",
        f'<section class="more-news"><h2>{esc(c.snip("More Local News"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ul></section>",
        "</main>",
    ]
    links: tuple[str, ...]
    if pub.tz in _US_ZONES:
        links = ("FCC Public File", "EEO Public File", "Contest Rules", "Privacy Policy", "Terms of Use",
                 "Accessibility")
    elif pub.tz == "America/St_Johns":
        links = ("Contest Rules", "CRTC Complaints", "Accessibility", "Privacy Policy", "Terms of Use")
    else:
        links = ("Competition Terms", "Complaints", "Accessibility", "Privacy Policy", "Cookie Policy")
    c.snip(" ".join(links))
    group = c.stable("rd-group").choice(SURNAMES["en"])
    lines += [
        '<footer class="station-footer"><ul>',
        *[f'<li><a href="/{esc(call)}/{_aslug(x)}">{esc(x)}</a></li>' for x in links],
        "</ul>",
        f"<p>{esc(c.snip(f'{pub.name} is part of {group} Broadcasting.'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-bar", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "el-perifereiaki-wp": render_el_perifereiaki_wp,
    "legal-docket-wire": render_legal_docket_wire,
    "agri-weekly-markets": render_agri_weekly_markets,
    "radio-station-news": render_radio_station_news,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.byre_families import _retitle  # noqa: E402
from pipeline.synth.kiln_families import _fit  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _hex,
    _insert_after,
    _place,
    _share_bar,
    _trim,
    register_language,
)
from pipeline.synth.prose import SURNAMES, EnglishProse, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, _j, _words, esc  # noqa: E402
from pipeline.synth.shed_families import _listify, _quotify  # noqa: E402

# Greek joins the registries (new keys only)
register_language(
    "el",
    first_names=EL_FIRST_M + EL_FIRST_F,
    surnames=tuple(m for m, _ in EL_SURNAMES) + tuple(f for _, f in EL_SURNAMES),
    prose=GreekProse,
    ui=EL_UI,
    months=EL_MONTHS,
    zones=EL_ZONES,
    place_forms=EL_PLACE_FORMS,
)
