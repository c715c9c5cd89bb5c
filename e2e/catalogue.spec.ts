import {
  OVERLAPPING_TIERS,
  UNIT_ITEM_CODE,
  unitPackageYaml
} from '../src/server/catalogue/unit-package.fixture'
import { expect, test } from './fixtures/app'
import { CataloguePage } from './pages/catalogue-page'
import { SetupPage } from './pages/setup-page'
import { UNIT } from './fixtures/flows'

const UNIT_ITEM_NAME = '电子商务经营者未在首页显著位置公示营业执照信息'

test('an administrator drafts and publishes a unit benchmark: its item comes into force', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await new SetupPage(page).complete(UNIT)
  const catalogue = new CataloguePage(page)
  await catalogue.open()
  await expect(catalogue.item('未取得食品经营许可从事食品经营活动')).toHaveCount(1)
  await expect(catalogue.item(UNIT_ITEM_CODE)).toHaveCount(0)

  await catalogue.saveDraft(unitPackageYaml())
  await expect(page.getByText('草稿“汉阳区市场监管补充裁量基准”已保存。')).toBeVisible()
  await expect(page.getByText('校验通过，可以发布。')).toBeVisible()
  await expect(catalogue.package('HY-UNIT-2026')).toContainText('草稿')
  // A draft is never applied (APL Art. 34): the item is not in force yet.
  await expect(catalogue.item(UNIT_ITEM_CODE)).toHaveCount(0)

  await catalogue.publish()
  const published = '“汉阳区市场监管补充裁量基准”已发布，其中的事项已施行。'
  await expect(page.getByText(published)).toBeVisible()
  await expect(catalogue.package('HY-UNIT-2026')).toContainText('已发布')
  await expect(catalogue.item(UNIT_ITEM_CODE)).toContainText(UNIT_ITEM_NAME)
  await expect(catalogue.item(UNIT_ITEM_CODE)).toContainText('汉阳市监〔2026〕3号')
})

test('broken packages are explained in Chinese and not published', async ({ page, app }) => {
  await page.goto(app.url)
  await new SetupPage(page).complete(UNIT)
  const catalogue = new CataloguePage(page)
  await catalogue.open()

  await catalogue.saveDraft('id: HY-BROKEN\nstatus: [draft\n')
  await expect(catalogue.error).toContainText('YAML 语法错误')
  await expect(catalogue.packages).toHaveCount(0)

  await catalogue.saveDraft(unitPackageYaml({ fine: OVERLAPPING_TIERS, penaltyArticle: '' }))
  await expect(catalogue.problems).toHaveCount(2)
  await expect(catalogue.problems.nth(0)).toContainText('处罚依据缺少条款')
  const overlap = '计罚基数 10000元 至 10000元 同时属于两个档次'
  await expect(catalogue.problems.nth(1)).toContainText(overlap)
  await expect(catalogue.package('HY-UNIT-2026')).toContainText('2 个')

  await catalogue.publish()
  await expect(catalogue.error).toContainText('校验未通过，不能发布')
  await expect(catalogue.package('HY-UNIT-2026')).toContainText('草稿')
  await expect(catalogue.item(UNIT_ITEM_CODE)).toHaveCount(0)
})
