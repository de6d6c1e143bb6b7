"""Four TARN template families for the synthetic publishers (see `pipeline.synth.publishers`).

"tarn" is a twenty-eighth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `TARN_FAMILIES`: the tarn families are
generated only by `generate_corpus("tarn")`, so every other corpus is as it was. The split is that of
the scripts written without spaces between words, and Korean. This module brings four new
languages, each with its grammar, names, place names (with their romanisation, which gives a site's
host name: `kit.register_language(romanizer=...)`), UI strings, month names and zone, added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded (new
keys only; nothing another language uses changes):
  * Japanese ("ja", `JapaneseProse`): the polite-neutral newspaper register (plain past "可決した",
    "〜という", "〜方針だ"), 「」 quotes followed by "と話した"/"と述べた", people named family
    name first without a space ("山田健太"), places with 市; headlines ending in a noun or "へ"
    with the actor after a space ("新庁舎の建設計画を可決 北川市議会");
  * Simplified Chinese ("zh", `ChineseProse`): the official-news register ("3月6日，临江市住建局召开
    新闻发布会……", "据……介绍", "下一步，……"), full-width punctuation, “”quotes, names of a
    one-character family name and a one- or two-character given name;
  * Korean ("ko", `KoreanProse`): eojeol separated by spaces, the topic/subject/object particles
    chosen by the final consonant of the word before them ("한빛시는", "청산시교육청은", "계획을"),
    the plain declarative past ("밝혔다"), quotes closed by "라고 말했다"; headlines with "…" and a
    comma after the actor;
  * Thai ("th", `ThaiProse`): no spaces between words, a space between phrases and sentences and
    around numbers ("กว่า 120 ล้านบาท"), no sentence-final punctuation, "กล่าวว่า" quotes, people
    with their title (นาย, นาง, นางสาว) before the given name and a space before the family name.

Word counts. Japanese, Chinese and Thai do not separate words by spaces, so `len(text.split())`
means nothing for them; `publishers._words` (which the story generator and `Ctx.snip` use) and
`tests.synthtruth.words` count a whitespace token with Han or kana letters as one word per two such
characters and one with Thai letters as one word per six Thai characters (rounded up). Text with none
of those letters (every other split's) counts as it always did. Korean separates its words and is
counted by its spaces. The usual thresholds then hold in that count: a snippet has four words or more
(seven CJK characters, about 19 Thai characters), a body line of six words or fewer is a subheading,
a body has 250-900 words. Chinese and Japanese paragraphs join their sentences without a space.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a list inside the text is body, one line per item; a photo's caption and
credit are boilerplate; a standfirst under the headline is neither. The choices each family makes for
the debatable parts:
  * ja-chiho-shimbun: a Japanese regional newspaper's site: the text and its <h2> subheadings are
    body; the lead summary under the headline (<p class="lead">, on some sites) is neither; on a
    member-only page (会員限定) only the paragraphs shown before the paywall are body (the rest is
    not on the page), and the "この記事は会員限定です" box, with its "残りN文字（全文M文字）" line,
    is boilerplate; the reporter box after the text (the name with its furigana in <ruby>, "記者",
    the profile) is boilerplate (the profile is a snippet; the ruby name is neither: its reading is
    part of its visible text), and so are the photo caption (“説明＝日付、場所”, with the
    photographer), 関連記事 headlines, the share bar, アクセスランキング, the app call, the
    footer's links, the no-reprint notice and the copyright line;
  * zh-portal-news: a simplified-Chinese portal's news channel: the text (its first paragraph's
    "本报讯（记者 …）" lead-in included, on the sites that print one: it is the paper's own
    dateline, part of the article as published) and its <h3> subheadings are body, the paragraphs'
    full-width-space indent is whitespace; the "当前位置" breadcrumb, the info line (time, "来源：",
    "作者："), a photo's caption amid the text (<p class="pictext">), "【责任编辑：… 终审：…】", the
    reprint statement, the share bar, 相关阅读 and 热门推荐, the app-download call and the footer
    (links, copyright, ICP licence, 举报 line) are boilerplate;
  * ko-ilbo-digital: a Korean daily on an ndsoft-like CMS: the paragraphs and <h4> subheadings
    inside the article div are body; inside that same div the photo caption, the "[관련기사]"
    lines amid the text and the closing "매체 이름 기자 email" byline are boilerplate; so are the
    "저작권자 © … 무단전재 및 재배포 금지" line, the reporter box and "… 기자의 다른 기사", the
    share bar, 많이 본 뉴스, the header's date line and the footer (registration numbers, publisher,
    copyright);
  * th-khao-online: a Thai news site: the paragraphs and <h2> subheadings are body, and a
    bulleted list inside the text on some pages, one line per item; the "อ่านข่าว :" lines amid
    the text and the closing "ติดตามข่าวสาร…" follow call inside the content div are boilerplate,
    and so are the photo caption with its credit, the LINE/Facebook share bar, the tag list,
    ข่าวที่เกี่ยวข้อง, ข่าวยอดนิยม, the cookie notice and the footer; the view counter is neither.

Families (language; date source; URL and <title> forms):
  tarn  ja-chiho-shimbun  ja; article:published_time with +09:00 or JSON-LD datePublished with
                          offset, and the visible "2026年3月7日 14時30分" (in a <time datetime>
                          on some sites); paths /articles/-/<id> or
                          /news/<section>/<yyyymm>/<10-digit id>.shtml; <title> "T｜Site" or
                          "T - Site"
  tarn  zh-portal-news    zh; article:published_time with +08:00, or only a naive Baidu
                          "cambrian" JSON-LD pubDate, with the visible "2026-03-07 14:30" (or
                          "2026年03月07日 14:30"); paths /a/<yyyymmdd>/<6 digits>.shtml or
                          /news/<yyyy-mm-dd>/doc-i<15 letters and digits>.shtml; <title>
                          "T_新闻中心_Site" or "T-Site"
  tarn  ko-ilbo-digital   ko; article:published_time with +09:00 (and JSON-LD on some sites), the
                          visible "입력 2026.03.07 14:30"; paths /article/<yyyymmdd><5 digits> or
                          /news/articleView.html?idxno=<n>; <title> "T < Section < 기사본문 - Site"
                          or "T - Site"
  tarn  th-khao-online    th; article:published_time with +07:00 or JSON-LD datePublished, the
                          visible Buddhist-era "7 มี.ค. 2569 14:30 น."; paths
                          /<percent-encoded Thai section>/<id> or /<percent-encoded Thai slug of
                          the headline>/; <title> "T - Site" or "T | Site"
"""

from __future__ import annotations

import random
import urllib.parse
from functools import cache

from pipeline.synth.prose import Prose

FAMILIES: dict[str, str] = {
    "ja-chiho-shimbun": "tarn",
    "zh-portal-news": "tarn",
    "ko-ilbo-digital": "tarn",
    "th-khao-online": "tarn",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ja-chiho-shimbun": "ja",
    "zh-portal-news": "zh",
    "ko-ilbo-digital": "ko",
    "th-khao-online": "th",
}
# (site-name form, its romanisation); "{p}" is the place
JA_FORMS = (("{p}新聞", "{p} shimbun"), ("{p}新報", "{p} shimpo"), ("{p}日報", "{p} nippo"),
            ("{p}民報", "{p} minpo"), ("{p}日日新聞", "{p} nichinichi"), ("{p}タイムス", "{p} times"))
ZH_FORMS = (("{p}新闻网", "{p} news"), ("{p}在线", "{p} online"), ("大{p}网", "da {p}"),
            ("{p}热线", "{p} rexian"), ("今日{p}", "jinri {p}"), ("{p}之窗", "{p} window"))
KO_FORMS = (("{p}일보", "{p} ilbo"), ("{p}신문", "{p} sinmun"), ("{p}매일", "{p} maeil"),
            ("{p}타임즈", "{p} times"), ("{p}투데이", "{p} today"), ("{p}뉴스", "{p} news"))
TH_FORMS = (("ข่าว{p}", "khao {p}"), ("{p}ออนไลน์", "{p} online"), ("{p}นิวส์", "{p} news"),
            ("{p}โพสต์", "{p} post"), ("ไทย{p}", "thai {p}"), ("{p}ทูเดย์", "{p} today"))
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ja-chiho-shimbun": tuple(f for f, _ in JA_FORMS),
    "zh-portal-news": tuple(f for f, _ in ZH_FORMS),
    "ko-ilbo-digital": tuple(f for f, _ in KO_FORMS),
    "th-khao-online": tuple(f for f, _ in TH_FORMS),
}


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """ "北:kita 南:minami" as (("北", "kita"), ("南", "minami"))."""
    return tuple((a, b) for a, b in (w.split(":") for w in text.split()))


# place names: every first part with every second part (native, Latin)
_PLACE_PARTS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "ja": (
        _pairs("北:kita 南:minami 東:higashi 西:nishi 大:o 小:ko 高:taka 青:ao 白:shira 若:waka "
               "桜:sakura 松:matsu"),
        _pairs("川:kawa 田:ta 山:yama 野:no 沢:sawa 浜:hama 原:hara 崎:saki 岡:oka 島:shima 津:tsu 井:i"),
    ),
    "zh": (
        _pairs("临:lin 安:an 清:qing 平:ping 云:yun 长:chang 新:xin 兴:xing 永:yong 德:de 嘉:jia 丰:feng"),
        _pairs("江:jiang 阳:yang 宁:ning 州:zhou 川:chuan 源:yuan 泉:quan 河:he 城:cheng 海:hai 桥:qiao"),
    ),
    "ko": (
        _pairs("한:han 청:cheong 새:sae 솔:sol 가:ga 온:on 해:hae 달:dal 은:eun 금:geum 남:nam 동:dong"),
        _pairs("빛:bit 산:san 강:gang 천:cheon 원:won 주:ju 평:pyeong 양:yang 포:po 진:jin 성:seong 림:rim"),
    ),
    "th": (
        _pairs("บาง:bang นคร:nakhon ศรี:si บ้าน:ban วัง:wang หนอง:nong ท่า:tha ดอน:don โคก:khok "
               "สวน:suan"),
        _pairs("ทอง:thong ชัย:chai สุข:suk แก้ว:kaeo ใหม่:mai เขียว:khiao ทราย:sai ไผ่:phai ปลา:pla "
               "หลวง:luang"),
    ),
}
_FORMS = {"ja": JA_FORMS, "zh": ZH_FORMS, "ko": KO_FORMS, "th": TH_FORMS}


