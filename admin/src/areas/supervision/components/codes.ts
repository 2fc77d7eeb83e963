import { useTranslation } from 'react-i18next';

/** A code list's select options, labelled in the UI's language from its shared section (`inspectionKinds.routine` …). */
export function useCodeOptionsOf() {
  const { t } = useTranslation();
  return (section: string, values: readonly string[]) => values.map((c) => ({ value: c, label: t(`${section}.${c}`) }));
}
