import type { Rng } from './prng'
import { words } from './words'

// Counties and districts of Hubei (GB/T 2260 codes), for addresses, the area segment of
// 统一社会信用代码 and the birthplace segment of 身份证号. `weight` roughly follows where
// enforcement work happens: Wuhan's districts and the prefecture seats more than rural counties.

export type Area = {
  code: string
  /** 市 / 州 / 省直辖县级行政单位 as written in an address. */
  city: string
  /** The city name as used in an enterprise name (武汉, 黄冈…). */
  cityShort: string
  district: string
  /** Fixed-line area code, for landline contacts. */
  tel: string
  weight: number
}

function area(
  code: string,
  city: string,
  cityShort: string,
  district: string,
  tel: string,
  weight = 1
): Area {
  return { code, city, cityShort, district, tel, weight }
}

export const HUBEI_AREAS: readonly Area[] = [
  area('420102', '武汉市', '武汉', '江岸区', '027', 4),
  area('420103', '武汉市', '武汉', '江汉区', '027', 4),
  area('420104', '武汉市', '武汉', '硚口区', '027', 3),
  area('420105', '武汉市', '武汉', '汉阳区', '027', 5),
  area('420106', '武汉市', '武汉', '武昌区', '027', 4),
  area('420107', '武汉市', '武汉', '青山区', '027', 2),
  area('420111', '武汉市', '武汉', '洪山区', '027', 4),
  area('420112', '武汉市', '武汉', '东西湖区', '027', 2),
  area('420113', '武汉市', '武汉', '汉南区', '027'),
  area('420114', '武汉市', '武汉', '蔡甸区', '027', 2),
  area('420115', '武汉市', '武汉', '江夏区', '027', 2),
  area('420116', '武汉市', '武汉', '黄陂区', '027', 2),
  area('420117', '武汉市', '武汉', '新洲区', '027', 2),
  area('420202', '黄石市', '黄石', '黄石港区', '0714', 2),
  area('420203', '黄石市', '黄石', '西塞山区', '0714'),
  area('420204', '黄石市', '黄石', '下陆区', '0714'),
  area('420222', '黄石市', '黄石', '阳新县', '0714'),
  area('420281', '黄石市', '黄石', '大冶市', '0714', 2),
  area('420302', '十堰市', '十堰', '茅箭区', '0719', 2),
  area('420303', '十堰市', '十堰', '张湾区', '0719', 2),
  area('420304', '十堰市', '十堰', '郧阳区', '0719'),
  area('420381', '十堰市', '十堰', '丹江口市', '0719'),
  area('420502', '宜昌市', '宜昌', '西陵区', '0717', 2),
  area('420503', '宜昌市', '宜昌', '伍家岗区', '0717', 2),
  area('420506', '宜昌市', '宜昌', '夷陵区', '0717'),
  area('420581', '宜昌市', '宜昌', '宜都市', '0717'),
  area('420583', '宜昌市', '宜昌', '枝江市', '0717'),
  area('420602', '襄阳市', '襄阳', '襄城区', '0710', 2),
  area('420606', '襄阳市', '襄阳', '樊城区', '0710', 2),
  area('420607', '襄阳市', '襄阳', '襄州区', '0710'),
  area('420683', '襄阳市', '襄阳', '枣阳市', '0710'),
  area('420704', '鄂州市', '鄂州', '鄂城区', '0711', 2),
  area('420703', '鄂州市', '鄂州', '华容区', '0711'),
  area('420802', '荆门市', '荆门', '东宝区', '0724'),
  area('420804', '荆门市', '荆门', '掇刀区', '0724'),
  area('420881', '荆门市', '荆门', '钟祥市', '0724'),
  area('420902', '孝感市', '孝感', '孝南区', '0712', 2),
  area('420981', '孝感市', '孝感', '应城市', '0712'),
  area('420982', '孝感市', '孝感', '安陆市', '0712'),
  area('420984', '孝感市', '孝感', '汉川市', '0712'),
  area('421002', '荆州市', '荆州', '沙市区', '0716', 2),
  area('421003', '荆州市', '荆州', '荆州区', '0716', 2),
  area('421022', '荆州市', '荆州', '公安县', '0716'),
  area('421083', '荆州市', '荆州', '洪湖市', '0716'),
  area('421102', '黄冈市', '黄冈', '黄州区', '0713', 3),
  area('421122', '黄冈市', '黄冈', '红安县', '0713'),
  area('421123', '黄冈市', '黄冈', '罗田县', '0713'),
  area('421125', '黄冈市', '黄冈', '浠水县', '0713'),
  area('421126', '黄冈市', '黄冈', '蕲春县', '0713'),
  area('421127', '黄冈市', '黄冈', '黄梅县', '0713'),
  area('421181', '黄冈市', '黄冈', '麻城市', '0713', 2),
  area('421182', '黄冈市', '黄冈', '武穴市', '0713'),
  area('421202', '咸宁市', '咸宁', '咸安区', '0715', 2),
  area('421221', '咸宁市', '咸宁', '嘉鱼县', '0715'),
  area('421281', '咸宁市', '咸宁', '赤壁市', '0715'),
  area('421303', '随州市', '随州', '曾都区', '0722', 2),
  area('421381', '随州市', '随州', '广水市', '0722'),
  area('422801', '恩施土家族苗族自治州', '恩施', '恩施市', '0718', 2),
  area('422802', '恩施土家族苗族自治州', '恩施', '利川市', '0718'),
  area('429004', '湖北省', '仙桃', '仙桃市', '0728'),
  area('429005', '湖北省', '潜江', '潜江市', '0728'),
  area('429006', '湖北省', '天门', '天门市', '0728')
]

