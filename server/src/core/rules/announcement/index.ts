import { announcedPurposeUndeclared } from './announced-purpose-undeclared';
import { announcementAfterRecording } from './announcement-after-recording';
import { announcementDeniesRecording } from './announcement-denies-recording';
import { announcementLanguageMissing } from './announcement-language-missing';
import { announcementMissing } from './announcement-missing';
import { announcementNoRecordingMention } from './announcement-no-recording-mention';
import { announcementWebsiteOnly } from './announcement-website-only';
import { purposeNotAnnounced } from './purpose-not-announced';
import { purposeUnused } from './purpose-unused';
import { useUndeclaredPurpose } from './use-undeclared-purpose';
import { vaguePurpose } from './vague-purpose';
import type { Rule } from '../types';

/** Announced purposes against configured uses (rules.md), in the table's order. */
export const ANNOUNCEMENT_RULES: Rule[] = [
  announcementMissing,
  announcementWebsiteOnly,
  announcementNoRecordingMention,
  announcementDeniesRecording,
  announcementAfterRecording,
  purposeNotAnnounced,
  useUndeclaredPurpose,
  announcedPurposeUndeclared,
  vaguePurpose,
  announcementLanguageMissing,
  purposeUnused,
];