@cache
def tarn_places(lang: str) -> tuple[tuple[str, str], ...]:
    """A language's place names with their romanisation, sorted."""
    firsts, seconds = _PLACE_PARTS[lang]
    return tuple(sorted((a + b, x + y) for a, x in firsts for b, y in seconds if a != b))


@cache
def _roman_names() -> dict[str, str]:
    """Every site name the four families can make, with its romanisation."""
    return {form.format(p=place): latin.format(p=roman)
            for lang, forms in _FORMS.items() for place, roman in tarn_places(lang)
            for form, latin in forms}


def romanize_site(text: str) -> str | None:
    """Latin letters for a tarn site name ("北川新報" -> "kitakawa shimpo"), None for other text."""
    return _roman_names().get(text)


class _TarnProse(Prose):
    """What the four grammars share: places from `tarn_places`."""

    def place(self) -> str:
        return self.rng.choice(tarn_places(self.lang))[0]

    def pick(self, options: tuple[str, ...]) -> str:
        return self.rng.choice(options)


# --- Japanese ----------------------------------------------------------------------------------

# (name, reading) for the furigana of a reporter's name
JA_SURNAMES = _pairs("佐藤:さとう 鈴木:すずき 高橋:たかはし 田中:たなか 伊藤:いとう "
                     "渡辺:わたなべ 山本:やまもと 中村:なかむら 小林:こばやし 加藤:かとう "
                     "吉田:よしだ 山田:やまだ 松本:まつもと 井上:いのうえ 木村:きむら "
                     "清水:しみず 山口:やまぐち 池田:いけだ 橋本:はしもと 石川:いしかわ "
                     "前田:まえだ 藤田:ふじた")
JA_GIVEN = _pairs("太郎:たろう 健太:けんた 翔太:しょうた 大輔:だいすけ 拓也:たくや "
                  "直樹:なおき 美咲:みさき 陽子:ようこ 由美:ゆみ 恵子:けいこ "
                  "彩:あや 千尋:ちひろ 和也:かずや 誠:まこと 裕子:ゆうこ "
                  "亮:りょう 智子:ともこ 浩二:こうじ 真由美:まゆみ 優花:ゆうか")
JA_AGENTS = ("市", "市議会", "市教育委員会", "県", "県警", "商工会議所", "市観光協会", "地元の自治会",
             "住民団体", "市の検討委員会")
JA_THINGS = ("新庁舎の建設計画", "駅前の再開発事業", "市立病院の建て替え", "小中学校の統合案",
             "路線バスの減便",
             "除雪体制の見直し", "観光振興の新たな計画", "水道料金の改定案", "子育て支援の拡充策",
             "防災マップの改訂",
             "商店街の空き店舗対策", "地域公共交通の再編案", "学校給食費の無償化", "旧校舎の活用策",
             "市民プールの改修工事", "中心市街地の活性化策")
JA_VERBS = ("可決した", "発表した", "明らかにした", "決めた", "見送った", "承認した", "公表した", "了承した",
            "正式に決定した", "提示した")
JA_HEAD_VERBS = ("可決", "決定", "発表", "見送り", "延期", "了承", "着手", "正式決定")
JA_TIMES = ("7日", "6日", "5日の定例会で", "同日", "今月上旬", "先月末", "8日午後", "9日の記者会見で")
JA_ROLES = ("地元の自治会長", "市民団体の代表", "商店街振興組合の理事長", "PTA会長", "観光協会の会長")
JA_SAYINGS = ("地域の声をしっかり聞いて進めたい", "安全を最優先に取り組みたい", "一日も早い完成を望んでいる",
              "住民への丁寧な説明を求めたい", "子どもたちのために良い環境を整えたい",
              "財政負担が大きすぎるのではないか",
              "まだ分からないことが多く、不安だ", "長年の課題がようやく動き出した")
JA_FEELINGS = ("賛否", "不安", "期待", "戸惑い", "歓迎")
JA_GOALS = ("着工", "完成", "開業", "運用開始", "供用開始")
JA_ISSUES = ("人口減少", "施設の老朽化", "財源の確保", "利用者の減少", "担い手不足")
JA_SUBHEADS = ("住民に広がる不安", "財源確保が課題", "今後の見通し", "市の説明", "専門家の見方", "地元の反応",
               "背景に人口減少", "説明会で意見続出")


class JapaneseProse(_TarnProse):
    """Japanese regional-news prose (see the module docstring)."""

    lang = "ja"

    def person(self) -> str:
        return self.rng.choice(JA_SURNAMES)[0] + self.rng.choice(JA_GIVEN)[0]

    def agent(self) -> str:
        a = self.pick(JA_AGENTS)
        if a in ("市", "市議会", "市教育委員会"):
            return self.place() + a
        return a

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(JA_THINGS)
        if r < 0.16:
            return f"{self.agent()}は{self.pick(JA_TIMES)}、{thing}を{self.pick(JA_VERBS)}。"
        if r < 0.28:
            return (f"{thing}には総額約{rng.randint(3, 180)}億円を見込んでおり、"
                    f"{rng.randint(2027, 2031)}年度中の{self.pick(JA_GOALS)}を目指す。")
        if r < 0.4:
            if rng.random() < 0.5:
                return f"{self.pick(JA_ROLES)}の{self.person()}さんは「{self.pick(JA_SAYINGS)}」と話した。"
            return f"{self.place()}市の{self.person()}市長は記者会見で「{self.pick(JA_SAYINGS)}」と述べた。"
        if r < 0.5:
            feeling = self.pick(JA_FEELINGS)
            return f"関係者によると、{thing}をめぐっては住民の間で{feeling}の声も出ているという。"
        if r < 0.6:
            return f"{self.place()}市では数年前から{self.pick(JA_ISSUES)}が課題となっていた。"
        if r < 0.7:
            return rng.choice((
                f"市によると、昨年度の利用者は約{rng.randint(2, 90)}00人で、"
                f"前年度を{rng.randint(3, 19)}%下回った。",
                f"説明会には住民ら約{rng.randint(3, 30)}0人が参加し、質問が相次いだ。",
                f"計画では{rng.randint(2027, 2030)}年春の完成を予定している。",
                f"事業費のうち約{rng.randint(2, 6)}割は国の交付金でまかなう見通しだ。",
                f"対象となる世帯は市内で約{rng.randint(2, 40)}00世帯に上る。",
            ))
        if r < 0.8:
            return f"{self.agent()}は今後、{thing}について住民説明会を開く方針だ。"
        if r < 0.88:
            return f"一方、{self.agent()}は「{self.pick(JA_SAYINGS)}」としている。"
        if r < 0.95:
            return f"{self.place()}町でも昨年、{thing}をめぐって同様の議論があった。"
        return f"{self.pick(JA_ISSUES)}を背景に、{thing}の必要性を指摘する声は根強い。"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(JA_THINGS)
        place = self.place()
        if r < 0.3:
            return f"{thing}を{self.pick(JA_HEAD_VERBS)} {place}市議会"
        if r < 0.5:
            return f"{place}市、{thing}を{self.pick(JA_HEAD_VERBS)}"
        if r < 0.7:
            return f"{thing} {rng.randint(2027, 2031)}年度の{self.pick(JA_GOALS)}へ {place}市"
        if r < 0.85:
            return f"{thing}に{self.pick(JA_FEELINGS)}の声 {place}市で説明会"
        return f"「{self.pick(JA_SAYINGS)}」 {place}市長、{thing}で"

    def subheading(self) -> str:
        return self.pick(JA_SUBHEADS)


# --- Chinese -----------------------------------------------------------------------------------

ZH_SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗")
ZH_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "勇", "军", "杰", "涛", "明", "超",
            "秀英", "海燕", "建华", "志强", "晓东", "丽娟", "文博", "子涵", "雨萱", "浩然", "思远", "俊杰",
            "春梅")
ZH_AGENTS = ("市住建局", "市交通运输局", "市教育局", "市卫健委", "市政府", "市生态环境局", "市文旅局",
             "市场监管局", "区委区政府", "市城管局")
ZH_THINGS = ("老旧小区改造", "城市更新项目", "地铁二号线建设", "公交线路优化调整", "中小学扩容工程",
             "垃圾分类工作",
             "智慧停车平台", "乡村振兴示范带", "河道综合治理", "养老服务中心建设", "夜间经济街区",
             "保障性住房项目",
             "集中供暖改造", "背街小巷整治")
ZH_ACTIONS = ("召开新闻发布会，介绍了{t}的最新进展", "正式启动了{t}", "印发了{t}实施方案",
              "对{t}进行了专题部署",
              "公布了{t}的时间表", "组织召开{t}推进会")
ZH_WHEN = ("3月6日", "近日", "日前", "昨天", "本周一", "记者从有关部门获悉，近日")
ZH_STAGES = ("施工", "验收", "招标", "试运行", "规划设计")
ZH_ROLES = ("相关负责人", "项目负责人", "社区党委书记", "街道办事处主任", "专家")
ZH_SAYINGS = ("以前出门很不方便，现在好多了", "我们会把这件好事办好办实", "希望项目能早日建成投用",
              "这是群众最关心的问题之一", "下一步还要听取更多居民的意见", "资金和工期都有保障")
