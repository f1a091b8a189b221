import { flowAnalyticsUndeclared } from './flow-analytics-undeclared';
import { flowEntryAssumed } from './flow-entry-assumed';
import { flowSyntax } from './flow-syntax';
import { flowTargetUnresolved } from './flow-target-unresolved';
import { noticeAudioUntranscribed } from './notice-audio-untranscribed';
import { noticeDynamic } from './notice-dynamic';
import { noticeInterruptible } from './notice-interruptible';
import type { Rule } from '../types';

/** Rules of call flows (ivr-formats.md §4.9): files that do not parse, notices that cannot be read or heard, references, analytics. */
export const FLOW_RULES: Rule[] = [
  flowSyntax,
  flowTargetUnresolved,
  noticeAudioUntranscribed,
  noticeDynamic,
  noticeInterruptible,
  flowAnalyticsUndeclared,
  flowEntryAssumed,
];
