// Lines of business and the 法人或者其他组织 parties that carry them on: limited companies
// (USCC 91…) and 个体工商户 (USCC 92…, named after the district and the owner's surname or a shop).
import type { PartyInput } from '../../shared/schemas/party'
import { makeLandline, makeMobile, makeUscc } from './identifiers'
import { makePersonName } from './people'
import { makeAddress, type Area } from './places'
import type { Rng } from './prng'
import { words } from './words'

export type TradeKey =
  | 'retail'
  | 'restaurant'
  | 'foodMaker'
  | 'pharmacy'
  | 'media'
  | 'transport'
  | 'manufacturing'
  | 'venue'
  | 'goods'

type Trade = {
  /** Endings of a company name (after the place and the 字号). */
  company: readonly string[]
  /** Endings of a 个体工商户 name; empty when the trade needs a company. */
  shop: readonly string[]
  /** What such a business sells, for facts about prices and labels. */
  goods: readonly string[]
}

export const TRADES: Record<TradeKey, Trade> = {
  retail: {
    company: words('商贸有限公司 超市有限公司 百货有限公司 便利店有限公司'),
    shop: words('便利店 超市 副食店 百货商店 烟酒店'),
    goods: words('饮料 休闲食品 日用百货 烟酒 粮油')
  },
  restaurant: {
    company: words('餐饮管理有限公司 餐饮有限公司 酒店管理有限公司'),
    shop: words('餐馆 热干面馆 小吃店 火锅店 酒楼 烧烤店'),
    goods: words('菜品 酒水 主食 凉菜')
  },
  foodMaker: {
    company: words('食品有限公司 食品科技有限公司 农产品加工有限公司'),
    shop: words('食品加工坊 豆制品加工坊 糕点坊'),
    goods: words('糕点 豆制品 卤制品 鲜湿面')
  },
  pharmacy: {
    company: words('大药房有限公司 医药连锁有限公司'),
    shop: words('大药房 药店'),
    goods: words('非处方药品 医疗器械 保健食品')
  },
  media: {
    company: words(
      '广告传媒有限公司 文化传媒有限公司 网络科技有限公司 生物科技有限公司 ' +
        '健康管理有限公司 教育咨询有限公司'
    ),
    shop: [],
    goods: words('广告服务')
  },
  transport: {
    company: words('运输有限公司 物流有限公司 汽车运输有限公司 客运有限公司'),
    shop: words('货运部'),
    goods: words('运输服务')
  },
  manufacturing: {
    company: words(
      '机械制造有限公司 建材有限公司 化工有限公司 木业有限公司 包装材料有限公司 ' +
        '新材料科技有限公司 金属制品有限公司'
    ),
    shop: words('五金加工厂 木器加工厂'),
    goods: words('工业产品')
  },
  venue: {
    company: words('酒店管理有限公司 物业管理有限公司 商业管理有限公司 娱乐有限公司'),
    shop: words('宾馆 网吧 歌厅 洗浴中心'),
    goods: words('客房 包厢服务 上网服务')
  },
  goods: {
    company: words('电器有限公司 建材有限公司 农资有限公司 汽车配件有限公司 电动车销售有限公司'),
    shop: words('电器商行 建材经营部 农资店 五金店 电动车行'),
    goods: words('家用电器 五金配件 化肥 电动自行车 建筑材料')
  }
}

const BRANDS = words(
  '鑫隆 华盛 恒通 宏达 荣盛 金诺 佳禾 楚天 江城 汉正 德润 聚源 福满 瑞丰 益康 康宁 天润 ' +
    '佳和 盛世 兴隆 东湖 晴川 荆楚 万家 宏图 顺达 安泰 新亚 博远 中诚 明德 锦程 嘉禾 鼎盛 ' +
    '祥和 宝丰 联创 腾飞 汇通 金桥 富源 永信 百顺 天成 鸿运 大通 惠民 优品 昌盛 合众'
)

/** The district without its 区/县/市 suffix, as it starts a 个体工商户 name (汉阳区 → 汉阳). */
function districtShort(a: Area): string {
  return a.district.length > 2 ? a.district.slice(0, -1) : a.district
}

/** An organisation of `tradeKey` in `a`; for a 个体工商户, `legalRepresentative` is the 经营者. */
export function organisationParty(rng: Rng, tradeKey: TradeKey, a: Area): PartyInput {
  const trade = TRADES[tradeKey]
  const owner = makePersonName(rng, rng.chance(0.7))
  const individual = trade.shop.length > 0 && rng.chance(0.45)
  // 个体工商户: 汉阳李记热干面馆 / 汉阳鑫隆便利店; companies: 武汉鑫隆商贸有限公司 / 湖北…
  const name = individual
    ? districtShort(a) +
      (rng.chance(0.5) ? `${owner.slice(0, 1)}记` : rng.pick(BRANDS)) +
      rng.pick(trade.shop)
    : (rng.chance(0.2) ? '湖北' : a.cityShort) + rng.pick(BRANDS) + rng.pick(trade.company)
  return {
    kind: 'organisation',
    name,
    uscc: makeUscc(rng, a.code, individual ? '92' : '91'),
    legalRepresentative: owner,
    address: makeAddress(rng, a, false),
    contact: rng.chance(0.6) ? makeMobile(rng) : makeLandline(rng, a.tel)
  }
}