ZH_DISTRICTS = ("东城街道", "滨江社区", "南湖片区", "老城区", "开发区", "西关街道")
ZH_HEAD_VERBS = ("全面启动", "提速推进", "进入收尾阶段", "迎来新进展", "正式开工", "年内完工")
ZH_SUBHEADS = ("项目进展顺利", "群众期盼已久", "多方协同推进", "下一步工作安排", "资金保障到位", "居民点赞")


class ChineseProse(_TarnProse):
    """Simplified-Chinese official-news prose (see the module docstring)."""

    lang = "zh"

    def person(self) -> str:
        return self.pick(ZH_SURNAMES) + self.pick(ZH_GIVEN)

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(ZH_THINGS)
        if r < 0.16:
            act = self.pick(ZH_ACTIONS).format(t=thing)
            return f"{self.pick(ZH_WHEN)}，{self.place()}{self.pick(ZH_AGENTS)}{act}。"
        if r < 0.28:
            return (f"据{self.pick(ZH_AGENTS)}相关负责人介绍，{thing}总投资约{rng.randint(2, 60)}亿元，"
                    f"预计{rng.randint(2026, 2029)}年底前全面完工。")
        if r < 0.4:
            if rng.random() < 0.5:
                return f"“{self.pick(ZH_SAYINGS)}。”{self.pick(ZH_ROLES)}{self.person()}说。"
            return f"{self.pick(ZH_ROLES)}{self.person()}表示，{self.pick(ZH_SAYINGS)}。"
        if r < 0.5:
            return f"记者了解到，目前{thing}已进入{self.pick(ZH_STAGES)}阶段。"
        if r < 0.6:
            return (f"截至{rng.randint(1, 12)}月底，全市已累计完成{thing}{rng.randint(12, 300)}个，"
                    f"惠及居民{rng.randint(2, 40)}万户。")
        if r < 0.7:
            return (f"家住{self.place()}{self.pick(ZH_DISTRICTS)}的{self.person()}告诉记者，"
                    f"{self.pick(ZH_SAYINGS)}。")
        if r < 0.8:
            return f"下一步，{self.pick(ZH_AGENTS)}将继续推进{thing}，进一步提升群众的获得感和幸福感。"
        if r < 0.88:
            return f"与此同时，{thing}也面临资金和用地等方面的压力。"
        if r < 0.95:
            return f"按照计划，{thing}将分{rng.randint(2, 4)}个阶段实施，涉及{rng.randint(3, 40)}个社区。"
        return f"不少市民对此表示欢迎，认为{thing}解决了多年来的老大难问题。"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(ZH_THINGS)
        place = self.place()
        if r < 0.35:
            return f"{place}：{thing}{self.pick(ZH_HEAD_VERBS)}"
        if r < 0.55:
            return f"{place}{thing}今年将惠及{rng.randint(2, 30)}万户居民"
        if r < 0.75:
            return f"{place}{self.pick(ZH_AGENTS)}：{thing}预计{rng.randint(2026, 2029)}年底完工"
        return f"{thing}{self.pick(ZH_HEAD_VERBS)} {place}多项民生工程集中开工"

    def subheading(self) -> str:
        return self.pick(ZH_SUBHEADS)


# --- Korean ------------------------------------------------------------------------------------

KO_SURNAMES = _pairs("김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han "
                     "오:oh 서:seo 신:shin 권:kwon")
KO_GIVEN = _pairs("민준:minjun 서연:seoyeon 지훈:jihun 수빈:subin 현우:hyunwoo "
                  "지은:jieun 도윤:doyun 하은:haeun 준호:junho 예린:yerin "
                  "성민:seongmin 유진:yujin 태현:taehyun 소영:soyoung 동현:donghyun "
                  "미경:mikyung 정훈:junghoon 은지:eunji")
KO_THINGS = ("신청사 건립", "도시철도 2호선 연장", "전통시장 현대화", "청년 주거 지원",
             "공공 산후조리원 설립",
             "하천 정비", "시내버스 노선 개편", "폐교 활용", "관광 활성화", "도서관 리모델링",
             "스마트 버스정류장 설치",
             "공영주차장 확충")
KO_OBJECTS = ("계획", "사업", "방안", "예산", "기본계획")
KO_VERBS = ("발표했다", "확정했다", "보류했다", "승인했다", "공개했다", "추진하기로 했다",
            "재검토하기로 했다")
KO_TIMES = ("7일", "지난 6일", "이달 초", "최근", "8일 오후", "지난달 말")
KO_ROLES = ("시장", "위원장", "주민대표", "과장", "상인회장", "교수")
KO_SAYINGS = ("시민의 목소리를 충분히 듣겠다", "안전을 최우선으로 추진하겠다",
              "하루빨리 사업이 마무리되길 바란다",
              "예산 낭비라는 지적에 동의하기 어렵다", "주민 불편을 최소화하겠다", "아직 결정된 것은 없다")
KO_CONCERNS = ("교통 혼잡에 대한", "비용 부담에 대한", "소음 문제에 대한", "공사 지연에 대한")
KO_SUBHEADS = ("주민 반응 엇갈려", "예산 확보가 관건", "향후 일정은", "전문가 의견", "쟁점은 무엇인가")


def ko_particle(word: str, with_final: str, without_final: str) -> str:
    """The word with the particle its last syllable takes: `with_final` after a final consonant
    ("시청은", "계획을"), `without_final` after a vowel ("시는", "사업비를")."""
    last = word[-1]
    final = "\uac00" <= last <= "\ud7a3" and (ord(last) - 0xAC00) % 28 != 0
    return word + (with_final if final else without_final)


class KoreanProse(_TarnProse):
    """Korean daily-news prose (see the module docstring)."""

    lang = "ko"

    def person(self) -> str:
        return self.rng.choice(KO_SURNAMES)[0] + self.rng.choice(KO_GIVEN)[0]

    def agent(self) -> str:
        place = self.place()
        return self.pick((f"{place}시", "시의회", f"{place}시교육청", f"{place}경찰서", "시", f"{place}군"))

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(KO_THINGS)
        obj = ko_particle(self.pick(KO_OBJECTS), "을", "를")
        if r < 0.18:
            topic = ko_particle(self.agent(), "은", "는")
            return f"{topic} {self.pick(KO_TIMES)} {thing} {obj} {self.pick(KO_VERBS)}."
        if r < 0.3:
            source = self.pick(("시", "시 관계자", "업계", "시의회"))
            return (f"{source}에 따르면 이번 사업에는 국비와 시비 등 총 "
                    f"{rng.randint(12, 900)}억 원이 투입된다.")
        if r < 0.42:
            role = ko_particle(self.pick(KO_ROLES), "은", "는")
            return f"{self.person()} {role} \"{self.pick(KO_SAYINGS)}\"라고 말했다."
        if r < 0.52:
            return (f"주민들은 {thing} 사업에 대해 기대감을 나타내면서도 {self.pick(KO_CONCERNS)} "
                    f"우려를 제기했다.")
        if r < 0.62:
            return f"시는 {rng.randint(2027, 2031)}년까지 {thing} 사업을 마무리할 계획이다."
        if r < 0.72:
            return (f"지난해 {self.place()}시의 인구는 {rng.randint(8, 60)}만 명으로 전년보다 "
                    f"{rng.randint(1, 4)}.{rng.randint(1, 9)}% 줄었다.")
        if r < 0.8:
            topic = ko_particle(self.agent(), "은", "는")
            return f"이에 대해 {topic} \"{self.pick(KO_SAYINGS)}\"는 입장을 밝혔다."
        if r < 0.88:
            return (f"한편 {thing} 관련 주민설명회는 오는 {rng.randint(10, 28)}일 {self.place()}시청 "
                    f"대회의실에서 열린다.")
        if r < 0.95:
            return f"시의회 일각에서는 {thing} 사업의 타당성을 다시 따져봐야 한다는 목소리도 나온다."
        return (f"{thing} 사업은 지난 {rng.randint(2018, 2024)}년 처음 추진됐지만 "
                f"예산 문제로 여러 차례 미뤄졌다.")

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(KO_THINGS)
        place = self.place()
        if r < 0.3:
            return f"{place}시, {thing} 본격 추진…{rng.randint(2027, 2031)}년 완공 목표"
        if r < 0.5:
            return f"{place}시의회, {thing} 예산 {rng.randint(12, 900)}억 원 의결"
        if r < 0.7:
            return f"\"{self.pick(KO_SAYINGS)}\"…{place} 주민들 {thing} 두고 술렁"
        if r < 0.85:
            return f"{thing} 사업 또 연기…{place}시민 불만 커져"
        return f"{place}시 {thing} 첫 삽…주민 기대감 높아"

    def subheading(self) -> str:
        return self.pick(KO_SUBHEADS)


# --- Thai --------------------------------------------------------------------------------------

TH_FIRST_M = ("สมชาย", "สมศักดิ์", "วิชัย", "ประเสริฐ", "ณัฐพล", "ศักดิ์ชัย", "ธีรวัฒน์", "อนุชา", "ปิยะ", "สุรชัย")
TH_FIRST_F = ("สุภาพร", "กาญจนา", "ธนพร", "อรุณี", "จิราพร", "พิมพ์ชนก", "วรรณา", "สุนิสา", "มาลี", "ปวีณา")
TH_SURNAMES = ("ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "แสงทอง", "บุญมา", "ทองดี", "สุขเจริญ", "พรหมมา", "จันทร์เพ็ญ",
               "ศรีวงศ์", "มั่นคง", "รัตนพันธ์", "เพชรรัตน์", "อินทร์แก้ว")
