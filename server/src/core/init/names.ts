/** File names and ids for starters: no `node:path` (the core runs in a browser too). */

export { baseName } from '../text';

/** The file name without its last extension (`helpdesk.ivr` → `helpdesk`; `klantcontactcentrum` stays). */
export function stem(fileName: string): string {
  const i = fileName.lastIndexOf('.');
  return i > 0 ? fileName.slice(0, i) : fileName;
}

/** Kebab case: `CustomerService_Main.v2` → `customer-service-main-v2`; empty → undefined. */
export function kebab(s: string): string | undefined {
  const k = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return k || undefined;
}

export const POLICY_SUFFIX = '.recording-policy.yaml';

/** The starter's file name for a script (`helpdesk.ivr` → `helpdesk.recording-policy.yaml`), or for `name`. */
export function starterFileName(scriptFileName: string | undefined, name?: string): string {
  return `${name ?? (scriptFileName ? stem(scriptFileName) : 'recordings')}${POLICY_SUFFIX}`;
}
