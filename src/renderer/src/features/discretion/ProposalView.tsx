import { formatCitation } from '../../../../core/discretion/citation'
import { rangeText, yuanText } from '../../../../core/discretion/money'
import type { EvaluationResult, Procedure } from '../../../../core/discretion/result-types'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'

function ProcedureText({ procedure }: { procedure: Procedure }) {
  const { t } = useI18n()
  switch (procedure.kind) {
    case 'simple':
    case 'ordinary':
    case 'none':
      return <>{t(`discretion.procedure.${procedure.kind}`)}</>
    case 'simpleIfAtMost':
      return <>{t('discretion.procedure.simpleIfAtMost', { max: yuanText(procedure.maxFen) })}</>
  }
}

/** The engine's proposal with its reasons: outcome, ranges, procedure, steps, explanation and trace. */
export function ProposalView({ result }: { result: EvaluationResult }) {
  const { t } = useI18n()
  if (!result.ok) {
    return (
      <div className="banner banner-error" data-testid="proposal-problems">
        <strong>{t('discretion.problems')}</strong>
        <ul>
          {result.problems.map((p) => (
            <li key={p.code + p.message}>{p.message}</li>
          ))}
        </ul>
      </div>
    )
  }
  const outcome = result.outcome
  return (
    <div className="proposal" data-testid="proposal">
      <dl className="facts-grid">
        <dt>{t('discretion.outcome')}</dt>
        <dd data-testid="proposal-outcome">
          <strong>{t(`discretion.level.${outcome.level}` as MessageKey)}</strong>
          {outcome.level === 'NO_PENALTY' ? (
            <span data-testid="proposal-ground">：{t(`discretion.ground.${outcome.ground}`)}</span>
          ) : null}
        </dd>
        {result.fine ? (
          <>
            <dt>{t('discretion.fine')}</dt>
            <dd data-testid="proposal-fine">{rangeText(result.fine)}</dd>
          </>
        ) : null}
        {/* Evaluations stored before issue 6 have no publicService field. */}
        {result.publicService ? (
          <>
            <dt>{t('publicService.offset')}</dt>
            <dd data-testid="proposal-public-service">
              {t('publicService.offsetText', {
                before: rangeText(result.publicService.before),
                after: rangeText(result.publicService.after),
                offset: yuanText(result.publicService.offsetFen)
              })}
            </dd>
          </>
        ) : null}
        {result.statutoryRange ? (
          <>
            <dt>{t('discretion.statutoryRange')}</dt>
            <dd>{rangeText(result.statutoryRange)}</dd>
          </>
        ) : null}
        <dt>{t('discretion.sanctions')}</dt>
        <dd>{result.sanctions.map((s) => s.text).join('；') || '—'}</dd>
        <dt>{t('discretion.procedure')}</dt>
        <dd>
          <ProcedureText procedure={result.procedure} />
        </dd>
        <dt>{t('discretion.steps')}</dt>
        <dd>
          <ul className="plain">
            {result.steps.map((s) => (
              <li key={s.step + s.reason}>
                {s.reason}（{formatCitation(s.citation)}）{s.condition ? ` — ${s.condition}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        {result.flags.length > 0 ? (
          <>
            <dt>{t('discretion.flags')}</dt>
            <dd>
              <ul className="plain">
                {result.flags.map((f) => (
                  <li key={f.code + f.message} className={`flag-${f.severity}`}>
                    {f.message}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('discretion.versions')}</dt>
        <dd>
          {result.versions.statuteApplied.law}（{result.versions.statuteApplied.version}）；
          {result.versions.benchmarkApplied.title}
        </dd>
      </dl>
      {result.requiresConfirmation && result.alternative ? (
        <p className="banner" data-testid="proposal-alternative">
          {t('discretion.confirmNote')} {result.alternative.label}：
          {t(`discretion.level.${result.alternative.level}` as MessageKey)}
          {result.alternative.fine ? `，${rangeText(result.alternative.fine)}` : ''}
        </p>
      ) : null}
      <h3>{t('discretion.explanation')}</h3>
      <p className="explanation" data-testid="proposal-explanation">
        {result.explanation}
      </p>
      <details>
        <summary>{t('discretion.trace')}</summary>
        <ol className="trace">
          {result.trace.map((s, i) => (
            <li key={i}>
              <strong>{s.step}</strong>：{s.finding}（{formatCitation(s.citation)}）
            </li>
          ))}
        </ol>
      </details>
    </div>
  )
}