TH_AGENTS = ("เทศบาลนคร{p}", "องค์การบริหารส่วนจังหวัด{p}", "สำนักงานโยธาธิการจังหวัด{p}", "แขวงทางหลวง{p}",
             "การประปาส่วนภูมิภาคสาขา{p}", "สภาเทศบาลเมือง{p}", "สำนักงานสาธารณสุขจังหวัด{p}")
TH_THINGS = ("โครงการก่อสร้างสะพานข้ามแม่น้ำ", "แผนแก้ปัญหาน้ำท่วมในเขตเมือง", "โครงการปรับปรุงถนนสายหลัก",
             "การขยายเขตบริการน้ำประปา", "ตลาดนัดชุมชนแห่งใหม่", "โครงการศูนย์ดูแลผู้สูงอายุ",
             "ระบบจัดเก็บขยะรูปแบบใหม่", "รถโดยสารประจำทางสายใหม่", "โครงการซ่อมแซมอาคารเรียน",
             "การฟื้นฟูแหล่งท่องเที่ยวริมน้ำ", "สวนสาธารณะแห่งใหม่กลางเมือง")
TH_TIMES = ("เดือนหน้า", "ปีนี้", "ไตรมาสแรกของปี", "สัปดาห์หน้า", "ช่วงปลายปี")
TH_CONCERNS = ("ฝุ่นละอองจากการก่อสร้าง", "การจราจรติดขัด", "ค่าใช้จ่ายที่เพิ่มขึ้น", "เสียงดังรบกวนในเวลากลางคืน")
TH_PROBLEMS = ("น้ำท่วมขัง", "ขยะล้นเมือง", "ถนนชำรุด", "ภัยแล้ง", "ไฟฟ้าดับบ่อยครั้ง")
TH_ROLES = ("นายกเทศมนตรี", "ผู้ใหญ่บ้าน", "ประธานชุมชน", "ผู้ว่าราชการจังหวัด", "นักวิชาการด้านผังเมือง")
TH_SAYINGS = ("เราจะเร่งดำเนินการให้แล้วเสร็จโดยเร็วที่สุด", "ขอให้ประชาชนมั่นใจว่าจะไม่มีผลกระทบต่อการเดินทาง",
              "ชาวบ้านรอโครงการนี้มานานหลายปีแล้ว", "อยากให้หน่วยงานรับฟังเสียงของชุมชนมากกว่านี้",
              "งบประมาณทุกบาทจะต้องตรวจสอบได้")
TH_SUBHEADS = ("เสียงสะท้อนจากชาวบ้าน", "งบประมาณและระยะเวลา", "แผนงานในอนาคต", "ความเห็นของผู้เชี่ยวชาญ",
               "ขั้นตอนต่อไป")
# list items for a bulleted list inside the text (what the project includes)
TH_ITEMS = ("ก่อสร้างทางเท้าใหม่ทั้งสองฝั่งถนน", "ติดตั้งไฟส่องสว่างพลังงานแสงอาทิตย์", "ขุดลอกคูคลองระบายน้ำ",
            "ปรับปรุงจุดจอดรถโดยสาร", "ปลูกต้นไม้ใหญ่ตลอดแนวเส้นทาง", "สร้างลานกิจกรรมสำหรับชุมชน")


class ThaiProse(_TarnProse):
    """Thai news prose (see the module docstring)."""

    lang = "th"

    def person(self) -> str:
        first = self.pick(TH_FIRST_M + TH_FIRST_F)
        return f"{first} {self.pick(TH_SURNAMES)}"

    def titled(self) -> str:
        """A person with the title before the name ("นายสมชาย ใจดี")."""
        name = self.person()
        if name.split()[0] in TH_FIRST_M:
            return "นาย" + name
        return self.pick(("นาง", "นางสาว")) + name

    def agent(self) -> str:
        return self.pick(TH_AGENTS).format(p=self.place())

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(TH_THINGS)
        be = rng.randint(2569, 2572)
        if r < 0.16:
            return f"{self.agent()} เปิดเผยว่า {thing}จะเริ่มดำเนินการภายใน{self.pick(TH_TIMES)}"
        if r < 0.28:
            return f"โดยใช้งบประมาณกว่า {rng.randint(12, 900)} ล้านบาท และคาดว่าจะแล้วเสร็จภายในปี {be}"
        if r < 0.4:
            role = self.pick(TH_ROLES)
            role = role + self.place() if role != "นักวิชาการด้านผังเมือง" else role
            return f"{self.titled()} {role} กล่าวว่า “{self.pick(TH_SAYINGS)}”"
        if r < 0.5:
            return f"ด้านชาวบ้านในพื้นที่ต่างแสดงความกังวลเรื่อง{self.pick(TH_CONCERNS)}"
        if r < 0.6:
            return f"ทั้งนี้ {self.agent()}ได้จัดประชุมรับฟังความคิดเห็นจากประชาชนแล้ว {rng.randint(2, 6)} ครั้ง"
        if r < 0.7:
            return f"ที่ผ่านมาพื้นที่อำเภอ{self.place()}ประสบปัญหา{self.pick(TH_PROBLEMS)}มาอย่างต่อเนื่อง"
        if r < 0.8:
            return f"สำหรับ{thing} ถือเป็นหนึ่งในนโยบายสำคัญของผู้บริหารท้องถิ่นชุดปัจจุบัน"
        if r < 0.88:
            return f"เจ้าหน้าที่ระบุว่า จะมีประชาชนได้รับประโยชน์กว่า {rng.randint(2, 40)},000 ครัวเรือน"
        if r < 0.95:
            return f"ขณะที่ผู้ประกอบการในพื้นที่มองว่า {thing}จะช่วยกระตุ้นเศรษฐกิจของชุมชนได้"
        return f"อย่างไรก็ตาม ยังมีประชาชนบางส่วนที่ไม่เห็นด้วยกับ{thing}"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        thing = self.pick(TH_THINGS)
        place = self.place()
        if r < 0.3:
            return f"{self.agent()} เร่งเดินหน้า{thing} คาดแล้วเสร็จปี {rng.randint(2569, 2572)}"
        if r < 0.5:
            return f"ชาวบ้าน{place}ร้องเรียนปัญหา{self.pick(TH_PROBLEMS)} วอนหน่วยงานเร่งแก้ไข"
        if r < 0.7:
            return f"{place}เตรียมเปิด{thing} ใช้งบกว่า {rng.randint(12, 900)} ล้านบาท"
        if r < 0.85:
            return f"ผู้ว่าฯ {place} ลงพื้นที่ติดตาม{thing}"
        return f"เสียงแตก! {thing}ที่{place} ชาวบ้านยังกังวล{self.pick(TH_CONCERNS)}"

    def subheading(self) -> str:
        return self.pick(TH_SUBHEADS)


# --- the languages' registries -----------------------------------------------------------------

