import type { TAppDeps, TZodApp } from '../../platform/http/context.js';

export function registerPeopleRoutes(_app: TZodApp, _deps: TAppDeps) {}
