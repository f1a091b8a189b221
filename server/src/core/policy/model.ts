/**
 * The typed view of a recording policy (policy-format.md). Every field keeps its node, so rules point at
 * the exact key or value. Fields of the wrong type are left undefined here: the schema reports them.
 */
import type { Span } from '../text';
import { asMap, asSeq, entry, type MapEntry, type MapNode, type ScalarNode, type SeqNode, type YNode } from './tree';

/** A present key with its value node. */
export interface Field<T> {
  value: T;
  node: YNode;
  entry: MapEntry;
  keySpan: Span;
  /** Where the value is (its key when the value is empty). */
  span: Span;
}

export interface Trigger {
  id: string;
  keySpan: Span;
  entry: MapEntry;
  description?: Field<string>;
  max?: Field<string>;
}

export interface CustomPurpose {
  id: string;
  keySpan: Span;
  description?: Field<string>;
  phrases: Record<string, string[]>;
  related: string[];
}

export interface Retention {
  node: YNode;
  entry: MapEntry;
  /** `retention: indefinite` written as a plain value. */
  scalar?: Field<string>;
  until?: Field<string>;
  max?: Field<string>;
}

export interface PurposeDecl {
  node: MapNode;
  index: number;
  purpose?: Field<string>;
  legalBasis?: Field<string>;
  law?: Field<unknown>;
  balancingTest?: Field<unknown>;
  consent?: Field<unknown>;
  consentMechanism?: Field<string>;
  retention?: Retention;
}

export interface Use {
  node: MapNode;
  index: number;
  purpose?: Field<string>;
  by: Field<string>[];
}

export interface Processor {
  node: MapNode;
  index: number;
  name?: Field<string>;
  purpose?: Field<string>;
  agreement?: Field<unknown>;
}

export interface AnnouncementDecl {
  entry: MapEntry;
  node: YNode;
  script?: Field<string>;
  prompt?: Field<string>;
  text?: Field<string>;
  language?: Field<string>;
  privacyStatement?: Field<unknown>;
  /** `script` (default), `call-start` or `agent-connect` (ivr-formats.md §2). */
  recordingStarts?: Field<string>;
  /** `announcement.entry`: where calls enter a dialplan. */
  entryPoint?: Field<string>;
  /** The script's format, overriding recognition by extension and content. */
  format?: Field<string>;
  transcripts?: Field<unknown>;
}

export interface Recording {
  node: MapNode;
  index: number;
  id?: Field<string>;
  description?: Field<string>;
  direction?: Field<string>;
  partyToCall?: Field<unknown>;
  onBehalfOfParticipant?: Field<unknown>;
  employeesInformed?: Field<unknown>;
  mode?: Field<string>;
  sampleRate?: Field<unknown>;
  retroactive?: Field<unknown>;
  bufferRetention?: Field<string>;
  data: Field<string>[];
  dataField?: Field<unknown>;
  art9Condition?: Field<unknown>;
  transcripts?: Field<unknown>;
  announcement?: AnnouncementDecl;
  purposesField?: Field<unknown>;
  purposes: PurposeDecl[];
  /** undefined when `uses` is not given (then the declared purposes are the uses). */
  uses?: Use[];
  usesField?: Field<unknown>;
  access?: Field<unknown>;
  accessRoles?: Field<string>[];
  accessRolesField?: Field<unknown>;
  processors: Processor[];
}

export interface Policy {
  root: MapNode;
  policyVersion?: Field<unknown>;
  controller?: Field<string>;
  jurisdiction?: Field<string>;
  sector?: Field<string>;
  languagesField?: Field<unknown>;
  languages: Field<string>[];
  triggersField?: Field<unknown>;
  triggers: Map<string, Trigger>;
  customPurposesField?: Field<unknown>;
  customPurposes: Map<string, CustomPurpose>;
  subjectRights?: Field<unknown>;
  subjectAccess?: Field<unknown>;
  subjectAccessIncludes?: Field<unknown>;
  recordingsField?: Field<unknown>;
  recordings: Recording[];
}

function field(map: MapNode | undefined, key: string): Field<unknown> | undefined {
  const e = entry(map, key);
  if (!e) return undefined;
  const v = e.value;
  const span = v.kind === 'scalar' && v.empty ? e.keySpan : v.span;
  const value = v.kind === 'scalar' ? v.value : v;
  return { value, node: v, entry: e, keySpan: e.keySpan, span };
}

function str(map: MapNode | undefined, key: string): Field<string> | undefined {
  const f = field(map, key);
  if (!f) return undefined;
  const v = f.node;
  if (v.kind !== 'scalar' || v.value === null) return undefined;
  return { ...f, value: String(v.value) };
}

function strItems(node: YNode | undefined): Field<string>[] {
  const seq = asSeq(node);
  if (!seq) return [];
  const out: Field<string>[] = [];
  for (const it of seq.items) {
    if (it.kind === 'scalar' && it.value !== null) {
      out.push({ value: String(it.value), node: it, entry: it.parent ?? seq.parent!, keySpan: it.span, span: it.span });
    }
  }
  return out;
}

function mapsOf(node: YNode | undefined): { map: MapNode; index: number }[] {
  const seq = asSeq(node);
  if (!seq) return [];
  const out: { map: MapNode; index: number }[] = [];
  seq.items.forEach((it, index) => { if (it.kind === 'map') out.push({ map: it, index }); });
  return out;
}

function buildRetention(purpose: MapNode): Retention | undefined {
  const e = entry(purpose, 'retention');
  if (!e) return undefined;
  const node = e.value;
  if (node.kind === 'scalar') {
    if (node.value === null) return { node, entry: e };
    return { node, entry: e, scalar: { value: String(node.value), node, entry: e, keySpan: e.keySpan, span: node.span } };
  }
  const m = asMap(node);
  return { node, entry: e, until: str(m, 'until'), max: str(m, 'max') };
}

