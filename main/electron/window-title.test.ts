import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/index.js';
import { windowTitle } from './window-title.js';

describe('the window title', () => {
  it('says the app runs from the stick, in the user\'s language', () => {
    expect(windowTitle(createTranslator('nl'), true)).toBe('Draaiboek — draagbaar, gegevens op de stick');
    expect(windowTitle(createTranslator('en'), true)).toBe('Draaiboek — portable, data on the stick');
    expect(windowTitle(createTranslator('nl'), false)).toBe('Draaiboek');
  });
});
