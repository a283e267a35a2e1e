import type { Translate } from '../../../shared/i18n/index.js';
import { ApiCallError } from '../api/call-api.js';
import { translateApiError } from '../i18n/i18n-context.js';

/** What went wrong, in the user's language. */
export function errorText(t: Translate, caught: unknown): string {
  return caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught);
}
