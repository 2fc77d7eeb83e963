import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './http';

/**
 * One query client for the app, so the auth provider can drop every cached answer when the user changes.
 * A 4xx will not change on retry; a network blip or a 5xx gets one more try.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => {
        const e = error as unknown as ApiError;
        return failures < 1 && (Boolean(e?.network) || (e?.statusCode ?? 0) >= 500);
      },
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