JA_UI: dict[str, tuple[str, ...]] = {
    "nav": ("ホーム", "地域", "政治", "経済", "社会", "スポーツ", "文化", "おくやみ", "天気", "動画"),
    "sections": ("地域", "政治", "経済", "社会", "くらし", "教育"),
    "related": ("関連記事", "この記事に関連するニュース", "あわせて読みたい"),
    "read_more": ("【関連】",),
    "by": ("記者",),
    "desks": ("報道部", "政経部", "社会部", "支局"),
    "share": ("この記事をシェアする", "この記事を共有する"),
    "share_sites": ("X", "Facebook", "LINE", "はてなブックマーク"),
    "newsletter": ("{name}のニュースレターで、朝の主要ニュースをメールでお届けします。",),
    "comments": ("この記事へのコメントは受け付けていません。",),
    "cookie": ("当サイトではサービス向上のためにクッキーを使用しています。",),
    "ad": ("スポンサーリンク",),
    "copyright": ("© {year} {name}",),
    "disclaimer": ("掲載の記事・写真・図表などの無断転載を禁止します。"
                   "著作権は{name}社またはその情報提供者に属します。",),
    "tagline": ("{region}の今を伝える地域のニュースサイト", "{region}とともに歩む地域の新聞"),
    "bio": ("{since2}年入社。{beat}を担当しています。", "{since2}年から{beat}を取材しています。"),
    "beats": ("市政や県政", "事件・事故", "教育や子育て", "地域経済", "スポーツ", "文化や観光"),
    "editorial": ("この記事は{name}の連載「地域のあした」の一つです。",),
    "classified": ("不動産情報：駅から徒歩5分の新築マンション分譲中",),
    "subscribe": ("{name}デジタルの会員になると、すべての記事をお読みいただけます。",),
}
ZH_UI: dict[str, tuple[str, ...]] = {
    "nav": ("首页", "新闻", "本地", "国内", "国际", "财经", "体育", "娱乐", "汽车", "房产", "视频"),
    "sections": ("本地", "民生", "社会", "城建", "教育", "经济"),
    "related": ("相关阅读", "相关新闻", "延伸阅读"),
    "read_more": ("相关阅读：",),
    "by": ("作者：",),
    "desks": ("记者", "通讯员", "实习记者"),
    "share": ("分享到：",),
    "share_sites": ("微信", "微博", "QQ空间", "复制链接"),
    "newsletter": ("关注{name}官方微信公众号，第一时间获取本地权威资讯。",),
    "comments": ("网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。",),
    "cookie": ("本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。",),
    "ad": ("广告",),
    "copyright": ("版权所有 © {year} {name} 未经授权禁止复制或建立镜像",),
    "disclaimer": ("声明：本网转载其他媒体稿件是为传播更多的信息，此类稿件不代表本网观点，"
                   "本网不承担此类稿件侵权行为的连带责任。",),
    "tagline": ("{region}地区重点新闻网站", "立足{region}，服务全市网民"),
    "bio": ("{author}，{name}{desk_l}，长期关注{beat}。",),
    "beats": ("城市建设", "民生服务", "教育医疗", "社会新闻", "经济发展"),
    "editorial": ("本文为{name}原创稿件，转载请注明出处。",),
    "classified": ("便民信息：家政服务、搬家服务，24小时热线随时为您服务",),
    "subscribe": ("下载{name}客户端，随时随地看新闻，更多本地资讯一手掌握",),
}
KO_UI: dict[str, tuple[str, ...]] = {
    "nav": ("전체기사", "정치", "경제", "사회", "지역", "문화", "스포츠", "오피니언", "포토", "영상"),
    "sections": ("사회", "정치", "경제", "지역", "교육", "문화"),
    "related": ("관련기사", "함께 보면 좋은 기사", "이 기사와 관련된 뉴스"),
    "read_more": ("[관련기사]",),
    "by": ("기자",),
    "desks": ("사회부", "정치부", "경제부", "지역취재부"),
    "share": ("기사 공유하기",),
    "share_sites": ("카카오톡", "페이스북", "네이버 밴드", "X", "URL 복사"),
    "newsletter": ("{name} 뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아보세요.",),
    "comments": ("댓글은 로그인 후 작성할 수 있으며 욕설과 비방은 삭제될 수 있습니다.",),
    "cookie": ("이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.",),
    "ad": ("광고",),
    "copyright": ("Copyright © {year} {name}. All rights reserved.",),
    "disclaimer": ("저작권자 © {name} 무단전재 및 재배포 금지",),
    "tagline": ("{region}의 내일을 여는 정론지", "{region} 시민과 함께하는 대표 일간지"),
    "bio": ("{author} 기자는 {since2}년 입사해 {beat} 분야를 취재하고 있습니다.",
            "{beat} 담당 {author} 기자입니다. 제보는 언제든 환영합니다."),
    "beats": ("시정과 의회", "사건 사고", "교육", "지역 경제", "문화 관광", "환경"),
    "editorial": ("이 기사는 지역신문발전기금을 지원받았습니다.",),
    "classified": ("[알림] 독자 여러분의 소중한 제보를 기다립니다",),
    "subscribe": ("종이신문 정기구독 신청하고 매일 아침 받아보세요",),
}
TH_UI: dict[str, tuple[str, ...]] = {
    "nav": ("หน้าแรก", "ข่าวเด่น", "การเมือง", "ภูมิภาค", "เศรษฐกิจ", "สังคม", "กีฬา", "บันเทิง", "ไลฟ์สไตล์"),
    "sections": ("ภูมิภาค", "สังคม", "การเมือง", "เศรษฐกิจ", "การศึกษา", "สิ่งแวดล้อม"),
    "related": ("ข่าวที่เกี่ยวข้อง", "ข่าวที่น่าสนใจ", "อ่านข่าวที่เกี่ยวข้อง"),
    "read_more": ("อ่านข่าว :", "อ่านเพิ่มเติม :"),
    "by": ("โดย",),
    "desks": ("ผู้สื่อข่าว", "กองบรรณาธิการ", "ผู้สื่อข่าวภูมิภาค"),
    "share": ("แชร์ข่าวนี้", "แบ่งปันข่าวนี้"),
    "share_sites": ("LINE", "Facebook", "X", "คัดลอกลิงก์"),
    "newsletter": ("สมัครรับจดหมายข่าวจาก{name} ส่งตรงถึงอีเมลของคุณทุกเช้า",),
    "comments": ("ความคิดเห็นที่ไม่เหมาะสมจะถูกลบโดยไม่ต้องแจ้งให้ทราบล่วงหน้า",),
    "cookie": ("เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ",),
    "ad": ("โฆษณา",),
    "copyright": ("สงวนลิขสิทธิ์ © {year} {name} ห้ามนำเนื้อหาไปเผยแพร่ซ้ำ",),
    "disclaimer": ("สงวนลิขสิทธิ์ตามพระราชบัญญัติลิขสิทธิ์ ห้ามคัดลอกเนื้อหาไปเผยแพร่โดยไม่ได้รับอนุญาต",),
    "tagline": ("ข่าวสาร{region} ครบ จบ ทุกประเด็น", "สื่อท้องถิ่นของคน{region} เคียงข้างชุมชนทุกวัน"),
    "bio": ("{author} {desk_l} ติดตามข่าว{beat}มาตั้งแต่ปี {since2}",),
    "beats": ("การเมืองท้องถิ่น", "สิ่งแวดล้อม", "เศรษฐกิจชุมชน", "อาชญากรรม", "การศึกษา"),
    "editorial": ("รายงานพิเศษชุดนี้ได้รับการสนับสนุนจากผู้อ่านของ{name}",),
    "classified": ("ประกาศ: รับสมัครผู้สื่อข่าวภูมิภาคหลายอัตรา",),
    "subscribe": ("กดติดตาม{name}ได้ทุกช่องทาง ไม่พลาดทุกข่าวสำคัญ",),
}
JA_MONTHS = tuple(f"{m}月" for m in range(1, 13))
ZH_MONTHS = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月",
             "十二月")
KO_MONTHS = tuple(f"{m}월" for m in range(1, 13))
TH_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
TH_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
                   "ธ.ค.")
JA_ZONES = ("Asia/Tokyo",)
ZH_ZONES = ("Asia/Shanghai",)
KO_ZONES = ("Asia/Seoul",)
TH_ZONES = ("Asia/Bangkok",)
# the sections' ASCII path segments
SECTION_SLUGS: dict[str, str] = {
    "地域": "local", "政治": "politics", "経済": "economy", "社会": "society", "くらし": "life",
    "教育": "education",
    "本地": "local", "民生": "minsheng", "城建": "city", "经济": "finance",
    "사회": "society", "정치": "politics", "경제": "economy", "지역": "area", "문화": "culture",
    "ภูมิภาค": "region", "สังคม": "social", "การเมือง": "politics", "เศรษฐกิจ": "economy",
    "การศึกษา": "education", "สิ่งแวดล้อม": "environment",
}


def _section(name: str) -> str:
    return SECTION_SLUGS.get(name, "news")


# --- shared rendering helpers ------------------------------------------------------------------


def _latin(c: Ctx) -> str:
    """The site's name in Latin letters, each word capitalised ("Kitakawa Shimpo")."""
    return (romanize_site(c.pub.name) or c.pub.host.split(".")[0]).title()


def _reflow(c: Ctx, joiner: str) -> None:
    """The story's paragraphs joined from their sentences with `joiner` ("" in Japanese and Chinese),
    then sentences added or dropped so that the body stays within 250-900 words in their count."""
    s = c.story
    for i, (tag, _) in enumerate(s.blocks):
        if tag == "p":
            s.blocks[i] = ("p", joiner.join(s.sentences[i]))
    prose = prose_for(c.pub.lang, c.stable(f"reflow-{s.title}"))
    paras = _paras(s)
    while _paragraph_words(s) < 262:
        s.sentences[paras[-1]].append(prose.sentence())
        s.blocks[paras[-1]] = ("p", joiner.join(s.sentences[paras[-1]]))
    while _paragraph_words(s) > 880:
        k = max((i for i in paras if len(s.sentences[i]) > 1), key=lambda i: len(s.sentences[i]))
        s.sentences[k].pop()
        s.blocks[k] = ("p", joiner.join(s.sentences[k]))


def _blocks(c: Ctx, p: Callable[[str], str], h: Callable[[str, str], str]) -> list[str]:
    """The story's blocks as HTML: paragraphs through `p`, subheadings through `h` (tag, text), a list
    ("li" blocks in a row) as one <ul>."""
    out: list[str] = []
    items: list[str] = []
    for tag, text in c.story.blocks:
        if tag == "li":
            items.append(f"<li>{esc(text)}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(p(esc(text)) if tag == "p" else h(tag, esc(text)))
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return out


def _ids(c: Ctx, key: str, low: int, high: int, step: int = 11) -> dict[str, int]:
    """Growing numeric article ids for the publisher's stories (by their order), the same on every page."""
    site = c.stable(f"ids-{key}")
    base = site.randint(low, high)
    return {o.title: base + step * n + random.Random(f"{key}-{o.title}").randint(0, step - 1)
            for n, o in enumerate(c.others)}


def _ldjson_article(c: Ctx, date: str, **extra: object) -> str:
    s = c.story
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": date,
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": c.pub.name},
        "mainEntityOfPage": c.url(),
        "inLanguage": c.pub.lang,
        **extra,
    }
    return _ldjson(data)


def _ld_date(d: datetime) -> str:
    return d.isoformat(timespec="seconds")


# --- ja-chiho-shimbun --------------------------------------------------------------------------

JA_FOOTER = ("会社案内", "個人情報保護方針", "著作権について", "お問い合わせ", "広告掲載", "購読のお申し込み")
JA_CAPTIONS = ("新庁舎の建設予定地", "説明会で質問する住民ら", "計画について説明する市の担当者",
               "工事が進む現場",
               "多くの利用者でにぎわう施設", "採決が行われた本会議場")
JA_AREAS = ("中央町", "本町", "駅前通り", "栄町", "旭町", "緑町")


def ja_date(d: datetime) -> str:
    """ "2026年3月7日 14時30分"."""
    return f"{d.year}年{d.month}月{d.day}日 {d.hour}時{d:%M}分"


def _ja_ruby(name: str) -> str:
    """A Japanese name with its furigana, each part in its own <ruby>."""
    for surname, reading in JA_SURNAMES:
        if name.startswith(surname):
            given = name[len(surname):]
            given_reading = dict(JA_GIVEN).get(given, "")
            return (f"<ruby>{surname}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>"
                    f"<ruby>{given}<rp>(</rp><rt>{given_reading}</rt><rp>)</rp></ruby>")
    return esc(name)


