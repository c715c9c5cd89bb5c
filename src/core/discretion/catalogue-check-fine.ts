// Content checks of one fine rule: ranges, branches covering every base amount exactly once, and
// level bands inside the statutory range (MITIGATED excepted: 减轻 lies below it by definition).
import type {
  Bands,
  BaseBounds,
  CataloguePackage,
  FineRule,
  LeafRule,
  Profile
} from './catalogue-schema'
import { assertNever } from '../assert'
import type { CatalogueProblem } from './catalogue-problems'
import { yuanText } from './money'

type Report = (
  code: CatalogueProblem['code'],
  message: string,
  path: string,
  warning?: boolean
) => void

const LEVELS = ['LIGHTER', 'NORMAL', 'HEAVIER'] as const

/** The three level bands on one scale: none inverted, all inside [lo, hi], in order, no overlap. */
export function checkBandSet(
  bands: Pick<Bands, 'LIGHTER' | 'NORMAL' | 'HEAVIER'>,
  lo: number,
  hi: number,
  unit: (x: number) => string,
  path: string,
  report: Report
): void {
  for (const level of LEVELS) {
    const [a, b] = bands[level]
    const where = `${path}.${level}`
    if (a > b) report('BAND_INVERTED', `${level} 幅度下限${unit(a)}大于上限${unit(b)}`, where)
    if (a < lo || b > hi) {
      const range = `${unit(a)}–${unit(b)} 超出法定幅度 ${unit(lo)}–${unit(hi)}`
      const message = `${level} 幅度 ${range}（只有减轻处罚可以低于法定最低限度）`
      report('BAND_OUTSIDE_STATUTORY', message, where)
    }
  }
  for (let i = 1; i < LEVELS.length; i++) {
    const prev = LEVELS[i - 1]
    const cur = LEVELS[i]
    if (!prev || !cur) continue
    if (bands[cur][0] < bands[prev][1]) {
      const message = `${cur} 幅度与 ${prev} 幅度重叠或次序颠倒`
      report('BAND_OVERLAP', message, `${path}.${cur}`)
    }
  }
}

function leafScale(leaf: LeafRule): { lo: number; hi: number; unit: (x: number) => string } | null {
  switch (leaf.kind) {
    case 'none':
      return null
    case 'fixedRange':
      return { lo: leaf.minFen, hi: leaf.maxFen, unit: yuanText }
    case 'maxOnly':
      return { lo: 0, hi: leaf.maxFen, unit: yuanText }
    case 'multipleOfBase':
      return { lo: leaf.multipleMin, hi: leaf.multipleMax, unit: (x) => `${x}倍` }
    case 'perUnit':
      return {
        lo: leaf.perUnitMinFen,
        hi: leaf.perUnitMaxFen,
        unit: (x) => `每${leaf.unitName}${yuanText(x)}`
      }
  }
  return assertNever(leaf)
}

const PROFILE_KIND: Record<Exclude<LeafRule['kind'], 'none'>, Profile['kind'][]> = {
  fixedRange: ['rangeFraction'],
  maxOnly: ['maxFraction', 'rangeFraction'],
  multipleOfBase: ['multipleFraction'],
  perUnit: ['rangeFraction']
}

type LevelSource = { profile?: string | undefined; bands?: Bands | undefined }

