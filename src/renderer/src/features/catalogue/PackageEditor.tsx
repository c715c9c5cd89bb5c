import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { cataloguePackageSaveInput } from '../../../../shared/schemas/discretion'
import type { CataloguePackageView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { formValues, type EditorValues, type Opened } from './opened'
import { ProblemList } from './ProblemList'

type Props = {
  opened: Opened
  onSaved: (pkg: CataloguePackageView) => void
  onPublished: (pkg: CataloguePackageView) => void
  onNew: () => void
}

/**
 * Administrators paste or edit a package's YAML, save it as a draft (kept even with problems, so no
 * work is lost) and publish a saved draft once the server's check finds nothing wrong.
 */
export function PackageEditor({ opened, onSaved, onPublished, onNew }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  const form = useForm<EditorValues, unknown, z.output<typeof cataloguePackageSaveInput>>({
    resolver: zodResolver(cataloguePackageSaveInput),
    defaultValues: formValues(opened)
  })
  const { register, handleSubmit, formState, reset } = form
  useEffect(() => reset(formValues(opened)), [opened, reset])
  const saved = opened.kind === 'saved' ? opened.pkg : null
  // Publishing acts on the saved text: unsaved edits would otherwise be silently left out.
  const canPublish = saved?.status === 'draft' && !formState.isDirty && !formState.isSubmitting

  const save = handleSubmit(async (values) => {
    setError(null)
    setNotice('')
    try {
      const pkg = await call('catalogue/save-draft', values)
      setNotice(t('catalogue.saved', { title: pkg.title }))
      onSaved(pkg)
    } catch (err) {
      setError(err)
    }
  })
  const publish = async () => {
    if (!saved) return
    setError(null)
    setNotice('')
    try {
      const pkg = await call('catalogue/publish', { id: saved.id, rev: saved.rev })
      setNotice(t('catalogue.published', { title: pkg.title }))
      onPublished(pkg)
    } catch (err) {
      setError(err)
    }
  }

  const heading = saved
    ? t('catalogue.editing', { id: saved.packageId, status: t(`catalogue.status.${saved.status}`) })
    : t('catalogue.editorNew')
  return (
    <form className="card" onSubmit={save} noValidate aria-label={t('catalogue.editor')}>
      <div className="card-head">
        <h2>{heading}</h2>
        <button type="button" onClick={onNew}>
          {t('catalogue.new')}
        </button>
      </div>
      <ErrorBanner error={error} />
      {notice ? <div className="banner banner-ok">{notice}</div> : null}
      <Field
        label={t('catalogue.yaml')}
        htmlFor="catalogue-yaml"
        error={formState.errors.yaml?.message}
        hint={t('catalogue.yamlHint')}
      >
        <textarea
          id="catalogue-yaml"
          className="code"
          rows={24}
          cols={100}
          spellCheck={false}
          {...register('yaml')}
        />
      </Field>
      {saved?.status === 'draft' ? <ProblemList problems={saved.problems} /> : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('catalogue.saveDraft')}
        </button>
        <button type="button" onClick={() => void publish()} disabled={!canPublish}>
          {t('catalogue.publish')}
        </button>
      </div>
      <p className="field-hint">{t('catalogue.publishHint')}</p>
    </form>
  )
}