def render_ja_chiho_shimbun(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ja")
    by_article = site.random() < 0.5
    use_ld = site.random() < 0.5
    ids = _ids(c, "ja", 300000, 900000, 13)
    c.repath(lambda o: f"/articles/-/{ids[o.title]}" if by_article
             else f"/news/{_section(o.section)}/{o.published:%Y%m}/{ids[o.title]:010d}.shtml")
    _reflow(c, "")
    dr = c.stable(f"ja-{s.title}")
    # a member-only page shows the first paragraphs (at least four, 250 words or more) and the paywall
    member = site.random() < 0.8 and dr.random() < 0.4
    hidden = 0
    total = sum(len(t) for _, t in s.blocks)
    if member:
        cut = next((k for k in range(4, len(s.blocks))
                    if len(_paras_of(s.blocks[:k])) >= 4 and _words_of(s.blocks[:k]) >= 262), None)
        if cut is None:
            member = False
        else:
            hidden = sum(len(t) for _, t in s.blocks[cut:])
            del s.blocks[cut:]
            del s.sentences[cut:]
    lead = prose_for("ja", dr).sentence() if site.random() < 0.6 else ""
    nav = c.stable("ja-nav").sample(JA_UI["nav"][1:], 6)
    nav = [JA_UI["nav"][0], *sorted(nav, key=JA_UI["nav"].index)]
    c.snip(" ".join(nav[:5]))
    tagline = c.snip(pub.tagline)
    area = dr.choice(JA_AREAS)
    cameraman = prose_for("ja", dr).person()
    caption = c.snip(f"{dr.choice(JA_CAPTIONS)}＝{d.day}日、{_bare(pub.name)}市{area}（{cameraman}撮影）")
    related = c.pick_others(dr.randint(3, 5))
    for o in related:
        c.snip(o.title)
    ranking = c.pick_others(5)
    c.snip("アクセスランキング")
    for o in ranking:
        c.snip(o.title)
    share = c.pick("share")
    c.snip(" ".join([share, *JA_UI["share_sites"]]))
    app = c.snip(f"{pub.name}アプリで、地域のニュースをいち早くお届けします")
    notice = c.text("disclaimer")
    c.snip(" ".join(JA_FOOTER[:5]))
    copyright_line = c.snip(f"Copyright © {YEAR} The {_latin(c)} All rights reserved.")
    bio = c.snip(s.author.bio)
    paywall: list[str] = []
    if member:
        paywall = [
            '<div class="paywall">',
            f'<p class="paywall-title">{c.snip("この記事は会員限定です。")}</p>',
            f'<p class="paywall-rest">{c.snip(f"残り{hidden}文字（全文{total}文字）")}</p>',
            f"<p>{esc(c.text('subscribe'))}</p>",
            '<a class="btn-register" href="/member/register">会員登録（無料）</a>',
            '<a class="btn-login" href="/member/login">ログイン</a>',
            "</div>",
        ]
    body_cls = site.choice(("article-body", "article-text", "news-body"))
    blocks = _blocks(c, lambda h: f"<p>{h}</p>", lambda t, h: f"<h2>{h}</h2>")
    if c.has("ads") and len(blocks) > 4:
        blocks.insert(3, f'<div class="ad-inread"><span class="ad-label">{esc(c.text("ad"))}</span>'
                         '<div id="div-gpt-ad-inread"></div></div>')
    title = f"{s.title}｜{pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    date_meta = (_ldjson_article(c, _ld_date(d), dateModified=_ld_date(d)) if use_ld
                 else f'<meta property="article:published_time" content="{_ld_date(d)}">')
    date_html = (f'<time datetime="{_ld_date(d)}">{ja_date(d)}</time>' if not use_ld
                 else f'<span class="date">{ja_date(d)}</span>')
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(lead or s.blocks[0][1][:80])}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        date_meta,
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'<p class="site-tagline">{esc(tagline)}</p>',
        f'<div class="site-logo"><a href="/">{esc(pub.name)}</a></div>',
        '<nav class="global-nav"><ul>'
        + "\n".join(f'<li><a href="/{_ja_nav_slug(x)}/">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav>",
        "</header>",
        '<ol class="breadcrumb"><li><a href="/">トップ</a></li>'
        f'<li><a href="/news/{_section(s.section)}/">{esc(s.section)}</a></li></ol>',
        '<main class="main">',
        '<article class="article">',
        '<div class="article-header">',
        '<span class="label-member">会員限定記事</span>' if member else "",
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<p class="article-date">{date_html}</p>',
        f'<p class="lead">{esc(lead)}</p>' if lead else "",
        "</div>",
        f'<figure class="article-photo"><img src="/images/{_hex(dr, 16)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        f'<div class="{body_cls}">',
        *blocks,
        "</div>",
        *paywall,
        '<div class="reporter-profile">',
        f'<p class="reporter-name">{_ja_ruby(s.author.name)} <span>記者</span></p>',
        f'<p class="reporter-text">{esc(bio)}</p>',
        "</div>",
        f'<div class="share-buttons"><span>{esc(share)}</span>\n'
        + "\n".join(f'<a href="#" class="share-{k}">{esc(x)}</a>' for k, x in enumerate(JA_UI["share_sites"]))
        + "</div>",
        f'<section class="related-articles"><h2>{esc(pub.related_heading)}</h2><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in related)
        + "</ul></section>",
        "</article>",
        '<aside class="ranking"><h2>アクセスランキング</h2><ol>'
        + "".join(f'<li><span class="rank">{k}</span><a href="{esc(o.path)}">{esc(o.title)}</a></li>'
                  for k, o in enumerate(ranking, 1))
        + "</ol></aside>",
        f'<div class="app-promo"><p>{esc(app)}</p><a href="/app/">ダウンロード</a></div>',
        "</main>",
        '<footer class="site-footer">',
        "<ul>" + "\n".join(f'<li><a href="/info/{k}/">{x}</a></li>' for k, x in enumerate(JA_FOOTER))
        + "</ul>",
        f'<p class="notice">{esc(notice)}</p>',
        f'<p class="copyright">{esc(copyright_line)}</p>',
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-consent", "同意する")


def _ja_nav_slug(label: str) -> str:
    slugs = {"ホーム": "", "おくやみ": "okuyami", "天気": "weather", "動画": "movie", "スポーツ": "sports",
             "文化": "culture"}
    return slugs.get(label, _section(label))


def _bare(name: str) -> str:
    """The place in a tarn site's name."""
    for lang in _PLACE_PARTS:
        for place, _ in tarn_places(lang):
            if place in name:
                return place
    return name


def _paras_of(blocks: list[tuple[str, str]]) -> list[str]:
    return [t for tag, t in blocks if tag == "p" and _words(t) > 6]


def _words_of(blocks: list[tuple[str, str]]) -> int:
    return sum(_words(t) for t in _paras_of(blocks))


# --- zh-portal-news ----------------------------------------------------------------------------

ZH_FOOTER = ("关于我们", "联系我们", "广告服务", "网站地图", "法律声明", "招聘信息")
ZH_PROVINCES = ("京", "沪", "浙", "苏", "粤", "鲁", "川", "鄂", "湘", "闽")
ZH_CAPTIONS = ("图为施工现场", "图为改造后的小区", "图为市民在新建的公园内休闲", "图为项目效果图",
               "图为工作人员现场查看")


def zh_date(d: datetime, cn: bool) -> str:
    """ "2026-03-07 14:30", or "2026年03月07日 14:30"."""
    return f"{d.year}年{d:%m}月{d:%d}日 {d:%H:%M}" if cn else f"{d:%Y-%m-%d %H:%M}"


def render_zh_portal_news(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("zh")
    by_day = site.random() < 0.5
    naive_only = site.random() < 0.5
    cn_date = site.random() < 0.5
    indent = "\u3000\u3000" if site.random() < 0.6 else ""
    ids = _ids(c, "zh", 100000, 600000, 37)

    def doc_id(o: Story) -> str:
        r = random.Random(f"zh-doc-{o.title}")
        return "doc-i" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

    c.repath(lambda o: f"/a/{o.published:%Y%m%d}/{ids[o.title]}.shtml" if by_day
             else f"/news/{o.published:%Y-%m-%d}/{doc_id(o)}.shtml")
    dr = c.stable(f"zh-{s.title}")
    if site.random() < 0.5:  # the paper's own dateline opens the first paragraph (body)
        first = _paras(s)[0]
        s.sentences[first][0] = f"本报讯（记者 {s.author.name}）{s.sentences[first][0]}"
    _reflow(c, "")
    place = _bare(pub.name)
    source = dr.choice((f"{place}日报", f"{place}晚报", "新华网", "人民网", f"{pub.name}原创"))
    editor = prose_for("zh", c.stable(f"zh-editor-{d:%Y%m%d}")).person()
    nav = [ZH_UI["nav"][0], *sorted(c.stable("zh-nav").sample(ZH_UI["nav"][1:], 7), key=ZH_UI["nav"].index)]
    c.snip(" ".join(nav[:5]))
    c.snip(f"当前位置：首页 > 新闻中心 > {s.section}")
    c.snip(f"{zh_date(d, cn_date)} 来源：{source} 作者：{s.author.name}")
    caption = c.snip(f"{dr.choice(ZH_CAPTIONS)}。（{source} {prose_for('zh', dr).person()} 摄）")
    chief = prose_for("zh", c.stable("zh-chief")).person()
    editor_line = c.snip(f"【责任编辑：{editor} 终审：{chief}】")
    statement = c.text("disclaimer")
    share = "分享到："
    c.snip(" ".join([share, *ZH_UI["share_sites"]]))
    related = c.pick_others(dr.randint(4, 6))
    c.snip(pub.related_heading)
    for o in related:
        c.snip(o.title)
    hot = c.pick_others(6)
    for o in hot:
        c.snip(o.title)
    app = c.text("subscribe")
    c.snip(" | ".join(ZH_FOOTER[:5]))
    copyright_line = c.snip(f"Copyright © 2005-{YEAR} www.{pub.host} All Rights Reserved")
    icp_r = c.stable("zh-icp")
    icp = c.snip(f"{icp_r.choice(ZH_PROVINCES)}ICP备{icp_r.randint(10000000, 99999999)}号-"
                 f"{icp_r.randint(1, 3)} "
                 f"互联网新闻信息服务许可证：{icp_r.randint(10000000000, 99999999999)}")
    report = c.snip(f"违法和不良信息举报电话：12377 举报邮箱：jubao@{pub.host}")
    blocks = _blocks(c, lambda h: f"<p>{indent}{h}</p>", lambda t, h: f"<h3>{h}</h3>")
    blocks = _insert_after(blocks, "<p>", [(1, f'<p class="pictext"><img src="/uploads/{d:%Y%m}/'
                                               f'{_hex(dr, 20)}.jpg" alt=""><br>{esc(caption)}</p>')])
    title = f"{s.title}_新闻中心_{pub.name}" if site.random() < 0.5 else f"{s.title}-{pub.name}"
    if naive_only:
        date_meta = _ldjson({"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "@id": c.url(),
                             "appid": str(c.stable("zh-appid").randint(10 ** 15, 10 ** 16)), "title": s.title,
                             "images": [f"http://{pub.host}/uploads/{d:%Y%m}/{_hex(dr, 20)}.jpg"],
                             "pubDate": d.replace(tzinfo=None).isoformat(timespec="seconds")})
    else:
        date_meta = f'<meta property="article:published_time" content="{_ld_date(d)}">'
    lines = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        f"<title>{esc(title)}</title>",
        f'<meta name="keywords" content="{esc(s.section)},{esc(place)},新闻">',
        f'<meta name="description" content="{esc(s.blocks[0][1][:70])}">',
        date_meta,
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<script src="//hm.baidu.example/hm.js"></script>',
        "</head>",
        "<body>",
        f'<div class="topbar"><span class="slogan">{esc(c.snip(pub.tagline))}</span>'
        '<a href="/login">登录</a> <a href="/reg">注册</a></div>',
        f'<div class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<ul class="nav">' + "\n".join(f'<li><a href="/{k}/">{esc(x)}</a></li>' if k else
                                        f'<li><a href="/">{esc(x)}</a></li>' for k, x in enumerate(nav))
        + "</ul></div>",
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; '
        f'<a href="/news/{_section(s.section)}/">{esc(s.section)}</a></div>',
        '<div class="main clearfix">',
        '<div class="main-left">',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<div class="article-info"><span class="time">{zh_date(d, cn_date)}</span>\n'
        f'<span class="source">来源：{esc(source)}</span>\n'
        f'<span class="author">作者：{esc(s.author.name)}</span></div>',
        '<div class="article-content" id="artibody">',
        *blocks,
        "</div>",
        f'<div class="editor">{esc(editor_line)}</div>',
        f'<div class="statement">{esc(statement)}</div>',
        f'<div class="share-box"><span>{share}</span>\n'
        + "\n".join(f'<a href="javascript:;" class="s{k}">{esc(x)}</a>'
                    for k, x in enumerate(ZH_UI["share_sites"]))
        + "</div>",
        f'<div class="related"><h3>{esc(pub.related_heading)}</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a><span>{o.published:%m-%d}</span></li>'
                  for o in related)
        + "</ul></div>",
        "</div>",
        '<div class="main-right">',
        '<div class="hot-news"><h3>热门推荐</h3><ul>'
        + "".join(f'<li><em>{k}</em><a href="{esc(o.path)}">{esc(o.title)}</a></li>'
                  for k, o in enumerate(hot, 1))
        + "</ul></div>",
        f'<div class="app-download"><img src="/images/qrcode.png" alt=""><p>{esc(app)}</p></div>',
        "</div>",
        "</div>",
        '<div class="footer">',
        "<p>" + " | ".join(f'<a href="/about/{k}.shtml">{x}</a>' for k, x in enumerate(ZH_FOOTER[:5]))
        + "</p>",
        f"<p>{esc(copyright_line)}</p>",
        f"<p>{esc(icp)}</p>",
        f"<p>{esc(report)}</p>",
        "</div>",
    ]
    return _close_page(c, lines, "cookie-tip", "我知道了")


