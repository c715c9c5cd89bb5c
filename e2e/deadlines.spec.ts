import { addDays } from '../src/core/clocks/days'
import { shanghaiDate } from '../src/core/text/calendar-date'
import { expect, test } from './fixtures/app'
import { createOrganisationCase, setUpUnitWithOfficers, uscc } from './fixtures/flows'
import { DeadlinesPage } from './pages/deadlines-page'

test('the deadlines page lists decision clocks that are overdue or due within 7 days', async ({
  page,
  app
}) => {
  await setUpUnitWithOfficers(page, app.url)
  const today = shanghaiDate(new Date())
  const party = (org8: string, name: string) => ({
    name,
    uscc: uscc('420105', org8),
    legalRepresentative: '李明',
    address: '汉阳'
  })
  // APL Art. 60: due 90 days after filing. Filed 100 days ago → overdue; 85 days ago → due in 5 days;
  // today → due in 90 days (not listed).
  const cases = [
    { filedOn: addDays(today, -100), party: party('MA4KXY21', '逾期商行') },
    { filedOn: addDays(today, -85), party: party('MA4KXY22', '临期商行') },
    { filedOn: today, party: party('MA4KXY23', '新立案商行') }
  ]
  for (const c of cases) {
    await createOrganisationCase(page, {
      cause: '未按规定明码标价',
      facts: '',
      discoveredOn: c.filedOn,
      filedOn: c.filedOn,
      party: c.party
    })
  }
  const deadlines = new DeadlinesPage(page)
  await deadlines.open()
  await expect(deadlines.count('已超期')).toHaveText('1')
  await expect(deadlines.count('七日内到期')).toHaveText('1')
  await expect(deadlines.cases).toHaveCount(2)
  await expect(deadlines.cases.nth(0)).toContainText('逾期商行')
  await expect(deadlines.cases.nth(0)).toContainText(addDays(today, -10))
  await expect(deadlines.cases.nth(1)).toContainText('临期商行')
})
