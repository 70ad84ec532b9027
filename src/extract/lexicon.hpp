// Internal, stage 6: the word lists the extractor reads clauses with.
//
// Each list is data, grouped by what the word tells: a cue of commitment (确保, 力争), a verb
// of change (增长, 下降), a word that only links an indicator to its value (达到, 为), a time
// or period word (比上年, 年均). Matching is by longest word at a character boundary.
#ifndef ZHIBIAO_SRC_EXTRACT_LEXICON_HPP
#define ZHIBIAO_SRC_EXTRACT_LEXICON_HPP

#include <cstdint>
#include <string_view>

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
    {"攀升", Tail::up}, {"偏高", Tail::up}, {"偏多", Tail::up}, {"增产", Tail::up}, {"增收", Tail::up}, {"多增", Tail::up},
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
    {"增加为", Tail::to_up}, {"达到了", Tail::link},
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
    {"每年", Tail::period, "每年"},
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
    {"占", "侵抢"}, {"超", "赶"}, {"在", "存所现正实内外潜自"}, {"均", "人平"}, {"了", "为除"}, {"仍", ""}, {"已", "而不"},
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
    "就", "则", "而", "但", "又", "从而", "进而", "同期", "年均", "上半年", "下半年", "一季度",
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
};

struct CueWord {
  std::string_view word;
  Cue cue;
};

inline constexpr CueWord kCueWords[] = {
    {"确保", Cue::binding}, {"必须", Cue::binding}, {"严格控制", Cue::binding}, {"坚决", Cue::binding},
    {"务必", Cue::binding}, {"保证", Cue::binding},
    {"力争", Cue::aspirational}, {"争取", Cue::aspirational}, {"努力", Cue::aspirational},
    {"力求", Cue::aspirational}, {"力促", Cue::aspirational},
    {"保持", Cue::maintain}, {"稳定在", Cue::maintain}, {"维持", Cue::maintain}, {"保持在", Cue::maintain},
    {"安排", Cue::plan}, {"拟", Cue::plan}, {"计划", Cue::plan}, {"拟安排", Cue::plan},
    {"预期目标", Cue::expected}, {"预计", Cue::expected}, {"预期", Cue::expected}, {"目标是", Cue::expected},
    {"目标为", Cue::expected}, {"主要目标", Cue::expected},
    {"要", Cue::future}, {"将", Cue::future}, {"今后", Cue::future}, {"未来", Cue::future},
    {"明年", Cue::future}, {"力求", Cue::aspirational},
    {"去年", Cue::past}, {"上年", Cue::past}, {"过去", Cue::past}, {"已经", Cue::past}, {"已", Cue::past},
    {"年来", Cue::past}, {"实现了", Cue::past}, {"完成了", Cue::past}, {"达到了", Cue::past},
    {"增长了", Cue::past}, {"下降了", Cue::past}, {"提高了", Cue::past}, {"突破了", Cue::past},
    {"超过了", Cue::past}, {"取得了", Cue::past}, {"增加了", Cue::past}, {"减少了", Cue::past},
    {"降低了", Cue::past}, {"建成了", Cue::past}, {"新增了", Cue::past},
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
    "发行", "筹集", "下达", "拨付", "投资", "筹措",
};

/// Adverbs and enumerators that may precede the verb of a task clause.
inline constexpr std::string_view kClauseAdverbs[] = {
    "全力", "着力", "大力", "积极", "进一步", "继续", "深入", "加快", "全面", "切实", "坚决", "努力",
    "重点", "着重", "集中", "扎实", "认真", "稳步", "有序", "统筹", "同时", "并", "还", "再", "要",
    "将", "今年", "全年", "年内", "力争", "确保", "争取", "计划", "拟", "全区", "全市", "全省", "全县",
    "共", "新", "要", "基本", "首先", "其次", "最后", "此外", "另外", "在全区", "在全市",
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

}  // namespace zhibiao::detail::lex

#endif
