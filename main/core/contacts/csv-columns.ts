import type { PhoneKindHint } from './parsed-contact.js';

/*
 * Column names of the contacts exports, in lower case. Outlook writes its headers in the language of the
 * Office installation; Dutch and English are the two a Dutch municipality meets.
 */

export const outlookColumns = {
  firstName: ['first name', 'voornaam'],
  middleName: ['middle name', 'middelste naam', 'tweede voornaam'],
  lastName: ['last name', 'achternaam'],
  displayName: ['e-mail display name', 'weergavenaam e-mail', 'e-mail: weergavenaam'],
  email: ['e-mail address', 'e-mailadres', 'e-mail: adres'],
  secondEmail: ['e-mail 2 address', 'e-mailadres 2', 'e-mail 2: adres'],
  thirdEmail: ['e-mail 3 address', 'e-mailadres 3', 'e-mail 3: adres'],
  jobTitle: ['job title', 'functie'],
  company: ['company', 'bedrijf'],
} as const;

export interface PhoneColumn {
  readonly names: readonly string[];
  readonly hint: PhoneKindHint;
  readonly private: boolean;
}

/** In the order a crisis team would call: mobile first. */
export const outlookPhoneColumns: readonly PhoneColumn[] = [
  { names: ['mobile phone', 'mobiele telefoon'], hint: 'mobile', private: false },
  { names: ['business phone', 'telefoon op werk', 'zakelijke telefoon'], hint: 'work', private: false },
  { names: ['business phone 2', 'telefoon op werk 2', 'zakelijke telefoon 2'], hint: 'work', private: false },
  { names: ['company main phone', 'hoofdtelefoon bedrijf'], hint: 'work', private: false },
  { names: ['car phone', 'autotelefoon'], hint: 'mobile', private: false },
  { names: ['home phone', 'telefoon thuis', 'telefoon privé'], hint: 'home', private: true },
  { names: ['home phone 2', 'telefoon thuis 2', 'telefoon privé 2'], hint: 'home', private: true },
  { names: ['primary phone', 'primaire telefoon', 'hoofdtelefoon'], hint: 'generic', private: false },
  { names: ['other phone', 'andere telefoon', 'overige telefoon'], hint: 'generic', private: false },
  { names: ['pager', 'pieper'], hint: 'pager', private: false },
];

/** Any of these in the header makes a file an Outlook export. */
export const outlookMarkers = ['first name', 'voornaam', 'e-mail address', 'e-mailadres', 'mobile phone', 'mobiele telefoon'];

export const googleColumns = {
  name: ['name'],
  firstName: ['given name', 'first name'],
  middleName: ['additional name', 'middle name'],
  lastName: ['family name', 'last name'],
  email: ['e-mail 1 - value'],
  organisation: ['organization 1 - name', 'organization name'],
  jobTitle: ['organization 1 - title', 'organization title'],
} as const;

/** Google numbers its e-mail columns too: "E-mail 1 - Value", "E-mail 2 - Value". */
export const googleEmailValue = /^e-mail (\d+) - value$/;
export const googleEmailTypeNames = (number: string): string[] => [`e-mail ${number} - type`, `e-mail ${number} - label`];

/**
 * Columns that say something about the export, not the person (Outlook's sensitivity and priority, Google's
 * labels), and the kind or label beside a value read elsewhere: never worth a remark when left out.
 */
export const bookkeepingColumns: ReadonlySet<string> = new Set([
  'categories', 'categorieën', 'sensitivity', 'gevoeligheid', 'priority', 'prioriteit', 'private', 'privé', 'gender', 'geslacht',
  'labels', 'group membership', 'e-mail display name', 'weergavenaam e-mail', 'e-mail: weergavenaam', 'e-mail type', 'e-mail 2 type', 'e-mail 3 type',
]);
export const bookkeepingColumn = /( - (type|label)|: type)$/;

/** Google numbers its phone columns: "Phone 1 - Value" with "Phone 1 - Type" (older) or "Phone 1 - Label". */
export const googlePhoneValue = /^phone (\d+) - value$/;
export const googlePhoneTypeNames = (number: string): string[] => [`phone ${number} - type`, `phone ${number} - label`];

/** Any of these makes a file a Google export; checked before Outlook, as newer Google files say "First Name" too. */
export const googleMarkers = ['e-mail 1 - value', 'phone 1 - value', 'given name', 'organization 1 - name', 'organization name'];
