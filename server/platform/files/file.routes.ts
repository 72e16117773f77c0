import type { TAppDeps, TZodApp } from '../http/context.js';

export function registerFileRoutes(_app: TZodApp, _deps: TAppDeps) {}
