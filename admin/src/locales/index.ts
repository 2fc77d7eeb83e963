import commonEn from './en-US.json';
import commonZh from './zh-CN.json';

/** zh-CN first (the bureau's working language), en-US second. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export type Messages = Record<string, unknown>;
type Loader = () => Promise<{ default: Messages }>;

/**
 * The panel's labels: the common ones here (buttons, filters, workflow, errors …) and one namespace per area
 * (`areas/<area>/locales/`, the keys of its resources). They merge into one key space, so a page keeps
 * writing t('beneficiaries.fields.name'); no two namespaces declare the same top-level key
 * (scripts/check-locales.mjs).
 *
 * Only the common labels are in the entry chunk: every page shows some, the sign-in page included. Each area's
 * namespace is a chunk per language, fetched in the language shown when a page needs it (providers/i18n.ts,
 * `loadLabels`), so a new area adds nothing to what the sign-in page downloads.
 */
export const COMMON: Record<Locale, Messages> = { 'zh-CN': commonZh, 'en-US': commonEn };

export const AREA_NAMESPACES = {
  platform: { 'zh-CN': () => import('../areas/platform/locales/zh-CN.json'), 'en-US': () => import('../areas/platform/locales/en-US.json') },
  enrollment: { 'zh-CN': () => import('../areas/enrollment/locales/zh-CN.json'), 'en-US': () => import('../areas/enrollment/locales/en-US.json') },
  assistance: { 'zh-CN': () => import('../areas/assistance/locales/zh-CN.json'), 'en-US': () => import('../areas/assistance/locales/en-US.json') },
  supervision: { 'zh-CN': () => import('../areas/supervision/locales/zh-CN.json'), 'en-US': () => import('../areas/supervision/locales/en-US.json') },
  rectification: {
    'zh-CN': () => import('../areas/rectification/locales/zh-CN.json'),
    'en-US': () => import('../areas/rectification/locales/en-US.json'),
  },
  fraud: {
    'zh-CN': () => import('../areas/fraud/locales/zh-CN.json'),
    'en-US': () => import('../areas/fraud/locales/en-US.json'),
  },
  screening: {
    'zh-CN': () => import('../areas/screening/locales/zh-CN.json'),
    'en-US': () => import('../areas/screening/locales/en-US.json'),
  },
  compliance: {
    'zh-CN': () => import('../areas/compliance/locales/zh-CN.json'),
    'en-US': () => import('../areas/compliance/locales/en-US.json'),
  },
} satisfies Record<string, Record<Locale, Loader>>;
export type AreaNamespace = keyof typeof AREA_NAMESPACES;

/** The code lists' labels (shared `defineCodes`, both languages declared there), a chunk of their own. */
export const loadCodeLabels = (locale: Locale): Promise<Messages> => import('./code-labels').then((m) => m.codeLabels(locale));
