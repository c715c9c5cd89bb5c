// checkCatalogue: content checks of parsed benchmark packages, with Chinese messages a catalogue
// editor can act on. Pure; loadCatalogueTexts (catalogue-texts.ts) runs it after parsing.
import type { CataloguePackage, CatalogueItem, ItemVersion } from './catalogue-schema'
import { checkBandSet, checkFineRule, checkLeaf } from './catalogue-check-fine'
import type { CatalogueProblem } from './catalogue-problems'
import type { Citation } from './citation'
import { OPEN_END } from './dates'
import { effectiveEnds } from './supersession'

type Sink = CatalogueProblem[]

function reporter(out: Sink, source: string, itemCode?: string) {
  return (code: CatalogueProblem['code'], message: string, path: string, warning = false) => {
    const severity = warning ? 'warning' : 'error'
    const p: CatalogueProblem = { severity, code, message, source, path }
    if (itemCode !== undefined) p.itemCode = itemCode
    out.push(p)
  }
}

type Report = ReturnType<typeof reporter>

function citation(c: Citation, what: string, path: string, report: Report): void {
  const missing: string[] = []
  if (!c.law) missing.push('法律名称')
  if (!c.article) missing.push('条款')
  if (!c.version) missing.push('版本日期')
  if (missing.length > 0) report('MISSING_CITATION', `${what}缺少${missing.join('、')}`, path)
}

function period(
  from: string,
  to: string | null | undefined,
  what: string,
  path: string,
  report: Report
): void {
  if (to && to < from) report('DATE_INVERTED', `${what}的起始日期${from}晚于终止日期${to}`, path)
}

function checkVersion(v: ItemVersion, pkg: CataloguePackage, path: string, report: Report): void {
  const s = v.statute
  if (!s.law || !s.version) {
    report('MISSING_CITATION', '法律版本缺少法律名称或版本日期', `${path}.statute`)
  }
  period(s.inForceFrom, s.inForceTo, '法律版本施行期间', `${path}.statute`, report)
  citation(v.violatedProvision, '违法依据', `${path}.violatedProvision`, report)
  switch (v.kind) {
    case 'notPunishable':
      citation(v.reason, '不再处罚的依据', `${path}.reason`, report)
      return
    case 'nonPenaltyMeasure':
      citation(v.measureProvision, '措施依据', `${path}.measureProvision`, report)
      return
    case 'penalty':
      break
  }
  citation(v.penaltyProvision, '处罚依据', `${path}.penaltyProvision`, report)
  const hasFineType = v.sanctions.some((x) => x.type === 'fine')
  if (hasFineType !== (v.fine.kind !== 'none')) {
    const message = hasFineType
      ? '处罚种类含罚款但未规定罚款规则'
      : '规定了罚款规则但处罚种类不含罚款'
    report('FINE_TYPE_MISMATCH', message, `${path}.fine`)
  }
  checkFineRule(v.fine, pkg, `${path}.fine`, report)
  v.aggravated.forEach((a, i) => {
    if (a.rule) checkLeaf(a.rule, pkg, `${path}.aggravated[${i}].rule`, report)
  })
  if (v.precondition && v.precondition.beforeMet.length === 0) {
    const message = '规定了前提条件，但未规定前提成就前的措施（如责令改正）'
    report('EMPTY_PRECONDITION', message, `${path}.precondition`)
  }
  v.sectorGrounds.forEach((g, i) => {
    citation(g.citation, `行业规定“${g.code}”`, `${path}.sectorGrounds[${i}]`, report)
  })
  if (v.noFaultOtherwise) {
    citation(v.noFaultOtherwise, '无过错例外规定', `${path}.noFaultOtherwise`, report)
  }
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

function checkVersionPeriods(item: CatalogueItem, path: string, report: Report): void {
  const sorted = item.versions
    .map((v, i) => ({ i, from: v.statute.inForceFrom, to: v.statute.inForceTo ?? OPEN_END }))
    .sort((a, b) => (a.from < b.from ? -1 : 1))
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]
    const cur = sorted[k]
    if (!prev || !cur) continue
    const where = `${path}.versions[${cur.i}]`
    if (cur.from <= prev.to) {
      const a = `versions[${prev.i}] 至 ${prev.to}`
      const b = `versions[${cur.i}] 自 ${cur.from}`
      report('VERSION_OVERLAP', `法律版本施行期间重叠：${a}，${b}`, where)
    } else if (dayAfter(prev.to) !== cur.from) {
      const message = `法律版本之间有空档：${prev.to} 之后至 ${cur.from} 之前无有效版本`
      report('VERSION_GAP', message, where, true)
    }
  }
}

