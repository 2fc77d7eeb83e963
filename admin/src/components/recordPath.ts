import { resources } from '../config/resources';

/**
 * Where a record is handled: its show page, or — for a resource without one (核查任务 are closed in their list,
 * open ones by deadline first) — its list. The inbox and the notification drawer open records through it.
 */
export function recordPath(resource: string, id: number): string {
  const show = resources.find((r) => r.name === resource)?.show;
  // a source of the inbox may open another resource's page (告知举报人 → the clue), so the path is the entry's own
  return typeof show === 'string' ? show.replace(':id', String(id)) : `/${resource}`;
}
