// 案由 of the demo register: common market-regulation, road-transport and work-safety violations,
// each with who typically commits it, where its clues come from, and the facts as an officer would
// write them. Provisions are cited only where checked against the statute texts of the project.
import type { CaseSource } from '../../core/cases/vocabulary'
import { chineseDate } from './dates'
import type { Rng } from './prng'
import type { TradeKey } from './trades'
import { words } from './words'

/** Where the violation was found: it decides how the facts open. */
export type Scene = 'premises' | 'road' | 'online'

/** What a facts template knows about the case. */
export type FactInput = {
  rng: Rng
  trade: TradeKey
  on: string
  party: string
  plate: string
  from: string
  to: string
  goods: string
}

export type CauseSpec = {
  cause: string
  weight: number
  scene: Scene
  trades: readonly TradeKey[]
  /** Share of cases against a 自然人 rather than an organisation. */
  personShare: number
  sources: readonly (readonly [CaseSource, number])[]
  /** The facts after the opening sentence: what was found, and the provision it breaks. */
  body: (f: FactInput) => string
}

type Sources = readonly (readonly [CaseSource, number])[]
const SHOP_SOURCES: Sources = [
  ['inspection', 6],
  ['complaint', 3],
  ['report', 2],
  ['assignment', 1]
]
const ROAD_SOURCES: Sources = [
  ['inspection', 6],
  ['report', 2],
  ['transfer', 2],
  ['assignment', 1]
]
const SAFETY_SOURCES: Sources = [
  ['inspection', 7],
  ['report', 1],
  ['transfer', 1],
  ['assignment', 2]
]

const yuan = (rng: Rng, min: number, max: number) => rng.int(min, max).toLocaleString('en-US')
const cite = (provision: string) => `上述行为涉嫌违反${provision}的规定。`

/** Food, unit, and the price range in yuan. */
const EXPIRED = [
  ['纯牛奶', '盒', 3, 6],
  ['酸奶', '杯', 4, 9],
  ['方便面', '袋', 3, 6],
  ['切片面包', '袋', 6, 15],
  ['火腿肠', '根', 2, 5],
  ['夹心饼干', '盒', 8, 25],
  ['速冻水饺', '袋', 12, 30],
  ['酱油', '瓶', 8, 20],
  ['果汁饮料', '瓶', 3, 8],
  ['婴幼儿米粉', '罐', 40, 98],
  ['食用植物油', '桶', 50, 120]
] as const

const CLAIMS = [
  ['保健食品', '三个月降血糖，停药不反弹'],
  ['净水器', '可去除水中100%重金属'],
  ['减肥茶', '7天瘦10斤，无效全额退款'],
  ['职业资格培训课程', '通过率100%，不过全额退费'],
  ['祛斑霜', '纯天然无添加，一周祛斑'],
  ['助听器', '恢复听力，终身免维护'],
  ['富硒大米', '防癌抗癌，增强免疫力']
] as const

const CHANNELS = words('微信公众号 抖音账号 门店宣传海报 官方网站 电商平台店铺页面 宣传单页')

/** Product, unit, and the failed test item. */
const PRODUCTS = [
  ['电线', '卷', '导体电阻不合格'],
  ['复合肥料', '袋', '总养分含量不合格'],
  ['电动自行车头盔', '顶', '冲击吸收性能不合格'],
  ['插座转换器', '个', '插套拔出力不合格'],
  ['水泥', '吨', '强度等级不合格']
] as const

const EQUIPMENT = words('乘客电梯 自动扶梯 叉车 承压蒸汽锅炉 储气罐')
const PRICE_TAG_FAULTS = words('未标示价格 价签未标明品名、计价单位 价签与实物不对位')
const WORKSHOPS = words('喷漆车间 配电房 危险化学品仓库 冲压车间')
const BLOCKED_EXITS = words(
  '二楼安全出口被铁链锁闭 疏散通道堆放大量纸箱杂物 后门安全出口被货架封堵'
)
const FOOD_SAFETY_LAW = '《中华人民共和国食品安全法》'
const ROAD_REGULATION = '《中华人民共和国道路运输条例》'
const NO_PERMIT = '当事人不能提供道路运输经营许可证和车辆营运证。'

