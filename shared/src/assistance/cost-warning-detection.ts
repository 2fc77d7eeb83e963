import { MONITORED_IDENTITY_CATEGORIES } from '../enrollment/enrollment';
import type { IdentityCategory } from '../enrollment/codes';
import { countyCodeOf } from '../regions';
import type { PushDepartment } from './codes';
import type { PolicyParameters } from './settlement/types';

/**
 * 高额医疗费用预警 detection (S3 §三, §五) as pure rules: who is over the line, who works and receives the
 * warning, and what a re-run changes. The API's detection reads the year's settlements in SQL, grouped per
 * person, with the line `earlyWarningLine` gives (the same rule as `crossesEarlyWarning`, in set form), and
 * writes what `warningDetectionChange` answers.
 */

/**
 * The pooling region's warning line: a yearly burden after basic + 大病 at or above `thresholdFen` for a
 * person who carried one of `categories` in a settlement of the year, with the clauses the parameters cite
 * (a detection names the line it used, issue 13 item 6). No category watched: nobody is warned.
 */
export function earlyWarningLine(parameters: Pick<PolicyParameters, 'earlyWarning'>): EarlyWarningLine {
  const { thresholdFen, categories } = parameters.earlyWarning;
  return { thresholdFen: thresholdFen.value, thresholdSource: thresholdFen.source, categories: categories.value, categoriesSource: categories.source };
}

export interface EarlyWarningLine {
  thresholdFen: number;
  thresholdSource: string;
  /** the watched identities (S3 §三: 低保边缘对象和农村易返贫致贫人口 unless the region widens it) */
  categories: IdentityCategory[];
  categoriesSource: string;
}

/** Who a warning is pushed to (S3 §五): 乡村振兴 for 易返贫致贫 (monitored) persons, 民政 for 低保边缘. */
export function warningDepartment(categories: readonly string[]): PushDepartment {
  return categories.some((c) => (MONITORED_IDENTITY_CATEGORIES as readonly string[]).includes(c)) ? 'rural_revitalization' : 'civil_affairs';
}

/** The county that works a warning: a township person's county. */
export function warningCounty(regionCode: string): string {
  return countyCodeOf(regionCode);
}

/** A person's figures as detected this run, and as the pooling region's warning last recorded them. */
export interface WarningFigures {
  burdenFen: number;
  settlementCount: number;
  thresholdFen: number;
}

/**
 * What a detection run does with a person over the line: a new warning (`create`, at the workflow's first
 * stage), new figures on the known one (`update`, its stage kept), or nothing when no figure moved — so
 * re-running detection is idempotent.
 */
export function warningDetectionChange(found: WarningFigures, known: WarningFigures | undefined): 'create' | 'update' | 'unchanged' {
  if (!known) return 'create';
  const moved = known.burdenFen !== found.burdenFen || known.settlementCount !== found.settlementCount || known.thresholdFen !== found.thresholdFen;
  return moved ? 'update' : 'unchanged';
}
