#!/usr/bin/env node
// `npm start`: build the web app if web/dist is missing, then run the server (server/main.ts through
// tsx, no compile step). Settings come from the environment (see server/env.ts); signals and the exit
// code pass through.
import { execNode, requireInstalled } from './lib/proc.mjs';
import { ensureWebBuilt } from './lib/web.mjs';

requireInstalled();
const code = await ensureWebBuilt();
if (code !== 0) process.exit(code);
execNode(['--import', 'tsx', 'server/main.ts']);
