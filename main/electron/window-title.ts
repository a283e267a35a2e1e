import type { Translate } from '../../shared/i18n/index.js';

/** The window's title: a program running from a stick says so, so nobody mistakes it for the laptop's own copy. */
export function windowTitle(t: Translate, portable: boolean): string {
  return portable ? `Draaiboek — ${t('ui.overview.portable')}` : 'Draaiboek';
}
