"""What a document is about: the place (or park) it tells of, and the firm its title names.

Subjects fall back on them for figures that name no subject, and events for happenings that
name no actor.
"""

from __future__ import annotations

import re
from collections import Counter

from chainatlas.extract.doc import PLACE_TYPES, STAMPED_LINE, Doc, Mention, inner_place
from chainatlas.extract.fairs import is_fair
from chainatlas.extract.industry_parts import WHOLE_PLACE
from chainatlas.extract.lexicon import place_words, regions
from chainatlas.extract.provinces import province_short_names


def title_firm(doc: Doc) -> tuple[str, str] | None:
    """A firm that the title (or its subtitle) names first: a company report is about the
    company."""
    at = doc.title_index()
    if at < 0:
        return _firm_heading(doc)
    title = doc.paragraphs[at]
    end = title.end
    if at + 1 < len(doc.paragraphs) and doc.text.startswith("—", doc.paragraphs[at + 1].start):
        end = doc.paragraphs[at + 1].end  # ——探访江西井冈光学科技股份有限公司: its subtitle
    colon = _LED_BY_PLACE.match(doc.text, title.start, end)
    after = colon.end() if colon is not None else title.start  # 定安塔岭工业园：普康药业…全面达产
    first = next((m for m in doc.mentions if after <= m.start < end), None)
    if first is None or first.type != "company":
        # 海南…科技有限公司综合管理部编 over a title naming no firm: the firm's own bulletin
        first = next((m for m in doc.mentions if m.start < title.start), None)
    if first is None or first.type != "company":
        return _firm_of_short_title(doc, at, end)
    return first.name, "company"


#: A post's headline led by the account's name (瑞钢精管 | 年产8万吨…产线正式投产！).
_ACCOUNT_LED = re.compile(r"[^\n|｜]{2,12}\s*[|｜][ \u3000]*")


def _firm_heading(doc: Doc) -> tuple[str, str] | None:
    """The firm whose account heads a post that opens with its headline, no title found above
    the body (瑞钢精管 | …正式投产！ over 湖南瑞钢精密管业有限公司（以下简称“瑞钢精管”）…)."""
    led = _ACCOUNT_LED.match(doc.text, doc.paragraphs[0].start) if doc.paragraphs else None
    if led is None:
        return None
    first = next(iter(doc.mentions), None)
    # 喜报｜驰远精密荣获…: a tag before the bar, the firm right after it
    if first is None or first.start not in (led.start(), led.end()) or first.type != "company":
        return None
    return first.name, "company"


def _firm_of_short_title(doc: Doc, at: int, end: int) -> tuple[str, str] | None:
    """``喜讯！磐草堂年产3000吨…生产线正式投产`` over ``浙江磐草堂药业有限公司…投产仪式``: a
    title naming the firm by the word its registered name opens with after its province's is
    about the firm the first lines name in full (``at``: the title's paragraph)."""
    heading = doc.text[doc.paragraphs[at].start : end]
    if at + 1 < len(doc.paragraphs):
        line = doc.paragraphs[at + 1]
        if doc.text.startswith(
            "原创", line.start
        ):  # 原创　瓯屿食品　瓯屿海洋食品: the account's own
            heading += doc.text[line.start : line.end]
    near = doc.paragraphs[min(len(doc.paragraphs) - 1, at + 4)].end
    for m in doc.mentions:
        if m.start >= near:
            break
        if m.start >= end and m.type == "company" and m.name.endswith("公司"):
            # the firm's own word opens its name after its province's (浙江|磐草堂药业…)
            own = next((len(p) for p in province_short_names() if m.name.startswith(p)), 0)
            if own and m.name[own : own + 3] in heading:
                return m.name, "company"
    return None


#: A headline opened by a place and a colon (定安塔岭工业园：…): the news told after it.
_LED_BY_PLACE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:园|区|县|市|镇)[：:]")