function checkItem(item: CatalogueItem, pkg: CataloguePackage, path: string, report: Report): void {
  item.versions.forEach((v, i) => checkVersion(v, pkg, `${path}.versions[${i}]`, report))
  checkVersionPeriods(item, path, report)
  const ids = new Set<string>()
  item.listReferences.forEach((l, i) => {
    const where = `${path}.listReferences[${i}]`
    if (ids.has(l.id)) report('DUPLICATE_LIST', `免罚清单编号“${l.id}”重复`, where)
    ids.add(l.id)
    if (l.validFrom) period(l.validFrom, l.validTo, `清单“${l.name}”有效期`, where, report)
  })
}

/** Content checks of one package. */
export function checkCatalogue(pkg: CataloguePackage, source = pkg.id): CatalogueProblem[] {
  const out: Sink = []
  const report = reporter(out, source)
  if (pkg.status === 'published' && !pkg.documentNumber) {
    report('MISSING_DOCUMENT_NUMBER', '已发布的裁量基准必须载明文号', 'documentNumber')
  }
  if (!pkg.issuer) report('MISSING_CITATION', '缺少制定机关', 'issuer')
  period(pkg.effectiveFrom, pkg.effectiveTo, '裁量基准有效期', 'effectiveFrom', report)
  citation(pkg.aggravatingBasis, '从重情形依据', 'aggravatingBasis', report)
  for (const [name, p] of Object.entries(pkg.profiles)) {
    const where = `profiles.${name}`
    if (!p.basis.law) report('MISSING_CITATION', `阶次方案“${name}”缺少依据`, `${where}.basis`)
    checkBandSet(p, 0, 1, (x) => `${x * 100}%`, where, report)
  }
  const seen = new Map<string, number>()
  pkg.items.forEach((item, i) => {
    const path = `items[${i}]`
    const r = reporter(out, source, item.code)
    const first = seen.get(item.code)
    if (first !== undefined) r('DUPLICATE_CODE', `事项编码与 items[${first}] 重复`, path)
    else seen.set(item.code, i)
    checkItem(item, pkg, path, r)
  })
  return out
}

function overlapping(a: CataloguePackage, b: CataloguePackage, ends: Map<string, string>): boolean {
  return (
    a.effectiveFrom <= (ends.get(b.id) ?? OPEN_END) &&
    b.effectiveFrom <= (ends.get(a.id) ?? OPEN_END)
  )
}

/** Checks across packages: duplicate ids, supersession, and two published benchmarks for one item
 * in force at once (the engine could not tell which applies). */
export function checkCatalogueSet(
  pkgs: readonly { pkg: CataloguePackage; source: string }[]
): CatalogueProblem[] {
  const out: Sink = []
  const ids = new Map<string, string>()
  for (const { pkg, source } of pkgs) {
    for (const p of checkCatalogue(pkg, source)) out.push(p)
    const other = ids.get(pkg.id)
    if (other) {
      const message = `裁量基准编号“${pkg.id}”与 ${other} 重复`
      reporter(out, source)('DUPLICATE_PACKAGE', message, 'id')
    }
    ids.set(pkg.id, source)
  }
  const byId = new Map(pkgs.map((p) => [p.pkg.id, p.pkg]))
  for (const { pkg, source } of pkgs) {
    if (!pkg.supersedes) continue
    const predecessor = byId.get(pkg.supersedes)
    if (!predecessor) {
      const message = `所替代的裁量基准“${pkg.supersedes}”不在目录中`
      reporter(out, source)('UNKNOWN_SUPERSEDES', message, 'supersedes', true)
    } else if (pkg.effectiveFrom <= predecessor.effectiveFrom) {
      const message = `替代版本的生效日期须晚于所替代的“${pkg.supersedes}”（${predecessor.effectiveFrom}）`
      reporter(out, source)('SUPERSEDES_NOT_LATER', message, 'effectiveFrom')
    }
  }
  const published = pkgs.filter((p) => p.pkg.status === 'published')
  const ends = effectiveEnds(published.map((p) => p.pkg))
  published.forEach((x, a) => {
    for (const y of published.slice(a + 1)) {
      if (!overlapping(x.pkg, y.pkg, ends)) continue
      const codes = new Set(x.pkg.items.map((i) => i.code))
      const shared = y.pkg.items.filter((i) => codes.has(i.code)).map((i) => i.code)
      if (shared.length === 0) continue
      const message = `与 ${x.source} 的有效期重叠，且都收录事项 ${shared.join('、')}`
      reporter(out, y.source)('PACKAGE_OVERLAP', message, 'effectiveFrom')
    }
  })
  return out
}
