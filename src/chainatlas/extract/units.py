"""The units a figure may carry, and what a unit is not when a word goes on after it.

The scanner of :mod:`quantities` tries these, longest first, right after a number; counters
(家, 个, 台 ...) make a figure a count (:mod:`measures`).
"""

from __future__ import annotations

import re

#: Counters: a figure in one of these is a count of things or people.
COUNT_UNITS = frozenset(
    [
        "家",
        "个",
        "位",
        "名",
        "项",
        "人",
        "次",
        "条",
        "座",
        "所",
        "件",
        "台",
        "套",
        "支",
        "户",
        "款",
        "轮",
        "人次",
        "场次",  # events held (组织专题培训6场次)
        "家次",  # firms served, a firm once per time (服务企业320家次)
        "台次",
        "辆次",
        "艘次",
        "个人",  # people counted with 个 (只需要8个人), read as 人
        "双",
        "块",
        "颗",
        "把",
        "株",
        "种",
        "架",
        "架次",
        "架份",
        "艘",
        "期",
        "片",
        "只",
        "张",
        "场",
        "樘",
        "台套",  # machines and sets counted together (年产800台套)
        "栋",
        "批次",
        "粒",
        "标准箱",  # containers handled at a port (1526.8万标准箱), counted by the box
        "头",  # livestock (奶牛存栏16.8万头)
        "锭",  # spindles (纺纱规模120万锭)
        "份",
        "发",  # launches, rounds (年产液体火箭20发)
        "股",  # shares issued (发行不超过3,000万股)
        "副",  # pairs of spectacles, of gloves (年产眼镜3000万副)
        "根",  # pipes, bars, fibres (年产钢管30万根)
        "顶",  # tents (年产帐篷3800万顶)
        "袋",  # bagged goods (年产食用菌1.2亿袋)
        "口",  # wells, sea cages (布设深远海养殖网箱40口)
        "处",  # sites, hazards found (排查整改各类隐患63处)
        "门",  # courses (共享课程达到486门)
        "尾",  # fish fry (年繁育鱼苗80亿尾)
        "羽",  # poultry (出栏肉鸡620万羽)
        "盆",  # potted plants (兰花年产量8600万盆)
        "瓶",  # bottled goods (年产饮料6100万瓶)
        "箱",  # boxed goods (年销售28.5万箱)
        "标箱",  # containers by the box (集装箱吞吐量128.6万标箱)
        "列",  # trains run (开行中欧班列1260列)
        "间",  # rooms (客房3600间)
        "单",  # orders (日均发件35万单)
        "桶",  # instant food or oil by the tub (年产方便粉丝18亿桶)
    ]
)

UNITS = sorted(
    [
        "亿平方米",
        "万平方米",
        "平方米",
        "平方公里",
        "平方千米",
        "万千瓦时",
        "亿千瓦时",
        "千瓦时",
        "万千瓦",
        "千瓦",
        "亿美元",
        "万美元",
        "美元",
        "亿元",
        "万元",
        "元",
        "个百分点",
        "百分点",
        "%",
        "GWh",
        "MWh",
        "kWh",
        "GW",
        "MW",
        "kW",
        "万吨标准煤",  # energy used (能耗下降至38.6万吨标准煤)
        "吨标准煤",
        "千克标准煤",  # energy per tonne (吨钢综合能耗降至538千克标准煤)
        "万载重吨",
        "载重吨",
        "万吨",
        "吨",
        "亿斤",  # grain, produce by weight (粮食总产量60亿斤; 亩产600公斤)
        "万斤",
        "万公斤",
        "公斤",
        "千克",
        "斤",
        "万辆",
        "辆",
        "万亩",
        "亩",
        "公顷",
        "个月",
        "微克/立方米",  # fine particles in the air (PM2.5平均浓度29微克/立方米)
        "标准立方米",
        "万立方米",
        "立方米",
        "公里",
        "千米",
        "米",  # fabric, cable, pipe by length (年织造能力8000万米)
        "分钟",
        "小时",
        "秒",  # a line's takt time (生产节拍从90秒缩短到52秒)
        "个工作日",
        "万千升",
        "万蒸吨",
        "蒸吨",
        "千升",
        "升",
        "工作日",
        "吉瓦",
        "吉瓦时",
        "兆瓦时",
        "兆瓦",
        "P",  # computing power, in PFLOPS (算力规模6.8万P)
        *COUNT_UNITS,
        "天",
        "年",
        "倍",
        "‰",  # a rate per thousand (人口出生率8.36‰)
        "分",  # a score (综合得分78.36分), kept only after the word for one (quantities)
    ],
    key=len,
    reverse=True,
)
#: Characters after a unit that make it part of a word (项目, 家庭, 年度; 两升一降: no litres).
_NOT_AFTER = {"项": "目", "家": "庭具", "年": "度代级内", "天": "然", "人": "民", "名": "单",
              "所": "有在", "台": "州阶河", "条": "件例", "个": "人体性", "位": "于置",
              "只": "是有要能需", "张": "家", "场": "景馆地所次面", "头": "部牧号等企",
              "升": "一级温高至为到", "次": "电元创开供增", "份": "额子", "个人": "才所员工选资信账", "股": "份东权票价本民", "副": "市县区镇局长主书总部省厅所处院理会经董高食",
              "根": "本据植治源除", "顶": "级尖端部层峰棚梁", "袋": "鼠装子",
              "口": "岸罩号碑径腔味感", "处": "长理置于罚室级在", "门": "户类店槛口诊票头市面禁窗城",
              "尾": "气声款矿水号",
              "瓶": "装颈盖子", "箱": "包体式式子", "列": "入为车队表举出", "间": "接隔断歇距",
              "单": "位项体车个品元价日月次独纯一晶兵身独调据", "桶": "装",
              "米": "粉饭酒线业面糠面油", "分": "钟之析别类期批支局厂公行布配红享散工区会校数值成", "发": "展现布生出明放行电射挥力动达表"}  # fmt: skip
_NOT_AFTER["P"] = "A-Za-z"  # 6.8万P, not a word in Latin letters
#: Words after a unit that make it part of a word: 家电 (appliances) and 家居 (furnishing)
#: after a figure are rare next to 5家电子信息企业 and 以12家居首, so only those words go.
_NOT_AFTER_WORDS = {
    "家": "电器|电产业|电行业|电市场|电卖场|电下乡|电企业|居(?![首全第前各榜县省市区州国内同])"
}
UNIT_ALT = "|".join(
    re.escape(u)
    + (f"(?![{_NOT_AFTER[u]}])" if u in _NOT_AFTER else "")
    + (f"(?!{_NOT_AFTER_WORDS[u]})" if u in _NOT_AFTER_WORDS else "")
    for u in UNITS
)
