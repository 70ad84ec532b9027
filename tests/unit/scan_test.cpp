// scan_quantities() on real report sentences (sample report, corpus, and the cases
// named in the normalize issue). Each row: sentence, then the expected quantities
// as "text=value unit qualifier" in order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "zhibiao/quantity.hpp"

using zhibiao::Qualifier;
using zhibiao::scan_quantities;

namespace {

std::string describe(const zhibiao::Quantity& q) {
  std::string s = q.text + "=" + q.value.to_string();
  if (q.high) s += ".." + q.high->to_string();
  if (!q.unit.symbol.empty()) s += " " + q.unit.symbol;
  if (q.qualifier != Qualifier::none) s += " " + std::string(zhibiao::to_string(q.qualifier));
  return s;
}

std::vector<std::string> scan(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& q : scan_quantities(text)) out.push_back(describe(q));
  return out;
}

struct Row {
  const char* sentence;
  std::vector<std::string> want;
};

std::string join(const std::vector<std::string>& v) {
  std::string o;
  for (const auto& s : v) o += (o.empty() ? "" : " | ") + s;
  return o;
}

void check_rows(const std::vector<Row>& rows) {
  for (const auto& r : rows) {
    std::string sentence = r.sentence;
    CAPTURE(sentence);
    CHECK(join(scan(r.sentence)) == join(r.want));
  }
}

}  // namespace

TEST_CASE("scan: amounts with scales and units (sample report)") {
  check_rows({
      {"全区实现地区生产总值566.6亿元,其中服务业增加值459亿元,分别增长11.2%和13%;",
       {"566.6亿元=56660000000 元", "459亿元=45900000000 元", "11.2%=11.2 %", "13%=13 %"}},
      {"财政总收入116.6亿元,其中地方财政收入70.5亿元,分别增长16.4%和14.1%;",
       {"116.6亿元=11660000000 元", "70.5亿元=7050000000 元", "16.4%=16.4 %", "14.1%=14.1 %"}},
      {"接待中外游客680万人次,旅游经济总收入突破110亿元。",
       {"680万人次=6800000 人次", "110亿元=11000000000 元 at_least"}},
      {"有机、绿色、无公害基地达到2.36万亩", {"2.36万亩=23600 亩"}},
      {"完成旧小区物改341幢、89.6万平方米", {"341幢=341 幢", "89.6万平方米=896000 平方米"}},
      {"实际利用外资18.5亿美元,实现自营进出口总额85.7亿美元",
       {"18.5亿美元=1850000000 美元", "85.7亿美元=8570000000 美元"}},
      {"每百人养老机构床位数达到4.1张", {"4.1张=4.1 张"}},
      {"数字城管问题及时解决率连续46个月保持全市第一", {"46个月=46 个月"}},
      {"三次产业比重由20xx年末的73.52:24.77:1.71调整为81:18.3:0.7",
       {"73.52=73.52", "24.77=24.77", "1.71=1.71", "81=81", "18.3=18.3", "0.7=0.7"}},
      {"建设城市综合体6.44平方公里", {"6.44平方公里=6.44 平方公里"}},
      {"新增城镇就业1.5个百分点", {"1.5个百分点=1.5 百分点"}},
      {"服务业增加值年均增长分别为2.3倍", {"2.3倍=2.3 倍"}},
  });
}

TEST_CASE("scan: qualifiers before and after, kept as data") {
  check_rows({
      {"城镇登记失业率控制在4%以内", {"4%=4 % at_most"}},
      {"万元工业增加值综合能耗累计下降30%以上。", {"30%=30 % at_least"}},
      {"为辖区60岁以上居民配备家庭责任医生,健康档案建档率达95%以上",
       {"60岁=60 岁 at_least", "95%=95 % at_least"}},
      {"帮助5万余人实现就业", {"5万余人=50000 人 at_least"}},
      {"完成400余项行政审批事项", {"400余项=400 项 at_least"}},
      {"预计全年粮食产量七亿七千多万吨", {"七亿七千多万吨=770000000 吨 at_least"}},
      {"今年地区生产总值增长7%左右", {"7%=7 % approx"}},
      {"约4.287亿美元", {"4.287亿美元=428700000 美元 approx"}},
      {"参观人数接近300万人次", {"300万人次=3000000 人次 near"}},
      {"年接待游客近千万人次", {"千万人次=10000000 人次 near"}},
      {"带动就业近万人,培育逾千家企业", {"万人=10000 人 near", "千家=1000 家 at_least"}},
      {"数万人参与,上千家企业", {}},
      {"项目签约3543亿元,节约资金5000万元", {"3543亿元=354300000000 元", "5000万元=50000000 元"}},
      {"总投资约2350亿元", {"2350亿元=235000000000 元 approx"}},
      {"县（市）生产总值近3年年均增速快于全省", {"3年=3 年"}},
      {"开放总体方案“80条”基本落地", {}},
      {"引进亿元以上项目87个、千万美元以上项目21个。",
       {"亿元=100000000 元 at_least", "87个=87 个", "千万美元=10000000 美元 at_least", "21个=21 个"}},
      {"实现20万人次以上的培训", {"20万人次=200000 人次 at_least"}},
      {"居民收入不低于6%", {"6%=6 % at_least"}},
      {"赤字率不超过3%", {"3%=3 % at_most"}},
      {"超过1000亿元", {"1000亿元=100000000000 元 at_least"}},
      {"投资逾200亿元", {"200亿元=20000000000 元 at_least"}},
  });
}

