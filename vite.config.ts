import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.join(repoRoot, 'web');

// The web app lives in web/; the server serves web/dist in production and /api is proxied in dev.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    sourcemap: false,
    // vendor-antd (all of antd the app uses, ~1.2 MB before gzip) is one chunk on purpose: see codeSplitting.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Two library chunks: React, the router and TanStack Query; antd with the rest of node_modules
        // (but for the libraries of single heavy pages, below). Split per antd
        // component, a console list needed ~60 scripts and the browser fetches six at a time from one
        // HTTP/1.1 server, so a first load waited in that queue (issue 12 §10, bench/console-lists.ui.mjs:
        // cold first row ~1.45 s → ~1.2 s on a loaded machine, the bytes almost the same).
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/, priority: 2 },
            // Libraries of one heavy page stay with that page: ECharts (charts), Tiptap / ProseMirror
            // (the content editor) and what they bring.
            {
              name: 'vendor-antd',
              test: /node_modules[\\/](?!echarts|zrender|size-sensor|@tiptap|prosemirror-|orderedmap|rope-sequence|w3c-keyname|linkifyjs|markdown-it|linkify-it|mdurl|uc\.micro|punycode)/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // web/src imports ../shared (limits, validators): allow the whole repository.
    fs: { allow: [repoRoot] },
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } } },
});
