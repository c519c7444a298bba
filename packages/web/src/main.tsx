import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { isApiError } from './api/client';
import { keys } from './api/keys';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/board.css';
import './styles/case-studies.css';
import './styles/programmes.css';
import './styles/calendar.css';

initI18n();

// When the session runs out mid-work, any 401 re-checks who is signed in; the guard then sends her to sign in.
// A practice that starts requiring two-factor sign-in answers 403: re-reading "me" lets the guard send her to set it up.
function onUnauthenticated(error: unknown, queryKey?: readonly unknown[]) {
  if (!isApiError(error)) return;
  if (error.status === 403 && error.reason === 'two_factor_required') {
    void queryClient.invalidateQueries({ queryKey: keys.me });
    return;
  }
  if (error.status !== 401) return;
  // The "me" query failing is itself the answer; asking again would loop.
  if (queryKey?.[0] === keys.me[0]) return;
  void queryClient.invalidateQueries({ queryKey: keys.me });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(error) }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      // A refusal (4xx) will not change by asking again; a network hiccup might.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
