import { describe, expect, it } from 'vitest';
import { readEmailType } from './email-type-words.js';

describe('the kind of an imported e-mail address', () => {
  it.each([
    [undefined, { kind: 'work' }],
    ['', { kind: 'work' }],
    ['* Work', { kind: 'work' }],
    ['INTERNET', { kind: 'work' }],
    ['WORK', { kind: 'work' }],
    ['Zakelijk', { kind: 'work' }],
    ['Other', { kind: 'other' }],
    ['Home', { kind: 'other', label: 'Home' }],
    ['Privé', { kind: 'other', label: 'Privé' }],
    ['Postbus FG', { kind: 'role', label: 'Postbus FG' }],
    ['Functiepostbus', { kind: 'role', label: 'Functiepostbus' }],
    ['Gedeeld team', { kind: 'role', label: 'Gedeeld team' }],
    ['Vereniging', { kind: 'other', label: 'Vereniging' }],
  ])('reads %j as %j', (type, expected) => {
    expect(readEmailType(type)).toEqual(expected);
  });
});
