import type { I18nProvider } from '@refinedev/core';
import { bilingualParts, CODE_LISTS, codeLabelSections, type CodeLocale } from '@yibao/shared';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { enUS, zhCN } from '../locales';

/** zh-CN first (the bureau's working language), en-US second; the choice survives a reload. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'yibao.locale';

function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

// One label convention: every code list (roles, region levels, the enrollment and assistance codes) declares
// its zh and en labels once in shared/ (defineCodes, CODE_LISTS). Both languages' code sections are composed
// from there and override the JSON; a section's own extra keys (settlementFlags.hints) stay in the JSON.
function withSharedCodes(messages: Record<string, unknown>, locale: CodeLocale): Record<string, unknown> {
  const composed: Record<string, unknown> = { ...messages };
  for (const [section, labels] of Object.entries(codeLabelSections(CODE_LISTS, locale))) {
    const own = messages[section];
    composed[section] = { ...(own && typeof own === 'object' ? own : {}), ...labels };
  }
  return composed;
}
const zhCNWithShared = withSharedCodes(zhCN, 'zh');
const enUSWithShared = withSharedCodes(enUS, 'en');

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCNWithShared }, 'en-US': { translation: enUSWithShared } },
  lng: savedLocale(),
  fallbackLng: 'zh-CN',
  // The resources are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function currentLocale(): Locale {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the switch still works for this page
  }
  document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

/**
 * The API answers in both languages, "中文说明 (English text)"; show the half that matches the UI.
 * Text without that shape is shown as it is.
 */
export function localizeServerText(text: string): string {
  const { zh, en } = bilingualParts(text);
  if (en === null) return text;
  if (currentLocale() === 'zh-CN') return zh;
  return en.charAt(0).toUpperCase() + en.slice(1);
}

/** Refine's i18nProvider on react-i18next; a hook so that Refine re-renders when the language changes. */
export function useI18nProvider(): I18nProvider {
  const { t } = useTranslation();
  return {
    translate: (key: string, options?: unknown, defaultMessage?: string) => {
      // Refine calls both translate(key, default) and translate(key, options, default).
      if (typeof options === 'string') return t(key, { defaultValue: options });
      const opts = (options ?? {}) as Record<string, unknown>;
      // Status code 0 means no answer at all: i18next's context picks "…_network" wording where there is one.
      const context = opts.statusCode === 0 ? 'network' : undefined;
      return t(key, { defaultValue: defaultMessage, context, ...opts }) as string;
    },
    changeLocale: (locale: string) => changeLocale(locale === 'en-US' ? 'en-US' : 'zh-CN'),
    getLocale: currentLocale,
  };
}
