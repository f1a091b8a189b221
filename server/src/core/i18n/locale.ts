/**
 * The display languages of reclint's own words (messages, hovers, quick-fix titles): not the languages
 * of notices, which are the notice-reading packs. English is the source and the default; a locale is a
 * catalogue of translations (`./<code>/`), listed once in `./catalog.ts`.
 */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(s: string): s is Locale {
  return (LOCALES as readonly string[]).includes(s);
}

/**
 * The locale for a language tag or a POSIX locale name: `nl`, `nl-BE`, `nl_NL.UTF-8` → `nl`; anything
 * reclint has no catalogue for (or nothing, `C`, `POSIX`) → English.
 */
export function localeOf(tag: string | undefined | null): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The CLI's locale: `--locale` first, then `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order), else English. */
export function localeFromEnv(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (flag) return localeOf(flag);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v) return localeOf(v);
  }
  return DEFAULT_LOCALE;
}
