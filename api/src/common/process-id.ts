import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

/** This process's pid namespace (Linux): containers that share a host name (host networking) each number pids apart. */
function pidNamespace(): string {
  try {
    return /\[(\d+)\]/.exec(fs.readlinkSync('/proc/self/ns/pid'))?.[1] ?? '';
  } catch {
    return '';
  }
}

const PID_NAMESPACE = pidNamespace();

/**
 * This host as process ids carry it: its name and pid namespace, so "a process on this host" whose pid is gone is
 * one this process can see (a pid in another container's namespace is not ours to judge).
 */
export const HOST_NAME = `${os.hostname().slice(0, 40)}${PID_NAMESPACE ? `#${PID_NAMESPACE}` : ''}`;

/**
 * This API process among the others on one database (the owner of a job lease or a sweep slot, the writer of a
 * list write mark): host, pid and a random part, so a restarted process that got the same pid (pid 1 in a
 * container) is another process.
 */
export const PROCESS_ID = `${HOST_NAME}:${process.pid}:${randomBytes(6).toString('hex')}`;

/** An owner id's host and pid (null when it is not one of ours). */
function ownerParts(owner: string): { host: string; pid: number } | null {
  const m = /^(.*):(\d+):[0-9a-f]+$/.exec(owner);
  return m ? { host: m[1], pid: Number(m[2]) } : null;
}

/**
 * Whether the owner was a process on this host that has died (its pid is gone, or the pid is ours and the
 * random part is not: an earlier life of this process id). Its lease need not be waited out: a restart
 * resumes its jobs at once, as it always did.
 */
export function ownerIsDeadHere(owner: string): boolean {
  if (owner === PROCESS_ID) return false;
  const parts = ownerParts(owner);
  if (!parts || parts.host !== HOST_NAME) return false;
  if (parts.pid === process.pid) return true;
  try {
    process.kill(parts.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
