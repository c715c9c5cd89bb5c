import { expect, type Locator, type Page } from '@playwright/test'

export type Verdict = '合理' | '需纠正'

/** 一致性审查 on a case page: the checkpoint, why 法制审核 applies, the flags and their verdicts. */
export class ReviewPanel {
  readonly section: Locator
  readonly checkpoint: Locator
  readonly reviewRequired: Locator
  readonly peerCount: Locator
  readonly flags: Locator
  /** Every verdict form on the panel (shown only to a reviewer who is not an officer on the case). */
  readonly verdictForms: Locator
  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: '一致性审查' })
    this.checkpoint = this.section.getByTestId('review-checkpoint')
    this.reviewRequired = this.section.getByTestId('review-required')
    this.peerCount = this.section.getByTestId('review-peer-count')
    this.flags = this.section.getByTestId('review-flag')
    this.verdictForms = this.section.getByTestId('verdict-form')
  }

  /** The card of a flag by its code (data-code, e.g. 'PEER_OUTLIER'). */
  flag(code: string): Locator {
    return this.flags.and(this.page.locator(`[data-code="${code}"]`))
  }

  /** The flag's current verdict line (尚无审查意见, or 审查意见：合理/需纠正；reason). */
  verdict(code: string): Locator {
    return this.flag(code).getByTestId('review-verdict')
  }

  verdictForm(code: string): Locator {
    return this.flag(code).getByTestId('verdict-form')
  }

  /** Records a verdict on a flag and waits until the card shows it. */
  async judge(code: string, verdict: Verdict, reason: string): Promise<void> {
    const form = this.verdictForm(code)
    await form.getByLabel(verdict, { exact: true }).check()
    await form.getByLabel('理由', { exact: true }).fill(reason)
    await form.getByRole('button', { name: '记录审查意见' }).click()
    await expect(this.verdict(code)).toContainText(`审查意见：${verdict}；${reason}`)
  }
}
