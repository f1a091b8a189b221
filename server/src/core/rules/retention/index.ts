import { retentionIndefinite } from './retention-indefinite';
import { retentionMissing } from './retention-missing';
import { retentionNoBackstop } from './retention-no-backstop';
import { retentionTriggerUndefined } from './retention-trigger-undefined';
import { retroactiveBufferUndefined } from './retroactive-buffer-undefined';
import { sampleRateIgnored } from './sample-rate-ignored';
import { triggerUnused } from './trigger-unused';
import type { Rule } from '../types';

/** Retention (rules.md), in the catalogue's order. */
export const RETENTION_RULES: Rule[] = [
  retentionMissing,
  retentionTriggerUndefined,
  retentionIndefinite,
  retentionNoBackstop,
  triggerUnused,
  retroactiveBufferUndefined,
  sampleRateIgnored,
];
