import { ForbiddenException } from '@nestjs/common';
import { type LevelRecord, levelMatches, type Role, type WorkflowLevel } from '@yibao/shared';
import type { Actor } from './actor';
import { domainError } from './errors';

/** Who may act on one record: the roles (any, when left out) at the level relative to the record's region. */
export interface ActsAt {
  roles?: readonly Role[];
  /**
   * `own` (the record's own region, the default), `above` (its parent), `ancestor` (any region strictly above it),
   * `subtree` (it or anywhere above it) or `{column}` (the region a column of the record holds: pass the record)
   */
  level?: WorkflowLevel;
  /** the refusal, naming who does act on such a record ("中文 (english)") */
  message?: string;
}

/**
 * The one record-level access check (after immich's `requireAccess`): the route's `@Authorize` decided the
 * role may take the action at all, loading through the scope helper turned a record outside the actor's
 * region into a 404; this decides whether the actor acts at this record's level — e.g. only the county of a
 * warning records its measures, though its city sees the warning. Same relation as the workflow engine's
 * actions (`levelMatches`), so an action and a plain edit are judged alike. Refuses with 403.
 */
export function assertActsAt(actor: Pick<Actor, 'role' | 'regionCode'>, record: string | LevelRecord, rule: ActsAt = {}): void {
  if (!actsAt(actor, record, rule)) throw rule.message ? new ForbiddenException(rule.message) : domainError(403, 'record_level_refused');
}

/** The same decision as a value, for what a record shows its reader (`closable`, offered actions). */
export function actsAt(actor: Pick<Actor, 'role' | 'regionCode'>, record: string | LevelRecord, rule: ActsAt = {}): boolean {
  const { roles, level = 'own' } = rule;
  return (!roles || roles.includes(actor.role)) && levelMatches(level, actor.regionCode, record);
}
