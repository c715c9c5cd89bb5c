// 裁量基准适用说明: one Chinese paragraph for the 告知书 / 决定书, built only from the
// Evaluation so that what is printed is what was decided. Hubei requires decisions to explain
// which benchmark item and level were applied and why (domain.md §4.1, §8).
import { assertNever } from '../assert'
import { PUBLIC_SERVICE_GROUND, publicServiceSentence } from '../flexible/public-service'
import { dateZh, formatCitation } from './citation'
import { rangeText } from './money'
import type { Evaluation, NoPenaltyGround } from './result-types'
import { LEVEL_LABEL_ZH } from './vocabulary'

const GROUND_ZH: Record<NoPenaltyGround, string> = {
  limitation: '违法行为在法定期限内未被发现',
  notPunishableAtAct: '违法行为发生时的规定未对该行为设定行政处罚',
  lighterLaw: '作出决定时新的规定已不再对该行为设定行政处罚',
  underAge: '当事人违法时不满十四周岁',
  incapacity: '当事人在不能辨认或者不能控制自己行为时实施违法行为',
  noFault: '当事人有证据足以证明没有主观过错',
  minorViolationExemption: '违法行为轻微并及时改正，没有造成危害后果',
  firstViolationExemption: '当事人初次违法且危害后果轻微并及时改正',
  exemptionList: '符合已公布的免罚清单所列条件',
  sectorExemption: '符合行业法律规定的免予处罚情形'
}

function versionSentence(e: Evaluation): string {
  const v = e.versions
  const law = `《${v.statuteApplied.law}》（${dateZh(v.statuteApplied.version)}文本）`
  const lighter = ((): string => {
    switch (v.lighterLaw) {
      case 'sameVersion':
        return `违法行为发生时与作出决定时适用的均为${law}。`
      case 'decisionUnknown':
        return `依照违法行为发生时的${law}处理。`
      case 'oldApplies':
        return `违法行为发生后相关规定虽已修改，但新的规定处罚并不较轻，依照《中华人民共和国行政处罚法》第三十七条，适用违法行为发生时的${law}。`
      case 'newLighter':
        return `违法行为发生后相关规定已修改，新的规定处罚较轻，依照《中华人民共和国行政处罚法》第三十七条，适用${law}。`
      case 'newNotPunishable':
        return `作出决定时相关规定已修改，不再对该行为设定行政处罚，依照《中华人民共和国行政处罚法》第三十七条，适用新的规定。`
    }
    return assertNever(v.lighterLaw)
  })()
  const b = v.benchmarkApplied
  const doc = b.documentNumber ? `（${b.documentNumber}）` : ''
  const bench =
    v.compared.length > 1
      ? `经比较违法行为发生时和作出决定时有效的裁量基准，适用处罚较轻的《${b.title}》${doc}。`
      : `裁量依据为《${b.title}》${doc}。`
  return lighter + bench
}

function outcomeSentence(e: Evaluation): string {
  const o = e.outcome
  const penaltyBasis = e.provisions.penalty ? formatCitation(e.provisions.penalty) : ''
  switch (o.level) {
    case 'NO_PENALTY': {
      const mandatory = o.mandatory
        ? '依法不予行政处罚'
        : '可以不予行政处罚，建议不予行政处罚（须经确认）'
      const citation = e.trace.find((t) => t.step === 'noPenalty')?.citation
      const basis = citation ? formatCitation(citation) : '有关规定'
      const kept =
        e.sanctions.length > 0 ? `；但依法${e.sanctions.map((s) => s.text).join('、')}` : ''
      return `鉴于${GROUND_ZH[o.ground]}，依照${basis}，${mandatory}${kept}，并依法对当事人进行教育。`
    }
    case 'ORDER_CORRECTION_ONLY': {
      const measures = e.sanctions.map((s) => s.text).join('、')
      return `依照${penaltyBasis}，应当${measures}；${e.precondition ?? '法定前提条件成就'}的，方可处以罚款，当事人尚无该情形，依法不予罚款。`
    }
    case 'NON_PENALTY_MEASURE':
      return `依照${penaltyBasis}，对当事人${e.sanctions.map((s) => s.text).join('、')}；该措施不属于行政处罚。`
    case 'MITIGATED':
    case 'LIGHTER':
    case 'NORMAL':
    case 'HEAVIER':
      return penaltySentence(e, o.level, penaltyBasis)
  }
  return assertNever(o)
}

function penaltySentence(e: Evaluation, level: keyof typeof LEVEL_LABEL_ZH, basis: string): string {
  const parts: string[] = []
  const branch = e.branch ? `本案${e.branch}，` : ''
  if (e.statutoryRange) {
    parts.push(`依照${basis}，${branch}法定罚款幅度为${rangeText(e.statutoryRange)}。`)
  } else {
    parts.push(`依照${basis}予以处罚。`)
  }
  // 公益减罚 is its own sentence after the level: it did not decide the level (see penalty-path.ts).
  const m = e.grounds.mitigating.filter((g) => g.code !== PUBLIC_SERVICE_GROUND)
  const a = e.grounds.aggravating
  if (m.length > 0) {
    const list = m.map((g) => `${g.label}（${formatCitation(g.citation)}）`).join('；')
    parts.push(`当事人具有${list}的情形。`)
  }
  if (a.length > 0) {
    const list = a.map((g) => `${g.label}（${formatCitation(g.citation)}）`).join('；')
    parts.push(`当事人具有${list}的从重情形。`)
  }
  if (m.length > 0 && a.length > 0) {
    parts.push('从轻与从重情形并存，暂按一般阶次，由负责人综合裁量。')
  }
  if (m.length === 0 && a.length === 0) parts.push('当事人无从轻、减轻或者从重情形。')
  // Stored evaluations from before issue 6 have no publicService field.
  const ps = e.publicService ?? null
  const fine = ps
    ? `，该阶次罚款幅度为${rangeText(ps.before)}`
    : e.fine
      ? `，建议罚款${rangeText(e.fine)}`
      : ''
  const others = e.sanctions
    .filter((s) => s.type !== 'fine' && s.mode === 'mandatory')
    .map((s) => s.text)
  const also = others.length > 0 ? `，并${others.join('、')}` : ''
  parts.push(
    `综合考虑违法行为的事实、性质、情节以及社会危害程度，适用${LEVEL_LABEL_ZH[level]}裁量阶次${fine}${also}。`
  )
  if (ps) parts.push(publicServiceSentence(e, ps))
  if (level === 'MITIGATED') parts.push('减轻处罚须经行政机关负责人集体讨论决定。')
  return parts.join('')
}

export function explain(e: Evaluation): string {
  const v = e.versions
  const when =
    v.actDate === v.violationDate
      ? `于${dateZh(v.actDate)}`
      : `自${dateZh(v.violationDate)}至${dateZh(v.actDate)}持续`
  const violated = formatCitation(e.provisions.violated)
  const head = `当事人${when}实施的“${e.itemName}”行为，违反了${violated}的规定。`
  return head + versionSentence(e) + outcomeSentence(e)
}
