import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

/** One client per app (and per test). Client errors (4xx) are not retried: they will not change. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
