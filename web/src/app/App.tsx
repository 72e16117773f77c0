import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { RouterProvider } from 'react-router';
import { AuthProvider } from './auth';
import { LocaleProvider } from './LocaleProvider';
import { createQueryClient } from './query';
import type { TWebModule } from '../modules/module.types';
import { WEB_MODULES } from '../modules';
import { createRouter } from './routes';
import { WebModulesProvider } from './webModules';

/**
 * Query client, module list, language (antd locale + dictionaries) and auth: everything a page
 * expects around it. `modules` defaults to WEB_MODULES (tests pass another list).
 */
export function AppProviders({
  children,
  client,
  modules = WEB_MODULES,
}: { children: ReactNode; client?: ReturnType<typeof createQueryClient>; modules?: readonly TWebModule[] }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <WebModulesProvider modules={modules}>
        <LocaleProvider>
          <AuthProvider>{children}</AuthProvider>
        </LocaleProvider>
      </WebModulesProvider>
    </QueryClientProvider>
  );
}

export function App() {
  const [router] = useState(() => createRouter());
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
