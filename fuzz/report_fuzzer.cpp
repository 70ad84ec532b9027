// report_fuzzer: structure-aware. The fuzzer's bytes are not the input; they are choices
// that build a report-like UTF-8 text from tables of the things real reports are made of
// (headings of every numbering style, indicator names, numbers in digits and in Chinese
// numerals, units, qualifiers, change and target cue words, periods, deadlines, clause and
// sentence punctuation, blank lines, now and then a raw byte). Random bytes almost never
// form "一、...\n地区生产总值增长5%左右，" by chance, so the plain parse_fuzzer rarely reaches
// the extractor's deep paths (bounds, deadlines, changes, ranges, section roles); this one
// reaches them on nearly every input. Every Document is checked like parse_fuzzer's
// (fuzz_checks.hpp). The words are data: tables below, one per kind of token.
//
// A finding: `ZHIBIAO_REPORT_FUZZER_DUMP=built.txt build/fuzz/fuzz/report_fuzzer CRASH` writes
// the built text; saved with a leading option byte 0x01 (Encoding::utf8) as
// tests/data/fuzz-regressions/parse_fuzzer-<name>, the replay test runs it as parse_fuzzer does.
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"

namespace {

constexpr std::string_view kHeadings[] = {
    "一、", "二、", "三、", "十二、", "（一）", "（二）", "(三)", "1.", "2．", "（1）", "⑴", "第一部分", "第二章",
    "一是", "二是", "附件", "名词解释", "",
};
constexpr std::string_view kTitles[] = {
    "2025年工作回顾", "2026年主要目标任务", "国民经济和社会发展", "农业", "工业和建筑业", "对外经济",
    "教育和科学技术", "人口、就业和社会保障", "政府自身建设", "今年工作安排", "主要预期目标",
};
constexpr std::string_view kIndicators[] = {
    "地区生产总值", "全市生产总值", "一般公共预算收入", "规模以上工业增加值", "社会消费品零售总额",
    "固定资产投资", "城镇登记失业率", "城镇调查失业率", "居民消费价格", "城乡居民人均可支配收入",
    "粮食产量", "进出口总额", "实际使用外资", "单位地区生产总值能耗", "研发经费投入强度", "常住人口城镇化率",
    "城镇新增就业", "PM2.5平均浓度", "全年", "其中", "服务业增加值", "第一产业", "",
};
constexpr std::string_view kVerbs[] = {
    "增长", "下降", "提高", "降低", "达到", "完成", "实现", "为", "是", "突破", "超过", "控制在", "保持在",
    "稳定在", "同比增长", "比上年增长", "比上年下降", "年均增长", "增加", "减少", "占", "拉动", "",
};
constexpr std::string_view kQualifiers[] = {
    "", "", "", "约", "近", "超过", "不低于", "不超过", "以上", "以内", "左右", "以下", "上下", "多", "余",
    "力争", "预期", "确保",
};
constexpr std::string_view kUnits[] = {
    "%", "％", "亿元", "万元", "元", "万人", "人", "万吨", "吨", "个百分点", "倍", "平方公里", "公里", "千瓦时",
    "亿美元", "万亩", "家", "个", "户", "微克/立方米", "‰", "",
};
constexpr std::string_view kChineseNumbers[] = {
    "一", "二", "两", "三", "五", "十", "十二", "百分之五", "三分之二", "一千", "一万", "万", "亿", "千万", "零",
    "五百八十", "百分之零点五", "1.2万", "3千", "２０２５",
};
constexpr std::string_view kPeriods[] = {
    "2025年", "今年", "去年", "上年", "“十四五”时期", "到2030年", "2026年底前", "一季度", "1-11月",
    "过去五年", "年末", "",
};
constexpr std::string_view kTails[] = {
    "的目标", "目标", "以上", "左右", "的预期目标", "分别", "和", "、", "（", "）", "“", "”", ":", "：", "",
};
constexpr std::string_view kClauseEnds[] = {"，", "；", "、", ",", ";", "和", "", " "};
constexpr std::string_view kSentenceEnds[] = {"。", "！", "？", "。\n", "\n", "。\n\n", "；\n", "\r\n"};

// Reads choices from the fuzzer's bytes; once they run out every choice is 0.
class Choices {
 public:
  Choices(const std::uint8_t* data, std::size_t size) : p_(data), end_(data + size) {}
  bool done() const { return p_ >= end_; }
  std::uint8_t byte() { return p_ < end_ ? *p_++ : 0; }
  template <std::size_t N>
  std::string_view pick(const std::string_view (&table)[N]) {
    return table[byte() % N];
  }

