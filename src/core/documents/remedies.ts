// How a decision is performed and challenged (APL Art. 59 (四)(五)). The periods are printed in
// words, as the statutes write them, and each sentence names the article it restates.
import type { PenaltyDecision } from '../lifecycle/penalty'
import { yuanZh } from './money-zh'

const APL = '《中华人民共和国行政处罚法》'

/** 履行方式和期限: pay within 15 days of receipt (Art. 67 ¶3); late-payment surcharge (Art. 72). */
export function performanceParagraphs(p: PenaltyDecision): string[] {
  const due: string[] = []
  if (p.fineFen !== null) due.push(`罚款${yuanZh(p.fineFen)}`)
  // Confiscated gains are paid in like the fine; confiscated property is taken, not paid.
  if (p.types.includes('confiscateGains') && p.confiscationFen !== null) {
    due.push(`没收的违法所得${yuanZh(p.confiscationFen)}`)
  }
  if (due.length === 0) return ['本决定自送达当事人之日起执行。']
  const lines = [
    `当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳${due.join('和')}（${APL}第六十七条第三款）。`
  ]
  if (p.fineFen !== null) {
    lines.push(
      `到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额，并可以依法申请人民法院强制执行（${APL}第七十二条第一款第（一）项、第（四）项）。`,
      `当事人确有经济困难，需要延期或者分期缴纳罚款的，可以向本机关提出申请，经本机关批准后暂缓或者分期缴纳（${APL}第六十六条第二款）。`
    )
  }
  return lines
}

/**
 * 救济途径和期限. Ordinary decisions: 行政复议 within sixty days (行政复议法 2023 第二十条) or 行政诉讼
 * within six months (行政诉讼法 第四十六条), counted here from receipt, when the party knows of the act.
 * On-the-spot decisions must go to 行政复议 first (行政复议法 2023 第二十三条第一款第（一）项, read from
 * secondary sources, not from the statute text), then to court within fifteen days of the review
 * decision (行政诉讼法 第四十五条). The 复议机关 is not named: the snapshot does not carry it.
 */
export function remedyParagraphs(
  kind: 'decision' | 'noPenalty' | 'onTheSpot',
  subject: string
): string[] {
  const lines =
    kind === 'onTheSpot'
      ? [
          `当事人对${subject}不服的，应当自收到本决定书之日起六十日内依法先申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼（《中华人民共和国行政复议法》第二十条、第二十三条第一款第（一）项，《中华人民共和国行政诉讼法》第四十五条）。`
        ]
      : [
          `当事人对${subject}不服的，可以自收到本决定书之日起六十日内依法申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政复议法》第二十条，《中华人民共和国行政诉讼法》第四十六条）。`
        ]
  if (kind !== 'noPenalty') {
    lines.push(
      `申请行政复议或者提起行政诉讼期间，本行政处罚决定不停止执行，法律另有规定的除外；加处罚款的数额在行政复议或者行政诉讼期间不予计算（${APL}第七十三条第一款、第三款）。`
    )
  }
  return lines
}
