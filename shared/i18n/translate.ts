/** The languages Draaiboek speaks. Dutch is the source language; English follows it key for key. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export type Catalog = Readonly<Record<string, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** The `{name}` placeholders of a message template, read from the catalog's literal type. */
export type PlaceholdersOf<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Pick the language from a locale string such as `en_GB.UTF-8` or `nl-NL`; Dutch unless it says English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale !== undefined && /^en([_.-]|$)/i.test(locale) ? 'en' : 'nl';
}

/** The language a process's environment asks for: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them. */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  return languageFromLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined);
}
