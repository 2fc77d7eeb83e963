import { AccessLog } from './access-log/access-log.entity';
import { Attachment } from './attachments/attachment.entity';
import { AuditChainHead, AuditLog } from './audit-log/audit-log.entity';
import { Session } from './auth/session.entity';
import { LoginLockout } from './auth/login-lockouts';
import { ImportJob, ImportRowError } from './imports/import-job.entity';
import { BackgroundJob } from './jobs/background-job.entity';
import { SweepSlot } from './jobs/sweep-slot.entity';
import { JobSerialKey } from './jobs/job-serial-key.entity';
import { CommitMarker } from '../database/commit-marker.entity';
import { ListWriteMark } from '../common/list/list-write-mark.entity';
import { Notification } from './notifications/notification.entity';
import { Region } from './regions/region.entity';
import { Holiday } from './holidays/holiday.entity';
import { UserChangeRequest } from './users/user-change.entity';
import { User } from './users/user.entity';
import { WorkflowTransition } from './workflow/workflow-transition.entity';

/** The platform's entities (accounts, regions, audit and access logs, workflow history, imports, jobs, attachments, notifications, the working-day calendar). */
export const PLATFORM_ENTITIES = [
  Region,
  Holiday,
  User,
  Session,
  LoginLockout,
  AuditLog,
  AuditChainHead,
  WorkflowTransition,
  ImportJob,
  ImportRowError,
  BackgroundJob,
  SweepSlot,
  JobSerialKey,
  ListWriteMark,
  CommitMarker,
  Attachment,
  AccessLog,
  Notification,
  UserChangeRequest,
];
