// The platform's tables, for drizzle's typed client (`db.query.orgs …`). Module tables are not listed
// here (db/ never imports modules): their repos use the query builder with the table objects, and
// drizzle-kit finds every `*.schema.ts` through the globs in drizzle.config.ts.
export * from '../platform/orgs/org.schema.js';
export * from '../platform/auth/auth.schema.js';
export * from '../platform/audit/audit.schema.js';
export * from '../platform/files/file.schema.js';
export * from '../platform/workflow/workflow.schema.js';
export * from '../platform/notifications/notification.schema.js';
