// A small unit benchmark package as YAML text, for the catalogue tests: one item of the unit's own
// (电子商务法 Art. 76, a fine "一万元以下"), with the parts a test breaks given as options.

export type UnitPackageOptions = {
  id?: string
  code?: string
  status?: string
  effectiveFrom?: string
  supersedes?: string
  documentNumber?: string
  /** 处罚依据's article; '' leaves the citation incomplete. */
  penaltyArticle?: string
  /** The fine rule as YAML lines indented under `fine:`, replacing the default maxOnly rule. */
  fine?: string
}

export const UNIT_ITEM_CODE = 'HY-EC-76-01'

const UP_TO_10000_YUAN = `
          kind: maxOnly
          maxFen: 1000000 # 1万元以下
          bands: { LIGHTER: [0, 200000], NORMAL: [200000, 600000], HEAVIER: [600000, 1000000] }`

export function unitPackageYaml(o: UnitPackageOptions = {}): string {
  const law = '中华人民共和国电子商务法'
  const article = o.penaltyArticle ?? '第七十六条第一款第（一）项'
  return `# 汉阳区补充裁量基准（测试用）
schemaVersion: 1
id: ${o.id ?? 'HY-UNIT-2026'}
title: 汉阳区市场监管补充裁量基准
issuer: 武汉市汉阳区市场监督管理局
documentNumber: ${o.documentNumber ?? '汉阳市监〔2026〕3号'}
system: marketRegulation
effectiveFrom: '${o.effectiveFrom ?? '2026-01-01'}'
effectiveTo: null
supersedes: ${o.supersedes ?? 'null'}
status: ${o.status ?? 'draft'} # 发布时由系统改写
aggravatingBasis:
  law: 汉阳区市场监管补充裁量基准
  article: 从重处罚情形
  version: '2026-01-01'
items:
  - code: ${o.code ?? UNIT_ITEM_CODE}
    name: 电子商务经营者未在首页显著位置公示营业执照信息
    domain: 电子商务
    firstViolationEligible: true
    versions:
      - kind: penalty
        statute: { law: ${law}, version: '2018-08-31', inForceFrom: '2019-01-01' }
        violatedProvision: { law: ${law}, article: 第十五条第一款, version: '2018-08-31' }
        penaltyProvision: { law: ${law}, article: '${article}', version: '2018-08-31' }
        sanctions:
          - { type: orderToCorrect, mode: mandatory, text: 责令限期改正 }
          - { type: fine, mode: optional, text: 可以处一万元以下的罚款 }
        fine:${o.fine ?? UP_TO_10000_YUAN}
`
}

/** Tiers in which a base of exactly 1万元 falls in both branches. */
export const OVERLAPPING_TIERS = `
          kind: tieredByBase
          base: illegalGains
          branches:
            - label: 违法所得一万元以下
              when: { lteFen: 1000000 }
              rule:
                kind: maxOnly
                maxFen: 500000
                bands: { LIGHTER: [0, 100000], NORMAL: [100000, 300000], HEAVIER: [300000, 500000] }
            - label: 违法所得一万元以上
              when: { gteFen: 1000000 }
              rule:${UP_TO_10000_YUAN.replaceAll('\n', '\n      ')}`
