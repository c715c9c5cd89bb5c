// A realistic case for the composer tests: a Wuhan food company fined 20 000 yuan under the Food
// Safety Law after a notice with a hearing offer, statements, a 复核 and a hearing.
import type { DocumentBlock, DocumentLayout } from './layout'
import type { DocumentSnapshot } from './snapshot'
import type { DocumentType } from './types'

export const USCC = '91420105MA4K3C7F92'
export const VIOLATED = '《中华人民共和国食品安全法》（2021-04-29）第三十四条第（十）项'
export const PENALTY = '《中华人民共和国食品安全法》（2021-04-29）第一百二十四条第一款第（五）项'

/** 文号 per type, as a unit keeps a serial per type and year; forms carry the case number. */
const NUMBER: Record<DocumentType, string | null> = {
  filingApproval: null,
  penaltyNotice: '汉阳市监罚告〔2026〕8号',
  hearingNotice: '汉阳市监听告〔2026〕2号',
  penaltyDecision: '汉阳市监处罚〔2026〕12号',
  noPenaltyDecision: '汉阳市监不罚〔2026〕1号',
  onTheSpotDecision: '汉阳市监当罚〔2026〕0007号',
  serviceReceipt: null
}

export function snapshot(
  docType: DocumentType,
  over: Partial<DocumentSnapshot> = {}
): DocumentSnapshot {
  const penalty = { types: ['fine' as const], fineFen: 2_000_000, confiscationFen: null }
  return {
    docType,
    number: NUMBER[docType],
    version: 1,
    correctionReason: null,
    issuedOn:
      docType === 'penaltyNotice' || docType === 'hearingNotice' ? '2026-02-02' : '2026-03-02',
    unit: { name: '武汉市汉阳区市场监督管理局', code: 'HY' },
    case: {
      caseNumber: '汉阳市监立〔2026〕3号',
      cause: '销售超过保质期的食品',
      facts:
        '2026年1月5日，执法人员在当事人经营场所检查时发现，当事人货架上陈列销售的“某某牌”酸奶48盒已超过标示的保质期，货值金额共计480元',
      discoveredOn: '2026-01-05',
      filedOn: '2026-01-06',
      violationOn: '2026-01-05'
    },
    parties: [
      {
        kind: 'organisation',
        name: '武汉某某食品有限公司',
        idNumber: null,
        uscc: USCC,
        legalRepresentative: '张某某',
        address: '武汉市汉阳区龙阳大道100号',
        contact: '027-84000000'
      }
    ],
    officers: ['李某', '王某'],
    evidence: [
      { kind: 'documentary', title: '营业执照复印件', collectedOn: '2026-01-05' },
      { kind: 'inspectionRecord', title: '现场笔录', collectedOn: '2026-01-05' },
      { kind: 'partyStatement', title: '询问笔录（张某某）', collectedOn: '2026-01-08' }
    ],
    evaluation: {
      itemCode: 'SP-124-05',
      itemName: '经营超过保质期的食品',
      violatedProvision: VIOLATED,
      penaltyProvision: PENALTY,
      levelLabel: '从轻处罚',
      explanation:
        '当事人于2026年1月5日实施的“经营超过保质期的食品”行为，违反了上述规定。当事人主动消除违法行为危害后果，适用从轻处罚裁量阶次，建议罚款20000元'
    },
    notice: {
      on: '2026-02-02',
      penalty,
      hearingOffered: true,
      statementDue: '2026-02-09',
      hearingRequestDue: '2026-02-09'
    },
    statements: [{ on: '2026-02-05', summary: '当事人称系店员疏忽，已全部下架销毁' }],
    reconsideration: {
      on: '2026-02-10',
      adopted: false,
      reasons: '下架销毁已在裁量时作为从轻情节考虑，不构成进一步减轻的理由'
    },
    hearing: {
      requestedOn: '2026-02-06',
      hearingOn: '2026-02-20',
      place: '本局三楼听证室',
      heldOn: '2026-02-20',
      summary: '当事人对违法事实无异议，请求减轻处罚'
    },
    decision: {
      on: '2026-03-02',
      outcome: 'penalty',
      procedure: 'ordinary',
      penalty,
      reasons: '',
      place: null
    },
    served: {
      title: '行政处罚决定书',
      number: '汉阳市监处罚〔2026〕12号',
      on: '2026-03-03',
      method: 'inPerson'
    },
    ...over
  }
}

/** A simple-procedure case: a 2 000 yuan fine on an organisation, decided where it was found. */
export function onTheSpotSnapshot(): DocumentSnapshot {
  const penalty = { types: ['fine' as const], fineFen: 200_000, confiscationFen: null }
  return snapshot('onTheSpotDecision', {
    issuedOn: '2026-01-05',
    notice: null,
    statements: [],
    reconsideration: null,
    hearing: null,
    decision: {
      on: '2026-01-05',
      outcome: 'penalty',
      procedure: 'simple',
      penalty,
      reasons: '',
      place: '武汉市汉阳区龙阳大道100号当事人经营场所'
    }
  })
}

function blockText(b: DocumentBlock): string {
  switch (b.kind) {
    case 'title':
    case 'line':
    case 'paragraph':
    case 'heading':
      return b.text
    case 'field':
      return `${b.label}：${b.value}`
    case 'signature':
      return b.lines.join('\n')
  }
}

/** Every word printed in the body, one block per line, for `toContain` checks (the title and
 * subject are metadata and left out, so a check cannot pass on them alone). */
export function flatten(l: DocumentLayout): string {
  return l.blocks.map(blockText).join('\n')
}