 private:
  const std::uint8_t* p_;
  const std::uint8_t* end_;
};

void number(Choices& c, std::string& out) {
  const std::uint8_t how = c.byte();
  switch (how % 6) {
    case 0: case 1: case 2: {  // digits, maybe a fraction, maybe a sign or a range
      if (how & 0x40) out += '-';
      const int digits = 1 + c.byte() % 8;
      for (int i = 0; i < digits; ++i) out += static_cast<char>('0' + c.byte() % 10);
      if (how & 0x80) {
        out += '.';
        const int frac = 1 + c.byte() % 4;
        for (int i = 0; i < frac; ++i) out += static_cast<char>('0' + c.byte() % 10);
      }
      if (how & 0x20) {
        out += (how & 0x10) ? "-" : "～";
        out += static_cast<char>('0' + c.byte() % 10);
      }
      break;
    }
    case 3: case 4: out += c.pick(kChineseNumbers); break;
    default: {  // full-width digits
      const int digits = 1 + c.byte() % 4;
      for (int i = 0; i < digits; ++i) {
        out += "\xEF\xBC";
        out += static_cast<char>(0x90 + c.byte() % 10);
      }
    }
  }
}

// One clause: [period] [indicator] [verb] [qualifier] number unit [qualifier] [tail].
void clause(Choices& c, std::string& out) {
  const std::uint8_t shape = c.byte();
  if (shape & 0x01) out += c.pick(kPeriods);
  out += c.pick(kIndicators);
  out += c.pick(kVerbs);
  out += c.pick(kQualifiers);
  if ((shape & 0x06) != 0x06) {
    number(c, out);
    out += c.pick(kUnits);
  }
  if (shape & 0x08) out += c.pick(kQualifiers);
  if (shape & 0x10) out += c.pick(kTails);
  if ((shape & 0xE0) == 0xE0) out += static_cast<char>(c.byte());  // a raw byte (NUL, invalid, markup)
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Choices c(data, size);
  std::string text;
  text.reserve(size * 8);
  // A title line now and then, as reports have.
  if (c.byte() & 1) text += "2026年政府工作报告\n\n";
  while (!c.done() && text.size() < (std::size_t{1} << 16)) {
    const std::uint8_t what = c.byte();
    if (what % 8 == 0) {  // a heading line
      text += c.pick(kHeadings);
      text += c.pick(kTitles);
      text += (what & 0x80) ? "\n" : "。";
      continue;
    }
    const int clauses = 1 + c.byte() % 6;
    for (int i = 0; i < clauses; ++i) {
      clause(c, text);
      if (i + 1 < clauses) text += c.pick(kClauseEnds);
    }
    text += c.pick(kSentenceEnds);
  }
  if (const char* dump = std::getenv("ZHIBIAO_REPORT_FUZZER_DUMP")) {
    std::ofstream(dump, std::ios::binary) << text;
  }
  zhibiao::ParseOptions o;
  o.encoding = zhibiao::Encoding::utf8;
  auto r = zhibiao::parse(text, o);
  if (r) {
    zhibiao_fuzz::check_document(*r, text.size());
  } else if (r.error().offset > text.size() || r.error().message.empty()) {
    zhibiao_fuzz::fail("error offset outside the input or no message", static_cast<std::uint32_t>(r.error().offset));
  }
  return 0;
}
