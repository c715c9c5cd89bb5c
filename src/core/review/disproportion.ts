// 小过重罚 (domain.md §9.1): a fine many times the amount involved, against a micro-business or an
// individual. The Yulin celery case — 20 yuan of goods, 66 000 yuan fine, 3 300× — is the benchmark.
// The flag asks for the checks that were missed there: 减轻 (APL Art. 32), 不予处罚 (Art. 33) and, for
// food traders, 免予处罚 under 食品安全法 Art. 136; the principle breached is 过罚相当 (APL Art. 5 ¶2).
import { assertNever } from '../assert'
import { apl } from '../discretion/citation'
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import type { PartyScope } from './config'
import { compareFraction } from './exact'
import { timesText, yuanText } from './format'
import { ratioBase, subjectFine, type RatioBase } from './measures'
import type { ReviewParty } from './types'

function inScope(scope: PartyScope, party: ReviewParty): boolean {
  switch (scope) {
    case 'microOrPerson':
      return party.microBusiness || party.kind === 'person'
    case 'all':
      return true
  }
  return assertNever(scope)
}

function partyText(party: ReviewParty): string {
  if (party.microBusiness) return '小微市场主体（个体工商户或者小微企业）'
  return party.kind === 'person' ? '自然人' : '法人或者其他组织'
}

function baseText(base: RatioBase): string {
  switch (base.kind) {
    case 'goodsValue':
      return `货值金额${yuanText(base.fen)}`
    case 'illegalGains':
      return `违法所得${yuanText(base.fen)}`
    case 'floor':
      return `违法所得和货值金额（不足${yuanText(base.fen)}，按${yuanText(base.fen)}计）`
  }
  return assertNever(base.kind)
}

export const checkDisproportion: Check = ({ subject, config }) => {
  const fine = subjectFine(subject)
  const cfg = config.disproportion
  if (fine === null || fine <= 0 || !inScope(cfg.partyScope.value, subject.party)) return NONE
  const base = ratioBase(subject.bases, cfg.baseFloorFen.value)
  if (base === null || base.fen <= 0) return NONE
  const threshold = cfg.ratioAbove.value
  if (compareFraction(fine, base.fen, threshold) <= 0) return NONE
  const ratio = fine / base.fen
  const food = subject.exemption.food136 !== null
  const turnover = subject.party.declaredTurnoverFen
  return [
    {
      code: 'DISPROPORTION',
      severity: 'flag',
      message: `罚款${yuanText(fine)}是${baseText(base)}的${timesText(ratio)}倍，超过${threshold}倍，当事人为${partyText(subject.party)}，可能违反过罚相当原则；请核查是否适用《中华人民共和国行政处罚法》第三十三条不予处罚、第三十二条减轻处罚${food ? '或者《中华人民共和国食品安全法》第一百三十六条免予处罚' : ''}。`,
      citations: [C.proportionality, apl('第三十三条'), C.mitigation, ...(food ? [C.food136] : [])],
      evidence: {
        fineFen: fine,
        baseFen: base.fen,
        baseKind: base.kind,
        ratio,
        ratioAbove: threshold,
        goodsValueFen: subject.bases.goodsValueFen,
        illegalGainsFen: subject.bases.illegalGainsFen,
        partyKind: subject.party.kind,
        microBusiness: subject.party.microBusiness,
        declaredTurnoverFen: turnover,
        fineToTurnover: turnover !== null && turnover > 0 ? fine / turnover : null
      },
      rule: 'disproportion',
      configKeys: [
        'disproportion.ratioAbove',
        'disproportion.baseFloorFen',
        'disproportion.partyScope'
      ]
    }
  ]
}
