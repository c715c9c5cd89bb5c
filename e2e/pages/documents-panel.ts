import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** 执法文书 on a case page: the issued documents (with downloads) and the issue buttons. */
export class DocumentsPanel {
  readonly section: Locator
  readonly rows: Locator
  readonly refusal: Locator
  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: '执法文书' })
    this.rows = this.section.getByTestId('document-row')
    this.refusal = this.section.getByTestId('refusal')
  }

  /** The current row of a document type (data-doc-type, e.g. 'penaltyDecision'). */
  row(docType: string): Locator {
    return this.rows.and(this.page.locator(`[data-doc-type="${docType}"]`))
  }

  number(docType: string): Locator {
    return this.row(docType).getByTestId('document-number')
  }

  /** Issues a document by its title (出具‹title›) and waits for its row. */
  async issue(title: string, docType: string): Promise<void> {
    await this.section.getByRole('button', { name: `出具${title}`, exact: true }).click()
    await expect(this.row(docType)).toBeVisible()
  }

  /** Downloads the document's PDF into a fresh temporary folder; returns the saved path. */
  async downloadPdf(docType: string): Promise<string> {
    const download = this.page.waitForEvent('download')
    await this.row(docType).getByRole('button', { name: '下载PDF' }).click()
    const file = await download
    const path = join(mkdtempSync(join(tmpdir(), 'yardstick-doc-')), file.suggestedFilename())
    await file.saveAs(path)
    return path
  }
}
