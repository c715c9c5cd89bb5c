// Public API of the discretion engine (裁量基准引擎). The data and its format are described in
// resources/benchmarks/README.md.
export { evaluate } from './evaluate'
export { compileCatalogue, type CompiledCatalogue } from './compile'
export { checkCatalogue, checkCatalogueSet } from './catalogue-check'
export { formatProblem, type CatalogueProblem } from './catalogue-problems'
export {
  loadCatalogueTexts,
  loadUnitConfigText,
  type CatalogueLoad,
  type UnitConfigLoad
} from './catalogue-texts'
export { explain } from './explain'
export { factsJsonSchemaText } from './facts-json-schema'
export {
  parseFacts,
  parseCataloguePackage,
  parseUnitConfig,
  type Parsed,
  type ParseIssue
} from './parse'
export { factsSchema, type Facts, type FactsInput } from './facts-schema'
export { unitConfigSchema, type UnitConfig } from './config-schema'
export { cataloguePackageSchema, type CataloguePackage } from './catalogue-schema'
export type * from './result-types'
