/**
 * The JSON-LD context of the register (register.md §6.1): protected, inline in every document and
 * shipped as `schemas/register.context.jsonld` (a test keeps the two byte-equal).
 */
const SET = (id: string) => ({ '@id': id, '@type': '@id', '@container': '@set' });

export const REGISTER_CONTEXT = {
  '@version': 1.1,
  '@protected': true,
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  'eu-aiact': 'https://w3id.org/dpv/legal/eu/aiact#',
  ai: 'https://w3id.org/dpv/ai#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  reclint: 'https://w3id.org/reclint/vocab#',
  id: '@id',
  type: '@type',
  included: '@included',
  title: 'dct:title',
  description: 'dct:description',
  identifier: 'dct:identifier',
  source: 'dct:source',
  issued: { '@id': 'dct:issued', '@type': 'xsd:date' },
  conformsTo: { '@id': 'dct:conformsTo', '@type': '@id' },
  hasPart: { '@id': 'dct:hasPart', '@container': '@set' },
  label: 'skos:prefLabel',
  broader: { '@id': 'skos:broader', '@type': '@id', '@container': '@set' },
  value: 'rdf:value',
  duration: { '@id': 'rdf:value', '@type': 'xsd:duration' },
  controller: { '@id': 'dpv:hasDataController', '@type': '@id' },
  name: 'dpv:hasName',
  contact: 'dpv:hasContact',
  dpo: { '@id': 'dpv:hasDataProtectionOfficer', '@type': '@id' },
  representative: { '@id': 'dpv:hasRepresentative', '@type': '@id' },
  jointControllers: { '@id': 'dpv:hasJointDataControllers', '@type': '@id' },
  purpose: SET('dpv:hasPurpose'),
  legalBasis: SET('dpv:hasLegalBasis'),
  personalData: SET('dpv:hasPersonalData'),
  dataSubject: SET('dpv:hasDataSubject'),
  recipient: SET('dpv:hasRecipient'),
  processor: SET('dpv:hasDataProcessor'),
  processing: SET('dpv:hasProcessing'),
  storage: SET('dpv:hasStorageCondition'),
  hasDuration: SET('dpv:hasDuration'),
  measure: SET('dpv:hasTechnicalOrganisationalMeasure'),
  notice: SET('dpv:hasNotice'),
  right: SET('dpv:hasRight'),
  technology: SET('dpv:isImplementedUsingTechnology'),
  law: SET('dpv:hasApplicableLaw'),
  thirdCountry: SET('dpv:hasThirdCountry'),
  jurisdiction: { '@id': 'dpv:hasJurisdiction', '@type': '@id' },
  recording: 'reclint:recording',
  scope: 'reclint:scope',
  direction: 'reclint:direction',
  openFinding: { '@id': 'reclint:openFinding', '@container': '@set' },
} as const;

/** The text of `schemas/register.context.jsonld`. */
export function contextFileText(): string {
  return `${JSON.stringify({ '@context': REGISTER_CONTEXT }, null, 2)}\n`;
}
