// Every table, for drizzle's typed client and drizzle-kit. Add a module's schema file here.
export * from '../platform/orgs/org.schema.js';
export * from '../platform/auth/auth.schema.js';
export * from '../platform/audit/audit.schema.js';
export * from '../platform/files/file.schema.js';
export * from '../modules/people/person.schema.js';
export * from '../modules/innovation/innovation.schema.js';
export * from '../platform/workflow/workflow.schema.js';
export * from '../platform/notifications/notification.schema.js';
