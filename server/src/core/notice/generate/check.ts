/**
 * What the generator needs from a recording before it writes a word (notice-generator.md §5.2, §7):
 * the declared purposes with their bases, split into consent and the rest, or the reason it refuses.
 * Pure.
 */
import type { Policy, Recording } from '../../policy/model';
import { asMap, entry, type YNode } from '../../policy/tree';
import { canonicalLegalBasis, isBuiltinPurpose, type LegalBasis } from '../../vocabulary';

/** Why no notice is written. `exit` is the CLI's code; a `forceable` refusal gives way to `--force`. */
export interface Refusal {
  exit: 1 | 2;
  reason: string;
  forceable: boolean;
}

export type Mechanism = 'ivr-keypress' | 'verbal' | 'written' | 'implied';

export interface DeclaredPurpose {
  id: string;
  basis: LegalBasis;
  /** The consent mechanism as declared (consent only); missing reads as a keypress. */
  mechanism?: Mechanism;
  custom: boolean;
}

export interface RecordingFacts {
  /** Declared purposes in file order, each once. */
  purposes: DeclaredPurpose[];
  internal: boolean;
  mode: 'all' | 'sampled' | 'on-demand';
  rate?: number;
  retroactive: boolean;
  bufferRetention?: string;
  /** Forceable refusals that `--force` let through: printed as findings. */
  forced: Refusal[];
  warnings: string[];
  notes: string[];
}

/** A legal basis as canonical, aliases read (`toestemming` → `consent`), or undefined. */
export const canonicalBasis = canonicalLegalBasis;

/** A recording's name for messages: its id, or its position. */
export function recordingLabel(rec: Recording): string {
  return rec.id?.value ?? `recordings[${rec.index}]`;
}

/** The recordings that record (mode other than `none`). */
export function recordingRecordings(policy: Policy): Recording[] {
  return policy.recordings.filter((r) => r.mode?.value !== 'none');
}

const refuse = (reason: string, forceable = false): Refusal => ({ exit: 1, reason, forceable });

/**
 * The facts of a recording, or the first refusal. `jurisdiction` is the effective one (the policy's,
 * else the config's default); `force` lets the forceable refusals through.
 */