# --- ko-ilbo-digital ---------------------------------------------------------------------------

KO_CAPTIONS = ("시청 전경", "주민설명회가 열리는 모습", "사업 예정지 일대", "공사가 진행 중인 현장",
               "사업 조감도")
KO_WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
KO_REGIONS = ("경북", "경남", "충북", "충남", "전북", "전남", "강원")


def ko_date(d: datetime) -> str:
    """ "2026.03.07 14:30"."""
    return f"{d:%Y.%m.%d %H:%M}"


def _ko_email(c: Ctx, name: str) -> str:
    """A reporter's address: the romanised given name and family name ("minjun.kim@...")."""
    surname = dict(KO_SURNAMES).get(name[0], "kim")
    given = dict(KO_GIVEN).get(name[1:], "news")
    dotted = c.stable("ko-mail").random() < 0.5
    return f"{given}.{surname}@{c.pub.host}" if dotted else f"{given}{surname[0]}@{c.pub.host}"


def render_ko_ilbo_digital(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ko")
    ndsoft = site.random() < 0.5
    ids = _ids(c, "ko", 20000, 90000, 17)
    c.repath(lambda o: f"/news/articleView.html?idxno={ids[o.title]}" if ndsoft
             else f"/article/{o.published:%Y%m%d}{ids[o.title] % 100000:05d}")
    _reflow(c, " ")
    dr = c.stable(f"ko-{s.title}")
    place = _bare(pub.name)
    reporter = s.author.name
    email = _ko_email(c, reporter)
    nav = [KO_UI["nav"][0], *sorted(c.stable("ko-nav").sample(KO_UI["nav"][1:], 7), key=KO_UI["nav"].index)]
    c.snip(" ".join(nav[:5]))
    top_date = c.snip(f"{d.year}년 {d.month}월 {d.day}일 {KO_WEEKDAYS[d.weekday()]}")
    credit = dr.choice((f"{place}시", pub.name, "연합뉴스"))
    caption = c.snip(f"{place}시 {dr.choice(KO_CAPTIONS)}. [사진={credit}]")
    c.snip(f"{pub.name} {reporter} 기자 {email}")
    copyright_line = c.text("disclaimer")
    bio = c.snip(s.author.bio)
    mine = [o for o in c.others if o.author == s.author and o is not s][:5] or c.pick_others(4)
    mine_head = c.snip(f"{reporter} 기자의 다른 기사")
    for o in mine:
        c.snip(o.title)
    popular = c.pick_others(6)
    for o in popular:
        c.snip(o.title)
    c.snip(" ".join(["기사 공유하기", *KO_UI["share_sites"][:3]]))
    fr = c.stable("ko-footer")
    person = prose_for("ko", fr)
    registration = c.snip(f"등록번호 : {fr.choice(KO_REGIONS)} 아{fr.randint(100, 999):05d} | 등록일 : "
                          f"{fr.randint(2005, 2018)}-0{fr.randint(1, 9)}-{fr.randint(10, 28)} | 발행인 : "
                          f"{person.person()} | 편집인 : {person.person()} | "
                          f"청소년보호책임자 : {person.person()}")
    footer_copy = c.snip(f"Copyright © {YEAR} {pub.name}. All rights reserved. mail to news@{pub.host}")
    # "[관련기사]" lines amid the text (boilerplate), on some sites
    teasers: list[tuple[int, str]] = []
    if site.random() < 0.6:
        for k, o in enumerate(c.pick_others(dr.randint(1, 2))):
            c.snip(f"[관련기사] {o.title}")
            teasers.append((1 + 2 * k, f'<p class="related-inline">[관련기사] <a href="{esc(o.path)}">'
                                       f"{esc(o.title)}</a></p>"))
    blocks = _blocks(c, lambda h: f"<p>{h}</p>", lambda t, h: f'<h4 class="subheading">{h}</h4>')
    blocks = _insert_after(blocks, "<p>", teasers)
    title = (f"{s.title} < {s.section} < 기사본문 - {pub.name}" if ndsoft else f"{s.title} - {pub.name}")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{_ld_date(d)}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<meta name="author" content="{esc(reporter)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson_article(c, _ld_date(d)) if site.random() < 0.5 else "",
        "</head>",
        "<body>",
        '<div id="user-wrap">',
        '<header id="user-header">',
        f'<div class="header-top"><span class="today">{esc(top_date)}</span> '
        '<a href="/member/login.html">로그인</a>'
        ' <a href="/member/join.html">회원가입</a></div>',
        f'<div class="logo"><a href="/">{esc(pub.name)}</a></div>',
        '<nav id="user-menu"><ul>'
        + "\n".join(f'<li><a href="/news/articleList.html?sc_section_code=S1N{k}">{esc(x)}</a></li>'
                    for k, x in enumerate(nav))
        + "</ul></nav>",
        "</header>",
        '<section id="user-container">',
        '<div class="article-view-head">',
        f'<p class="section-name">{esc(s.section)}</p>',
        f'<h1 class="heading">{esc(s.title)}</h1>',
        '<ul class="infomation">',
        f'<li><i class="icon-user-o"></i> {esc(reporter)} 기자</li>',
        f'<li><i class="icon-clock-o"></i> 입력 {ko_date(d)}</li>',
        f'<li><i class="icon-comment-o"></i> 댓글 {dr.randint(0, 9)}</li>',
        "</ul>",
        "</div>",
        '<article id="article-view-content-div" class="article-veiw-body view-page font-size17" '
        'itemprop="articleBody">',
        f'<figure class="photo-layout"><img src="/news/photo/{d:%Y%m}/{ids[s.title]}_'
        f'{dr.randint(10000, 99999)}'
        f'_{dr.randint(1000, 9999)}.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>',
        *blocks,
        f'<p class="byline">{esc(pub.name)} {esc(reporter)} 기자 <a href="mailto:{email}">{email}</a></p>',
        "</article>",
        f'<div class="view-copyright">{esc(copyright_line)}</div>',
        '<div class="view-editors">',
        f"<strong>{esc(reporter)} 기자</strong>",
        f"<p>{esc(bio)}</p>",
        f'<a href="/news/articleList.html?sc_area=I&amp;sc_word={urllib.parse.quote(email)}">'
        "다른기사 보기</a>",
        "</div>",
        f'<div class="reporter-news"><h3>{esc(mine_head)}</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in mine)
        + "</ul></div>",
        '<div class="share-sns"><span>기사 공유하기</span>\n'
        + "\n".join(f'<a href="#" class="sns-{k}">{esc(x)}</a>' for k, x in enumerate(KO_UI["share_sites"]))
        + "</div>",
        "</section>",
        '<aside id="aside">',
        '<div class="popular"><h3>많이 본 뉴스</h3><ol>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in popular)
        + "</ol></div>",
        "</aside>",
        '<footer id="user-footer">',
        f"<p>{esc(registration)}</p>",
        f"<p>{esc(footer_copy)}</p>",
        "</footer>",
        "</div>",
    ]
    return _close_page(c, lines, "cookie-notice", "확인")


