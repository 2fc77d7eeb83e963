import type { I18nProvider } from '@refinedev/core';
import {
  ASSISTANCE_MEASURE_LABELS,
  CHRONIC_DISEASES,
  DIFFERENCE_TYPE_LABELS,
  HOSPITAL_LEVEL_LABELS,
  PHYSICIAN_TITLE_LABELS,
  RECOGNITION_STATUS_LABELS,
  SETTLEMENT_STEP_LABELS,
  VISIT_TYPE_LABELS,
  IDENTITY_CATEGORY_LABELS,
  INSURANCE_SCHEME_LABELS,
  NON_ENROLLMENT_REASON_LABELS,
  REGION_LEVEL_LABELS,
  ROLE_LABELS,
  ROSTER_STATUS_LABELS,
  SOURCE_DEPARTMENT_LABELS,
  SUBSIDY_CATEGORY_LABELS,
  TASK_OUTCOME_LABELS,
} from '@yibao/shared';
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

// The Chinese role, level and enrollment code labels live in shared/ (the API and its exports speak them
// too): one source, not a copy. en-US carries its own (admin/scripts/check-locales.mjs, FROM_SHARED).
const zhCNWithShared = {
  ...zhCN,
  roles: ROLE_LABELS,
  regionLevels: REGION_LEVEL_LABELS,
  identityCategories: IDENTITY_CATEGORY_LABELS,
  sourceDepartments: SOURCE_DEPARTMENT_LABELS,
  insuranceSchemes: INSURANCE_SCHEME_LABELS,
  nonEnrollmentReasons: NON_ENROLLMENT_REASON_LABELS,
  subsidyCategories: SUBSIDY_CATEGORY_LABELS,
  differenceTypes: DIFFERENCE_TYPE_LABELS,
  taskOutcomes: TASK_OUTCOME_LABELS,
  beneficiaryStatuses: ROSTER_STATUS_LABELS,
  visitTypes: VISIT_TYPE_LABELS,
  hospitalLevels: HOSPITAL_LEVEL_LABELS,
  settlementSteps: SETTLEMENT_STEP_LABELS,
  physicianTitles: PHYSICIAN_TITLE_LABELS,
  assistanceMeasures: ASSISTANCE_MEASURE_LABELS,
  recognitionStatuses: RECOGNITION_STATUS_LABELS,
  chronicDiseases: Object.fromEntries(CHRONIC_DISEASES.map((d) => [d.code, d.name])),
};

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCNWithShared }, 'en-US': { translation: enUS } },
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
  const m = /^([\s\S]*?[\u4e00-\u9fff][\s\S]*?)\s*\(([^()]*[A-Za-z][^()]*)\)\s*$/.exec(text);
  if (!m) return text;
  if (currentLocale() === 'zh-CN') return m[1].trim();
  const en = m[2].trim();
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
