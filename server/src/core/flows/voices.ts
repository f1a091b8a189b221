/**
 * Text-to-speech voices (as Connect names them in `TextToSpeechVoice` and `GlobalVoice`, and TwiML in
 * `voice="Polly.…"`) → the language they speak, from the language packs' `voices` lists. A voice no
 * pack lists leaves the language open (ivr-formats.md §3.3).
 */
import { PACKS } from '../notice/lang/registry';

/** Folded: lower case, accents off (`Léa` and `Lea` alike). */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

const VOICES: ReadonlyMap<string, string> = new Map(PACKS.flatMap((p) => (p.voices ?? []).map((v): [string, string] => [fold(v), p.code])));

export function voiceLanguage(voice: string): string | undefined {
  return VOICES.get(fold(voice));
}
