import type { TAppDeps, TZodApp } from '../http/context.js';

export function registerSearchRoutes(_app: TZodApp, _deps: TAppDeps) {}