/** The areas with their weights, ready for `rng.weighted`. */
export const WEIGHTED_AREAS: readonly (readonly [Area, number])[] = HUBEI_AREAS.map((a) => [
  a,
  a.weight
])

/** Street names common to most Hubei towns; good enough for a demo address. */
export const STREETS = words(
  '解放大道 建设大道 人民路 中山路 胜利街 和平大道 民主路 新华路 长江路 文化路 青年路 ' +
    '东风路 光明路 友谊路 工业大道 滨江路 沿河路 交通路 五一路 复兴路 健康路 团结路 ' +
    '幸福路 汉江路 楚天大道 发展大道 兴业路 车站路 桥西路 学院路 沿江大道 江汉路'
)

export const ESTATES = words(
  '阳光花园 锦绣家园 书香苑 东方明珠小区 江景花园 和谐家园 翠湖苑 金色港湾 凤凰城 ' +
    '丽景湾 滨湖小区 棉纺厂宿舍 供销社宿舍 新村小区 桂花园 电力小区'
)

/** An address in `a`: a shop front or plant for a business, a flat for a person. */
export function makeAddress(rng: Rng, a: Area, home: boolean): string {
  const prefix = `湖北省${a.city === '湖北省' ? '' : a.city}${a.district}${rng.pick(STREETS)}`
  if (!home) {
    const shopFront = rng.chance(0.3) ? `${rng.int(1, 30)}号门面` : ''
    return `${prefix}${rng.int(1, 688)}号${shopFront}`
  }
  const flat = `${rng.int(1, 33)}${String(rng.int(1, 4)).padStart(2, '0')}室`
  return `${prefix}${rng.pick(ESTATES)}${rng.int(1, 28)}栋${rng.int(1, 4)}单元${flat}`
}

/** 号牌 prefixes of Hubei's cities (鄂A Wuhan … 鄂S Suizhou). */
const PLATE_PREFIX = new Map(
  words(
    '武汉:鄂A 黄石:鄂B 十堰:鄂C 荆州:鄂D 宜昌:鄂E 襄阳:鄂F 鄂州:鄂G 荆门:鄂H ' +
      '黄冈:鄂J 孝感:鄂K 咸宁:鄂L 仙桃:鄂M 潜江:鄂N 恩施:鄂Q 天门:鄂R 随州:鄂S'
  ).map((pair) => [pair.slice(0, 2), pair.slice(3)] as const)
)

/** A licence plate of the area's city, e.g. 鄂A3K8X9 (one letter among five characters). */
export function makePlate(rng: Rng, a: Area): string {
  const digits = [...rng.chars('0123456789', 5)]
  digits[rng.int(0, 4)] = rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)
  return `${PLATE_PREFIX.get(a.cityShort) ?? '鄂A'}${digits.join('')}`
}
