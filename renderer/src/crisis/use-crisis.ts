import { useCallback, useState } from 'react';
import type { AppendableEvent } from '../../../shared/crisis/crisis-events.js';
import type { CrisisView } from '../../../shared/crisis/crisis-contract.js';
import { useApiQuery } from '../api/use-api-query.js';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from '../sync/error-text.js';

/** The crises of this folder, loaded again whenever an event is written or imported. */
export function useCrisisList() {
  return useApiQuery(() => callApi('crisis.list'), [], { refreshOn: ['crisis.changed'] });
}

export function useCrisisView(crisisId: string) {
  return useApiQuery(() => callApi('crisis.get', { crisisId }), [crisisId], { refreshOn: ['crisis.changed'] });
}

/**
 * Appends one event; the caller's form is cleared only once main answered that the event is written. The
 * error comes back translated, for the form to show next to its button.
 */
export function useAppend(crisisId: string, onSaved?: (view: CrisisView) => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const append = useCallback(
    async (event: AppendableEvent): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        const view = await callApi('crisis.append', { crisisId, event });
        onSaved?.(view);
        return true;
      } catch (failure) {
        setError(errorText(t, failure));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [crisisId, onSaved, t],
  );
  return { append, busy, error };
}

/** A `datetime-local` value (Amsterdam wall clock as the browser shows it) as an ISO instant. */
export function instantOfLocal(value: string): string | undefined {
  if (value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function nowIso(): string {
  return new Date().toISOString();
}

const NAME_KEY = 'draaiboek.crisis.name';

/** The name this person signs their ticks and entries with on this laptop; remembered between screens. */
export function useCrisisName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => window.localStorage.getItem(NAME_KEY) ?? '');
  const update = useCallback((next: string) => {
    setName(next);
    window.localStorage.setItem(NAME_KEY, next);
  }, []);
  return [name, update];
}

/** The entered name, or nothing: an empty name is left out of the event rather than stored as "". */
export function nameField<K extends string>(key: K, name: string): Partial<Record<K, string>> {
  const trimmed = name.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Partial<Record<K, string>>);
}