TEST_CASE("scan: qualifier text and full span") {
  std::string s = "城镇登记失业率控制在4%以内。";
  auto qs = scan_quantities(s);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "4%");
  CHECK(qs[0].qualifier_text == "控制在…以内");
  CHECK(s.substr(qs[0].full_span.begin, qs[0].full_span.size()) == "控制在4%以内");
  CHECK(s.substr(qs[0].span.begin, qs[0].span.size()) == "4%");
}

TEST_CASE("scan: ranges back-fill the unit and scale") {
  check_rows({
      {"国内生产总值增长6.5%－7%", {"6.5%－7%=6.5..7 % range"}},
      {"居民消费价格涨幅6%-6.5%", {"6%-6.5%=6..6.5 % range"}},
      {"增长6～7%", {"6～7%=6..7 % range"}},
      {"保持在5-20%之间", {"5-20%=5..20 % range"}},
      {"新增就业两到三万", {"两到三万=20000..30000 range"}},
      {"投资8000万至1亿", {"8000万至1亿=80000000..100000000 range"}},
      {"每户补助10~15万元", {"10~15万元=100000..150000 元 range"}},
      {"为每一所农村中小学设立1-2个特级教师工作室", {"1-2个=1..2 个 range"}},
  });
}

TEST_CASE("scan: full-width digits, separators, negatives") {
  check_rows({
      {"增长１４．２％", {"１４．２％=14.2 %"}},
      {"常住人口1,100万", {"1,100万=11000000"}},
      {"从业人员82，225人", {"82，225人=82225 人"}},
      {"出口增长-3.5%", {"-3.5%=-3.5 %"}},
      {"全年2.18万亿元", {"2.18万亿元=2180000000000 元"}},
      {"财政收入16.4亿元", {"16.4亿元=1640000000 元"}},
      {"新增3万4000户", {"3万4000户=34000 户"}},
      {"建成25万6千平方米", {"25万6千平方米=256000 平方米"}},
  });
}

TEST_CASE("scan: Chinese numerals, percent words, fractions, multiples") {
  check_rows({
      {"1956年增长百分之二十点九", {"百分之二十点九=20.9 %"}},
      {"不良率为百分之零点九", {"百分之零点九=0.9 %"}},
      {"出生率千分之三", {"千分之三=3 ‰"}},
      {"确保新增财力三分之二以上投向民生领域", {"三分之二=0.666667 at_least"}},
      {"减少一半", {"一半=0.5"}},
      {"合格率达3/5", {"3/5=0.6"}},
      {"全部实现“翻一番”目标", {"翻一番=2 倍"}},
      {"到2020年实现翻两番", {"翻两番=4 倍"}},
      {"新增就业十万零一千人", {"十万零一千人=101000 人"}},
      {"一万五千亿元", {"一万五千亿元=1500000000000 元"}},
      {"贰仟叁佰元", {"贰仟叁佰元=2300 元"}},
      {"上城埭、大清、双灵三个旅游特色村建设", {"三个=3 个"}},
      {"15万群众受益", {"15万=150000"}},
  });
}

TEST_CASE("scan: not quantities (years, dates, ordinals, codes, slogans, idioms)") {
  check_rows({
      {"20xx年杭州市政府工作报告(20xx年2月19日在杭州市西湖区第十四届人民代表大会第一次会议上)", {}},
      {"是我区全面实施“十二五”规划的第一年", {}},
      {"胜利完成了区十三届人大五次会议确定的各项目标任务", {}},
      {"2019年,１９８４年,一九五八年,2023年4月12日,3月5日", {}},
      {"党的十九大和二十届四中全会精神", {}},
      {"“66500”工程,“1+3”,“9646”养老服务格局,“1650”", {}},
      {"C919大飞机,6G网络,5G基站,PM2.5浓度,5A级景区", {}},
      {"千家万户,亿万人民,一批,一系列,两位数增长,一年来,一是,三大,四个意识", {}},
      {"主要呈现五个方面的特点", {}},
      {"推进学前教育“五个一批”三年行动计划", {}},
      {"467创意联盟等新兴创意园区发展态势良好", {}},
      {"10幢楼宇入选全市商务楼宇50强", {"10幢=10 幢"}},
      {"地铁2号线和6号线", {}},
      {"——八个15分钟服务圈。", {}},
      {"庆祝新中国成立70周年", {}},
      {"万元工业增加值综合能耗下降6.3%", {"6.3%=6.3 %"}},
      {"2021-2025年", {}},
  });
}

TEST_CASE("scan: durations are quantities, years are not") {
  check_rows({
      {"连续5年保持增长", {"5年=5 年"}},
      {"土地承包期再延长30年", {"30年=30 年"}},
      {"2019年增长5%", {"5%=5 %"}},
  });
}

TEST_CASE("scan: spans slice back to the exact text") {
  std::string s = "接待游客680万人次，增长１２％，约4.287亿美元左右。";
  for (const auto& q : scan_quantities(s)) {
    CHECK(s.substr(q.span.begin, q.span.size()) == q.text);
    CHECK(q.full_span.contains(q.span));
  }
}

TEST_CASE("scan: invalid UTF-8 is skipped, not fatal") {
  std::string s = "增长\xff\xfe" "12%，投资\xc3" "5亿元";
  auto qs = scan_quantities(s);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].text == "12%");
  CHECK(qs[1].text == "5亿元");
  CHECK(s.substr(qs[1].span.begin, qs[1].span.size()) == "5亿元");
}