export const CAUSES: readonly CauseSpec[] = [
  {
    cause: '未按规定明码标价',
    weight: 14,
    scene: 'premises',
    trades: ['retail', 'restaurant', 'pharmacy', 'venue', 'goods'],
    personShare: 0,
    sources: SHOP_SOURCES,
    body: ({ rng, goods }) =>
      `发现其经营场所内陈列销售的${goods}等${rng.int(3, 40)}种商品（服务）` +
      `${rng.pick(PRICE_TAG_FAULTS)}。执法人员现场制作了检查笔录并拍照取证。` +
      cite('《明码标价和禁止价格欺诈规定》第五条')
  },
  {
    cause: '销售过期食品',
    weight: 14,
    scene: 'premises',
    trades: ['retail', 'restaurant'],
    personShare: 0,
    sources: SHOP_SOURCES,
    body: ({ rng, trade }) => {
      const [food, unit, low, high] = rng.pick(EXPIRED)
      const where = trade === 'restaurant' ? '后厨储存待用' : '货架上陈列待售'
      const count = rng.int(2, 60)
      const price = rng.int(low, high)
      return (
        `发现其${where}的${food}共${count}${unit}已超过标注的保质期，标价${price}元/${unit}，` +
        `货值金额共计${(count * price).toLocaleString('en-US')}元。` +
        '当事人现场未能提供上述食品的进货查验记录。' +
        cite(`${FOOD_SAFETY_LAW}第三十四条第（十）项`)
      )
    }
  },
  {
    cause: '发布虚假广告',
    weight: 8,
    scene: 'online',
    trades: ['media', 'pharmacy', 'foodMaker', 'retail'],
    personShare: 0,
    sources: [
      ['inspection', 3],
      ['report', 4],
      ['complaint', 3],
      ['assignment', 1]
    ],
    body: ({ rng }) => {
      const [product, claim] = rng.pick(CLAIMS)
      return (
        `当事人在其${rng.pick(CHANNELS)}发布的${product}广告中宣称“${claim}”。` +
        '经查，当事人不能提供上述内容的证明材料，所宣称的效果与实际不符，' +
        `广告费用${yuan(rng, 800, 60000)}元。` +
        cite('《中华人民共和国广告法》第二十八条')
      )
    }
  },
  {
    cause: '未取得道路运输经营许可擅自从事道路旅客运输经营',
    weight: 10,
    scene: 'road',
    trades: ['transport'],
    personShare: 0.9,
    sources: ROAD_SOURCES,
    body: ({ rng, plate, from, to }) =>
      `发现当事人驾驶${plate}号小型普通客车搭载乘客${rng.int(2, 6)}名，从${from}至${to}，` +
      `每人收取费用${rng.int(30, 150)}元。${NO_PERMIT}` +
      `依据${ROAD_REGULATION}第六十三条第（二）项应予处罚。`
  },
  {
    cause: '未取得道路运输经营许可擅自从事道路普通货物运输经营',
    weight: 5,
    scene: 'road',
    trades: ['transport'],
    personShare: 0.7,
    sources: ROAD_SOURCES,
    body: ({ rng, plate, from, to }) =>
      `发现当事人驾驶${plate}号${rng.pick(words('轻型厢式货车 重型半挂牵引车 中型普通货车'))}` +
      `为他人运输${rng.pick(words('建材 日用百货 农产品 家具'))}，从${from}至${to}，` +
      `约定运费${yuan(rng, 300, 4000)}元。${NO_PERMIT}` +
      `依据${ROAD_REGULATION}第六十三条第（一）项应予处罚。`
  },
  {
    cause: '擅自改装已取得车辆营运证的车辆',
    weight: 2,
    scene: 'road',
    trades: ['transport'],
    personShare: 0,
    sources: ROAD_SOURCES,
    body: ({ rng, plate }) =>
      `发现当事人所属${plate}号营运货车` +
      `${rng.pick(['货厢栏板被擅自加高', '车辆外廓尺寸与行驶证登记不符', '擅自加装储水箱'])}。` +
      cite(`${ROAD_REGULATION}第三十条`)
  },
  {
    cause: '未取得食品经营许可从事食品经营活动',
    weight: 6,
    scene: 'premises',
    trades: ['restaurant', 'foodMaker'],
    personShare: 0.3,
    sources: SHOP_SOURCES,
    body: ({ rng, goods }) =>
      `发现当事人正在从事${goods}的制作和销售，现场不能出示食品经营许可证。` +
      `经查，当事人自${rng.int(1, 11)}个月前开始经营，违法所得${yuan(rng, 500, 30000)}元。` +
      cite(`${FOOD_SAFETY_LAW}第三十五条第一款`)
  },
  {
    cause: '经营无中文标签的进口预包装食品',
    weight: 4,
    scene: 'premises',
    trades: ['retail'],
    personShare: 0,
    sources: SHOP_SOURCES,
    body: ({ rng }) =>
      `发现其销售的进口${rng.pick(words('红酒 饼干 巧克力 咖啡 橄榄油'))}` +
      `共${rng.int(3, 80)}件无中文标签，当事人不能提供入境货物检验检疫证明。` +
      cite(`${FOOD_SAFETY_LAW}第九十七条`)
  },
  {
    cause: '安排未取得健康证明的人员从事接触直接入口食品的工作',
    weight: 5,
    scene: 'premises',
    trades: ['restaurant', 'foodMaker'],
    personShare: 0,
    sources: SHOP_SOURCES,
    body: ({ rng }) =>
      `发现其${rng.int(1, 4)}名从事${rng.pick(words('凉菜制作 食品加工 餐饮服务'))}` +
      '的从业人员不能提供有效的健康证明。' +
      cite(`${FOOD_SAFETY_LAW}第四十五条`)
  },
  {
    cause: '销售以不合格产品冒充合格产品的产品',
    weight: 4,
    scene: 'premises',
    trades: ['goods', 'retail'],
    personShare: 0,
    sources: SHOP_SOURCES,
    body: ({ rng }) => {
      const [product, unit, defect] = rng.pick(PRODUCTS)
      return (
        `依法抽取其销售的${product}样品送检，经检验${defect}，` +
        `当事人库存同批次产品${rng.int(5, 300)}${unit}，货值金额${yuan(rng, 1000, 80000)}元。` +
        cite('《中华人民共和国产品质量法》第三十九条')
      )
    }
  },
  {
    cause: '未经设立登记从事经营活动',
    weight: 6,
    scene: 'premises',
    trades: ['retail', 'restaurant', 'goods'],
    personShare: 1,
    sources: [
      ['inspection', 4],
      ['report', 4],
      ['complaint', 2]
    ],
    body: ({ rng, goods }) =>
      `发现当事人以营利为目的销售${goods}，不能出示营业执照，经查询也无登记信息。` +
      `当事人自述已经营${rng.int(1, 18)}个月。` +
      cite('《市场主体登记管理条例》第三条')
  },
  {
    cause: '利用虚假的或者使人误解的价格手段诱骗消费者进行交易',
    weight: 4,
    scene: 'premises',
    trades: ['retail', 'venue', 'goods'],
    personShare: 0,
    sources: [
      ['complaint', 5],
      ['report', 2],
      ['inspection', 2]
    ],
    body: ({ rng, goods }) => {
      const was = rng.int(2, 9) * 100 - 1
      return (
        `发现其销售的${goods}标示“原价${was}元，限时特价${Math.round(was * 0.3)}元”，` +
        '但当事人不能提供该商品曾以所标原价成交的交易记录。' +
        cite('《明码标价和禁止价格欺诈规定》第十九条')
      )
    }
  },
  {
    cause: '使用未经定期检验的特种设备',
    weight: 4,
    scene: 'premises',
    trades: ['venue', 'retail', 'manufacturing'],
    personShare: 0,
    sources: SAFETY_SOURCES,
    body: ({ rng }) =>
      `发现其在用的${rng.int(1, 3)}台${rng.pick(EQUIPMENT)}` +
      `已超过定期检验有效期${rng.int(1, 14)}个月，当事人未在有效期届满前提出定期检验要求。` +
      cite('《中华人民共和国特种设备安全法》第四十条')
  },
  {
    cause: '未按照规定对从业人员进行安全生产教育和培训',
    weight: 5,
    scene: 'premises',
    trades: ['manufacturing'],
    personShare: 0,
    sources: SAFETY_SOURCES,
    body: ({ rng }) =>
      `发现其${rng.int(2, 30)}名${rng.pick(words('一线操作工 新入职员工 劳务派遣人员'))}` +
      '未经安全生产教育和培训即上岗作业，当事人不能提供培训记录。' +
      cite('《中华人民共和国安全生产法》第二十八条')
  },
  {
    cause: '未在有较大危险因素的生产经营场所设置明显的安全警示标志',
    weight: 3,
    scene: 'premises',
    trades: ['manufacturing'],
    personShare: 0,
    sources: SAFETY_SOURCES,
    body: ({ rng }) =>
      `发现其${rng.pick(WORKSHOPS)}未设置明显的安全警示标志。` +
      cite('《中华人民共和国安全生产法》第三十五条')
  },
  {
    cause: '占用、堵塞、封闭疏散通道、安全出口',
    weight: 4,
    scene: 'premises',
    trades: ['venue', 'retail'],
    personShare: 0,
    sources: SAFETY_SOURCES,
    body: ({ rng }) =>
      `发现其${rng.pick(BLOCKED_EXITS)}。` + cite('《中华人民共和国消防法》第二十八条')
  }
]

