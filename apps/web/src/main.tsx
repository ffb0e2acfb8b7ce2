import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { I18nProvider } from "./i18n/i18n";
import { reasonOf } from "./lib/api";
import { forgetAllButMe, ME, sessionEnded } from "./lib/queries";
import "./styles.css";
import "./push.css";
import "./sms.css";
import "./security.css";
import "./safety.css";

/**
 * A request answered "signed out" (or "no sign-in waiting") means the session is over: nothing
 * cached for the previous person is kept, and `me` is asked again so the app routes to sign-in.
 * When `me` itself said so, it already knows.
 */
function onError(error: unknown, fromMe: boolean): void {
  const reason = reasonOf(error);
  if (reason !== "UNAUTHENTICATED" && reason !== "NO_PENDING_SIGN_IN") return;
  if (fromMe) forgetAllButMe(queryClient);
  else void sessionEnded(queryClient);
}

// A refused request (a wrong code, a signed-out session) is an answer, not a glitch: retry only
// what failed to arrive.
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => onError(error, query.queryKey[0] === ME[0]),
  }),
  mutationCache: new MutationCache({ onError: (error) => onError(error, false) }),
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && reasonOf(error) === "NETWORK",
      refetchOnWindowFocus: true,
      staleTime: 10_000,
    },
    mutations: { retry: false },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
