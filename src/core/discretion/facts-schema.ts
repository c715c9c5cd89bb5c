// The facts of one case as the engine reads them. Dates come in here; the engine reads no clock.
// docs/facts.schema.json is generated from this schema (see facts-json-schema.ts).
import { z } from 'zod'
import { hasForbiddenChars } from '../text/clean-text'
import { PARTY_KINDS } from '../cases/vocabulary'
import { AGGRAVATING_GROUNDS, MITIGATING_GROUNDS } from './vocabulary'
import { fen, isoDate } from './schema-primitives'

const d = (description: string) => ({ description })

const party = z
  .object({
    kind: z.enum(PARTY_KINDS).meta(d('当事人类型：person 自然人 / organisation 法人或者其他组织')),
    ageAtViolation: z
      .number()
      .int()
      .min(0)
      .max(150)
      .optional()
      .meta(d('自然人违法行为发生时的周岁年龄（APL第三十条）')),
    capacity: z
      .enum(['full', 'none', 'partial', 'intermittentLucid'])
      .default('full')
      .meta(
        d(
          '辨认或者控制能力（APL第三十一条）：full 完全；none 不能辨认或者不能控制；partial 尚未完全丧失；intermittentLucid 间歇性精神病人在精神正常时'
        )
      )
  })
  .meta(d('当事人'))

const dates = z
  .object({
    violation: isoDate.meta(d('违法行为发生之日')),
    continuingUntil: isoDate.optional().meta(d('违法行为有连续或者继续状态的，行为终了之日')),
    discovery: isoDate.meta(d('违法行为被发现之日（APL第三十六条）')),
    decision: isoDate.meta(d('作出处罚决定之日（或拟作出之日）'))
  })
  .meta(d('日期（YYYY-MM-DD，北京时间）'))

const bases = z
  .object({
    goodsValueFen: fen.optional().meta(d('货值金额（分）')),
    illegalGainsFen: fen.optional().meta(d('违法所得（分）；未填视为没有违法所得')),
    adFeeFen: fen.optional().meta(d('广告费用（分）')),
    units: z.number().int().min(0).optional().meta(d('按件/套计罚时的数量')),
    baseUncomputableOrLow: z
      .boolean()
      .default(false)
      .meta(d('计罚基数无法计算或者明显偏低（如广告法第五十五条）'))
  })
  .default({ baseUncomputableOrLow: false })
  .meta(d('计罚基数'))

const correction = z
  .object({
    corrected: z.boolean().default(false).meta(d('已改正')),
    date: isoDate.optional().meta(d('改正日期')),
    how: z
      .string()
      .max(500)
      .refine((v) => !hasForbiddenChars(v), { message: '含有不允许的控制字符' })
      .optional()
      .meta(d('改正方式')),
    prompt: z.boolean().default(false).meta(d('及时改正（APL第三十三条）')),
    refusedAfterOrder: z
      .boolean()
      .default(false)
      .meta(d('责令（限期）改正后拒不改正或者逾期未改正'))
  })
  .default({ corrected: false, prompt: false, refusedAfterOrder: false })
  .meta(d('改正情况'))

export const factsSchema = z
  .object({
    itemCode: z.string().min(1).max(64).meta(d('违法行为事项编码（裁量基准目录）')),
    party,
    dates,
    bases,
    harm: z
      .enum(['none', 'slight', 'serious'])
      .meta(d('危害后果：none 没有；slight 轻微；serious 严重')),
    minorViolation: z.boolean().default(false).meta(d('违法行为轻微（APL第三十三条第一款）')),
    correction,
    priorViolations: z
      .number()
      .int()
      .min(0)
      .default(0)
      .meta(d('回溯期内同一事项已受处罚次数（由服务端按单位配置的回溯期统计）')),
    publicService: z
      .array(
        z.object({
          serviceCode: z.string().min(1).max(32).meta(d('公益服务项目编码（本单位公益服务目录）')),
          quantityTenths: z
            .number()
            .int()
            .positive()
            .meta(d('经核实完成的小时数或积分，以十分之一为单位（8小时 = 80）'))
        })
      )
      .max(100)
      .default([])
      .meta(d('经核实完成的公益服务（由服务端根据核实记录填入）')),
    noFaultEvidence: z
      .boolean()
      .default(false)
      .meta(d('当事人有证据足以证明没有主观过错（APL第三十三条第二款）')),
    mitigating: z
      .array(z.enum(MITIGATING_GROUNDS))
      .default([])
      .meta(d('APL第三十二条第（一）至（五）项情形')),
    aggravating: z.array(z.enum(AGGRAVATING_GROUNDS)).default([]).meta(d('从重情形（须有证据）')),
    seriousCircumstances: z
      .boolean()
      .default(false)
      .meta(d('法定“情节严重”（适用法条规定的加重档次或前提）')),
    lifeHealthFinancialSafety: z
      .boolean()
      .default(false)
      .meta(d('涉及公民生命健康安全、金融安全（APL第三十六条五年时效）')),
    publicEmergency: z.boolean().default(false).meta(d('违反突发事件应对措施（APL第四十九条）')),
    sectorGrounds: z
      .array(z.string())
      .default([])
      .meta(d('适用的行业规定情形编码（由目录事项声明，如 FSL-136）')),
    listConditionsMet: z.array(z.string()).default([]).meta(d('经确认符合其条件的免罚清单编号')),
    proposeMitigation: z
      .boolean()
      .default(false)
      .meta(d('办案人员建议减轻处罚（而非从轻），须有法定情形并经集体讨论')),
    intendedFineFen: fen.optional().meta(d('拟处罚款金额（分）；填写后据此判断程序、听证和偏离')),
    majorPublicInterest: z
      .boolean()
      .default(false)
      .meta(d('涉及重大公共利益（APL第五十八条（一））')),
    difficultOrMultipleRelations: z
      .boolean()
      .default(false)
      .meta(d('案件疑难复杂、涉及多个法律关系（APL第五十八条（三））')),
    complexOrMajor: z
      .boolean()
      .default(false)
      .meta(d('情节复杂或者重大违法行为（APL第五十七条第二款）'))
  })
  .meta({ title: 'Yardstick 裁量基准引擎案件事实', description: '案衡 discretion engine facts' })

export type Facts = z.infer<typeof factsSchema>
export type FactsInput = z.input<typeof factsSchema>