export const WEIGHTED_CAUSES: readonly (readonly [CauseSpec, number])[] = CAUSES.map((c) => [
  c,
  c.weight
])

/** Who typically transfers a clue of each kind (移送). */
const TRANSFER_FROM: Record<Scene, readonly string[]> = {
  premises: ['属地街道办事处', '公安机关', '消费者协会'],
  road: ['公安交通管理部门', '公路管理机构'],
  online: ['网信部门', '外地市场监督管理部门']
}

/** How the facts open: the date, the source of the clue and where the officers went. */
export function openingOf(source: CaseSource, scene: Scene, f: FactInput, place: string): string {
  const found =
    scene === 'road'
      ? `执法人员在${place}附近对${f.plate}号车辆进行检查，`
      : scene === 'online'
        ? '执法人员经调查，'
        : `执法人员对${f.party}位于${place}的经营场所进行检查，`
  switch (source) {
    case 'inspection':
      return scene === 'online' ? `${f.on}，执法人员在网络广告监测中发现，` : `${f.on}，${found}`
    case 'complaint':
      return `${f.on}，本局接到消费者投诉，反映${f.party}存在违法经营行为。${found}`
    case 'report':
      return `${f.on}，本局接到群众举报，称${f.party}存在违法行为。${found}`
    case 'transfer':
      return `${f.on}，本局收到${f.rng.pick(TRANSFER_FROM[scene])}移送的案件线索。${found}`
    case 'assignment':
      return `${f.on}，本局收到上级部门交办的案件线索，反映${f.party}涉嫌违法。${found}`
    case 'other':
      return `${f.on}，${found}`
  }
}

/** The closing sentence of a filed case. */
export function filingNote(filedOn: string): string {
  return `经负责人批准，本局于${chineseDate(filedOn)}立案调查。`
}
