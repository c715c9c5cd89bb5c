// Every threshold of the consistency review, each with the text it comes from. The defaults are those
// of domain.md §9.1 and §4.3; `verified: false` marks a value whose source text was not read (a
// secondary web source, a placeholder or an engineering choice). A unit overrides values through
// parseReviewConfig (config-schema.ts); nothing here is a target: the review only asks questions.
//
// Not configured here: the 7 working days for service (APL Art. 61) and the 20 working days for
// publication (市场监督管理行政处罚信息公示规定 Art. 9) need the working-day calendar, so the server
// computes those due dates with src/core/clocks and passes them in (ReviewProcedure).

export type Sourced<T> = { value: T; source: string; verified: boolean }

/** Where a penalty level sits in the statutory span, as fractions [from, to] (both inclusive). */
export type LevelFractions = {
  LIGHTER: readonly [number, number]
  NORMAL: readonly [number, number]
  HEAVIER: readonly [number, number]
}

/** What a dispersion (CV) is measured on: the position in the range, or the fine ÷ base. */
export const PEER_MEASURES = ['position', 'finePerBase'] as const
export type PeerMeasure = (typeof PEER_MEASURES)[number]

/** Which parties the disproportion rule looks at. */
export const PARTY_SCOPES = ['microOrPerson', 'all'] as const
export type PartyScope = (typeof PARTY_SCOPES)[number]

export type ReviewConfig = {
  position: {
    /** Level profiles by name (the catalogue's `profile`); the case names the one its item uses. */
    profiles: Readonly<Record<string, Sourced<LevelFractions>>>
    /** Used when the item names no profile or an unknown one. */
    defaultProfile: Sourced<string>
    /** A position at or above this is 顶格 (the statutory maximum). */
    topOfRange: Sourced<number>
  }
  disproportion: {
    /** fine ÷ max(违法所得, 货值金额, floor) above this is flagged. */
    ratioAbove: Sourced<number>
    /** The floor of the base in fen, so that a zero base still gives a finite ratio. */
    baseFloorFen: Sourced<number>
    partyScope: Sourced<PartyScope>
  }
  peer: {
    /** Peers decided in (asOf − months, asOf]. */
    windowMonths: Sourced<number>
    /** |position − peer median| above this flags the case as an outlier. */
    positionDeviationAbove: Sourced<number>
    /** Coefficient of variation of the peer group above this is a dispersion warning. */
    cvAbove: Sourced<number>
    measures: Sourced<readonly PeerMeasure[]>
    /** Fewest peers (the case itself excluded) to compare a case with. */
    minPeers: Sourced<number>
    /** Fewest peers to compute a dispersion over. */
    minPeersForDispersion: Sourced<number>
  }
  decision: {
    /** APL Art. 60: decide within 90 days of 立案. */
    days: Sourced<number>
    /** Length of the head-approved extension (market regulation). */
    extensionDays: Sourced<number>
  }
  seizure: {
    days: Sourced<number>
    extensionDays: Sourced<number>
  }
  revenue: {
    /** Year-on-year growth of 罚没收入 above this fraction raises a control warning. */
    growthAbove: Sourced<number>
  }
  report: {
    /** Bars in the fine-amount chart of each group. */
    fineBuckets: Sourced<number>
    /** Tukey fence multiplier: fines outside [Q1 − k·IQR, Q3 + k·IQR] are outliers. */
    fenceK: Sourced<number>
    /** Fewest cases in a group before quartile fences are drawn. */
    minGroupForFences: Sourced<number>
  }
}

const R30_SOURCE =
  '国家市场监督管理总局关于规范市场监督管理行政处罚裁量权的指导意见（国市监法〔2019〕244号，国市监法规〔2022〕2号沿用）：从轻为法定幅度最低30%，从重为最高30%（domain.md §4.3 A；原文未取得，未核实）'

