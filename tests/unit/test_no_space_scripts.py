"""Scripts written without spaces between words (Chinese, Japanese, Thai): the rules that count
words count the words such a run holds, not one per run, so a paragraph of Chinese is prose and a
sentence repeated as a pull quote is long enough to be one. For text without such runs every count
is `str.split()`'s (or TOKEN_RE's), as before."""

from __future__ import annotations

import pytest

from pipeline import evaluation
from pipeline.extract.core import extract_html
from pipeline.extract.lines import SENTENCE_END_RE, TOKEN_RE, norm, token_count, word_count


@pytest.mark.parametrize("text", ["Hello big world", "Ça va très bien, merci", "Österreichs Regierung — heute",
                                  "서울시는 7일 새 도서관을 열었다", "Москва, 7 марта", ""])
def test_counts_are_the_usual_ones_without_such_scripts(text: str) -> None:
    assert word_count(text) == len(text.split())
    assert token_count(text) == len(TOKEN_RE.findall(text))


def test_a_run_counts_the_words_it_holds() -> None:
    assert word_count("関連記事") == 2  # four characters, two words
    assert word_count("東京都は3日、新しい図書館を開くと発表した。") >= 8  # a sentence, not one word
    assert word_count("iPhone 17の発売日") == 4  # Latin words count as before, the run after them too
    assert word_count("「市が発表」") == 2  # the script's punctuation is no word
    assert word_count("กรุงเทพมหานคร ประกาศ") == 5  # Thai: about five characters a word
    assert token_count("関連：新図書館が来春開館へ") == 6



@pytest.mark.parametrize("line", [
    "“Flood warning” for the valley", "“Quoted words”: a label of five?", "関連記事", "Read more: “The bridge” reopens",
    "東京都は3日、新しい図書館を開くと発表した", "กรุงเทพมหานคร ประกาศ", "Đọc thêm", "“" + "word " * 40,
    "“One two three four five six”", "“One two three four five six seven”"])
def test_a_label_is_told_by_its_opening_as_by_its_whole(line: str) -> None:
    """_is_label counts a long line's opening first: it tells labels as counting the whole does."""
    from pipeline.extract.lines import _is_label

    s = line.strip().rstrip(".…:")
    words = token_count(s)
    assert _is_label(line) == (0 < words <= 6 and not SENTENCE_END_RE.search(s))


ZH = [
    "市政府七日宣布，位于老城区的新图书馆将于明年春天正式开放，预计每年可接待读者超过五十万人次。",
    "据介绍，新馆建筑面积约两万平方米，设有儿童阅览区、数字资源中心和多功能报告厅，藏书规模将达到一百二十万册。",
    "市文化局负责人表示，图书馆开放后将延长服务时间，工作日晚间开放至九点，周末全天开放，方便上班族和学生使用。",
    "不少市民对此表示期待。家住附近的王女士说，过去借书需要坐半个小时的公交车，以后步行十分钟就能到达。",
]


def test_a_chinese_pull_quote_repeating_a_sentence_of_the_text_goes() -> None:
    """A pull quote set amid the text repeats a sentence of a paragraph: in Chinese that sentence is
    one "word" to `str.split()`, so it was never long enough to be taken for a pull quote."""
    quote = "过去借书需要坐半个小时的公交车，以后步行十分钟就能到达。"
    paragraphs = "".join(f"<p>{p}</p>" for p in ZH[:2]) + f"<blockquote>{quote}</blockquote>" + "".join(
        f"<p>{p}</p>" for p in ZH[2:])
    page = (f"<html lang='zh-CN'><head><title>新图书馆明年春天开放</title></head><body><article>"
            f"<h1>新图书馆明年春天开放</h1>{paragraphs}</article></body></html>")
    result = extract_html(page, "http://news.example.cn/a/20260307/123456.shtml")
    assert result is not None
    assert result.body.split("\n") == ZH
    assert any(r.rule.startswith("repeat:") and quote in r.text for r in result.removed)


def test_a_chinese_photo_credit_line_goes() -> None:
    """A picture set amid the text with its caption in the same paragraph, the photographer credited
    the Chinese way ("（… 摄）": photographed by, after the name), goes as an English "(Photo: …)" does."""
    caption = "图为施工现场。（临州晚报 郭秀英 摄）"
    page = (f"<html lang='zh-CN'><head><title>新图书馆明年春天开放</title></head><body><article>"
            f"<h1>新图书馆明年春天开放</h1><p>{ZH[0]}</p><p>{ZH[1]}</p><p class='pictext'><img src='/a.jpg'>"
            f"<br>{caption}</p><p>{ZH[2]}</p><p>{ZH[3]}</p></article></body></html>")
    result = extract_html(page, "http://news.example.cn/a/20260307/123457.shtml")
    assert result is not None
    assert result.body.split("\n") == ZH


FA = ["شهردار رشت می\u200cگوید نمایندگان مجلس طرح ساماندهی دستفروشان را متوقف کرده\u200cاند و کار ادامه دارد.",
      "تاکنون ۵۳۵۰ نفر از ساکنان طوماری را در مخالفت با طرح امضا کرده\u200cاند. در گرگان اما هنوز تغییری در "
      "وضعیت ایجاد نشده است و شورای شهر روز سه\u200cشنبه دوباره تشکیل جلسه می\u200cدهد.",
      "فاطمه مرادی، رئیس اتاق بازرگانی، گفت: «نمی\u200cتوانیم این تصمیم را بیش از این به تعویق بیندازیم». "
      "عملیات اجرایی این پروژه حدود ۲۲ ماه طول می\u200cکشد."]


