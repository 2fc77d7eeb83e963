import { randomBytes } from 'node:crypto';
import * as os from 'node:os';

/** This host's name as process ids carry it. */
export const HOST_NAME = os.hostname().slice(0, 50);

/**
 * This API process among the others on one database (the owner of a job lease or a sweep slot, the writer of a
 * list write mark): host, pid and a random part, so a restarted process that got the same pid (pid 1 in a
 * container) is another process.
 */
export const PROCESS_ID = `${HOST_NAME}:${process.pid}:${randomBytes(6).toString('hex')}`;
