// Words of flexible enforcement (柔性执法, domain.md §5): education after a no-penalty decision and
// the public-service measures.

/** APL Art. 33 ¶3: 对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育. The forms are
 * those named in local practice (issue 6). */
export const EDUCATION_FORMS = ['criticism', 'caution', 'interview', 'lawPromotion'] as const
export type EducationForm = (typeof EDUCATION_FORMS)[number]

export const EDUCATION_FORM_ZH: Record<EducationForm, string> = {
  criticism: '批评教育',
  caution: '告诫',
  interview: '约谈',
  lawPromotion: '普法宣传'
}

export const SERVICE_MEASURES = ['hours', 'points'] as const
export type ServiceMeasure = (typeof SERVICE_MEASURES)[number]

export const SERVICE_MEASURE_ZH: Record<ServiceMeasure, string> = {
  hours: '小时',
  points: '积分'
}
