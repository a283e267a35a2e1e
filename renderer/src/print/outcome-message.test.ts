import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/index.js';
import { outcomeMessage } from './outcome-message.js';

const t = createTranslator('nl');

describe('what the print centre says after a print or save', () => {
  it('names the copy number of a numbered copy, and the file it went to', () => {
    expect(outcomeMessage({ completed: true, fileName: 'map.pdf', copyNumber: 2 }, 'save', 'Crisismap', t)).toBe(
      'Crisismap is opgeslagen als map.pdf, exemplaar nr. 2.',
    );
    expect(outcomeMessage({ completed: true }, 'print', 'Belboom', t)).toBe('Belboom is naar de printer gestuurd.');
  });

  it('says a cancelled print voided its copy number, and a cancelled save changed nothing', () => {
    expect(outcomeMessage({ completed: false, copyNumber: 3 }, 'print', 'Crisismap', t)).toContain('Exemplaar nr. 3');
    expect(outcomeMessage({ completed: false }, 'save', 'Crisismap', t)).toBe('Geannuleerd: er is niets afgedrukt of opgeslagen.');
  });
});
