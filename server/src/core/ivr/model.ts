/** The step model of an IVR script (see ../shared/spec/ivr-format.md). Every part keeps its source span. */
import type { Span } from '../text';

/** A prompt's text as a caller hears it, with a map back to the source. */
export interface PromptText {
  /** The spoken text: escapes resolved (`\"` → `"`), each line break with the indentation around it folded to one space. */
  text: string;
  /** Span in the source of the whole quoted string, quotes included. */
  span: Span;
  /** sourceOffsets[i] is the source offset of text[i]; sourceOffsets[text.length] is the offset of the closing quote. */
  sourceOffsets: number[];
}

interface StepBase {
  /** Span of the whole step (from its first to its last character, multi-line prompts included). */
  span: Span;
  /** 0-based line the step starts on. */
  line: number;
}

export interface LangStep extends StepBase { kind: 'lang'; code: string; codeSpan: Span }
export interface LabelStep extends StepBase { kind: 'label'; name: string; nameSpan: Span }
export interface SayStep extends StepBase {
  kind: 'say';
  id?: string;
  idSpan?: Span;
  prompt: PromptText;
  /** The language in force (last `lang` before it), or undefined when none was set. */
  lang?: string;
}
export interface ConsentStep extends StepBase {
  kind: 'consent';
  id?: string;
  idSpan?: Span;
  prompt: PromptText;
  lang?: string;
  accept?: string;
  refuse?: string;
  /** Span of the accept key (the value after `accept=`). */
  acceptSpan?: Span;
  /** Span of the refuse key (the value after `refuse=`). */
  refuseSpan?: Span;
}
export interface RecordStep extends StepBase { kind: 'record'; action: 'start' | 'stop' | 'pause' | 'resume'; actionSpan: Span }
export interface MenuOption { key: string; label: string; keySpan: Span; labelSpan: Span }
export interface MenuStep extends StepBase { kind: 'menu'; options: MenuOption[] }
export interface GotoStep extends StepBase { kind: 'goto'; label: string; labelSpan: Span }
export interface TransferStep extends StepBase { kind: 'transfer'; target: string; targetSpan: Span }
export interface HangupStep extends StepBase { kind: 'hangup' }

export type Step = LangStep | LabelStep | SayStep | ConsentStep | RecordStep | MenuStep | GotoStep | TransferStep | HangupStep;
export type PromptStep = SayStep | ConsentStep;

/** A `# reclint-disable-next-line` style comment seen in the script (the suppression module reads these). */
/** `text` is what follows the `#` (unchanged); `span` covers the `#` up to the end of the line. */
export interface Comment { text: string; span: Span; line: number }

export interface IvrSyntaxError {
  span: Span;
  message: string;
}

export interface IvrScript {
  uri: string;
  steps: Step[];
  comments: Comment[];
  errors: IvrSyntaxError[];
  /** Labels by name → index into steps. */
  labels: Map<string, number>;
  /** Prompt steps (say and consent) with an id, by id → index into steps (first wins). */
  prompts: Map<string, number>;
}
