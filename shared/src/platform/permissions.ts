import { definePermissions, READ } from '../permission-fragment';

/**
 * The platform's resources: accounts, regions, the logs, sessions and the inbox. 三权分立 (MLPS 2.0 level 3):
 * the system admin manages users and reference data but cannot read the audit log; the audit admin reads the
 * audit log and changes nothing; the security admin handles lockouts and sessions.
 */
/**
 * Evidence files (platform/attachments): download, correct the evidence type and delete by id. Whether a file is in
 * reach is decided by its owner record (in scope, the owner resource readable; edit: the owner's writers while it is
 * editable; delete: the uploader, owner editable).
 */
const ATTACHMENT_ACTIONS = ['show', 'edit', 'delete'] as const;

/**
 * 站内消息: every signed-in role reads its own notifications (the service keeps each to its user); marking one
 * read is part of reading it (`show`), so the audit admin, who writes nothing, still clears its own.
 */
const OWN_NOTIFICATIONS = READ;

/**
 * 节假日安排 (the working-day calendar): kept by the system admin as reference data; every role reads it, because
 * deadlines counted in working days are shown and computed wherever a record is.
 */
const CALENDAR = READ;

export const PLATFORM_PERMISSIONS = definePermissions(
  'platform',
  ['users', 'regions', 'audit-logs', 'access-logs', 'sessions', 'inbox', 'user-changes', 'attachments', 'notifications', 'notification-sweeps', 'holidays'],
  {
    system_admin: {
      users: ['list', 'show', 'create', 'edit', 'disable', 'reset-password'],
      regions: ['list', 'show', 'create', 'edit', 'delete'],
      // 三权分立: changes to administrator accounts wait for a second administrator (USER_CHANGE_WORKFLOW)
      'user-changes': READ,
      notifications: OWN_NOTIFICATIONS,
      // operations: run the daily deadline sweep now (it is also run in-process once a day)
      'notification-sweeps': ['list', 'show', 'create'],
      holidays: ['list', 'show', 'create', 'edit', 'delete'],
    },
    security_admin: {
      users: ['list', 'show', 'unlock', 'disable', 'authorize'],
      regions: READ,
      sessions: ['list', 'delete'],
      'user-changes': READ,
      // refusals and reads of personal data (PIPL art. 55–56): the security admin reviews them
      'access-logs': ['list'],
      notifications: OWN_NOTIFICATIONS,
      holidays: CALENDAR,
    },
    audit_admin: {
      'audit-logs': ['list', 'show', 'verify'],
      // the audit admin confirms or rejects changes to administrator accounts (USER_CHANGE_WORKFLOW)
      'user-changes': READ,
      // read-only, so the security admin's own reads are reviewed by someone else (三权分立)
      'access-logs': ['list'],
      notifications: OWN_NOTIFICATIONS,
      holidays: CALENDAR,
    },
    province_supervisor: { regions: READ, inbox: ['list'], attachments: ATTACHMENT_ACTIONS, notifications: OWN_NOTIFICATIONS, holidays: CALENDAR },
    city_officer: { regions: READ, inbox: ['list'], attachments: ATTACHMENT_ACTIONS, notifications: OWN_NOTIFICATIONS, holidays: CALENDAR },
    county_officer: { regions: READ, inbox: ['list'], attachments: ATTACHMENT_ACTIONS, notifications: OWN_NOTIFICATIONS, holidays: CALENDAR },
    inspector: { regions: READ, inbox: ['list'], attachments: ATTACHMENT_ACTIONS, notifications: OWN_NOTIFICATIONS, holidays: CALENDAR },
    bureau_head: { regions: READ, inbox: ['list'], attachments: ATTACHMENT_ACTIONS, notifications: OWN_NOTIFICATIONS, holidays: CALENDAR },
  },
);
