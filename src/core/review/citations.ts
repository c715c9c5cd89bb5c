// The legal and policy sources the consistency review cites. APL and 食品安全法 articles were read
// against /work/shared/laws (行政处罚法 2021-01-22, 食品安全法 2021-04-29). The other documents were
// not obtained as text: their citations carry a note saying so, and the version is left empty where
// the issue date is not confirmed.
import { CLOCK_CITATIONS } from '../clocks/citations'
import { APL_ART, apl, type Citation } from '../discretion/citation'

export const FSL_LAW = '中华人民共和国食品安全法'
export const FSL_VERSION = '2021-04-29'

const UNOBTAINED = 'unverified：原文未取得，据 domain.md 所引公开网页（[P]）'

export const REVIEW_CITATIONS = {
  /** 设定和实施行政处罚必须以事实为依据，与违法行为的事实、性质、情节以及社会危害程度相当。 */
  proportionality: APL_ART.art5,
  /** 应当从轻或者减轻行政处罚的情形. */
  mitigation: APL_ART.art32,
  /** 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。 */
  minorViolation: APL_ART.art33p1s1,
  /** 初次违法且危害后果轻微并及时改正的，可以不予行政处罚。 */
  firstViolation: APL_ART.art33p1s2,
  /** 当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。 */
  noFault: APL_ART.art33p2,
  /** 依法不予行政处罚的，行政机关应当对当事人进行教育。 */
  education: APL_ART.art33p3,
  /** 行政机关可以依法制定行政处罚裁量基准……应当向社会公布。 */
  benchmark: APL_ART.art34,
  /** 告知拟作出的行政处罚内容及事实、理由、依据，并告知陈述、申辩、要求听证等权利。 */
  notice: APL_ART.art44,
  /** 对当事人提出的事实、理由和证据，应当进行复核；不得因陈述、申辩而给予更重的处罚。 */
  statements: apl('第四十五条'),
  /** 法制审核：未经法制审核或者审核未通过的，不得作出决定。 */
  legalReview: APL_ART.art58,
  /** 未告知或者拒绝听取陈述、申辩的，不得作出行政处罚决定（当事人明确放弃的除外）。 */
  noDecisionWithoutNotice: apl('第六十二条'),
  /** 较大数额罚款等，应当告知当事人有要求听证的权利；当事人要求听证的，应当组织听证。 */
  hearing: apl('第六十三条第一款'),
  /** 罚没款项不得同作出行政处罚决定的行政机关及其工作人员的考核、考评直接或者变相挂钩。 */
  revenueNotATarget: apl('第七十四条第三款'),
  /** 擅自改变行政处罚种类、幅度的，由上级行政机关或者有关机关责令改正。 */
  alteredRange: apl('第七十六条第一款第（二）项'),
  /** 食品经营者履行了进货查验等义务……可以免予处罚，但应当依法没收其不符合食品安全标准的食品。 */
  food136: { law: FSL_LAW, article: '第一百三十六条', version: FSL_VERSION } satisfies Citation,
  decision90: CLOCK_CITATIONS.decision90,
  decisionExtension: CLOCK_CITATIONS.decisionExtension,
  service7: CLOCK_CITATIONS.service7,
  publication20: CLOCK_CITATIONS.publication20,
  /** 行政强制法 第二十五条: 30 days, at most 30 more with the head's approval; testing not counted. */
  seizure: CLOCK_CITATIONS.seizure,
  startDayExcluded: CLOCK_CITATIONS.startDayExcluded,
  /** Names 畸轻畸重、类案不同罚 as the problems benchmarks must fix (domain.md §4.1, §9.1). */
  benchmarkGuidance: {
    law: '国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见（国办发〔2022〕27号）',
    article: '（规范行政处罚裁量、避免畸轻畸重和类案不同罚的要求，条目未核实）',
    version: '',
    note: `${UNOBTAINED}；发布日期约为2022年8月，未核实`
  } satisfies Citation,
  /** No arbitrary maximum or high fines; monitor abnormal growth of fine revenue (domain.md §9.1). */
  fineGuidance: {
    law: '国务院关于进一步规范和监督罚款设定与实施的指导意见（国发〔2024〕5号）',
    article: '（不得随意顶格或者高额罚款；罚没收入异常增长的监测，条目未核实）',
    version: '',
    note: `${UNOBTAINED}；文件标题与发布日期未核实`
  } satisfies Citation,
  /** Deviating from the agency's own benchmark needs the principal head's approval or collective
   * discussion, archived in the 副卷 (Hubei market regulation, 2023-12, domain.md §4.1). */
  deviationApproval: {
    law: '湖北省市场监督管理局关于行政处罚裁量规则和裁量标准的通知（2023年12月）',
    article: '偏离裁量基准须经主要负责人批准或者集体讨论，材料归入副卷',
    version: '',
    note: `${UNOBTAINED}（juenhuiz.com）；文件名称、文号与条目均未核实`
  } satisfies Citation
} as const satisfies Record<string, Citation>
