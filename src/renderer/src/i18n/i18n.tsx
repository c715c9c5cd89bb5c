import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import {
  isValidationKey,
  validationEn,
  validationZh
} from '../../../shared/i18n/validation-messages'
import { en } from './en'
import { zh, type MessageKey } from './zh'

export type Lang = 'zh-CN' | 'en'

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

type I18n = {
  lang: Lang
  setLang: (lang: Lang) => void
  t: Translate
  /** A schema message (a validation key) or a server message, in the current language. */
  tm: (message: string | undefined) => string
}

const I18nContext = createContext<I18n | null>(null)
const STORAGE_KEY = 'yardstick.lang'

function initialLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang)
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next)
    document.documentElement.lang = next
    setLangState(next)
  }, [])
  const value = useMemo<I18n>(() => {
    const dict = lang === 'en' ? en : zh
    const t: Translate = (key, params) =>
      dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`))
    const tm = (message: string | undefined) => {
      if (!message) return ''
      if (isValidationKey(message)) return (lang === 'en' ? validationEn : validationZh)[message]
      return message
    }
    return { lang, setLang, t, tm }
  }, [lang, setLang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}
