/**
 * The golden starters of `reclint init` (spec init.md "Tests"): which script, with which options, and
 * the config the starter is linted under (what the `.reclintrc.yaml` of its folder says). The core
 * test compares each starter with `golden/<id>.starter.yaml` and lints it; the CLI test runs the
 * same scripts through `reclint init --stdout` in a copy of their folder.
 */
import type { StarterOptions } from '../../../src/core/init';

/** contact-centre/.reclintrc.yaml: default jurisdiction NL, one extra Dutch phrase for `evidence`. */
export const CONTACT_CENTRE = { jurisdiction: 'NL', phrases: { nl: { evidence: ['vastlegging van uw contract'] } } };

export interface GoldenCase {
  id: string;
  /** Repo-relative path of the script; none for the skeleton. */
  script?: string;
  /** Extra `reclint init` flags for the CLI run. */
  flags?: string[];
  opts: StarterOptions;
  /** The config of the starter's folder, as lint options. */
  config: { jurisdiction?: string; phrases?: Record<string, Record<string, string[]>> };
  /** The measured findings of the starter linted with its script: `rule/messageId` → count. */
  expected: Record<string, number>;
}

/** Every starter from a script lints with these (init.md, the last table). */
const BASE = { 'schema/invalid': 1, 'employees-not-informed/missing': 1, 'access-undefined/undefined': 1, 'subject-access-undefined/undefined': 1 };
const ALL = { ...BASE, 'legal-obligation-unreferenced/missing': 1, 'legal-basis-missing/missing': 1, 'emotion-recognition-workplace/calls': 1 };

export const GOLDEN_CASES: GoldenCase[] = [
  { id: 'helpdesk', script: 'examples/clean/helpdesk.ivr', opts: {}, config: {}, expected: { ...BASE, 'balancing-test-missing/missing': 1 } },
  { id: 'service', script: 'examples/contact-centre/ivr/service.ivr', opts: { defaultJurisdiction: 'NL', phrases: CONTACT_CENTRE.phrases }, config: CONTACT_CENTRE, expected: { ...BASE, 'balancing-test-missing/missing': 1, 'vague-purpose/vague': 2 } },
  { id: 'sales', script: 'examples/contact-centre/ivr/sales.ivr', opts: { defaultJurisdiction: 'NL', phrases: CONTACT_CENTRE.phrases }, config: CONTACT_CENTRE, expected: { ...BASE, 'announcement-after-recording/before-notice': 1 } },
  { id: 'kundeservice-dk', script: 'server/test/data/init/scripts/kundeservice.ivr', flags: ['--jurisdiction', 'DK'], opts: { jurisdiction: 'DK' }, config: {}, expected: { ...BASE, 'balancing-test-missing/missing': 1, 'consent-not-active/no-consent-step': 1 } },
  { id: 'no-notice', script: 'server/test/data/init/scripts/no-notice.ivr', opts: {}, config: {}, expected: { ...BASE, 'announcement-no-recording-mention/no-prompt': 1 } },
  { id: 'klantcontactcentrum', script: 'examples/call-flows/connect/klantcontactcentrum', opts: {}, config: {}, expected: { ...BASE, 'balancing-test-missing/missing': 1, 'announcement-after-recording/flow-before-notice': 1 } },
  { id: 'member-services', script: 'examples/call-flows/studio/member-services.json', opts: {}, config: {}, expected: { ...BASE, 'balancing-test-missing/missing': 1, 'notice-interruptible/interruptible': 1 } },
  { id: 'service-client', script: 'examples/call-flows/twiml/service-client.xml', opts: {}, config: {}, expected: { ...BASE, 'balancing-test-missing/missing': 1, 'flow-analytics-undeclared/undeclared': 1 } },
  { id: 'all-purposes', script: 'server/test/data/init/scripts/all-purposes.ivr', opts: {}, config: {}, expected: { ...ALL, 'balancing-test-missing/missing': 7, 'training-needs-consent/eu': 1, 'consent-not-active/no-consent-step': 3 } },
  { id: 'all-purposes-nl', script: 'server/test/data/init/scripts/all-purposes.ivr', opts: { defaultJurisdiction: 'NL' }, config: { jurisdiction: 'NL' }, expected: { ...ALL, 'balancing-test-missing/missing': 7, 'training-needs-consent/eu': 1, 'consent-not-active/no-consent-step': 3, 'works-council-approval/approval': 1 } },
  { id: 'all-purposes-dk', script: 'server/test/data/init/scripts/all-purposes.ivr', flags: ['--jurisdiction', 'DK'], opts: { jurisdiction: 'DK' }, config: {}, expected: { ...ALL, 'balancing-test-missing/missing': 6, 'consent-not-active/no-consent-step': 4 } },
  { id: 'all-purposes-consent', script: 'server/test/data/init/scripts/all-purposes-consent.ivr', opts: {}, config: {}, expected: { ...ALL, 'balancing-test-missing/missing': 6 } },
  { id: 'skeleton', opts: {}, config: {}, expected: { ...BASE, 'announcement-missing/missing': 1 } },
];