def main_region(doc: Doc) -> str | None:
    """The place (or park) the title names, else the place named most often, else the park,
    else the province; a body named after its place (晋城市工业和信息化局 heading its web
    page) names the place too."""
    at = doc.title_index()
    if at >= 0 and _STAMP.search(doc.text, doc.paragraphs[at].start, doc.paragraphs[at].end):
        at = -1  # an account's stamped line opening the text is no title
    titled = (_title_place(doc, at) if at >= 0 else None) or _account_place(doc)
    if titled is not None:
        return titled
    stamped = [  # an account's stamped line, and captions under photos (▲…产业园一角)
        p for p in doc.paragraphs if p.kind == "caption" or _STAMP.search(doc.text, p.start, p.end)
    ]
    for kinds in (("region", "city"), ("park",), ("province",)):
        counts = Counter(
            m.name
            for m in doc.mentions
            if m.type in kinds and not any(p.start <= m.start < p.end for p in stamped)
        )
        if counts and kinds[0] == "region":
            counts.update(_owners(doc))  # 陇西县人民政府县长 …, 陇西县政协: the county's own
        if counts:
            return counts.most_common(1)[0][0]  # a park's review names no other place
    return None


def _title_place(doc: Doc, at: int) -> str | None:
    """The place the title (paragraph ``at``) or what stands above it names, if any."""
    title = doc.paragraphs[at]
    ours = WHOLE_PLACE.search(doc.text, title.start, title.end) is not None  # 我市86家企业入选…
    site = above = None
    for index, m in enumerate(doc.mentions):
        if m.start >= title.end:
            break
        if m.start < title.start and STAMPED_LINE.search(_line_of(doc.text, m.start)):
            continue  # 塔城零距离　2026-03-10 21:06　新疆: where the post was sent from
        if m.start < title.start:
            site = site or _site_place(m) or _media_place(doc, m)  # 佳木斯新闻网: its city's…
            if site is not None:
                continue
        if site is not None and not _opens(doc.text[title.start : m.start]):
            return site  # …unless the title opens with a place of its own (红寺堡:…, 藤县…签约)
        host = _fair_host(doc, m) if m.start >= title.start and is_fair(m) else None
        if host is not None:
            return host  # 葫芦岛市…招商推介会在上海举行: the host's, not the venue's
        if m.type in PLACE_TYPES and not _in_path(doc.text, m.start) and not _bound(doc, m):
            after = doc.mentions[index + 1] if index + 1 < len(doc.mentions) else None
            place = _place_at(doc, title.start, m, after)
            if m.start >= title.start:  # 东莞松山湖高新区 above 松山湖9家企业入选: the full name
                return above if above is not None and place in above else place
            above = above or place  # a site's place: the title's own place or park comes first
        park = park_of_board(m)
        if park is not None and m.start >= title.start:
            return park  # 邛崃经济开发区管理委员会…工作总结: the park's
        owner = _OWNER_PLACE.match(m.name) if m.type == "government" else None
        if owner is not None and (m.start >= title.start or ours):
            return owner.group()  # a site's name above a title of 我市…: the site's own place
    if site is not None or above is not None:
        return site or above
    named = _owned_place_in(doc, doc.text[title.start : title.end])
    if named is not None:
        return named
    account = _ACCOUNT.search(doc.text, 0, doc.paragraphs[min(len(doc.paragraphs) - 1, at + 3)].end)
    if account is not None and account.group(1) in doc.text[title.start : title.end]:
        return account.group(1)  # 松山湖发布, over 松山湖…产业集群跑出“加速度”: its place
    for m in doc.mentions:  # the site's own name above the title (烟台市蓬莱区人民政府)
        if m.start >= title.start:
            break
        park = park_of_board(m)
        if park is not None:
            return park  # 大庆高新技术产业开发区管理委员会 / 2025年工作总结
        owner = _OWNER_PLACE.match(m.name) if m.type == "government" else None
        if owner is not None:
            return owner.group()
    return None


