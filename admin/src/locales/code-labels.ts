import { CODE_LISTS, codeLabelSections } from '@yibao/shared';
import type { Locale, Messages } from '.';

/**
 * One label convention: every code list (roles, region levels, the areas' codes) declares its zh and en labels
 * once in shared/ (defineCodes, CODE_LISTS); a language's code sections are composed from there and merged over
 * the areas' namespaces, where a section's own extra keys (settlementFlags.hints) stay. Loaded as a chunk of its
 * own (locales/index.ts), so the code lists are not part of the sign-in page.
 */
export function codeLabels(locale: Locale): Messages {
  return codeLabelSections(CODE_LISTS, locale === 'en-US' ? 'en' : 'zh');
}
