/**
 * The register as DPV 2.3 JSON-LD (register.md §6): one `dpv:ROPA` with one `dpv:Process` per activity,
 * the protected context inline, keys in the order of §6.2, empty properties left out, 2-space indent.
 * Written as plain JSON: no JSON-LD library at run time.
 */
import type { RegisterParty } from '../config';
import { entryText } from './attribution';
import { REGISTER_CONTEXT } from './context';
import { dpvBases, dpvData, dpvProcessing, dpvPurposes } from './dpv';
import { noticeCode, processorText } from './cells';
import { RIGHT_IRI, SUBJECT_IRI, transferIri } from './mapping';
import { LOC_CODES } from './terms';
import type { Activity, Duration, Register } from './types';
import { durationWords } from './words';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };
type Node = { [k: string]: Json | undefined };

/** Drop `undefined`, empty arrays and empty strings, keeping key order. */
function clean<T extends Node>(n: T): Node {
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

function party(type: string, p: RegisterParty | 'none' | undefined): Node | undefined {
  return p && p !== 'none' ? clean({ type, name: p.name, contact: p.contact }) : undefined;
}

function durationNode(d: Duration): Node {
  return d.iso ? { type: 'dpv:TemporalDuration', duration: d.iso } : { type: 'dpv:TemporalDuration', description: durationWords(d.written) };
}

function storageOf(a: Activity): Node[] {
  const r = a.retention;
  const out: Node[] = [];
  const parts: Node[] = [];
  if (r.indefinite) parts.push({ type: 'dpv:EndlessDuration' });
  else if (r.stated) {
    if (r.until) parts.push(clean({ type: 'dpv:UntilEventDuration', identifier: r.until.id, value: r.until.description }));
    const seen = new Set<string>();
    for (const d of [r.until?.max, r.max]) {
      if (!d || seen.has(d.written)) continue;
      seen.add(d.written);
      parts.push(durationNode(d));
    }
  }
  if (parts.length) out.push(clean({ type: 'dpv:StorageDuration', description: parts.length >= 2 ? 'whichever comes first' : undefined, hasDuration: parts as Json[] }));
  if (r.buffer) out.push({ type: 'dpv:StorageDuration', description: 'buffered audio not kept by staff', hasDuration: [durationNode(r.buffer)] as Json[] });
  return out;
}

function measuresOf(reg: Register, a: Activity): Node[] {
  const out: Node[] = [];
  if (a.basis.canonical === 'legitimate-interests') out.push(clean({ type: 'dpv:LegitimateInterestAssessment', source: a.basis.balancingTest }));
  if (a.accessRoles?.length) out.push({ type: 'dpv:AccessControlMethod', description: `access limited to roles: ${a.accessRoles.join(', ')}` });
  for (const p of a.processors) if (p.agreement !== undefined) out.push({ type: 'dpv:DataProcessingAgreement', description: processorText(p, (s) => s), source: p.agreement });
  if (Array.isArray(a.transfers)) {
    for (const t of a.transfers) {
      const basis = t.article ? transferIri(t.article) : undefined;
      out.push(clean({ type: 'dpv:SafeguardForDataTransfer', description: t.safeguards, legalBasis: basis ? [basis] : undefined }));
    }
  }
  if (reg.config.security_measures) out.push({ type: 'dpv:TechnicalOrganisationalMeasure', description: reg.config.security_measures });
  return out;
}

function activityNode(reg: Register, a: Activity): Node {
  const purposeWords = a.purposeText || a.purposeId || 'purpose not stated';
  const lawNodes: Json[] = [...a.law];
  if (a.basis.law !== undefined) lawNodes.push({ type: 'dpv:Law', title: a.basis.law });
  return clean({
    id: `${reg.baseIri}activity/${a.iriPath}`,
    type: 'dpv:Process',
    identifier: a.id,
    title: `${a.recordingDescription ?? a.recording}: ${purposeWords}`,
    description: a.data.includes('criminal-data') ? 'art. 10 GDPR data: condition not modelled in DPV' : undefined,
    recording: a.recording,
    scope: a.scopeCode,
    direction: a.direction,
    purpose: dpvPurposes(a).slice(0, 1),
    legalBasis: dpvBases(a),
    personalData: dpvData(a),
    dataSubject: a.subjects.map((s) => SUBJECT_IRI[s]),
    processing: dpvProcessing(a),
    technology: a.technology,
    law: lawNodes,
    recipient: [
      ...a.recipients.roles.map((r) => ({ type: 'dpv:Recipient', name: `role: ${r}` })),
      ...a.recipients.systems.map((s) => ({ type: 'dpv:Recipient', name: `system: ${s}` })),
      ...(a.recipients.public ? [{ type: 'dpv:Recipient', name: 'the public' }] : []),
    ],
    processor: a.processors.map((p) => ({ type: 'dpv:DataProcessor', name: p.name })),
    measure: measuresOf(reg, a) as Json[],
    storage: storageOf(a) as Json[],
    notice: a.notice ? [clean({ type: 'eu-gdpr:DirectDataCollectionNotice', source: a.notice.kind === 'script' ? noticeCode(a) : undefined, description: a.notice.kind === 'inline' ? a.notice.text : undefined })] : [],
    right: (['access', 'erasure', 'objection'] as const).filter((k) => a.rights[k] !== undefined).map((k) => ({ type: RIGHT_IRI[k], source: a.rights[k]! })),
    thirdCountry: Array.isArray(a.transfers) ? [...new Set(a.transfers.map((t) => `loc:${t.country}`))].filter((c) => LOC_CODES.has(c.slice(4))) : [],
    jurisdiction: a.jurisdiction && LOC_CODES.has(a.jurisdiction) ? `loc:${a.jurisdiction}` : undefined,
    openFinding: a.findings.map(entryText),
  });
}

export function registerDocument(reg: Register): Node {
  const c = reg.config;
  const joint = c.joint_controllers && c.joint_controllers !== 'none' && c.joint_controllers.length
    ? { type: 'dpv:JointDataControllers', description: c.joint_controllers.map((j) => (j.contact ? `${j.name}, ${j.contact}` : j.name)).join('; ') }
    : undefined;
  return clean({
    '@context': REGISTER_CONTEXT as unknown as Json,
    id: `${reg.baseIri}register`,
    type: 'dpv:ROPA',
    title: 'Record of processing activities: call recording',
    conformsTo: 'legal-eu:law-GDPR',
    description: `GDPR art. 30(1); reclint ${reg.version}; DPV 2.3`,
    issued: reg.date,
    controller: clean({
      id: `${reg.baseIri}controller`,
      type: 'dpv:DataController',
      name: reg.controller,
      contact: c.controller_contact,
      dpo: party('dpv:DataProtectionOfficer', c.dpo),
      representative: party('dpv:Representative', c.representative),
      jointControllers: joint,
    }),
    hasPart: reg.activities.map((a) => activityNode(reg, a)) as Json[],
    included: reg.concepts.map((k) => clean({ id: k.iri, type: k.iri.startsWith('reclint:account-data') ? 'dpv:PersonalData' : 'dpv:Purpose', label: k.label, broader: k.broader })) as Json[],
  });
}

export function registerJsonLd(reg: Register): string {
  return `${JSON.stringify(registerDocument(reg), null, 2)}\n`;
}