export const DEFAULT_REVIEW_CONFIG: ReviewConfig = {
  position: {
    profiles: {
      R30: {
        value: { LIGHTER: [0, 0.3], NORMAL: [0.3, 0.7], HEAVIER: [0.7, 1] },
        source: R30_SOURCE,
        verified: false
      },
      MULT_R30: {
        value: { LIGHTER: [0, 0.3], NORMAL: [0.3, 0.7], HEAVIER: [0.7, 1] },
        source: `按倍数处罚的，R30方案适用于法定倍数区间；${R30_SOURCE}`,
        verified: false
      },
      MAXONLY: {
        value: { LIGHTER: [0, 0.2], NORMAL: [0.4, 0.6], HEAVIER: [0.6, 1] },
        source:
          '某市规范行政处罚自由裁量权实施办法（可能为成都市）：只规定最高罚款数额的，从轻为最高额20%以下，一般为40%至60%；从重60%至100%为推定（domain.md §4.3 B、§10，未核实）',
        verified: false
      }
    },
    defaultProfile: {
      value: 'R30',
      source: 'domain.md §9.1：位置检查按R30（从轻≤0.3，从重≥0.7）；事项未指明方案时采用',
      verified: false
    },
    topOfRange: {
      value: 1,
      source:
        'domain.md §9.1：罚款达到法定最高额（顶格，pos = 1.0）而未记录从重情形；国发〔2024〕5号不得随意顶格罚款（[P]，未核实）',
      verified: false
    }
  },
  disproportion: {
    ratioAbove: {
      value: 100,
      source:
        'domain.md §9.1：榆林“芹菜案”等通报中罚款与违法所得之比达100至200倍以上（国务院督查通报，[P]）；作为预警线，非法定标准',
      verified: false
    },
    baseFloorFen: {
      value: 100,
      source:
        'domain.md §9.1：fine ÷ max(违法所得, 货值金额, 1)，此处将“1”理解为1元（100分）；单位系推定，未核实',
      verified: false
    },
    partyScope: {
      value: 'microOrPerson',
      source: 'domain.md §9.1：当事人为小微市场主体（含个体工商户）或者自然人时提示',
      verified: false
    }
  },
  peer: {
    windowMonths: {
      value: 12,
      source: 'domain.md §9.1：同一事项、同一基准版本、同一阶次，滚动12个月',
      verified: false
    },
    positionDeviationAbove: {
      value: 0.3,
      source: 'domain.md §9.1：|pos − 同类案件中位数| > 0.3',
      verified: false
    },
    cvAbove: {
      value: 0.5,
      source: 'domain.md §9.1：变异系数 CV > 0.5',
      verified: false
    },
    measures: {
      value: ['position', 'finePerBase'],
      source:
        'domain.md §9.1：对pos和罚款÷基数分别计算离散程度；注意pos均值接近0（多数按最低额处罚）时CV易偏大',
      verified: false
    },
    minPeers: {
      value: 1,
      source: '工程设定：至少有一件同类案件即可比较（第5号议题：两件同类案件罚款悬殊应提示）',
      verified: false
    },
    minPeersForDispersion: {
      value: 3,
      source: '工程设定：少于3件时变异系数不稳定，不作离散提示',
      verified: false
    }
  },
  decision: {
    days: {
      value: 90,
      source: '《中华人民共和国行政处罚法》第六十条：自立案之日起九十日内作出行政处罚决定',
      verified: true
    },
    extensionDays: {
      value: 30,
      source:
        '《市场监督管理行政处罚程序规定》：经负责人批准可以延长三十日（domain.md §1.1；原文未取得，未核实）',
      verified: false
    }
  },
  seizure: {
    days: {
      value: 30,
      source:
        '《中华人民共和国行政强制法》第二十五条第一款：查封、扣押的期限不得超过三十日（domain.md §9.1标为已核对；法律文本不在 shared/laws 中）',
      verified: false
    },
    extensionDays: {
      value: 30,
      source:
        '《中华人民共和国行政强制法》第二十五条第一款：情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日（同上）',
      verified: false
    }
  },
  revenue: {
    growthAbove: {
      value: 0.2,
      source:
        '司法部规范涉企行政执法专项行动：罚没收入同比增长超过20%预警（domain.md §6、§7.3，[P]，未核实）；仅作监督预警，不得作为考核指标（APL第七十四条第三款）',
      verified: false
    }
  },
  report: {
    fineBuckets: { value: 10, source: '报表设定：每组罚款分布图分10档', verified: true },
    fenceK: {
      value: 1.5,
      source: 'Tukey（1977）箱线图规则：超出 [Q1 − 1.5·IQR, Q3 + 1.5·IQR] 为离群值；统计惯例',
      verified: true
    },
    minGroupForFences: {
      value: 4,
      source: '工程设定：少于4件时四分位数没有意义，不画离群界限',
      verified: false
    }
  }
}

/** Dotted paths of every threshold, named by each flag that applied it. */
export type ConfigKey =
  | 'position.profiles'
  | 'position.defaultProfile'
  | 'position.topOfRange'
  | 'disproportion.ratioAbove'
  | 'disproportion.baseFloorFen'
  | 'disproportion.partyScope'
  | 'peer.windowMonths'
  | 'peer.positionDeviationAbove'
  | 'peer.cvAbove'
  | 'peer.measures'
  | 'peer.minPeers'
  | 'peer.minPeersForDispersion'
  | 'decision.days'
  | 'decision.extensionDays'
  | 'seizure.days'
  | 'seizure.extensionDays'
  | 'revenue.growthAbove'
  | 'report.fineBuckets'
  | 'report.fenceK'
  | 'report.minGroupForFences'

/** The profile a case is checked against, and its name (the default when the item names none or
 * one the configuration does not know). */
export function profileFor(
  config: ReviewConfig,
  name: string | null
): { name: string; fractions: LevelFractions } | null {
  const chosen = name !== null && config.position.profiles[name] ? name : null
  const key = chosen ?? config.position.defaultProfile.value
  const profile = config.position.profiles[key]
  return profile ? { name: key, fractions: profile.value } : null
}
