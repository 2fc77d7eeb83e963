import { resources } from '../config/resources';

/**
 * Where a record is handled: its show page, or — for a resource without one (核查任务 are closed in their list,
 * open ones by deadline first) — its list. The inbox and the notification drawer open records through it.
 */
export function recordPath(resource: string, id: number): string {
  return resources.find((r) => r.name === resource)?.show ? `/${resource}/show/${id}` : `/${resource}`;
}