def _place_at(doc: Doc, title_start: int, m: Mention, after: Mention | None) -> str:
    """The place mention ``m`` names, read with the mention right after it: a park named
    after it (珲春边合区), or the district whose office it heads (重庆市九龙坡区人民政府)."""
    if after is not None and inner_place(m, after):
        return after.name  # 珲春边合区…工作总结: the park named after its place
    inner = after is not None and after.type in PLACE_TYPES and after.start - m.end <= 1
    if inner and after is not None and place_words().get(m.name) == "province":
        return _in_full(doc, title_start, after.name)  # 海南万宁…: the county's, not the isle's
    office = _OWNER_PLACE.match(after.name) if after is not None else None
    if office is not None and after is not None and after.start == m.end:
        return office.group()  # 重庆市九龙坡区人民政府 over its page: the district
    if doc.text[m.start : m.end] == m.name and m.name[-1:] in "区县市旗":
        return m.name  # 天津市宝坻区人民政府 over 2026年1—10月宝坻区…: as the title writes it
    return _in_full(doc, title_start, m.name)


def _fair_host(doc: Doc, fair: Mention) -> str | None:
    """The place or park a fair is named after (葫芦岛市…推介会, 通州园深圳推介会), as the
    document names it elsewhere: the longest place written at the head of the fair's name."""
    best = ""
    host = None
    for m in doc.mentions:
        written = doc.text[m.start : m.end]
        if m.type in PLACE_TYPES and fair.name.startswith(written) and len(written) > len(best):
            best, host = written, m.name
    return host


def _in_full(doc: Doc, title_start: int, name: str) -> str:
    """``name`` as the site above the title writes it in full (重庆市江津区投资促进局 over
    …重庆江津…推介会: 重庆市江津区)."""
    for m in doc.mentions:
        if m.start >= title_start:
            break
        owner = _OWNER_PLACE.match(m.name) if m.type == "government" else None
        if owner is not None and owner.group().endswith(name):
            return owner.group()
    return name


#: An official public account named after its place (常州发布, 松山湖发布), on its stamped line.
_ACCOUNT = re.compile(
    r"(?:^|\n)(?:原创[ 　]*)?([\u4e00-\u9fff]{2,6})发布[ 　]*(?:19|20)\d\d-\d\d-\d\d"
)


def _account_place(doc: Doc) -> str | None:
    """The city or county a public account is named after (南昌工信　2026-07-08 18:30　江西:
    南昌市), from its stamped line near the top; None for any other account."""
    for p in doc.paragraphs[:4]:
        account = _ACCOUNT_OF_PLACE.match(doc.text, p.start, p.end)
        if account is not None and _STAMP.search(doc.text, p.start, p.end):
            known = regions()
            place = account.group(1)
            return next((n for n in (place, place + "市", place + "县") if n in known), None)
    return None


#: An account named after its place and its office (南昌工信, 诸城发布, 宾阳融媒).
_ACCOUNT_OF_PLACE = re.compile(
    r"(?:原创[ 　]*)?([\u4e00-\u9fff]{2,3}?)(?:工信|发布|融媒|发改|商务|统计|招商|新闻)"
    r"(?=[ 　]|(?:19|20)\d\d-)"
)
#: A line stamped with a time (诸城工信　2026-10-23 19:06　山东): a public account's line,
#: whose last word is where it was posted from, not what the article is about.
_STAMP = re.compile(r"\d{1,2}:\d\d")


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


#: ``…率队赴浙江、江苏开展招商``: where a trip goes, told before its places.
_BOUND_FOR = re.compile(r"(?:赴|前往|奔赴)(?:[\u4e00-\u9fff]{1,8}、)*$")