export function recordingFacts(policy: Policy, rec: Recording, opts: { jurisdiction?: string; force?: boolean } = {}): { ok: true; facts: RecordingFacts } | { ok: false; refusal: Refusal } {
  const name = recordingLabel(rec);
  const purposes: DeclaredPurpose[] = [];
  const seen = new Set<string>();
  for (const d of rec.purposes) {
    const id = d.purpose?.value;
    if (id === undefined) continue;
    if (id === 'personal-use') return { ok: false, refusal: refuse(`\`${name}\` declares \`personal-use\`: an organisation cannot rely on the household exemption, and no notice is written for it`) };
    if (!isBuiltinPurpose(id) && !policy.customPurposes.has(id)) return { ok: false, refusal: refuse(`\`${name}\` declares the unknown purpose \`${id}\``) };
    const basisText = d.legalBasis?.value;
    if (basisText === undefined) return { ok: false, refusal: refuse(`\`${name}\`: the purpose \`${id}\` has no \`legal_basis\``) };
    const basis = canonicalBasis(basisText);
    if (!basis) return { ok: false, refusal: refuse(`\`${name}\`: the purpose \`${id}\` has the unknown legal basis \`${basisText}\``) };
    if (seen.has(id)) continue;
    seen.add(id);
    const m = d.consentMechanism?.value;
    const mechanism = basis === 'consent' ? ((['ivr-keypress', 'verbal', 'written', 'implied'] as const).find((x) => x === m)) : undefined;
    purposes.push({ id, basis, mechanism, custom: !isBuiltinPurpose(id) });
  }
  if (purposes.length === 0) return { ok: false, refusal: refuse(`\`${name}\` declares no purpose: a notice must name why the call is recorded`) };
  for (const u of rec.uses ?? []) {
    const id = u.purpose?.value;
    if (id !== undefined && !seen.has(id)) return { ok: false, refusal: refuse(`\`${name}\`: a use names the undeclared purpose \`${id}\`; declare it first, so that the notice can name it`) };
  }
  for (const p of rec.processors) {
    const id = p.purpose?.value;
    if (id !== undefined && !seen.has(id)) return { ok: false, refusal: refuse(`\`${name}\`: the processor ${p.name?.value ? `\`${p.name.value}\` ` : ''}names the undeclared purpose \`${id}\`; declare it first, so that the notice can name it`) };
  }
  const pub = purposes.find((p) => p.id === 'publication');
  if (pub && pub.basis !== 'consent') return { ok: false, refusal: refuse(`\`${name}\`: \`publication\` rests on \`${pub.basis}\`; publishing a recording needs the caller's consent (publication-without-consent)`) };
  const internal = rec.direction?.value === 'internal';
  const modeText = rec.mode?.value ?? 'all';
  const mode = modeText === 'sampled' || modeText === 'on-demand' ? modeText : 'all';
  const rateValue = rec.sampleRate?.value;
  const rate = typeof rateValue === 'number' ? rateValue : undefined;
  const retroactive = mode === 'on-demand' && rec.retroactive?.value === true;
  const bufferRetention = rec.bufferRetention?.value;
  const forced: Refusal[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const gate = (r: Refusal): Refusal | undefined => {
    if (r.forceable && opts.force) {
      forced.push(r);
      return undefined;
    }
    return r;
  };
  const emotion = purposes.find((p) => p.id === 'emotion-recognition');
  if (emotion) {
    if (internal) return { ok: false, refusal: refuse(`\`${name}\`: emotion recognition on internal calls is prohibited (AI Act art. 5(1)(f)); no notice cures it`) };
    const r = gate(refuse(`\`${name}\`: emotion recognition of callers is high-risk (AI Act Annex III(1)(c)) and the agent's side must be excluded (emotion-recognition-workplace); --force writes the notice anyway`, true));
    if (r) return { ok: false, refusal: r };
  }
  const jurisdiction = (policy.jurisdiction?.value ?? opts.jurisdiction)?.toUpperCase();
  const training = purposes.find((p) => p.id === 'staff-training');
  if (jurisdiction === 'DK' && training && training.basis !== 'consent') {
    const r = gate(refuse(`\`${name}\`: in Denmark staff training needs consent, not \`${training.basis}\` (training-needs-consent); the generator never invents a consent question; --force writes the notice anyway`, true));
    if (r) return { ok: false, refusal: r };
  }
  if (internal && purposes.some((p) => p.basis === 'consent')) {
    const r = gate(refuse(`\`${name}\` is an internal call with purposes on consent; employees' consent is rarely free (EDPB Guidelines 05/2020, 3.1.1), so no consent question is written; --force writes the notice anyway`, true));
    if (r) return { ok: false, refusal: r };
  }
  if (retroactive && !bufferRetention) return { ok: false, refusal: refuse(`\`${name}\` keeps buffered calls on demand (\`retroactive: true\`) without \`buffer_retention\`: the notice must say when unkept audio is deleted`) };
  if (retroactive && bufferRetention && !/^P/i.test(bufferRetention)) return { ok: false, refusal: refuse(`\`${name}\`: \`buffer_retention\` \`${bufferRetention}\` is not an ISO 8601 duration`) };
  if (mode === 'sampled' && rate !== undefined && !(rate > 0 && rate <= 1)) return { ok: false, refusal: refuse(`\`${name}\`: \`sample_rate\` ${rate} is not between 0 and 1`) };
  if (mode === 'sampled' && rate === undefined) return { ok: false, refusal: refuse(`\`${name}\` is sampled without a \`sample_rate\`: the notice says how many calls are recorded`) };
  if (purposes.some((p) => p.mechanism === 'implied')) warnings.push('`implied` is not valid consent (consent-not-active): the consent step is written as a keypress; set `mechanism: ivr-keypress`');
  if (internal) notes.push('internal calls: check `not-party-to-call` (is the organisation a party to the call?) and, in the Netherlands, `works-council-approval` (art. 27 WOR)');
  return { ok: true, facts: { purposes, internal, mode, rate, retroactive, bufferRetention, forced, warnings, notes } };
}

/** `x-notice-phrase.<lang>` of a custom purpose, if written. */
export function customNoticePhrase(policy: Policy, id: string, lang: string): string | undefined {
  const node = asMap(policy.customPurposesField?.node);
  const cp = asMap(entry(node, id)?.value);
  const phrases = entry(cp, 'x-notice-phrase')?.value as YNode | undefined;
  const v = asMap(phrases) ? entry(asMap(phrases), lang)?.value : undefined;
  return v && v.kind === 'scalar' && typeof v.value === 'string' && v.value.trim() ? v.value.trim() : undefined;
}
