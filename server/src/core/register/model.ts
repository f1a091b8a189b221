/**
 * From policies to the register's activities (register.md §1, §4): one activity per recording and
 * declared purpose, filled from the policy and the `register:` config, never invented. What is left
 * out, and why, is listed too (§4.10). Findings are attributed afterwards (attribution.ts).
 */
import type { RegisterTransfer } from '../config';
import { buildPolicy, type Policy, type PurposeDecl, type Recording } from '../policy/model';
import { parsePolicyText } from '../policy/parse';
import { asMap, asSeq, entry, type YNode } from '../policy/tree';
import { INDEFINITE_WORDS, isBuiltinPurpose, PURPOSE_MEANING } from '../vocabulary';
import { isIsoDuration } from '../duration';
import { attributeFindings, type PlacedPolicy } from './attribution';
import { EMOTION_AI_ACT, PURPOSE_MAP, RECLINT_DATA, type PurposeMapping } from './mapping';
import { byCodeUnits, iriSegment, joinToPolicy } from './paths';
import type { Activity, Duration, ExcludedEntry, PurposeConcept, Register, RegisterInput, RetentionModel } from './types';
import { canonicalBasis, scopeCode, scopeWords, SUBJECTS, type Subject } from './words';

export const DEFAULT_BASE_IRI = 'urn:reclint:';

/** The register could not be made (exit 2): several controllers and no `--controller`, or one that no policy names. */
export class RegisterProblem extends Error {
  /** The controllers the policies name, when the problem is which one the record is for. */
  constructor(message: string, readonly controllers: readonly string[] = []) {
    super(message);
  }
}

function scalarText(node: YNode | undefined): string | undefined {
  return node && node.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}
/** A description as prose: a YAML block scalar (`|`, `>`) ends in a line break that is no part of it. */
function prose(s: string | undefined): string | undefined {
  return s?.trim() || undefined;
}
function textList(node: YNode | undefined): string[] {
  const s = scalarText(node);
  if (s !== undefined) return [s];
  return (asSeq(node)?.items ?? []).map(scalarText).filter((x): x is string => x !== undefined);
}
function dur(written: string | undefined): Duration | undefined {
  if (written === undefined) return undefined;
  const w = written.trim();
  return isIsoDuration(w) ? { written, iso: w } : { written };
}
function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

interface ParsedPolicy {
  uri: string;
  text: string;
  policy?: Policy;
  jurisdiction?: string;
  problem?: string;
}

export function buildRegister(input: RegisterInput): Register {
  const resolve = input.resolvePath ?? joinToPolicy;
  const baseIri = input.baseIri ?? input.config.base_iri ?? DEFAULT_BASE_IRI;
  const parsed: ParsedPolicy[] = [...input.policies]
    .sort((a, b) => byCodeUnits(a.uri, b.uri))
    .map((p) => {
      if (p.unreadable !== undefined) return { uri: p.uri, text: '', problem: `cannot be read (${p.unreadable})` };
      const r = parsePolicyText(p.text, { json: /\.json$/i.test(p.uri) });
      const policy = r.root ? buildPolicy(r.root) : undefined;
      const jurisdiction = (p.forceJurisdiction ?? policy?.jurisdiction?.value ?? p.jurisdiction)?.toUpperCase();
      return { uri: p.uri, text: p.text, policy, jurisdiction, problem: !r.root ? 'does not parse' : !policy ? 'is not a policy (its top level is not a mapping)' : undefined };
    });

  const controllers = uniq(parsed.map((p) => p.policy?.controller?.value.trim()).filter((c): c is string => !!c)).sort(byCodeUnits);
  let controller = input.controller?.trim();
  if (controller !== undefined && !controllers.includes(controller)) {
    throw new RegisterProblem(`no policy names the controller "${controller}"${controllers.length ? `; they name: ${controllers.map((c) => `"${c}"`).join(', ')}` : ''}`, controllers);
  }
  if (controller === undefined && controllers.length > 1) {
    throw new RegisterProblem(`the policies name ${controllers.length} controllers (${controllers.map((c) => `"${c}"`).join(', ')}); a record of processing activities is one controller's (art. 30(1) GDPR): pick one with --controller "<name>"`, controllers);
  }
  controller ??= controllers[0];

  const excluded: ExcludedEntry[] = [];
  const placed: PlacedPolicy[] = [];
  const activities: Activity[] = [];
  const rights: Register['rights'] = [];
  const policyFiles: string[] = [];
  for (const p of parsed) {
    if (!p.policy) {
      excluded.push({ what: `\`${p.uri}\``, why: `the file ${p.problem}`, findings: [], counts: true });
      placed.push({ uri: p.uri, excludedIndex: excluded.length - 1, recordings: [] });
      continue;
    }
    const name = p.policy.controller?.value.trim();
    if (!name || name !== controller) {
      excluded.push({ what: `\`${p.uri}\``, why: name ? `a policy of another controller: ${name}` : 'the policy names no `controller`', findings: [], counts: !name });
      placed.push({ uri: p.uri, excludedIndex: excluded.length - 1, recordings: [] });
      continue;
    }
    policyFiles.push(p.uri);
    const r = rightsOf(p.policy, p.uri, resolve);
    rights.push({ policy: p.uri, access: r.access, erasure: r.erasure, objection: r.objection });
    placed.push(placeActivities(p, p.policy, input, baseIri, resolve, r, activities, excluded));
  }
  attributeFindings(input.findings, placed, activities, excluded);

  const concepts = new Map<string, PurposeConcept>();
  for (const a of activities) {
    if (a.concept) concepts.set(a.concept.iri, a.concept);
    for (const d of a.data) if (d === 'account-data') concepts.set('reclint:account-data', { iri: 'reclint:account-data', ...RECLINT_DATA['reclint:account-data'], broader: [...RECLINT_DATA['reclint:account-data'].broader] });
  }
  return {
    version: input.version,
    date: input.date,
    baseIri,
    controller,
    config: input.config,
    policyFiles,
    activities,
    excluded,
    rights,
    concepts: [...concepts.values()].sort((a, b) => byCodeUnits(a.iri, b.iri)),
  };
}

