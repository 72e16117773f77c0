import { defineConfig } from 'drizzle-kit';

// Every `*.schema.ts` of the platform and of the modules: a new module's tables need no edit here.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/platform/**/*.schema.ts', './server/modules/**/*.schema.ts'],
  out: './server/db/migrations',
});
