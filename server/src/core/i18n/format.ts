/** Filling `{{name}}` placeholders: shared by rule messages and every catalogue text. */
export type MessageData = Readonly<Record<string, string | number>>;

/** Fill `{{name}}` placeholders from `data`; a placeholder without a value stays as written. */
export function formatMessage(template: string, data: MessageData | undefined): string {
  // Most phrases and titles have no placeholder: no regex for them (a lint formats a few per finding).
  if (!data || !template.includes('{{')) return template;
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/** The placeholder names of a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1]);
}