function checkLevels(
  src: LevelSource,
  kind: Exclude<LeafRule['kind'], 'none'>,
  scale: { lo: number; hi: number; unit: (x: number) => string },
  pkg: CataloguePackage,
  path: string,
  report: Report
): void {
  const u = scale.unit
  if (scale.lo > scale.hi) {
    report('RANGE_INVERTED', `法定幅度下限${u(scale.lo)}大于上限${u(scale.hi)}`, path)
  }
  if (!src.profile && !src.bands) {
    report('MISSING_LEVELS', '未规定裁量阶次幅度（profile 或 bands）', path)
    return
  }
  if (src.profile) {
    const p = pkg.profiles[src.profile]
    const where = `${path}.profile`
    if (!p) report('UNKNOWN_PROFILE', `引用了未定义的阶次方案“${src.profile}”`, where)
    else if (!PROFILE_KIND[kind].includes(p.kind)) {
      const message = `阶次方案“${src.profile}”（${p.kind}）不适用于 ${kind} 规则`
      report('PROFILE_KIND_MISMATCH', message, where, true)
    }
  }
  if (src.bands) {
    checkBandSet(src.bands, scale.lo, scale.hi, u, `${path}.bands`, report)
    const m = src.bands.MITIGATED
    if (m && m[1] >= scale.lo && scale.lo > 0) {
      const message = `MITIGATED 幅度上限${u(m[1])}未低于法定最低限度${u(scale.lo)}，不构成减轻处罚`
      report('MITIGATED_NOT_BELOW', message, `${path}.bands.MITIGATED`)
    }
  }
}

export function checkLeaf(
  leaf: LeafRule,
  pkg: CataloguePackage,
  path: string,
  report: Report
): void {
  const scale = leafScale(leaf)
  if (!scale || leaf.kind === 'none') return
  checkLevels(leaf, leaf.kind, scale, pkg, path, report)
  if (leaf.kind === 'multipleOfBase' && leaf.fallback) {
    const fb = leaf.fallback
    const fbScale = { lo: fb.minFen, hi: fb.maxFen, unit: yuanText }
    checkLevels(fb, 'fixedRange', fbScale, pkg, `${path}.fallback`, report)
  }
}

/** A branch's bounds as a closed interval of integer fen; exclusive bounds convert exactly. */
function interval(b: BaseBounds): [number, number] {
  let lo = 0
  let hi = Number.POSITIVE_INFINITY
  if (b.gteFen !== undefined) lo = Math.max(lo, b.gteFen)
  if (b.gtFen !== undefined) lo = Math.max(lo, b.gtFen + 1)
  if (b.lteFen !== undefined) hi = Math.min(hi, b.lteFen)
  if (b.ltFen !== undefined) hi = Math.min(hi, b.ltFen - 1)
  return [lo, hi]
}

function amount(x: number): string {
  return x === Number.POSITIVE_INFINITY ? '无上限' : yuanText(x)
}

export function checkFineRule(
  rule: FineRule,
  pkg: CataloguePackage,
  path: string,
  report: Report
): void {
  if (rule.kind !== 'tieredByBase') {
    checkLeaf(rule, pkg, path, report)
    return
  }
  const spans = rule.branches.map((b, i) => ({ i, range: interval(b.when) }))
  for (const s of spans) {
    if (s.range[0] > s.range[1]) {
      const message = `第${s.i + 1}个档次的计罚基数区间为空`
      report('BRANCH_EMPTY', message, `${path}.branches[${s.i}].when`)
    }
  }
  spans.sort((a, b) => a.range[0] - b.range[0])
  let next = 0
  for (const s of spans) {
    const [lo, hi] = s.range
    const where = `${path}.branches[${s.i}].when`
    if (lo > next) {
      report('BRANCH_GAP', `计罚基数 ${amount(next)} 至 ${amount(lo - 1)} 不属于任何档次`, where)
    } else if (lo < next) {
      const span = `${amount(lo)} 至 ${amount(Math.min(hi, next - 1))}`
      report('BRANCH_OVERLAP', `计罚基数 ${span} 同时属于两个档次`, where)
    }
    next = Math.max(next, hi === Number.POSITIVE_INFINITY ? hi : hi + 1)
  }
  if (next !== Number.POSITIVE_INFINITY) {
    report('BRANCH_GAP', `计罚基数 ${amount(next)} 以上不属于任何档次`, `${path}.branches`)
  }
  rule.branches.forEach((b, i) => {
    checkLeaf(b.rule, pkg, `${path}.branches[${i}].rule`, report)
    b.aggravated.forEach((a, k) => {
      if (a.rule) checkLeaf(a.rule, pkg, `${path}.branches[${i}].aggravated[${k}].rule`, report)
    })
  })
}
