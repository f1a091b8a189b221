/**
 * The page's own words, in English and Dutch. Findings, hovers and rule descriptions come from reclint's
 * catalogues (server/src/core/i18n) in the same language: the page passes it as the lint's locale.
 */
import type { UiLang } from './state';

const STRINGS = {
  title: { en: 'reclint playground', nl: 'reclint-speeltuin' },
  tagline: {
    en: 'Check a call-recording policy and its call flow against the GDPR. Everything stays in this page: nothing is uploaded.',
    nl: 'Toets een beleid voor gespreksopname en de belstroom aan de AVG. Alles blijft in deze pagina: er wordt niets verstuurd.',
  },
  example: { en: 'Example', nl: 'Voorbeeld' },
  copyLink: { en: 'Copy link', nl: 'Link kopiëren' },
  copied: { en: 'Link copied: it holds the whole case, and nothing was sent anywhere.', nl: 'Link gekopieerd: die bevat de hele casus, en er is niets verstuurd.' },
  copyFailed: { en: 'Copy the link from the address bar.', nl: 'Kopieer de link uit de adresbalk.' },
  addFile: { en: 'Add file', nl: 'Bestand toevoegen' },
  addFilePrompt: {
    en: 'File name (a policy ends in .recording-policy.yaml, a script in .ivr; call flows as .json or .xml):',
    nl: 'Bestandsnaam (een beleid eindigt op .recording-policy.yaml, een script op .ivr; belstromen als .json of .xml):',
  },
  removeFile: { en: 'Remove this file', nl: 'Dit bestand verwijderen' },
  removeConfirm: { en: 'Remove {file}?', nl: '{file} verwijderen?' },
  initPolicy: { en: 'Start a policy for this script', nl: 'Begin een beleid voor dit script' },
  starterWritten: {
    en: 'A starter policy: what the script shows is filled in; every TODO comment says what only you can decide.',
    nl: 'Een startbeleid: wat het script laat zien is ingevuld; elk TODO-commentaar zegt wat alleen u kunt beslissen.',
  },
  registerButton: { en: 'Processing register', nl: 'Verwerkingsregister' },
  registerTitle: { en: 'Record of processing activities (art. 30 GDPR)', nl: 'Register van verwerkingsactiviteiten (art. 30 AVG)' },
  whichController: { en: 'The policies name several controllers. Whose record is this?', nl: 'De beleidsstukken noemen meer verwerkingsverantwoordelijken. Wiens register is dit?' },
  downloadCsv: { en: 'Download as CSV (for Excel)', nl: 'Downloaden als CSV (voor Excel)' },
  close: { en: 'Close', nl: 'Sluiten' },
  writerTitle: { en: 'Write the notice from the declared purposes', nl: 'Schrijf de melding uit de opgegeven doelen' },
  writerHelp: {
    en: 'Every declared purpose in plain words, the consent question where needed, the right to object: read back by reclint before it is shown.',
    nl: 'Elk opgegeven doel in gewone woorden, de toestemmingsvraag waar nodig, het recht van bezwaar: door reclint teruggelezen voordat het getoond wordt.',
  },
  writerGo: { en: 'Write', nl: 'Schrijven' },
  noticeLabel: { en: 'Notice', nl: 'Melding' },
  consentLabel: { en: 'Consent question', nl: 'Toestemmingsvraag' },
  seconds: { en: 'about {n} s spoken', nl: 'ongeveer {n} s gesproken' },
  copy: { en: 'Copy', nl: 'Kopiëren' },
  putInScript: { en: 'Put it in {file}', nl: 'Zet het in {file}' },
  putInPolicy: { en: 'Put it in the policy (announcement.text)', nl: 'Zet het in het beleid (announcement.text)' },
  fixAll: { en: 'Fix all safe problems', nl: 'Alle veilige problemen oplossen' },
  fixedNone: { en: 'Nothing to fix safely.', nl: 'Niets om veilig op te lossen.' },
  fixedSome: { en: '{n} fixes applied.', nl: '{n} oplossingen toegepast.' },
  findings: { en: 'Problems', nl: 'Problemen' },
  noFindings: { en: 'No problems found.', nl: 'Geen problemen gevonden.' },
  summary: { en: '{errors} errors, {warnings} warnings, {others} notes', nl: '{errors} fouten, {warnings} waarschuwingen, {others} opmerkingen' },
  noticeTitle: { en: 'What does this notice announce?', nl: 'Wat kondigt deze melding aan?' },
  noticeHelp: {
    en: 'Paste what callers hear. reclint reads it as it reads a notice in a script.',
    nl: 'Plak wat bellers horen. reclint leest het zoals een melding in een script.',
  },
  noticePlaceholder: { en: 'This call is recorded for training purposes.', nl: 'Dit gesprek wordt opgenomen voor trainingsdoeleinden.' },
  detect: { en: 'detect language', nl: 'taal herkennen' },
  records: { en: 'Says the call is recorded', nl: 'Zegt dat het gesprek wordt opgenomen' },
  notRecords: { en: 'Does not say the call is recorded', nl: 'Zegt niet dat het gesprek wordt opgenomen' },
  denies: { en: 'Says the call is not recorded', nl: 'Zegt dat het gesprek niet wordt opgenomen' },
  purposes: { en: 'Purposes announced', nl: 'Aangekondigde doelen' },
  excluded: { en: 'Purposes it excludes', nl: 'Doelen die het uitsluit' },
  none: { en: 'none', nl: 'geen' },
  vague: { en: 'vague', nl: 'vaag' },
  readAs: { en: 'read as {lang}', nl: 'gelezen als {lang}' },
  detected: { en: 'detected', nl: 'herkend' },
  rule: { en: 'rule', nl: 'regel' },
  quickFix: { en: 'Fix', nl: 'Oplossen' },
  offline: {
    en: 'Works offline: no request leaves this page, no analytics, no fonts from elsewhere.',
    nl: 'Werkt offline: geen verzoek verlaat deze pagina, geen analytics, geen lettertypen van elders.',
  },
  brokenLink: { en: 'This link could not be read (cut off?): the example is shown instead.', nl: 'Deze link kon niet worden gelezen (afgebroken?): het voorbeeld staat er nu.' },
} as const satisfies Record<string, Record<UiLang, string>>;

export type StringId = keyof typeof STRINGS;

export function t(lang: UiLang, id: StringId, data: Record<string, string | number> = {}): string {
  return STRINGS[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function defaultUiLang(): UiLang {
  return typeof navigator !== 'undefined' && /^nl\b/i.test(navigator.language) ? 'nl' : 'en';
}
