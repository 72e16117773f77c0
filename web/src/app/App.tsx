import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { RouterProvider } from 'react-router';
import { AuthProvider } from './auth';
import { LocaleProvider } from './LocaleProvider';
import { createQueryClient } from './query';
import { createRouter } from './routes';

/** Query client, language (antd locale + dictionary) and auth: everything a page expects around it. */
export function AppProviders({ children, client }: { children: ReactNode; client?: ReturnType<typeof createQueryClient> }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AuthProvider>{children}</AuthProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}

export function App() {
  const [router] = useState(createRouter);
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
