// 公益减罚 inside the discretion engine (domain.md §5). Verified public-interest service offsets the
// proposed fine within the band of the level the grounds already decided: it is recorded as a
// mitigating ground and reaches the decision, but it never moves the level (that would weigh the
// same conduct twice) and never becomes a payment in kind. Pure.
import { formatCitation, type Citation } from '../discretion/citation'
import type { Sink } from '../discretion/grounds'
import { rangeText, yuanText, type FenRange } from '../discretion/money'
import type {
  Evaluation,
  GroundView,
  PublicServiceItemUsed,
  PublicServiceOffset
} from '../discretion/result-types'
import type { FlexibleConfig } from './config-schema'
import { SERVICE_MEASURE_ZH, type ServiceMeasure } from './vocabulary'

export const PUBLIC_SERVICE_GROUND = 'publicServiceReduction'

export type ServiceDone = { serviceCode: string; quantityTenths: number }
type Catalogue = FlexibleConfig['publicService']

/** 80 → "8", 25 → "2.5": hours and points are kept in tenths. */
export function tenthsText(tenths: number): string {
  const whole = Math.trunc(tenths / 10)
  const rest = tenths % 10
  return rest === 0 ? String(whole) : `${whole}.${rest}`
}

export function quantityText(measure: ServiceMeasure, tenths: number): string {
  return `${tenthsText(tenths)}${SERVICE_MEASURE_ZH[measure]}`
}

/** Quantities per service code, in the order first met: one service done on several days is one
 * item, so its cap applies once. */
function totals(done: readonly ServiceDone[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const d of done) out.set(d.serviceCode, (out.get(d.serviceCode) ?? 0) + d.quantityTenths)
  return out
}

/** A catalogue item as converted: before its cap (raw) and its cap, both in fen. */
type Converted = { view: PublicServiceItemUsed; rawFen: number; capFen: number }

function convert(
  done: readonly ServiceDone[],
  catalogue: Catalogue,
  band: FenRange,
  sink: Sink
): Converted[] {
  const items: Converted[] = []
  for (const [code, tenths] of totals(done)) {
    const item = catalogue.services.find((s) => s.code === code)
    if (!item) {
      sink.flags.push({
        code: 'UNKNOWN_PUBLIC_SERVICE',
        severity: 'warning',
        message: `公益服务项目“${code}”不在本单位现行公益服务目录中，未予折抵；请核对目录。`
      })
      continue
    }
    // Floors keep every amount in whole fen and never in the party's disfavour by more than a fen.
    const rawFen = Math.floor((tenths * item.fenPerUnit) / 10)
    const capFen = Math.floor((band.maxFen * item.capPercent) / 100)
    const view: PublicServiceItemUsed = {
      code: item.code,
      name: item.name,
      measure: item.measure,
      quantityTenths: tenths,
      fenPerUnit: item.fenPerUnit,
      capPercent: item.capPercent,
      basis: item.basis,
      offsetFen: Math.min(rawFen, capFen)
    }
    items.push({ view, rawFen, capFen })
  }
  return items
}

function groundLabel(items: readonly PublicServiceItemUsed[]): string {
  const [only] = items
  if (only && items.length === 1) {
    return `当事人自愿参加公益服务（${only.name}）${quantityText(only.measure, only.quantityTenths)}，经核实完成`
  }
  const list = items.map((i) => `${i.name}${quantityText(i.measure, i.quantityTenths)}`).join('、')
  return `当事人自愿参加公益服务（${list}），经核实完成`
}

function itemFinding({ view: i, rawFen, capFen }: Converted, band: FenRange): string {
  const unit = SERVICE_MEASURE_ZH[i.measure]
  return (
    `${i.name}${quantityText(i.measure, i.quantityTenths)}，每${unit}折抵${yuanText(i.fenPerUnit)}，计${yuanText(rawFen)}；` +
    `以该阶次罚款上限${yuanText(band.maxFen)}的${i.capPercent}%即${yuanText(capFen)}为限，折抵${yuanText(i.offsetFen)}。`
  )
}

/**
 * Takes verified service off the level's (rounded) band. Each item is capped at its capPercent of
 * the band's upper bound; several items together never exceed the largest of their caps, so that
 * combining services cannot take off more than the most generous single rule allows. Both bounds
 * fall by the offset but never below the floor: the statutory minimum (从轻 stays within the
 * statutory range), or the band's own minimum when the band is already 减轻 below it.
 * Null when nothing could be taken off (unknown codes, or the band already at the floor).
 */
export function reduceByPublicService(
  done: readonly ServiceDone[],
  catalogue: Catalogue,
  band: FenRange,
  statutory: FenRange,
  sink: Sink
): { offset: PublicServiceOffset; ground: GroundView } | null {
  const items = convert(done, catalogue, band, sink)
  if (items.length === 0) return null
  const sum = items.reduce((n, i) => n + i.view.offsetFen, 0)
  const combinedCap = Math.max(...items.map((i) => i.capFen))
  const wanted = Math.min(sum, combinedCap)
  const floor = Math.min(statutory.minFen, band.minFen)
  const after = {
    minFen: Math.max(floor, band.minFen - wanted),
    maxFen: Math.max(floor, band.maxFen - wanted)
  }
  const offsetFen = band.maxFen - after.maxFen
  if (offsetFen === 0) {
    sink.flags.push({
      code: 'PUBLIC_SERVICE_NOT_APPLIED',
      severity: 'info',
      message: `建议罚款已为最低额${yuanText(floor)}，经核实的公益服务未能再折抵罚款；服务时长仍计入统计。`
    })
    return null
  }
  for (const i of items) {
    sink.trace.push({
      step: 'publicService',
      citation: i.view.basis,
      finding: itemFinding(i, band)
    })
  }
  const views = items.map((i) => i.view)
  const ground: GroundView = {
    code: PUBLIC_SERVICE_GROUND,
    label: groundLabel(views),
    citation: catalogue.ground,
    mandatory: false
  }
  const combined =
    sum > combinedCap ? `（多个项目合并折抵不超过其中最高上限${yuanText(combinedCap)}）` : ''
  const floored =
    offsetFen < wanted ? `；罚款不低于${yuanText(floor)}，实际折抵${yuanText(offsetFen)}` : ''
  sink.trace.push({
    step: 'publicService',
    citation: catalogue.ground,
    finding:
      `${ground.label}，折抵${yuanText(wanted)}${combined}${floored}；建议罚款幅度由${rangeText(band)}调整为${rangeText(after)}。` +
      '公益服务只在本阶次幅度内折抵罚款，不改变裁量阶次，不折换为现金。'
  })
  return { offset: { items: views, offsetFen, before: band, after }, ground }
}

/** The sentence of the 裁量基准适用说明 that the decision document prints (see explain.ts). */
export function publicServiceSentence(e: Evaluation, ps: PublicServiceOffset): string {
  const ground = e.grounds.mitigating.find((g) => g.code === PUBLIC_SERVICE_GROUND)
  const label = ground ? ground.label : groundLabel(ps.items)
  const cited = ground ? `（${formatCitation(ground.citation)}）` : ''
  const bases: Citation[] = []
  for (const i of ps.items) {
    if (!bases.some((b) => formatCitation(b) === formatCitation(i.basis))) bases.push(i.basis)
  }
  const rules = bases.map(formatCitation).join('、')
  return `${label}${cited}，依照${rules}，在该阶次幅度内折抵罚款${yuanText(ps.offsetFen)}，建议罚款${rangeText(ps.after)}。`
}
