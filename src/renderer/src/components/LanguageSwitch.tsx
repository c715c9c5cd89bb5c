import { useI18n } from '../i18n/i18n'

/** Switches between Simplified Chinese and English; the button names the other language. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n()
  return (
    <button type="button" className="link" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
      {t('lang.switch')}
    </button>
  )
}