function rightsOf(policy: Policy, uri: string, resolve: (from: string, rel: string) => string): Activity['rights'] {
  const sr = asMap(policy.subjectRights?.node);
  const procedure = (k: string) => {
    const v = scalarText(entry(asMap(entry(sr, k)?.value), 'procedure')?.value);
    return v === undefined ? undefined : resolve(uri, v);
  };
  const out: Activity['rights'] = {};
  for (const k of ['access', 'erasure', 'objection'] as const) {
    const v = procedure(k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function recordingId(rec: Recording): string {
  return rec.id?.value ?? `recording-${rec.index + 1}`;
}

function placeActivities(
  p: ParsedPolicy,
  policy: Policy,
  input: RegisterInput,
  baseIri: string,
  resolve: (from: string, rel: string) => string,
  rights: Activity['rights'],
  activities: Activity[],
  excluded: ExcludedEntry[],
): PlacedPolicy {
  const out: PlacedPolicy = { uri: p.uri, recordings: [] };
  for (const rec of policy.recordings) {
    const recId = recordingId(rec);
    if (rec.mode?.value === 'none') {
      excluded.push({ what: `\`${p.uri}#${recId}\``, why: 'records nothing (`mode: none`)', findings: [], counts: false });
      out.recordings.push({ rec, id: recId, span: rec.node.span, activities: [], excludedIndex: excluded.length - 1, purposes: [], notice: noticeUri(rec, p.uri, resolve) });
      continue;
    }
    const placedRec: PlacedPolicy['recordings'][number] = { rec, id: recId, span: rec.node.span, activities: [], purposes: [], notice: noticeUri(rec, p.uri, resolve) };
    out.recordings.push(placedRec);
    const decls: (PurposeDecl | undefined)[] = rec.purposes.length ? rec.purposes : [undefined];
    for (const decl of decls) {
      const purposeId = decl ? decl.purpose?.value ?? `purpose-${decl.index + 1}` : '';
      if (purposeId === 'personal-use') {
        excluded.push({ what: `\`${p.uri}#${recId}/personal-use\``, why: 'strictly personal use is outside the GDPR (art. 2(2)(c)); reclint reports it as `personal-use-by-organisation`', findings: [], counts: false });
        placedRec.purposes.push({ id: purposeId, span: decl!.node.span, activity: undefined, excludedIndex: excluded.length - 1 });
        continue;
      }
      const a = activityOf(p, policy, rec, recId, decl, purposeId, input, baseIri, resolve, rights);
      activities.push(a);
      placedRec.activities.push(a);
      if (decl) placedRec.purposes.push({ id: purposeId, span: decl.node.span, activity: a });
    }
  }
  return out;
}

function noticeUri(rec: Recording, policyUri: string, resolve: (from: string, rel: string) => string): string | undefined {
  const s = rec.announcement?.script?.value;
  return s === undefined ? undefined : resolve(policyUri, s);
}

function activityOf(
  p: ParsedPolicy,
  policy: Policy,
  rec: Recording,
  recId: string,
  decl: PurposeDecl | undefined,
  purposeId: string,
  input: RegisterInput,
  baseIri: string,
  resolve: (from: string, rel: string) => string,
  rights: Activity['rights'],
): Activity {
  const custom = policy.customPurposes.get(purposeId);
  const ownDescription = decl ? prose(scalarText(entry(decl.node, 'description')?.value)) : undefined;
  const builtin = isBuiltinPurpose(purposeId) && purposeId !== 'personal-use' ? purposeId : undefined;
  const purposeText = ownDescription ?? prose(custom?.description?.value) ?? (builtin ? PURPOSE_MEANING[builtin] : '');

  // The purpose concept and what it adds to the activity (§6.3).
  let mapping: PurposeMapping | undefined;
  let concept: PurposeConcept | undefined;
  if (builtin) {
    mapping = PURPOSE_MAP[builtin];
    concept = { iri: `reclint:${builtin}`, label: PURPOSE_MEANING[builtin], broader: [...mapping.broader] };
  } else if (custom) {
    const customNode = asMap(entry(asMap(policy.customPurposesField?.node), purposeId)?.value);
    const xDpv = scalarText(entry(customNode, 'x-dpv')?.value)?.trim();
    const xFides = scalarText(entry(customNode, 'x-fideslang')?.value)?.trim();
    const related = custom.related.find((r) => isBuiltinPurpose(r) && r !== 'personal-use');
    const relatedMap = related ? PURPOSE_MAP[related as keyof typeof PURPOSE_MAP] : undefined;
    concept = { iri: `${baseIri}purpose/${iriSegment(purposeId)}`, label: prose(custom.description?.value) ?? purposeId, broader: xDpv ? [xDpv] : relatedMap ? [...relatedMap.broader] : ['dpv:Purpose'] };
    mapping = { broader: concept.broader, processing: [], fideslang: xFides ?? relatedMap?.fideslang ?? '' };
  }

  const internal = rec.direction?.value === 'internal';
  const technology = [...(mapping?.technology ?? [])];
  if (builtin === 'emotion-recognition') technology.push(internal ? EMOTION_AI_ACT.internal : EMOTION_AI_ACT.other);

  const basisWritten = decl?.legalBasis?.value;
  const lawText = decl?.law ? scalarText(decl.law.node) : undefined;
  const test = decl?.balancingTest ? scalarText(decl.balancingTest.node) : undefined;
  const art9 = rec.art9Condition ? scalarText(rec.art9Condition.node) : undefined;

  const xSubjects = textList(entry(rec.node, 'x-data-subjects')?.value).filter((s): s is Subject => (SUBJECTS as readonly string[]).includes(s));
  const callers: Subject = policy.sector?.value === 'healthcare' ? 'patients' : policy.sector?.value === 'public' ? 'citizens' : 'customers';
  const subjects: Subject[] = xSubjects.length ? uniq(xSubjects) : internal ? ['employees'] : [callers, 'employees'];

  const dataDeclared = rec.dataField !== undefined;
  const data = dataDeclared ? uniq(rec.data.map((d) => d.value)) : ['voice'];

  const roles: string[] = [];
  const systems: string[] = [];
  if (rec.uses) {
    for (const u of rec.uses) {
      if (u.purpose?.value !== purposeId) continue;
      for (const b of u.by) roles.push(b.value);
      for (const s of textList(entry(u.node, 'system')?.value)) systems.push(s);
    }
  } else {
    for (const r of rec.accessRoles ?? []) roles.push(r.value);
  }
  const processors = rec.processors
    .filter((x) => x.purpose?.value === purposeId && x.name)
    .map((x) => {
      const ag = x.agreement ? scalarText(x.agreement.node) : undefined;
      return ag === undefined ? { name: x.name!.value } : { name: x.name!.value, agreement: resolve(p.uri, ag) };
    });

  const transfers = transfersOf(input.config.transfers, recId);

  const accessRoles = rec.accessRoles?.map((r) => r.value);
  const security: string[] = [];
  if (accessRoles?.length) security.push(`access limited to roles: ${accessRoles.join(', ')}`);
  const bound = rec.processors.filter((x) => x.name && x.agreement).map((x) => x.name!.value);
  if (bound.length) security.push(`processors bound by an agreement (art. 28(3)): ${uniq(bound).join(', ')}`);

  const retroactive = rec.retroactive?.value === true;
  const notice = rec.announcement?.script
    ? { kind: 'script' as const, where: resolve(p.uri, rec.announcement.script.value), prompt: rec.announcement.prompt?.value }
    : rec.announcement?.text
      ? { kind: 'inline' as const, where: rec.announcement.language?.value ?? policy.languages[0]?.value ?? '', text: rec.announcement.text.value }
      : undefined;

  const id = decl ? `${p.uri}#${recId}/${purposeId}` : `${p.uri}#${recId}`;
  return {
    id,
    policy: p.uri,
    recording: recId,
    recordingDescription: prose(rec.description?.value),
    purposeId,
    purposeText,
    concept,
    processing: [...(mapping?.processing ?? [])],
    technology,
    law: [...(mapping?.law ?? [])],
    extraData: [...(mapping?.personalData ?? [])],
    fideslangUse: mapping?.fideslang ?? '',
    basis: {
      written: basisWritten,
      canonical: canonicalBasis(basisWritten),
      ...(lawText !== undefined ? { law: lawText } : {}),
      ...(test !== undefined ? { balancingTest: resolve(p.uri, test) } : {}),
      ...(decl?.consentMechanism ? { mechanism: decl.consentMechanism.value } : {}),
      ...(art9 !== undefined ? { art9 } : {}),
    },
    subjects,
    data,
    dataDeclared,
    transcripts: rec.transcripts?.value === true,
    inferredEmotions: builtin === 'emotion-recognition',
    recipients: { roles: uniq(roles), systems: uniq(systems), public: builtin === 'publication' },
    processors,
    transfers,
    retention: retentionOf(policy, rec, decl, retroactive),
    security,
    accessRoles,
    scopeWords: scopeWords(rec.mode?.value, rec.sampleRate?.value, retroactive, rec.bufferRetention?.value),
    scopeCode: scopeCode(rec.mode?.value, rec.sampleRate?.value, retroactive),
    direction: rec.direction?.value,
    jurisdiction: p.jurisdiction,
    notice,
    rights,
    findings: [],
    open: new Map(),
    iriPath: [...p.uri.split('/').map(iriSegment), iriSegment(recId), ...(decl ? [iriSegment(purposeId)] : [])].join('/'),
  };
}

/** The config's transfers that apply to a recording: `none` when the config lists others only. */
function transfersOf(config: RegisterTransfer[] | 'none' | undefined, recId: string): Activity['transfers'] {
  if (config === undefined) return 'not stated';
  if (config === 'none') return 'none';
  const mine = config.filter((t) => !t.recordings || t.recordings.includes(recId));
  return mine.length ? mine : 'none';
}

function retentionOf(policy: Policy, rec: Recording, decl: PurposeDecl | undefined, retroactive: boolean): RetentionModel {
  const r = decl?.retention;
  const buffer = retroactive ? dur(rec.bufferRetention?.value) : undefined;
  const out: RetentionModel = { stated: !!r && (r.scalar !== undefined || r.until !== undefined || r.max !== undefined), indefinite: false, ...(buffer ? { buffer } : {}) };
  if (!r) return out;
  const isIndef = (s: string | undefined) => s !== undefined && INDEFINITE_WORDS.has(s.trim().toLowerCase());
  if (r.scalar) {
    if (isIndef(r.scalar.value)) out.indefinite = true;
    else out.max = dur(r.scalar.value);
    return out;
  }
  if (r.until) {
    const t = policy.triggers.get(r.until.value);
    const description = prose(t?.description?.value);
    out.until = { id: r.until.value, declared: !!t, ...(description ? { description } : {}), ...(t?.max ? { max: dur(t.max.value) } : {}) };
  }
  if (isIndef(r.max?.value)) out.indefinite = true;
  else if (r.max) out.max = dur(r.max.value);
  return out;
}
