// Education after a no-penalty decision (APL Art. 33 ¶3: 对当事人的违法行为依法不予行政处罚的，行政
// 机关应当对当事人进行教育) and its follow-up (回访). The dates are checked here, without a clock:
// today is passed in.
import { addDays } from '../clocks/days'
import { dateZh } from '../discretion/citation'
import type { Education } from '../lifecycle/actions'
import { refuse, type Refusal } from '../lifecycle/refusal'

const ART33P3 = '《中华人民共和国行政处罚法》第三十三条第三款'

/**
 * Why the education recorded with a no-penalty decision dated `decidedOn` is refused, or null.
 * Rules (the dates are the project's reading; the APL sets no period for the education):
 * - the education was given: not before the filing and not after today (it may follow the decision
 *   date, e.g. a 约谈 held when the decision is served);
 * - the follow-up lies after both the decision and the education, since it checks whether the
 *   education worked.
 */
export function educationRefusal(
  e: Education,
  at: { decidedOn: string; filedOn: string | null; today: string }
): Refusal | null {
  if (new Set(e.forms).size !== e.forms.length) {
    return refuse('INVALID', '教育方式重复。')
  }
  if (at.filedOn !== null && e.educatedOn < at.filedOn) {
    return refuse(
      'DATE_ORDER',
      `教育日期（${dateZh(e.educatedOn)}）不能早于立案日（${dateZh(at.filedOn)}）：教育是对本案违法行为依法不予处罚时的教育（${ART33P3}）。`
    )
  }
  if (e.educatedOn > at.today) {
    return refuse(
      'DATE_ORDER',
      `教育日期（${dateZh(e.educatedOn)}）不能晚于今天（${dateZh(at.today)}）：不予处罚决定须记录已经对当事人进行的教育（${ART33P3}）。`
    )
  }
  const after = e.educatedOn > at.decidedOn ? e.educatedOn : at.decidedOn
  if (e.followUpOn <= after) {
    return refuse(
      'DATE_ORDER',
      `回访日期（${dateZh(e.followUpOn)}）须晚于决定日和教育日（${dateZh(after)}）：回访用于了解教育后当事人的改正和守法情况（${ART33P3}）。`
    )
  }
  return null
}

/** Why recording the follow-up on `on` is refused, or null: once, after the education and the
 * decision, and not in the future. */
export function followUpRefusal(
  record: { educatedOn: string; followedUpOn: string | null },
  at: { on: string; decidedOn: string; today: string }
): Refusal | null {
  if (record.followedUpOn !== null) {
    return refuse('WRONG_STAGE', `已于${dateZh(record.followedUpOn)}记录回访，回访只记录一次。`)
  }
  if (at.on > at.today) {
    return refuse('DATE_ORDER', `回访日期（${dateZh(at.on)}）不能晚于今天（${dateZh(at.today)}）。`)
  }
  const after = record.educatedOn > at.decidedOn ? record.educatedOn : at.decidedOn
  if (at.on < after) {
    return refuse(
      'DATE_ORDER',
      `回访日期（${dateZh(at.on)}）不能早于决定日和教育日（${dateZh(after)}）。`
    )
  }
  return null
}

/** A follow-up is due once its date has come (today included) and none is recorded. */
export function followUpDue(
  r: { followUpOn: string; followedUpOn: string | null },
  today: string
): boolean {
  return r.followedUpOn === null && r.followUpOn <= today
}

/** Follow-ups falling due within this many days are listed ahead of time (a working choice). */
export const FOLLOW_UP_NOTICE_DAYS = 7

/** The last follow-up date the due list shows: today plus the notice days. */
export function followUpListEnd(today: string): string {
  return addDays(today, FOLLOW_UP_NOTICE_DAYS)
}
