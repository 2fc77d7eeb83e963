import type { I18nProvider } from '@refinedev/core';
import { bilingualParts } from '@yibao/shared';
import i18next from 'i18next';
import { type ReactNode, use, useSyncExternalStore } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { AREA_NAMESPACES, type AreaNamespace, COMMON, LOCALES, type Locale, loadCodeLabels, type Messages } from '../locales';

/** zh-CN first (the bureau's working language), en-US second; the choice survives a reload. */
export { LOCALES, type Locale };
const STORAGE_KEY = 'yibao.locale';

function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  // Copies: the area namespaces and code sections are merged into these objects later (loadLabels).
  resources: { 'zh-CN': { translation: { ...COMMON['zh-CN'] } }, 'en-US': { translation: { ...COMMON['en-US'] } } },
  lng: savedLocale(),
  fallbackLng: 'zh-CN',
  // The common labels are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

/**
 * What a part of the panel shows beyond the common labels. The sign-in page needs its own keys (login.*, in the
 * platform namespace). Signed in, the menu and the page titles name every area's resources, the inbox, the audit
 * log and the notifications mix areas, and code labels and domain errors (which name workflow actions and
 * states) appear anywhere: the signed-in layout loads all of them at once, in parallel with its own chunk
 * (App.tsx), before any page renders.
 */
export type LabelScope = 'sign-in' | 'signed-in';
type LabelPart = AreaNamespace | 'codes' | 'errors';
const SCOPES: Record<LabelScope, readonly LabelPart[]> = {
  'sign-in': ['platform'],
  'signed-in': [...(Object.keys(AREA_NAMESPACES) as AreaNamespace[]), 'codes', 'errors'],
};

/** The translation of the API's domain errors (components/serverErrors.ts), once the signed-in labels are in. */
let codedErrorText: ((details: unknown, fallback: string) => string) | null = null;
let guardText: ((guard: { code: string; article: string }, fallback: string) => string) | null = null;

function fetchPart(locale: Locale, part: LabelPart): Promise<void> {
  // Deep: a code section merges with the area's own keys of that section (settlementFlags.hints).
  const merge = (messages: Messages) => void i18n.addResourceBundle(locale, 'translation', messages, true, true);
  if (part === 'codes') return loadCodeLabels(locale).then(merge);
  if (part === 'errors')
    return import('../components/serverErrors').then((m) => {
      codedErrorText = m.serverErrorText;
      guardText = m.guardRefusalText;
    });
  return AREA_NAMESPACES[part][locale]().then((m) => merge(m.default));
}

const parts = new Map<string, Promise<void>>(); // `${locale} ${part}`: fetched or under way
const ready = new Set<string>(); // `${locale} ${scope}`: every part in
const scopes = new Map<string, Promise<void>>();
const requested = new Set<LabelScope>(); // scopes this page has asked for, loaded again on a language change

function loadPart(locale: Locale, part: LabelPart): Promise<void> {
  const key = `${locale} ${part}`;
  let loading = parts.get(key);
  if (!loading) {
    loading = fetchPart(locale, part);
    // A failed fetch (network cut) is tried again the next time the labels are asked for.
    loading.catch(() => parts.delete(key));
    parts.set(key, loading);
  }
  return loading;
}

/** Fetches and merges the labels a scope needs in `locale` (the UI language by default); once per scope and language. */
export function loadLabels(scope: LabelScope, locale: Locale = currentLocale()): Promise<void> {
  requested.add(scope);
  const key = `${locale} ${scope}`;
  let loading = scopes.get(key);
  if (!loading) {
    loading = Promise.all(SCOPES[scope].map((part) => loadPart(locale, part))).then(() => void ready.add(key));
    loading.catch(() => scopes.delete(key));
    scopes.set(key, loading);
  }
  return loading;
}

/** A lazy chunk that renders only once its labels are in: both fetched in parallel (`lazy(() => withLabels(…))`). */
export function withLabels<M>(scope: LabelScope, chunk: Promise<M>): Promise<M> {
  return Promise.all([chunk, loadLabels(scope)]).then(([m]) => m);
}

/** Renders its children once the scope's labels are in (suspends until then: needs a Suspense above). */
export function Labels({ scope, children }: { scope: LabelScope; children: ReactNode }) {
  useTranslation(); // a language change re-renders, and the labels are already in the new language (changeLocale)
  if (!ready.has(`${currentLocale()} ${scope}`)) use(loadLabels(scope));
  return children;
}

// Bumped whenever labels are merged or the language changes (useLabelsVersion).
let labelsVersion = 0;
const labelsListeners = new Set<() => void>();
const labelsChanged = () => {
  labelsVersion++;
  for (const listener of labelsListeners) listener();
};
i18n.store.on('added', labelsChanged);
i18n.on('languageChanged', labelsChanged);
function subscribeLabels(listener: () => void): () => void {
  labelsListeners.add(listener);
  return () => void labelsListeners.delete(listener);
}

/** Changes whenever labels are merged or the language changes: a key that re-runs what translated too early. */
export function useLabelsVersion(): number {
  return useSyncExternalStore(subscribeLabels, () => labelsVersion);
}

export function currentLocale(): Locale {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

export async function changeLocale(locale: Locale): Promise<void> {
  // the labels already shown, in the new language, before anything re-renders in it (no answer: no switch)
  await Promise.all([...requested].map((scope) => loadLabels(scope, locale)));
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

/**
 * A domain error (`details` naming a known code: shared ERROR_CODES) in the UI language with its labels; anything
 * else, or a coded error before the signed-in labels are in (the sign-in page's answers carry no code), is
 * `fallback`, the API's message.
 */
export function localizeServerError(details: unknown, fallback: string): string {
  return codedErrorText ? codedErrorText(details, fallback) : fallback;
}

/**
 * A statutory guard's refusal (top-level `code` and `article`): "<the guard's label>（<article>）：<the API's text>" in
 * the UI language; before the signed-in labels are in, the API's text.
 */
export function localizeGuardRefusal(guard: { code: string; article: string }, fallback: string): string {
  return guardText ? guardText(guard, fallback) : fallback;
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
