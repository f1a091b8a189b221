/**
 * Amazon Polly voices (as Connect names them in `TextToSpeechVoice` and `GlobalVoice`) → the language
 * they speak, for the languages reclint reads. A voice not listed leaves the language open (§3.3).
 */
const VOICES: Record<string, string> = {
  // Dutch (nl-NL, nl-BE)
  lotte: 'nl', ruben: 'nl', laura: 'nl', lisa: 'nl',
  // English (en-US, en-GB, en-AU, en-IN, en-IE, en-NZ, en-ZA, en-GB-WLS)
  joanna: 'en', matthew: 'en', amy: 'en', brian: 'en', emma: 'en', ivy: 'en', joey: 'en', justin: 'en', kendra: 'en', kimberly: 'en',
  salli: 'en', kevin: 'en', ruth: 'en', stephen: 'en', danielle: 'en', gregory: 'en', arthur: 'en', olivia: 'en', nicole: 'en',
  russell: 'en', raveena: 'en', aditi: 'en', kajal: 'en', niamh: 'en', aria: 'en', ayanda: 'en', geraint: 'en', patrick: 'en', jasmine: 'en',
  // German (de-DE, de-AT, de-CH)
  vicki: 'de', daniel: 'de', marlene: 'de', hans: 'de', hannah: 'de', sabrina: 'de',
  // French (fr-FR, fr-CA, fr-BE)
  lea: 'fr', léa: 'fr', remi: 'fr', rémi: 'fr', celine: 'fr', céline: 'fr', mathieu: 'fr', chantal: 'fr', gabrielle: 'fr', liam: 'fr', isabelle: 'fr',
  // Spanish (es-ES, es-MX, es-US)
  lucia: 'es', lucía: 'es', enrique: 'es', conchita: 'es', sergio: 'es', mia: 'es', andres: 'es', andrés: 'es', lupe: 'es', penelope: 'es', penélope: 'es', miguel: 'es', pedro: 'es',
};

export function voiceLanguage(voice: string): string | undefined {
  return VOICES[voice.trim().toLowerCase()];
}
