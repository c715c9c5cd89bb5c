// Chinese personal names and 自然人 parties. Surnames are listed roughly by frequency (Hubei's
// common 胡, 熊, 余, 程 moved up) and drawn with a falling weight, so 王/李/张/刘/陈 dominate.
import type { PartyInput } from '../../shared/schemas/party'
import { addDays } from './dates'
import { makeIdNumber, makeLandline, makeMobile } from './identifiers'
import { makeAddress, WEIGHTED_AREAS, type Area } from './places'
import type { Rng } from './prng'
import { words } from './words'

const SURNAMES = [
  ...'王李张刘陈杨胡黄周吴徐赵孙朱熊马郭何余程罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋杜叶魏',
  ...'苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟秦邱江尹薛段雷侯龙陶黎贺顾毛郝龚邵万严覃向汤'
]
const WEIGHTED_SURNAMES: readonly (readonly [string, number])[] = SURNAMES.map((s, i) => [
  s,
  1 / (i + 4)
])

const MALE_GIVEN = words(
  '伟 强 军 磊 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 波 宇 浩 凯 健 俊 帆 旭 宁 龙 林 阳 ' +
    '建华 建国 志强 志明 国强 海涛 文斌 晓东 振华 德明 光辉 家豪 子轩 浩然 俊杰 宏伟 ' +
    '卫东 红兵 少华 金平 永刚 春生 汉生 国庆 立新 新民 宇航 一鸣 天佑 博文'
)
const FEMALE_GIVEN = words(
  '芳 娟 敏 静 丽 艳 娜 霞 玲 燕 婷 雪 琳 莉 萍 红 梅 丹 洁 倩 慧 颖 晶 欣怡 雅琴 秀英 ' +
    '桂兰 玉兰 丽华 春梅 晓燕 海燕 雪梅 美玲 丽娟 佳怡 梓涵 诗琪 思雨 雨欣 婉婷 梦瑶 ' +
    '文静 秋菊 凤英 翠华 小红'
)

export function makePersonName(rng: Rng, male: boolean): string {
  return rng.weighted(WEIGHTED_SURNAMES) + rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN)
}

export type Person = { name: string; male: boolean; idNumber: string; area: Area }

/** A person aged 20–65 on `baseDate`, mostly born in the county where they live. */
export function makePerson(rng: Rng, baseDate: string, home: Area): Person {
  const male = rng.chance(0.68) // most parties in these case types are men (drivers, shop owners)
  const birthDate = addDays(baseDate, -rng.int(20 * 365, 65 * 365))
  const birthArea = rng.chance(0.8) ? home : rng.weighted(WEIGHTED_AREAS)
  const name = makePersonName(rng, male)
  return { name, male, idNumber: makeIdNumber(rng, birthArea.code, birthDate, male), area: home }
}

export function personParty(rng: Rng, person: Person): PartyInput {
  return {
    kind: 'person',
    name: person.name,
    idNumber: person.idNumber,
    address: makeAddress(rng, person.area, true),
    contact: rng.chance(0.9) ? makeMobile(rng) : makeLandline(rng, person.area.tel)
  }
}