# --- th-khao-online ----------------------------------------------------------------------------

TH_TAGS = ("ข่าวภูมิภาค", "น้ำท่วม", "งบประมาณ", "ท้องถิ่น", "คมนาคม", "ชุมชน", "สิ่งแวดล้อม", "ผู้ว่าราชการจังหวัด")
TH_CAPTIONS = ("บรรยากาศการลงพื้นที่ตรวจเยี่ยม", "สภาพพื้นที่ก่อนการก่อสร้าง", "ชาวบ้านร่วมรับฟังความคิดเห็น",
               "เจ้าหน้าที่ชี้แจงรายละเอียดโครงการ")
TH_FOOTER = ("เกี่ยวกับเรา", "ติดต่อโฆษณา", "นโยบายความเป็นส่วนตัว", "ร่วมงานกับเรา", "ติดต่อกองบรรณาธิการ")


def th_date(d: datetime) -> str:
    """ "7 มี.ค. 2569 14:30 น." (the Buddhist era)."""
    return f"{d.day} {TH_MONTHS_SHORT[d.month - 1]} {d.year + 543} {d:%H:%M} น."


def th_slug(title: str) -> str:
    """A title as a Thai slug: its letters and digits, a hyphen for each run of anything else."""
    out = "".join(ch if ch.isalnum() or "\u0e00" <= ch <= "\u0e7f" else "-" for ch in title)
    return "-".join(x for x in out.split("-") if x)


def _pct(text: str) -> str:
    return urllib.parse.quote(text, safe="-")


def render_th_khao_online(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("th")
    by_id = site.random() < 0.5
    use_ld = site.random() < 0.5
    ids = _ids(c, "th", 2600000, 2900000, 29)
    c.repath(lambda o: f"/{_pct(o.section)}/{ids[o.title]}" if by_id else f"/{_pct(th_slug(o.title))}/")
    dr = c.stable(f"th-{s.title}")
    paras = _paras(s)
    if dr.random() < 0.35 and len(paras) >= 5:  # a bulleted list after the second paragraph (body)
        items = dr.sample(TH_ITEMS, dr.randint(3, 4))
        at = paras[1] + 1
        s.blocks[at:at] = [("li", x) for x in items]
        s.sentences[at:at] = [[] for _ in items]
    _reflow(c, " ")
    latin = _latin(c)
    nav = [TH_UI["nav"][0], *sorted(c.stable("th-nav").sample(TH_UI["nav"][1:], 6), key=TH_UI["nav"].index)]
    c.snip(" ".join(nav[:5]))
    c.snip(f"หน้าแรก > ข่าว > {s.section}")
    share = c.pick("share")
    c.snip(" ".join([share, *TH_UI["share_sites"]]))
    caption = c.snip(f"{dr.choice(TH_CAPTIONS)} (ภาพ: {pub.name})")
    tags = dr.sample(TH_TAGS, 4)
    c.snip(" ".join(["แท็กที่เกี่ยวข้อง", *(f"#{t}" for t in tags)]))
    related = c.pick_others(4)
    c.snip(pub.related_heading)
    for o in related:
        c.snip(o.title)
    popular = c.pick_others(5)
    c.snip("ข่าวยอดนิยมประจำวัน")
    for o in popular:
        c.snip(o.title)
    follow = c.snip(f"ติดตามข่าวสารล่าสุดจาก{pub.name}ได้ที่ LINE @{latin.replace(' ', '').lower()} "
                    f"และ Facebook {latin}")
    c.snip(" ".join(TH_FOOTER[:4]))
    copyright_line = c.snip(f"Copyright © {YEAR} {latin}. All rights reserved.")
    tagline = c.snip(pub.tagline)
    teasers: list[tuple[int, str]] = []
    for k, o in enumerate(c.pick_others(dr.randint(1, 2))):
        c.snip(f"{pub.read_more} {o.title}")
        teasers.append((2 + 2 * k, f'<p class="read-also"><strong>{esc(pub.read_more)}</strong> '
                                   f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    blocks = _blocks(c, lambda h: f"<p>{h}</p>", lambda t, h: f"<h2>{h}</h2>")
    blocks = _insert_after(blocks, "<p>", teasers)
    if c.has("ads"):
        ad = (f'<div class="ads-inarticle"><small>{esc(c.pick("ad"))}</small>'
              '<div id="div-gpt-ad-1"></div></div>')
        blocks = _insert_after(blocks, "<p>", [(1, ad)])
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    date_meta = (_ldjson_article(c, _ld_date(d), keywords=tags) if use_ld
                 else f'<meta property="article:published_time" content="{_ld_date(d)}">')
    lines = [
        "<!DOCTYPE html>",
        '<html lang="th">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        date_meta,
        "</head>",
        "<body>",
        '<header class="header">',
        f'<a class="brand" href="/">{esc(pub.name)}</a> <span class="brand-slogan">{esc(tagline)}</span>',
        '<nav class="main-menu">'
        + "\n".join(f'<a href="/{_pct(x) if k else ""}">{esc(x)}</a>' for k, x in enumerate(nav))
        + "</nav>",
        "</header>",
        f'<div class="breadcrumb"><a href="/">หน้าแรก</a> &gt; <a href="/news">ข่าว</a> &gt; '
        f'<a href="/{_pct(s.section)}">{esc(s.section)}</a></div>',
        '<main class="content">',
        '<article class="post">',
        f'<h1 class="post-title">{esc(s.title)}</h1>',
        f'<div class="post-meta"><span class="post-date">{th_date(d)}</span>\n'
        f'<span class="views">อ่าน {dr.randint(300, 90000):,} ครั้ง</span></div>',
        f'<div class="share-top"><span>{esc(share)}</span>\n'
        + "\n".join(f'<a class="btn-{x.lower()}" href="#">{esc(x)}</a>' if x.isascii() else
                    f'<a class="btn-copy" href="#">{esc(x)}</a>' for x in TH_UI["share_sites"])
        + "</div>",
        f'<figure class="featured"><img src="/media/{d:%Y/%m}/{_hex(dr, 12)}.webp" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        '<div class="entry-content">',
        *blocks,
        f'<p class="follow-line">{esc(follow)}</p>',
        "</div>",
        '<div class="post-tags"><span>แท็กที่เกี่ยวข้อง</span>\n'
        + "\n".join(f'<a href="/tags/{_pct(t)}">#{esc(t)}</a>' for t in tags)
        + "</div>",
        f'<section class="related-news"><h3>{esc(pub.related_heading)}</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in related)
        + "</ul></section>",
        "</article>",
        '<aside class="sidebar"><h3>ข่าวยอดนิยมประจำวัน</h3><ol>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in popular)
        + "</ol></aside>",
        "</main>",
        '<footer class="footer">',
        "<nav>" + "\n".join(f'<a href="/page/{k}">{x}</a>' for k, x in enumerate(TH_FOOTER)) + "</nav>",
        f"<p>{esc(copyright_line)}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-bar", "ยอมรับ")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ja-chiho-shimbun": render_ja_chiho_shimbun,
    "zh-portal-news": render_zh_portal_news,
    "ko-ilbo-digital": render_ko_ilbo_digital,
    "th-khao-online": render_th_khao_online,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _close_page,
    _hex,
    _insert_after,
    _ldjson,
    _paragraph_words,
    _paras,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import YEAR, Ctx, Story, _words, esc  # noqa: E402

# the four languages join the registries (new keys only)
for _lang, _first, _last, _prose_cls, _ui, _months, _zones in (
    ("ja", tuple(n for n, _ in JA_GIVEN), tuple(n for n, _ in JA_SURNAMES), JapaneseProse, JA_UI, JA_MONTHS,
     JA_ZONES),
    ("zh", ZH_GIVEN, ZH_SURNAMES, ChineseProse, ZH_UI, ZH_MONTHS, ZH_ZONES),
    ("ko", tuple(n for n, _ in KO_GIVEN), tuple(n for n, _ in KO_SURNAMES), KoreanProse, KO_UI, KO_MONTHS,
     KO_ZONES),
    ("th", TH_FIRST_M + TH_FIRST_F, TH_SURNAMES, ThaiProse, TH_UI, TH_MONTHS, TH_ZONES),
):
    register_language(_lang, first_names=_first, surnames=_last, prose=_prose_cls, ui=_ui, months=_months,
                      zones=_zones, romanizer=romanize_site)