def test_the_zero_width_non_joiner_of_persian_is_kept() -> None:
    """Persian writes its half space as a zero-width non-joiner (U+200C), which trafilatura drops as
    unprintable ("می‌گوید" became "میگوید", another spelling): the body and the title keep it."""
    title = "شهردار رشت می\u200cگوید طرح متوقف شد"
    page = (f"<html lang='fa' dir='rtl'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in FA) + "</article></body></html>")
    result = extract_html(page, "http://khabar.example/news/1404101547170/")
    assert result is not None
    assert result.body.split("\n") == FA
    assert result.title == title
    assert "\u2e4e" not in result.body + "".join(r.text for r in result.removed)


def test_an_authors_bio_in_a_script_without_case_closes_the_text() -> None:
    """A name in Hebrew has no capital letters: the author the page names is still an author, and
    the bio opening with the name after the text goes."""
    he = ["העירייה הודיעה ביום שלישי על תוכנית חדשה לשיפוץ הרחוב הראשי, שתימשך כשנה וחצי ותעלה כעשרים מיליון שקל.",
          "התושבים ביקשו להבטיח חניה חלופית בזמן העבודות, וראש העיר אמר כי הנושא ייבחן בישיבת המועצה הקרובה.",
          "לדברי מהנדס העיר, העבודות יתבצעו בשלבים כדי לצמצם את הפגיעה בעסקים הקטנים שלאורך הרחוב."]
    bio = "עומר מזרחי, מערכת iElah. סיקור השלטון המקומי; מידע ופניות לכתובת המערכת."
    page = ("<html lang='he' dir='rtl'><head><title>שיפוץ הרחוב הראשי</title>"
            "<meta name='author' content='עומר מזרחי'></head><body><article><h1>שיפוץ הרחוב הראשי</h1>"
            + "".join(f"<p>{p}</p>" for p in he)
            + f"<div class='writer-box'><b>עומר מזרחי</b><p>{bio}</p></div></article></body></html>")
    result = extract_html(page, "http://ielah.example/news/article/mHnVJeqFQ")
    assert result is not None
    assert result.body.split("\n") == he


@pytest.mark.parametrize("sentence", ["नगर निगम ने नई योजना की घोषणा की।", "পৌরসভা নতুন পরিকল্পনা ঘোষণা করেছে।",
                                      "هل توافق الحكومة على الخطة؟", "Սա նորություն է։", "ይህ ዜና ነው።",
                                      "市政府七日宣布新计划。", "The council approved the plan."])
def test_a_sentence_ends_with_the_full_stop_of_its_script(sentence: str) -> None:
    assert SENTENCE_END_RE.search(sentence)
    assert not SENTENCE_END_RE.search(sentence[:-1])


def test_a_word_keeps_the_marks_of_its_letters() -> None:
    """Python's \\w leaves out combining marks, the vowel signs and viramas of Devanagari, Tamil,
    Khmer ...: "हिन्दी" was read as "ह न द". A word holds them."""
    assert norm("हिन्दी समाचार।") == "हिन्दी समाचार"
    assert TOKEN_RE.findall("மேலும் படிக்க") == ["மேலும்", "படிக்க"]
    assert evaluation.TOKEN_RE.findall("हिन्दी 東京") == ["हिन्दी", "東", "京"]


@pytest.mark.parametrize(("label", "headline"), [
    ("READ MORE", "Council votes to close the harbour bridge to lorries"),
    ("អានបន្ថែម៖", "ក្រុមប្រឹក្សាក្រុង រិះគន់ ការសាងសង់អគារសិក្សាថ្មី ជាឯកច្ឆន្ទ"),
    ("මේවාත් කියවන්න", "කසුන් බණ්ඩාර: “මෙම ආයෝජනයෙන් මුළු නගරයටම ප්‍රයෝජන ලැබෙනවා”"),
])
def test_a_label_and_one_linked_headline_of_the_site_go(label: str, headline: str) -> None:
    """A paragraph of a label set apart and one link to another story of the site, whatever the
    label's language and with no separator a line rule could read, is a teaser; a label with a link
    elsewhere, a post's dated permalink and a photo credit in Sinhala stay or go as they should."""
    teaser = f"<p class='more'><strong>{label}</strong> <a href='/news/341683/other'>{headline}</a></p>"
    kept = ["<p><strong>Source</strong> <a href='https://stats.example.org/r/5'>Regional housing survey report "
            "for the year</a></p>", "<p><b>The Senate</b> <a href='/status/1'>October 9, 2018</a></p>"]
    paras = [PARAS_EN[0], teaser, PARAS_EN[1], *kept, "<p>Council meeting (ඡායාරූපය: සචිනි රත්නායක)</p>",
             PARAS_EN[2]]
    page = ("<html><head><title>Harbour bridge</title></head><body><article><h1>Harbour bridge</h1>"
            + "".join(p if p.startswith("<p") else f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    result = extract_html(page, "http://paper.example/news/1/harbour-bridge")
    assert result is not None
    assert headline not in result.body and "Council meeting" not in result.body
    assert "Regional housing survey report" in result.body and "October 9, 2018" in result.body
    assert all(p in result.body for p in PARAS_EN)


PARAS_EN = [
    "The county council voted on Tuesday to close the old harbour bridge to lorries from next month, after "
    "engineers found cracks in two of its supports during a routine inspection of the structure.",
    "Drivers will be sent along the ring road, which adds about twelve minutes to the journey for the "
    "hauliers who cross the river several times a day, the council's transport office said.",
    "Repairs are expected to take most of the summer. The council said it would publish a timetable for "
    "the work once a contractor had been chosen, probably in the spring.",
]
