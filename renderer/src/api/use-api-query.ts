import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { subscribeFunctionName, type ApiEvent } from '../../../shared/api-methods.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from '../sync/error-text.js';

export interface ApiQuery<T> {
  /** The last value loaded for these deps; kept while a refresh of the same query runs. */
  readonly data: T | undefined;
  /** What went wrong, already in the user's language (and re-translated when the language changes). */
  readonly error: string | undefined;
  readonly loading: boolean;
  /** Loads again with the same deps. */
  readonly refresh: () => void;
}

export interface ApiQueryOptions {
  /** Events from main after which the data may be stale: each one loads again. */
  readonly refreshOn?: readonly ApiEvent[];
}

interface QueryState<T> {
  readonly data: T | undefined;
  readonly failure: unknown;
  readonly failed: boolean;
  readonly loading: boolean;
}

type Subscribe = (listener: () => void) => () => void;

function subscribeTo(event: ApiEvent, listener: () => void): () => void {
  const [namespace] = event.split('.') as [string];
  const group = (window.draaiboek as unknown as Record<string, Record<string, Subscribe | undefined>>)[namespace];
  const subscribe = group?.[subscribeFunctionName(event)];
  return subscribe === undefined ? () => undefined : subscribe(listener);
}

/**
 * The page's one way to read from main (as Actual's `useQuery`): loads when `deps` change, drops answers that
 * arrive after the component left or after newer deps were asked for, and loads again on `refreshOn` events.
 * Deps changing means another question, so its old answer is cleared; a refresh keeps it until the new one.
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[], options: ApiQueryOptions = {}): ApiQuery<T> {
  const { t } = useI18n();
  const [state, setState] = useState<QueryState<T>>({ data: undefined, failure: undefined, failed: false, loading: true });
  const [version, setVersion] = useState(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const seenVersion = useRef(version);

  useEffect(() => {
    let live = true;
    const refreshing = seenVersion.current !== version;
    seenVersion.current = version;
    setState((previous) => ({ data: refreshing ? previous.data : undefined, failure: undefined, failed: false, loading: true }));
    latestLoad.current().then(
      (data) => {
        if (live) setState({ data, failure: undefined, failed: false, loading: false });
      },
      (failure: unknown) => {
        if (live) setState((previous) => ({ data: refreshing ? previous.data : undefined, failure, failed: true, loading: false }));
      },
    );
    return () => {
      live = false;
    };
    // The caller's deps are checked where it calls this hook (eslint `additionalHooks`); `load` is read fresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);

  const refresh = useCallback(() => setVersion((previous) => previous + 1), []);

  const events = (options.refreshOn ?? []).join(' ');
  useEffect(() => {
    if (events === '') return undefined;
    const unsubscribes = (events.split(' ') as ApiEvent[]).map((event) => subscribeTo(event, refresh));
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }, [events, refresh]);

  const error = useMemo(() => (state.failed ? errorText(t, state.failure) : undefined), [state.failed, state.failure, t]);
  return { data: state.data, error, loading: state.loading, refresh };
}
