// The legal sources of the clocks, each with the version (date of the text) it was read from.
// Articles marked [V] in /work/shared/domain.md were checked against the statute text; the market
// regulation procedure rules were not obtained, so their citations carry a note saying so.
import { apl, type Citation } from '../discretion/citation'

/** 《中华人民共和国行政强制法》, adopted 2011-06-30, in force 2012-01-01. */
export const COERCION_LAW = '中华人民共和国行政强制法'
const COERCION_VERSION = '2011-06-30'

function coercion(article: string): Citation {
  return { law: COERCION_LAW, article, version: COERCION_VERSION }
}

/** 《中华人民共和国民法典》 of 2020-05-28: the general rules on computing periods (Arts. 200–204). */
function civilCode(article: string): Citation {
  return { law: '中华人民共和国民法典', article, version: '2020-05-28' }
}

const UNVERIFIED_SAMR =
  'unverified：《市场监督管理行政处罚程序规定》文本未取得，条号与措辞未核对（domain.md §1.1）'

export const CLOCK_CITATIONS = {
  /** 本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。 */
  workingDays: apl('第八十五条'),
  /** 自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。 */
  decision90: apl('第六十条'),
  /** Market regulation: +30 days with the head's approval; further extension by collective
   * discussion; 中止、听证、公告、检测检验检疫鉴定 time not counted. */
  decisionExtension: {
    law: '市场监督管理行政处罚程序规定',
    article: '（办案期限条款，条号未核实）',
    version: '2022-09-29',
    note: UNVERIFIED_SAMR
  } satisfies Citation,
  /** 当事人不在场的，行政机关应当在七日内……送达当事人。 */
  service7: apl('第六十一条第一款'),
  /** 当事人要求听证的，应当在行政机关告知后五日内提出。 */
  hearingRequest5: apl('第六十四条第（一）项'),
  /** 行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点。 */
  hearingNotice7: apl('第六十四条第（二）项'),
  /** 当事人应当自收到行政处罚决定书之日起十五日内……缴纳罚款。 */
  payment15: apl('第六十七条第三款'),
  /** 到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。 */
  surcharge: apl('第七十二条第一款第（一）项'),
  /** 批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，自暂缓或者分期缴纳罚款期限结束之日起计算。 */
  deferralCourt: apl('第七十二条第二款'),
  /** 加处罚款的数额在行政复议或者行政诉讼期间不予计算。 */
  surchargePause: apl('第七十三条第三款'),
  /** 自作出行政处罚决定之日起二十个工作日内公示 (domain.md §1.1 row 10, [V]). */
  publication20: {
    law: '市场监督管理行政处罚信息公示规定',
    article: '第九条',
    version: '2021-07-30'
  } satisfies Citation,
  /** 查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过
   * 三十日……查封、扣押的期间不包括检测、检验、检疫或者技术鉴定的期间。 */
  seizure: coercion('第二十五条'),
  /** 自期限届满之日起三个月内……申请人民法院强制执行。 */
  courtApplication: coercion('第五十三条'),
  /** 催告书送达十日后当事人仍未履行义务的，行政机关可以……申请强制执行。 */
  courtReminder: coercion('第五十四条'),
  /** 本法中十日以内期限的规定是指工作日，不含法定节假日。 */
  coercionWorkingDays: coercion('第六十九条'),
  /** 自知道或者应当知道该行政行为之日起六十日内提出行政复议申请 (domain.md §1.1, [V]). */
  review60: { law: '中华人民共和国行政复议法', article: '第二十条第一款', version: '2023-09-01' },
  /** 自知道或者应当知道作出行政行为之日起六个月内提出 (domain.md §1.1, [V]). */
  litigation6m: {
    law: '中华人民共和国行政诉讼法',
    article: '第四十六条第一款',
    version: '2017-06-27'
  },
  /** 开始的当日不计入，自下一日开始计算。 */
  startDayExcluded: civilCode('第二百零一条第一款'),
  /** 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。 */
  monthEnd: civilCode('第二百零二条'),
  /** 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。 */
  lastDayHoliday: civilCode('第二百零三条第一款')
} as const satisfies Record<string, Citation>
