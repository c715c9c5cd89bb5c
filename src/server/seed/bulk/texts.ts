// The wording of seeded case records: what officers, reviewers and heads typically write in each
// step. Plain constants, so the seed stays deterministic and reviewers can read them.
export const TEXT = {
  declined: '经核查，现有证据不足以证明存在违法行为，决定不予立案。',
  transferOrgan: '公安机关',
  transferReason: '涉案金额较大，涉嫌犯罪，依法移送公安机关处理。',
  penaltySummary: '违法事实清楚，证据确实充分，拟给予行政处罚。',
  noPenaltySummary: '当事人初次违法，危害后果轻微并及时改正，拟不予行政处罚。',
  reviewApproved: '事实清楚，证据确凿，适用依据正确，程序合法，处罚适当，同意。',
  reviewAfterHearing: '经审核听证笔录，原认定事实清楚，同意拟作出的处罚决定。',
  deviationApproved: '当事人有依法应当减轻处罚的情形，同意减轻处罚。',
  collectiveParticipants: '局长、分管副局长、法制机构负责人、办案机构负责人',
  collectiveConclusion: '经集体讨论，同意拟作出的行政处罚决定。',
  statement: '当事人提出陈述、申辩，称系初次经营、对规定不了解，请求从轻处理。',
  reconsidered: '经复核，当事人提出的事实、理由不能成立，不予采纳。',
  hearingPlace: '本局听证室',
  hearingSummary: '听证会依法举行，当事人及其委托代理人到场陈述、申辩并质证。',
  penaltyReasons: '违法事实清楚，证据确凿，依据相关法律法规，决定给予行政处罚。',
  noPenaltyReasons: '依照《中华人民共和国行政处罚法》第三十三条第一款，决定不予行政处罚。',
  educationContent: '对当事人进行批评教育，讲解相关法律法规规定，当事人表示今后严格守法经营。',
  onTheSpotPlace: '违法行为发现地',
  revocationReasons: '原决定认定事实的主要证据不足，依法撤销。'
} as const