function buildRecording(map: MapNode, index: number): Recording {
  const annE = entry(map, 'announcement');
  let announcement: AnnouncementDecl | undefined;
  if (annE) {
    const am = asMap(annE.value);
    announcement = {
      entry: annE,
      node: annE.value,
      script: str(am, 'script'),
      prompt: str(am, 'prompt'),
      text: str(am, 'text'),
      language: str(am, 'language'),
      privacyStatement: field(am, 'privacy_statement'),
      recordingStarts: str(am, 'recording_starts'),
      entryPoint: str(am, 'entry'),
      format: str(am, 'format'),
      transcripts: field(am, 'transcripts'),
    };
  }
  const purposesField = field(map, 'purposes');
  const purposes: PurposeDecl[] = mapsOf(purposesField?.node).map(({ map: pm, index: i }) => {
    const consent = field(pm, 'consent');
    return {
      node: pm,
      index: i,
      purpose: str(pm, 'purpose'),
      legalBasis: str(pm, 'legal_basis'),
      law: field(pm, 'law'),
      balancingTest: field(pm, 'balancing_test'),
      consent,
      consentMechanism: str(asMap(consent?.node), 'mechanism'),
      retention: buildRetention(pm),
    };
  });
  const usesField = field(map, 'uses');
  const uses: Use[] | undefined = usesField
    ? mapsOf(usesField.node).map(({ map: um, index: i }) => ({ node: um, index: i, purpose: str(um, 'purpose'), by: strItems(entry(um, 'by')?.value) }))
    : undefined;
  const access = field(map, 'access');
  const rolesField = field(asMap(access?.node), 'roles');
  const dataField = field(map, 'data');
  return {
    node: map,
    index,
    id: str(map, 'id'),
    description: str(map, 'description'),
    direction: str(map, 'direction'),
    partyToCall: field(map, 'party_to_call'),
    onBehalfOfParticipant: field(map, 'on_behalf_of_participant'),
    employeesInformed: field(map, 'employees_informed'),
    mode: str(map, 'mode'),
    sampleRate: field(map, 'sample_rate'),
    retroactive: field(map, 'retroactive'),
    bufferRetention: str(map, 'buffer_retention'),
    data: strItems(dataField?.node),
    dataField,
    art9Condition: field(map, 'art9_condition'),
    transcripts: field(map, 'transcripts'),
    announcement,
    purposesField,
    purposes,
    uses,
    usesField,
    access,
    accessRoles: rolesField ? strItems(rolesField.node) : undefined,
    accessRolesField: rolesField,
    processors: mapsOf(field(map, 'processors')?.node).map(({ map: pm, index: i }) => ({
      node: pm,
      index: i,
      name: str(pm, 'name'),
      purpose: str(pm, 'purpose'),
      agreement: field(pm, 'agreement'),
    })),
  };
}

export function buildPolicy(root: YNode): Policy | undefined {
  const map = asMap(root);
  if (!map) return undefined;
  const triggers = new Map<string, Trigger>();
  const triggersField = field(map, 'triggers');
  for (const e of asMap(triggersField?.node)?.entries ?? []) {
    if (e.key.startsWith('x-')) continue;
    const tm = asMap(e.value);
    if (!triggers.has(e.key)) triggers.set(e.key, { id: e.key, keySpan: e.keySpan, entry: e, description: str(tm, 'description'), max: str(tm, 'max') });
  }
  const customPurposes = new Map<string, CustomPurpose>();
  const customPurposesField = field(map, 'custom_purposes');
  for (const e of asMap(customPurposesField?.node)?.entries ?? []) {
    if (e.key.startsWith('x-')) continue;
    const cm = asMap(e.value);
    const phrases: Record<string, string[]> = {};
    for (const pe of asMap(entry(cm, 'phrases')?.value)?.entries ?? []) phrases[pe.key] = strItems(pe.value).map((f) => f.value);
    customPurposes.set(e.key, { id: e.key, keySpan: e.keySpan, description: str(cm, 'description'), phrases, related: strItems(entry(cm, 'related')?.value).map((f) => f.value) });
  }
  const subjectRights = field(map, 'subject_rights');
  const subjectAccess = field(asMap(subjectRights?.node), 'access');
  const languagesField = field(map, 'languages');
  const recordingsField = field(map, 'recordings');
  return {
    root: map,
    policyVersion: field(map, 'policy'),
    controller: str(map, 'controller'),
    jurisdiction: str(map, 'jurisdiction'),
    sector: str(map, 'sector'),
    languagesField,
    languages: strItems(languagesField?.node),
    triggersField,
    triggers,
    customPurposesField,
    customPurposes,
    subjectRights,
    subjectAccess,
    subjectAccessIncludes: field(asMap(subjectAccess?.node), 'includes'),
    recordingsField,
    recordings: mapsOf(recordingsField?.node).map(({ map: rm, index }) => buildRecording(rm, index)),
  };
}

/** The purposes a recording uses: `uses[].purpose` plus `processors[].purpose`, or its declared purposes when `uses` is absent. */
export function usedPurposes(rec: Recording): Field<string>[] {
  const out: Field<string>[] = [];
  if (rec.uses) {
    for (const u of rec.uses) if (u.purpose) out.push(u.purpose);
  } else {
    for (const p of rec.purposes) if (p.purpose) out.push(p.purpose);
  }
  for (const p of rec.processors) if (p.purpose) out.push(p.purpose);
  return out;
}

export type { MapNode, ScalarNode, SeqNode, YNode };
