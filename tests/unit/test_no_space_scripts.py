"""Scripts written without spaces between words (Chinese, Japanese, Thai): the rules that count
words count the words such a run holds, not one per run, so a paragraph of Chinese is prose and a
sentence repeated as a pull quote is long enough to be one. For text without such runs every count
is `str.split()`'s (or TOKEN_RE's), as before."""

from __future__ import annotations

import pytest

from pipeline.extract.core import extract_html
from pipeline.extract.lines import TOKEN_RE, token_count, word_count


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
