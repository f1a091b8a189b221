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
}

export const GOLDEN_CASES: GoldenCase[] = [
  { id: 'helpdesk', script: 'examples/clean/helpdesk.ivr', opts: {}, config: {} },
  { id: 'service', script: 'examples/contact-centre/ivr/service.ivr', opts: { defaultJurisdiction: 'NL', phrases: CONTACT_CENTRE.phrases }, config: CONTACT_CENTRE },
  { id: 'sales', script: 'examples/contact-centre/ivr/sales.ivr', opts: { defaultJurisdiction: 'NL', phrases: CONTACT_CENTRE.phrases }, config: CONTACT_CENTRE },
  { id: 'kundeservice-dk', script: 'server/test/data/init/scripts/kundeservice.ivr', flags: ['--jurisdiction', 'DK'], opts: { jurisdiction: 'DK' }, config: {} },
  { id: 'no-notice', script: 'server/test/data/init/scripts/no-notice.ivr', opts: {}, config: {} },
  { id: 'klantcontactcentrum', script: 'examples/call-flows/connect/klantcontactcentrum', opts: {}, config: {} },
  { id: 'member-services', script: 'examples/call-flows/studio/member-services.json', opts: {}, config: {} },
  { id: 'service-client', script: 'examples/call-flows/twiml/service-client.xml', opts: {}, config: {} },
  { id: 'all-purposes', script: 'server/test/data/init/scripts/all-purposes.ivr', opts: {}, config: {} },
  { id: 'all-purposes-nl', script: 'server/test/data/init/scripts/all-purposes.ivr', opts: { defaultJurisdiction: 'NL' }, config: { jurisdiction: 'NL' } },
  { id: 'all-purposes-dk', script: 'server/test/data/init/scripts/all-purposes.ivr', flags: ['--jurisdiction', 'DK'], opts: { jurisdiction: 'DK' }, config: {} },
  { id: 'all-purposes-consent', script: 'server/test/data/init/scripts/all-purposes-consent.ivr', opts: {}, config: {} },
  { id: 'skeleton', opts: {}, config: {} },
];
