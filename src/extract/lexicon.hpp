// Internal, stage 6: the word lists the extractor reads clauses with.
//
// Each list is data, grouped by what the word tells: a cue of commitment (确保, 力争), a verb
// of change (增长, 下降), a word that only links an indicator to its value (达到, 为), a time
// or period word (比上年, 年均). Matching is by longest word at a character boundary.
#ifndef ZHIBIAO_SRC_EXTRACT_LEXICON_HPP
#define ZHIBIAO_SRC_EXTRACT_LEXICON_HPP

#include <cstdint>
#include <string_view>

#include "zhibiao/target.hpp"

namespace zhibiao::detail::lex {

// ---- Words at the end of the text before a quantity ("…比上年增长" 11.2%) -----------------

enum class Tail : std::uint8_t {
  link,       ///< 达到, 为, 突破: joins indicator and value.
  up,         ///< 增长, 提高: a rise (growth / increase / pp_up).
  down,       ///< 下降, 减少: a fall (decline / decrease / pp_down).
  to_up,      ///< 提高到, 增加到: the quantity is the new level, reached by rising.
  to_down,    ///< 降至, 下降到: the new level, reached by falling.
  to,         ///< 调整为: the new level.
  from,       ///< 由, 从: the quantity is the old level of "由A…到B".
  respective, ///< 分别: a list of quantities for a list of indicators.
  period,     ///< 同比, 比上年, 年均, 累计: the base or period of the value.
  filler,     ///< 均, 再, 进一步: adverbs without meaning for the statement.
};

struct TailWord {
  std::string_view word;
  Tail tail;
  std::string_view period = {};  ///< For Tail::period: the period as recorded ("上年").
};

inline constexpr TailWord kTailWords[] = {
    // link
    {"达到", Tail::link}, {"达", Tail::link}, {"为", Tail::link}, {"是", Tail::link},
    {"突破", Tail::link}, {"超过", Tail::link}, {"超", Tail::link}, {"逾", Tail::link},
    {"约", Tail::link}, {"大约", Tail::link}, {"近", Tail::link}, {"接近", Tail::link},
    {"将近", Tail::link}, {"不低于", Tail::link}, {"不少于", Tail::link}, {"不超过", Tail::link},
    {"不高于", Tail::link}, {"低于", Tail::link}, {"高于", Tail::link}, {"至少", Tail::link},
    {"控制在", Tail::link}, {"保持在", Tail::link}, {"稳定在", Tail::link}, {"维持在", Tail::link},
    {"保持", Tail::link}, {"完成", Tail::link}, {"实现", Tail::link}, {"达到了", Tail::link},
    {"突破了", Tail::link}, {"超过了", Tail::link}, {"完成了", Tail::link}, {"实现了", Tail::link},
    {"新增", Tail::link}, {"共计", Tail::link}, {"合计", Tail::link}, {"总计", Tail::link},
    {"累计达", Tail::link}, {"力争", Tail::link}, {"确保", Tail::link}, {"争取", Tail::link},
    {"努力", Tail::link}, {"预计", Tail::link}, {"预期", Tail::link}, {"目标", Tail::link},
    {"预期目标", Tail::link}, {"目标为", Tail::link}, {"目标是", Tail::link}, {"有", Tail::link},
    {"要", Tail::link}, {"将", Tail::link}, {"力争达到", Tail::link}, {"升至", Tail::to_up},
    {"拥有", Tail::link}, {"跨越", Tail::link}, {"跨上", Tail::link}, {"迈上", Tail::link},
    {"连续", Tail::filler}, {"计", Tail::link}, {"共", Tail::link}, {"占", Tail::link},
    {"安排", Tail::link}, {"拟安排", Tail::link}, {"收到", Tail::link}, {"共收到", Tail::link}, {"拟", Tail::link}, {"按", Tail::link},
    {"每人", Tail::filler}, {"每人每年", Tail::filler}, {"每户", Tail::filler}, {"每亩", Tail::filler},
    {"每月", Tail::filler}, {"每吨", Tail::filler}, {"每人每月", Tail::filler}, {"首次", Tail::filler},
    {"净", Tail::filler}, {"日均", Tail::period, "日均"}, {"在", Tail::link}, {"人均", Tail::filler},
    // up
    {"增长", Tail::up}, {"增加", Tail::up}, {"上升", Tail::up}, {"上涨", Tail::up},
    {"提高", Tail::up}, {"提升", Tail::up}, {"扩大", Tail::up}, {"增", Tail::up},
    {"涨", Tail::up}, {"多增", Tail::up}, {"增长了", Tail::up}, {"增加了", Tail::up},
    {"提高了", Tail::up}, {"上升了", Tail::up}, {"增幅", Tail::up}, {"增速", Tail::up},
    {"攀升", Tail::up}, {"偏高", Tail::up}, {"偏多", Tail::up}, {"增产", Tail::up}, {"增收", Tail::up},
    // down
    {"下降", Tail::down}, {"降低", Tail::down}, {"减少", Tail::down}, {"回落", Tail::down},
    {"下滑", Tail::down}, {"缩小", Tail::down}, {"缩减", Tail::down}, {"压减", Tail::down},
    {"压缩", Tail::down}, {"降", Tail::down}, {"减", Tail::down}, {"下降了", Tail::down},
    {"降低了", Tail::down}, {"减少了", Tail::down}, {"收窄", Tail::down}, {"减轻", Tail::down},
    {"降幅", Tail::down}, {"偏低", Tail::down}, {"偏少", Tail::down}, {"减产", Tail::down}, {"减收", Tail::down}, {"少增", Tail::down},
    // to
    {"提高到", Tail::to_up}, {"提高至", Tail::to_up}, {"提升到", Tail::to_up}, {"提升至", Tail::to_up},
    {"增加到", Tail::to_up}, {"增加至", Tail::to_up}, {"增长到", Tail::to_up}, {"增长至", Tail::to_up},
    {"上升到", Tail::to_up}, {"上升至", Tail::to_up}, {"扩大到", Tail::to_up}, {"扩大至", Tail::to_up},
    {"增至", Tail::to_up}, {"上调至", Tail::to_up}, {"上调到", Tail::to_up}, {"提高为", Tail::to_up},
    {"增加为", Tail::to_up},
    {"下降到", Tail::to_down}, {"下降至", Tail::to_down}, {"降低到", Tail::to_down}, {"降低至", Tail::to_down},
    {"降到", Tail::to_down}, {"降至", Tail::to_down}, {"减少到", Tail::to_down}, {"减少至", Tail::to_down},
    {"缩小到", Tail::to_down}, {"缩小至", Tail::to_down}, {"回落到", Tail::to_down}, {"回落至", Tail::to_down},
    {"下调至", Tail::to_down}, {"下调到", Tail::to_down}, {"压减至", Tail::to_down}, {"压减到", Tail::to_down},
    {"调整为", Tail::to}, {"调整到", Tail::to}, {"变为", Tail::to}, {"调整至", Tail::to},
    // from
    {"由", Tail::from}, {"从", Tail::from},
    // respective
    {"分别", Tail::respective},
    // period
    {"同比", Tail::period, "同比"}, {"比上年", Tail::period, "上年"}, {"比去年", Tail::period, "上年"},
    {"比上年末", Tail::period, "上年末"}, {"比去年末", Tail::period, "上年末"}, {"比上年底", Tail::period, "上年末"},
    {"比去年底", Tail::period, "上年末"}, {"比上年同期", Tail::period, "同比"}, {"比去年同期", Tail::period, "同比"},
    {"比年初", Tail::period, "年初"}, {"较上年", Tail::period, "上年"}, {"较去年", Tail::period, "上年"},
    {"比上年度", Tail::period, "上年"}, {"年均", Tail::period, "年均"}, {"年平均", Tail::period, "年均"},
    {"平均每年", Tail::period, "年均"}, {"累计", Tail::period, "累计"}, {"比上年实际", Tail::period, "上年"},
    {"比上年预算", Tail::period, "上年预算"}, {"比去年预算", Tail::period, "上年预算"},
    // filler
    {"均", Tail::filler}, {"都", Tail::filler}, {"再", Tail::filler}, {"又", Tail::filler},
    {"还", Tail::filler}, {"也", Tail::filler}, {"进一步", Tail::filler}, {"已", Tail::filler},
    {"已经", Tail::filler}, {"仍", Tail::filler}, {"持续", Tail::filler}, {"继续", Tail::filler},
    {"稳步", Tail::filler}, {"大幅", Tail::filler}, {"大幅度", Tail::filler}, {"快速", Tail::filler},
    {"明显", Tail::filler}, {"显著", Tail::filler}, {"较快", Tail::filler}, {"实际", Tail::filler},
    {"名义", Tail::filler}, {"分别比上年", Tail::period, "上年"}, {"左右", Tail::filler},
    {"以上", Tail::filler}, {"以内", Tail::filler}, {"了", Tail::filler}, {"逐年", Tail::filler},
    {"每年", Tail::period, "每年"}, {"定为", Tail::to}, {"初步定为", Tail::to}, {"确定为", Tail::to},
    {"计划", Tail::link}, {"初步", Tail::filler}, {"可以", Tail::filler}, {"能够", Tail::filler}, {"却", Tail::filler},
    {"按可比口径", Tail::filler}, {"按可比价格计算", Tail::filler}, {"按可比价计算", Tail::filler},
    {"按可比价格", Tail::filler}, {"扣除价格因素", Tail::filler}, {"按现价计算", Tail::filler},
};

/// Tail words that must not be peeled when the character before them makes them part of a
/// word (行为, 作为, 拥有 is its own entry).
struct TailGuard {
  std::string_view word;
  std::string_view prev_chars;
};
inline constexpr TailGuard kTailGuards[] = {
    {"为", "行作认成因以称更较"}, {"是", "但就也都还正或于总凡要可即只"}, {"有", "所拥具没享占"},
    {"达", "发通到表传"}, {"近", "最附接将邻"}, {"约", "节条契制"}, {"计", "统设会估合共总审"},
    {"增", "新倍激猛"}, {"降", "升下骤"}, {"减", "加递缩"}, {"涨", "上高飞"}, {"共", "公"},
    {"占", "侵抢"}, {"超", "赶"}, {"在", "存所现正实内外潜自"}, {"均", "人平"}, {"了", "为除"}, {"仍", ""}, {"已", "而不"}, {"却", "冷退"}, {"计划", "育度"},
};

// ---- Words peeled off the start of an indicator phrase ------------------------------------

inline constexpr std::string_view kLeadWords[] = {
    "其中", "全区", "全市", "全省", "全县", "全国", "全镇", "全州", "全盟", "全旗", "全乡",
    "我区", "我市", "我省", "我县", "我国", "本市", "本区", "本省", "全年", "今年", "去年",
    "上年", "当年", "明年", "年内", "年末", "年底", "一年来", "五年来", "几年来", "多年来",
    "近年来", "过去五年", "过去一年", "过去的一年", "今后五年", "未来五年", "五年",
    "实现了", "实现", "完成了", "完成", "达到", "累计", "共计", "合计", "总计", "共有", "此外",
    "同时", "并且", "并", "和", "及", "以及", "与", "还", "也", "均", "都", "再", "又", "力争",
    "确保", "争取", "努力", "力求", "必须", "务必", "要", "将", "拟", "计划", "预计", "预期",
    "全力", "着力", "大力", "积极", "进一步", "继续", "深入", "加快", "全面", "切实", "坚决",
    "实施", "开展", "组织实施", "打造", "成功", "顺利", "圆满", "使", "让", "已经", "已",
    "平均每年", "每年", "主要预期目标是", "主要预期目标为", "预期目标是", "预期目标为",
    "主要目标是", "主要目标为", "目标是", "目标为", "安排", "拟安排", "各类", "全部", "共",
    "就", "则", "而", "但", "从而", "进而", "同期", "年均", "上半年", "下半年", "一季度",
    "前三季度", "全市共", "全区共", "全省共", "总共", "另外", "首次", "基本", "提出", "上述", "今明两年", "把", "的", "为此", "为了", "三年内", "两年内", "五年内",
};

/// Lead words that must not be peeled when the next character makes them part of a word
/// (再就业, 都市, 使用, 并购, 要素, 及时, 均衡, 新区 ...).
struct Guard {
  std::string_view word;
  std::string_view next_chars;  ///< UTF-8 characters; any one of them after `word` blocks the peel.
};
inline constexpr Guard kLeadGuards[] = {
    {"再", "就生贷融"}, {"都", "市会"}, {"使", "用"}, {"并", "购网"}, {"要", "素求点件害"},
    {"及", "时"}, {"均", "衡等"}, {"把", "握关"}, {"和", "谐平"}, {"还", "贷款"}, {"与", "会"},
    {"将", "近"}, {"共", "享同建有青产"},
    {"就", "业医学读诊地"}, {"则", "例"}, {"而", "且"}, {"基本", "养医公建"}, {"让", "利"},
    {"实施", "方"}, {"全面", "小"}, {"已", "知"}, {"同期", "的"}, {"五年", "级制"},
    {"年均", "增"}, {"计划", "生单内外"}, {"预期", "寿"},
};

// ---- Commitment and tense cues, found anywhere in a clause --------------------------------

enum class Cue : std::uint8_t {
  binding,       ///< 确保, 必须
  aspirational,  ///< 力争, 争取
  maintain,      ///< 保持, 稳定在
  plan,          ///< 安排, 拟, 计划
  expected,      ///< 预期目标, 预计
  future,        ///< 要, 将, 今后 (tense only)
  past,          ///< 去年, 已, 实现了 (tense only)
  base,          ///< 在上年的基础上: a comparison base, neither tense nor commitment
};

/// The commitment a cue of kind `c` gives a target (future and past give none: expected).
constexpr Commitment commitment_of(Cue c) noexcept {
  constexpr Commitment kOf[] = {Commitment::binding, Commitment::aspirational, Commitment::maintain,
                                Commitment::plan,    Commitment::expected,     Commitment::expected,
                                Commitment::expected, Commitment::expected};
  return kOf[static_cast<std::uint8_t>(c)];
}

/// How sure of the future a cue word makes its clause: strong (确保, 拟, 预期目标), weak (要, 将,
/// 安排, 计划), or none (保持, 预计, and the past words).
enum class Future : std::uint8_t { none, weak, strong };

struct CueWord {
  std::string_view word;
  Cue cue;
  Future future = Future::none;
  bool will = false;  ///< 要/将: what the government will do.
};

inline constexpr CueWord kCueWords[] = {
    {"确保", Cue::binding, Future::strong}, {"必须", Cue::binding, Future::strong},
    {"严格控制", Cue::binding, Future::strong}, {"坚决", Cue::binding, Future::strong},
    {"务必", Cue::binding, Future::strong}, {"保证", Cue::binding, Future::strong},
    {"力争", Cue::aspirational, Future::strong}, {"争取", Cue::aspirational, Future::strong},
    {"努力", Cue::aspirational, Future::strong}, {"力求", Cue::aspirational, Future::strong},
    {"力促", Cue::aspirational, Future::strong},
    {"保持", Cue::maintain}, {"稳定在", Cue::maintain}, {"维持", Cue::maintain}, {"保持在", Cue::maintain},
    {"安排", Cue::plan, Future::weak}, {"拟", Cue::plan, Future::strong}, {"计划", Cue::plan, Future::weak},
    {"拟安排", Cue::plan, Future::strong},
    {"预期目标", Cue::expected, Future::strong}, {"预计", Cue::expected}, {"预期", Cue::expected, Future::strong},
    {"目标是", Cue::expected, Future::strong}, {"目标为", Cue::expected, Future::strong},
    {"主要目标", Cue::expected, Future::strong},
    {"要", Cue::future, Future::weak, true}, {"将", Cue::future, Future::weak, true},
    {"今后", Cue::future, Future::weak}, {"未来", Cue::future, Future::weak},
    {"明年", Cue::future, Future::weak},
    {"去年", Cue::past}, {"上年", Cue::past}, {"过去", Cue::past}, {"已经", Cue::past}, {"已", Cue::past},
    {"年来", Cue::past}, {"实现了", Cue::past}, {"完成了", Cue::past}, {"达到了", Cue::past},
    {"增长了", Cue::past}, {"下降了", Cue::past}, {"提高了", Cue::past}, {"突破了", Cue::past},
    {"超过了", Cue::past}, {"取得了", Cue::past}, {"增加了", Cue::past}, {"减少了", Cue::past},
    {"降低了", Cue::past}, {"建成了", Cue::past}, {"新增了", Cue::past},
    // "完成投资38.96亿元，占年度计划的95%" (zmd_2004): a share of the year's plan is progress
    // made, and 计划 there is the base, not a plan cue.
    {"年度计划的", Cue::past}, {"全年计划的", Cue::past},
    // "地区生产总值要在上年的基础上增长8%": 上年 names the base, it does not make the clause past.
    {"上年的基础上", Cue::base}, {"上年基础上", Cue::base}, {"去年的基础上", Cue::base},
    {"去年基础上", Cue::base},
};

/// Characters before a cue word that make it part of another word (主要, 重要, 比上年, 并将).
struct CueGuard {
  std::string_view word;
  std::string_view prev_chars;  ///< Blocks when the character before the word is one of these.
  std::string_view next_chars;  ///< Blocks when the character after the word is one of these.
};
inline constexpr CueGuard kCueGuards[] = {
    {"要", "主重需必只首纲摘概紧简提想", "素求点件害闻案务"},
    {"将", "", "近军士"},
    {"去年", "比较于同由从", ""},
    {"上年", "比较于同由从", "度末同"},
    {"已", "而不", "知"},
    {"计划", "", "生单内外经"},
    {"保持", "", "了"},
    {"预期", "", "寿"},
    {"预计", "", "数"},
    {"安排", "", "了"},
    {"保证", "", "金"},
    {"坚决", "", ""},
    {"过去", "", "了"},
    {"未来", "", ""},
};

// ---- Verbs that make a clause a task ("新建4家手工炒制中心") ------------------------------

inline constexpr std::string_view kTaskVerbs[] = {
    "新建", "建设", "建成", "实施", "完成", "开展", "启动", "开工", "竣工", "交付", "推进", "改造",
    "新开办", "开办", "培育", "举办", "组织", "落实", "打造", "整治", "改扩建", "新改建", "改建",
    "扩建", "创建", "建立", "设立", "开通", "新开", "安置", "回迁", "实现", "发放", "抓好", "办好",
    "开设", "修建", "铺设", "培训", "帮扶", "资助", "救助", "出让", "送", "储备", "招引", "解决",
    "提供", "配备", "植树", "造林", "治理", "清理", "拆除", "整合", "规划", "编制", "引进", "新增改造",
    "提升改造", "改善", "开发", "筹建", "续建", "新开工", "计划", "安排", "拟", "投入", "建", "修缮",
    "创办", "组建", "引导", "推动", "支持", "扶持", "慰问", "招聘", "选派", "新改扩建", "免除", "实行",
    "发行", "筹集", "下达", "拨付", "投资", "筹措", "投产",
    // with the alternative in brackets (prov_sichuan_2026: 新（改）建高标准农田300万亩以上)
    "新（改）建", "新(改)建", "改（扩）建", "改(扩)建", "新（扩）建", "新(扩)建",
};

/// Adverbs and enumerators that may precede the verb of a task clause.
inline constexpr std::string_view kClauseAdverbs[] = {
    "全力", "着力", "大力", "积极", "进一步", "继续", "深入", "加快", "全面", "切实", "坚决", "努力",
    "重点", "着重", "集中", "扎实", "认真", "稳步", "有序", "统筹", "同时", "并", "还", "再", "要",
    "将", "今年", "全年", "年内", "力争", "确保", "争取", "计划", "拟", "全区", "全市", "全省", "全县",
    "共", "新", "基本", "首先", "其次", "最后", "此外", "另外", "在全区", "在全市", "初步",
    "我区", "我市", "我省", "我县", "我国", "本市", "本区", "本省", "全国", "全州", "全旗", "全盟",
    // manner adverbs of the work sections ("因地制宜新建标准塑胶跑道2000公里以上", prov_guangdong_2026)
    "因地制宜", "高质量", "高标准", "适度超前", "稳妥", "持续",
};

/// Counted nouns that are not statistics ("两种手段", "四项措施", "五个坚持").
inline constexpr std::string_view kAbstractNouns[] = {
    "措施", "手段", "积极性", "重点工作", "工作", "举措", "新举措", "方面", "任务", "原则", "问题", "体会",
    "特点", "目标", "关系", "坚持", "战略", "理念", "机制", "作用", "环节", "大类", "方向", "重点", "基本",
    "主要任务", "重大任务", "重要", "意识", "自信", "维护", "确立", "必须", "要求", "阶段", "步", "字",
    "突破", "高于", "倍增", "服务圈", "全覆盖", "统筹", "结合", "转变", "转型", "着力", "优先", "方针",
    "政策", "大战略", "大工程", "大行动", "大体系", "能力", "区别", "不", "有利于", "一批",
};

/// Heads of counted nouns that are items of a plan, not statistics ("29项主要指标", "13项任务举措").
inline constexpr std::string_view kAbstractHeads[] = {
    "指标", "措施", "举措", "任务", "问题", "方面", "原则", "维度", "关系", "理念", "意识", "自信", "关键小事",
};

/// Characters that cannot start the noun a count quantity is attached to ("4个 万亩园区").
inline constexpr std::string_view kNotNounStart =
    "和与及或、以左右上下内外前后余多等并且而也均都将已再还正被给向对从由在把让使即就则增降提减是"
    "分同比其占达至到用投共累约近超逾较每次倍年月日时";

// ---- Time words ----------------------------------------------------------------------------

/// Time words a text before a quantity may end with ("比上年同期" 增长, "去年" 的): peeled, and
/// after 比/较/是/为 recorded as the period. <year>年 is recognised apart (kYearSuffixes).
inline constexpr std::string_view kTimeSuffixWords[] = {
    "去年", "上年", "今年", "明年", "前年", "当年", "同期", "上年同期", "去年同期", "上年末", "去年末",
    "上年底", "去年底", "年初", "上半年", "下半年", "一季度", "前三季度", "五年", "五年前", "十年前"};

/// What may follow the four characters of a year at the end of a text, first match wins.
inline constexpr std::string_view kYearSuffixes[] = {"年底", "年末", "年初", "年度", "年"};
/// What may follow "<year>年" at the start of a text ("2020年底").
inline constexpr std::string_view kYearEnds[] = {"底", "末", "初", "度"};

/// Time words a phrase may start with ("今年", "今后五年"); <year>年 is recognised apart.
inline constexpr std::string_view kTimeWords[] = {"今年", "去年", "上年", "明年", "当年", "全年", "年内", "年末", "年底",
                                                   "今后五年", "未来五年", "过去五年", "五年来", "一年来",
                                                   "今后三年", "未来三年", "今明两年", "今后两年"};
/// The characters a time word can start with: the first ones of kTimeWords and the year
/// characters (digits, full-width digits, x for a masked year, kChineseDigits).
inline constexpr std::string_view kTimeStartChars = "今去上明当全年未过五一" "〇○零一二三四五六七八九"
                                                    "0123456789０１２３４５６７８９xXｘＸ";
/// Chinese digits a year may be written with ("二〇二〇"; older texts print the zero as the
/// white circle ○ U+25CB: 一九五○年, nat_1954).
inline constexpr std::string_view kChineseDigits = "〇○零一二三四五六七八九";
/// The numerals a month is written with before 月 ("八月", "十二月").
inline constexpr std::u32string_view kMonthNumerals = U"一二三四五六七八九十";
/// The digits 1 to 9, in order (〇 and 零 are 0).
inline constexpr std::u32string_view kChineseOneToNine = U"一二三四五六七八九";
/// Chinese numerals, for "is this a count written in words" (十项, 两个, 几千).
inline constexpr std::string_view kChineseNumerals = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半几";

/// Time words that belong to an indicator's name ("全年粮食产量"): no cut before the indicator.
inline constexpr std::string_view kNameTimeWords[] = {"全年", "年内", "当年"};
/// Time words at the start of a phrase or sentence recorded as the period ("过去五年").
inline constexpr std::string_view kPeriodTimeWords[] = {"过去五年", "五年来"};
/// Characters before a time word that make it a base or an end of a range, not a time of its own
/// ("比2002年", "到2020年"), inside an indicator phrase.
inline constexpr std::string_view kTimeBaseMarksInPhrase = "比较至到";
/// The same before the first year word of a sentence (the year its targets are for).
inline constexpr std::string_view kTimeBaseMarks = "比较到至从由自于";

/// Five-year plans and their first year ("十四五" -> 2021), in match order.
struct FiveYearPlan {
  std::string_view name;
  int first_year;
};
inline constexpr FiveYearPlan kFiveYearPlans[] = {
    {"十五五", 2026}, {"十四五", 2021}, {"十三五", 2016}, {"十二五", 2011}, {"十一五", 2006}, {"十六五", 2031}};
/// What may follow a five-year plan's name in a period ("“十四五”期间").
inline constexpr std::string_view kPlanPeriodTails[] = {"期间", "时期", "以来", "期末", "末"};

/// Spans of years a deadline may name ("今后五年", "“十四五”期间").
inline constexpr std::string_view kDeadlineSpans[] = {
    "今后五年", "未来五年", "今后5年", "未来5年", "“十四五”期间", "“十四五”时期", "十四五期间", "“十五五”期间",
    "“十五五”时期", "“十三五”期间", "“十三五”时期", "“十二五”期间", "“十二五”时期", "“十一五”期间",
    "“十一五”时期", "今后三年", "未来三年"};
/// The first characters of every deadline: those of kDeadlineSpans and 到/至 (到2025年).
/// Each is a three-byte character (find_deadline relies on it).
inline constexpr std::string_view kDeadlineFirstChars = "今未“十到至";

/// Words a sentence or paragraph opens with that set its tense.
inline constexpr std::string_view kPastOpeners[] = {"这五年", "五年来", "过去五年", "过去的五年", "过去一年",
                                                    "过去的一年", "一年来", "去年", "上年", "回顾", "几年来",
                                                    "这一年", "过去", "近年来", "多年来", "本届政府",
                                                    // the present is reported, not planned ("目前我市城镇化水平比全省低12个百分点")
                                                    "目前"};
/// Words a sentence opens with to cite a plan ("按照十年规划，…"): with 规划/计划 ending that first
/// phrase, the sentence tells what the plan sets (future).
inline constexpr std::string_view kPlanCitations[] = {"按照", "根据"};
inline constexpr std::string_view kFutureOpeners[] = {"今年", "明年", "今后五年", "未来五年", "展望", "今后", "未来",
                                                      "新的一年", "下一步", "预计今年", "预计明年"};

// ---- Phrase boundaries ----------------------------------------------------------------------

/// Words peeled from the start of a phrase that give its period, and the period recorded.
struct PeriodWord {
  std::string_view word;
  std::string_view period;
};
inline constexpr PeriodWord kPeriodLeadWords[] = {{"累计", "累计"}, {"年均", "年均"}, {"平均每年", "年均"}};

/// Characters after 将/把 that make it part of a word (将近, 把握, 将军 ...), not an object marker.
inline constexpr std::string_view kNotObjectMarker = "近军握关手持";

/// Enumerators at the start of a clause: 一是 … 十是, （一）, (1), and these words.
inline constexpr std::string_view kEnumeratorWords[] = {"首先", "其次", "最后", "一方面", "另一方面"};
inline constexpr std::string_view kOneToTen = "一二三四五六七八九十";
/// Every enumerator starts with a bracket, a numeral, a digit or one of these characters.
inline constexpr std::string_view kEnumeratorFirst = "（(一二三四五六七八九十首其最另";

/// Words that start a list continuation ("11.2%和13%", "13宗、865亩").
inline constexpr std::string_view kListSeparators[] = {"、", "和", "及", "与", "以及", "或", ",", "，", "至", "到"};

/// Verbs of change that lead a phrase with no verb before the amount ("削减财政赤字450亿元").
struct LeadChange {
  std::string_view word;
  bool down;
};
inline constexpr LeadChange kLeadChanges[] = {{"削减", true},  {"压减", true},  {"缩减", true}, {"减少", true},
                                              {"降低", true},  {"增加", false}, {"提高", false}};

/// Qualifiers written after a number that limit it ("60岁以上"); with 左右, those that hold for
/// a whole list when written after its last number ("保持在90%和98%以上").
inline constexpr std::string_view kTrailingLimits[] = {"以上", "以下", "以内"};
inline constexpr std::string_view kTrailingListQualifiers[] = {"以上", "以内", "以下", "左右"};

// ---- Bounds ---------------------------------------------------------------------------------

/// Words right before a quantity that bound it (控制在 -> at most). Looked up by bound in table
/// order: any at_most word the text ends with wins over an at_least word ("不低于" ends with the
/// at_most word 低于 and reads as at_most, as it always has).
struct BoundWord {
  std::string_view word;
  Bound bound;
};
inline constexpr BoundWord kBoundWords[] = {
    {"控制在", Bound::at_most}, {"不超过", Bound::at_most}, {"不高于", Bound::at_most}, {"低于", Bound::at_most},
    {"严格控制在", Bound::at_most},
    {"突破", Bound::at_least}, {"超过", Bound::at_least}, {"不低于", Bound::at_least}, {"不少于", Bound::at_least},
    {"至少", Bound::at_least}, {"超", Bound::at_least}, {"高于", Bound::at_least}, {"逾", Bound::at_least},
};

// ---- Counted nouns --------------------------------------------------------------------------

/// Scale characters that make a bare number a count ("15万群众").
inline constexpr std::string_view kScaleChars = "万亿千百";
/// Numerals that start another count ("三个大台阶"), and the measure words that make it one.
inline constexpr std::string_view kCountStartChars = "一二三四五六七八九十两几";
inline constexpr std::string_view kMeasureChars = "个项次大批座条家所种件处位名户台只年";
/// The rest of a compound unit after a count ("5119.8亿吨公里"), not a noun.
inline constexpr std::string_view kUnitRest[] = {"公里", "千米", "小时", "人次", "标准箱", "千分点", "百分点"};
/// Adverbs that start the predicate after a counted noun ("…客运总站基本完工").
inline constexpr std::string_view kNounPredicate[] = {"全线", "顺利", "全面", "全部", "已经", "正式", "基本完工",
                                                      "基本建成", "基本完成", "基本实现", "基本形成",
                                                      // "年初确定的50个重点项目完成投资30.18亿元" (zmd_2003)
                                                      "完成投资", "实现全部", "得到较好落实", "建成运营", "建成投运",
                                                      "按期开工"};
/// Measures of the things a count just named ("148个重点项目完成投资92.2亿元"): the indicator is
/// the counted noun with the measure.
inline constexpr std::string_view kMeasuresOfCounted[] = {"投资", "总投资", "投资额"};
/// Counted nouns that sum up a list of indicators ("…六项指标").
inline constexpr std::string_view kSummaryNouns[] = {"指标", "大指标", "项指标", "个指标"};

// ---- Quantities that are no amount of an indicator -----------------------------------------

/// Verbs after a limited amount that make it the amount of a statement ("亿元以上安排…").
inline constexpr std::string_view kVerbsAfterLimit[] = {"安排", "用于", "投向", "投入", "用在", "转给", "来自", "发放",
                                                        "拨付", "下达", "筹集", "实现", "保持", "达到", "增长", "下降"};
/// Words before and after a duration that make it a span of time ("连续46个月", "15分钟内").
inline constexpr std::string_view kDurationBefore[] = {"连续", "历时", "用", "经过", "长达", "延长", "缩短", "提前"};
inline constexpr std::string_view kDurationAfter[] = {"来", "内", "中", "间", "后", "前", "以来", "时间", "期间"};
/// Heads of a duration indicator: a duration ("53年") is a statistic only for these (优良天数).
inline constexpr std::string_view kDurationHeads[] = {"天数", "年限", "期限", "时间", "寿命", "周期", "时长", "工期", "天"};

// ---- Statements -----------------------------------------------------------------------------

/// Words that announce the targets of a sentence (主要预期目标是…). `carries`: also in a sentence
/// without quantities, whose expectation then carries over a "；" to the next sentence.
struct ExpectWord {
  std::string_view word;
  bool carries = true;
};
inline constexpr ExpectWord kExpectWords[] = {
    {"预期目标"}, {"主要目标是"}, {"主要目标为"}, {"目标任务是", false}};
/// The part every word of kExpectWords shares (a cheap first test).
inline constexpr std::string_view kExpectCommon = "目标";

/// Words of an amount of money the government spends or sets (投入, 资金, 补助标准): a budget item.
inline constexpr std::string_view kMoneyWords[] = {"投入", "资金", "补助", "补贴", "经费", "支出", "标准", "收购价", "拨款", "预算",
                                                  "赤字", "债券", "国债", "专项债"};
/// A cut of a price, fee, tax or spending the government decides ("一般工商业平均电价再降低10%",
/// "一般性支出压减5%以上"): a task of the year, commitment plan. Matched in the indicator.
inline constexpr std::string_view kDecidedCutHeads[] = {"电价", "价格", "收费", "费用", "费率", "税费", "税率",
                                                        "支出", "经费", "成本", "利率"};
/// A gap to another region ("增长5.4%、高于全国0.4个百分点", "比全省低12个百分点"): the words
/// that compare, the regions, and what may stand between the region and the amount.
inline constexpr std::string_view kGapVerbs[] = {"高于", "低于", "快于", "慢于", "高出", "超出"};
inline constexpr std::string_view kGapRegions[] = {"全国", "全省", "全市", "全区", "全州", "全县", "全盟", "全旗"};
inline constexpr std::string_view kGapTails[] = {"", "平均", "平均水平", "平均水平高", "平均水平低", "平均高", "平均低",
                                                 "高", "低", "快", "慢", "高出", "低出", "预期目标高", "预期目标低"};
/// Words that end the noun a share counts and start its predicate ("百分之七十五以上的农户在不同
/// 程度上增加了收入", "９５％以上的学生都能在永久性校舍中学习").
inline constexpr std::string_view kShareNounStops[] = {"在", "都", "均", "已", "将", "来自", "能", "可以", "得到", "实现"};
/// What may follow 计划/规划 in a clause that only announces them ("计划草案拟定，…"): the clause
/// then governs the clauses after it as a plan.
inline constexpr std::string_view kPlanStatingWords[] = {"草案拟定", "草案规定", "草案提出", "拟定", "规定", "要求"};
/// Halves, shares written without a fraction (半数以上的农户): read as 1/2 of the noun after 的.
inline constexpr std::string_view kHalfWords[] = {"半数", "一半"};
/// Budget items whatever their unit (a deficit in 亿元 or as a share of GDP): a plan.
inline constexpr std::string_view kBudgetShareWords[] = {"赤字"};
/// Task verbs that do not make a percentage a task's progress (实现…增长8% is no progress).
inline constexpr std::string_view kNotProgressVerbs[] = {"实现", "计划", "安排", "投入"};

/// Heads shared by conjuncts that each name a complete indicator ("婚检率、孕检率").
inline constexpr std::string_view kSameHeads[] = {"率", "额", "量", "值", "收入", "比重", "指数", "产量", "支出", "人数"};
/// Words at the end of a subject before its 占… that are no part of it ("…农户已经占…").
inline constexpr std::string_view kSubjectTrailers[] = {"已经", "已", "共", "均", "都"};

/// Words that start the predicate of a clause naming only a subject ("…排放总量近年来首次出现双下降").
inline constexpr std::string_view kSubjectPredicate[] = {"近年来", "首次", "出现", "均", "都", "分别", "继续", "保持",
                                                         "大幅", "稳步", "明显", "进一步", "不断", "持续", "已经", "已",
                                                         "全部", "实现", "达到", "增长", "下降", "提高", "再次",
                                                         "逐步", "稳定", "再创", "创历史", "创新高"};
/// Last characters or words of a lone subject that can be an indicator (…费, …额, …人口).
/// What follows an indicator that names its goal in a subject clause ("经济增长的预期目标，定为…").
inline constexpr std::string_view kGoalSuffixes[] = {"的预期目标", "预期目标", "的目标", "目标", "的速度", "速度",
                                                     "的预期目标是", "的目标是"};
inline constexpr std::string_view kSubjectHeads[] = {"费", "额", "值", "入", "出", "量", "率", "资", "数", "积", "产",
                                                     "金", "模", "本", "重", "力", "价", "人口", "贷款", "存款", "储备", "价格"};

/// The investment of a project named after the amount: "推进总投资103.7亿元的棚户区改造工程"
/// (longest first).
inline constexpr std::string_view kInvestmentOfHeads[] = {"总投资", "投资", "总额", "总规模"};
/// Words at the end of that project's name that are not part of it ("…二期工程建设", "…更换等项目").
inline constexpr std::string_view kProjectNameTrailers[] = {"建设", "等项目", "等工程", "等"};
/// Words that start what is said of the project after its name ("投资3.3亿元的机场快速路建成通车",
/// "…项目主体完工", "…工程进展顺利", "…如期完工"): the name ends before them.
inline constexpr std::string_view kProjectPredicates[] = {
    "建成", "通车", "进展", "完工", "开工", "主体", "投入", "正式", "营业", "年内", "如期", "顺利", "整体",
    "全面", "基本", "全线", "竣工", "落成", "启用", "交付", "封顶", "开业", "运营", "动工", "破土", "加快",
    "已经", "已", "正在", "即将", "将", "有序", "稳步", "开始"};

/// Words that start with 比 and are no comparison base ("占GDP比重提高到…", "比例").
inline constexpr std::string_view kWordsStartingWithBi[] = {"比重", "比例", "比率", "比值", "比较", "比赛", "比如"};
/// Characters or words before 比 that make it part of another word (对比, 相比, 评比, 环比, 同比).
inline constexpr std::string_view kBeforeBiInWords[] = {"对", "相", "评", "类", "无", "好", "环", "同", "占"};
/// Adverbs between a subject and its 比 base ("成本将比上年平均降低7.9%").
inline constexpr std::string_view kBeforeBaseAdverbs[] = {"将", "要", "也", "还", "都", "均", "已经", "已", "又", "仍", "可"};

/// Growth written as a level ("涨幅3%左右"): the head and the change it stands for.
inline constexpr std::string_view kGrowthRateUp[] = {"增幅", "增速", "增长速度", "涨幅"};
inline constexpr std::string_view kGrowthRateDown[] = {"降幅", "下降率"};
/// Verbs of change after which a count of things is still a change, not a level ("增加…个").
inline constexpr std::string_view kCountChangeVerbs[] = {"增加", "减少", "增长"};

/// Doublings the scanner does not read as multiples ("翻一番" = 2 times).
struct Doubling {
  std::string_view word;
  int ratio;
};
inline constexpr Doubling kDoublings[] = {{"翻一番", 2}, {"翻两番", 4}, {"翻了一番", 2}, {"翻了两番", 4}, {"翻番", 2}, {"翻三番", 8}};

}  // namespace zhibiao::detail::lex

#endif