def _bound(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is where the title's trip goes (县委书记…率队赴浙江、江苏开展招商引资活动),
    which is not the place the page tells of."""
    return _BOUND_FOR.search(doc.text, max(0, m.start - 30), m.start) is not None


def _in_path(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a page's path (每日甘肃网 > 甘肃日报 > 县域经济): the site's
    sections, not what the page tells of (a site named after its place, 防城港新闻网, is)."""
    line = _line_of(text, pos)
    return ">" in line or "＞" in line


def _site_place(m: Mention) -> str | None:
    """The place a news site is named after (佳木斯新闻网: 佳木斯), None for any other."""
    site = m.name.removesuffix("新闻网") if m.type == "institution" else m.name
    known = regions()
    if site == m.name:
        return None
    if site in known or site + "市" in known:
        return site
    # 锡林郭勒新闻网: a league's (盟) or a prefecture's (地区) site is named short too
    return next((name for name in (site + "盟", site + "地区") if name in known), None)


def _media_place(doc: Doc, m: Mention) -> str | None:
    """The place a media site's name opens (巴中传媒网, 梧州日报 standing on their own line),
    None for any other mention."""
    if m.type not in ("region", "city"):
        return None
    line = next((p for p in doc.paragraphs if p.start <= m.start < p.end), None)
    if line is None or line.start != m.start:
        return None
    own = doc.text[line.start : line.end].strip()
    return m.name if own.endswith(_MEDIA_ENDS) and len(own) <= 10 else None


_MEDIA_ENDS = ("网", "日报", "融媒", "传媒", "发布")


def _opens(before: str) -> bool:
    """Whether a title's words ``before`` a name leave it opening the title or the headline
    after its colon (【县域经济】平昌…, 从“一条胎”到“一条链”：兖州…)."""
    return not re.split(r"[：:]", _TAG.sub("", before))[-1].strip()


#: A tag heading a title (【县域经济】平昌白酒…): no words of the title's own.
_TAG = re.compile(r"^\s*【[^】]{1,10}】")


def _owners(doc: Doc) -> list[str]:
    """The places that the government bodies named in ``doc`` belong to, once per body named."""
    owners = (_BODY_PLACE.match(m.name) for m in doc.mentions if m.type == "government")
    return [owner.group() for owner in owners if owner is not None]


#: The place a body belongs to, its congress and its political consultative conference too
#: (临泽县第十八届人民代表大会, 临泽县政协).
_BODY_PLACE = re.compile(
    r"[\u4e00-\u9fff]{2,4}?[县区市](?=[\u4e00-\u9fff]{2,}(?:局|委|办|厅|政府|大会|代表团)$|政协)"
)


def _owned_place_in(doc: Doc, title: str) -> str | None:
    """A place whose office the document names (来源：诸城市工业和信息化局) written short in
    the title (诸城汽车及零部件企业…登上光荣榜): the county no lexicon lists; or, under a
    title telling of 全市 (1—8月全市经济运行稳中有进), the city whose office writes it."""
    whole = _WHOLE.search(title)
    for m in doc.mentions:
        owner = _OWNER_PLACE.match(m.name) if m.type == "government" else None
        if owner is None:
            continue
        place = owner.group()
        if place in title or (len(place) == 3 and place[:2] in title):
            return place
        if whole is not None and place.endswith(whole.group(1)):
            return place
    return None


def park_of_board(m: Mention) -> str | None:
    """The park a park's board runs (邛崃经济开发区管理委员会 runs 邛崃经济开发区): what its
    report is about, what 经开区 points back to, an entity of its own; None for any other."""
    board = _PARK_BOARD.fullmatch(m.name) if m.type == "government" else None
    return board.group(1) if board is not None else None


#: The board that runs a park: the park's name, then 管理委员会 or 管委会.
_PARK_BOARD = re.compile(
    r"(.{2,16}(?:开发区|高新区|经开区|园区|新区|产业园|工业园|高新园))(?:管理委员会|管委会)"
)
#: A title telling of the whole of the place that writes it: 全市, 全县, 全区.
_WHOLE = re.compile(r"全(市|县|区)")


#: The place an office belongs to: 晋城市 of 晋城市工业和信息化局, 烟台市蓬莱区 of 烟台市蓬莱区人民政府.
_OWNER_PLACE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}?市(?:[\u4e00-\u9fff]{1,3}?[区县](?=人民政府|政府|[\u4e00-\u9fff]{2,}[局委办厅]))?"
    r"|(?![全本我该各省市县])[\u4e00-\u9fff]{1,4}?县|[\u4e00-\u9fff]{2,4}?[区州])"  # 景县工信局
    r"(?=[\u4e00-\u9fff]{2,}(?:局|委|办|厅|政府|代表团))"  # 开化县党政代表团: the county's
)
