/** The step model of an IVR script (see ../shared/spec/ivr-format.md). Every part keeps its source span. */
import type { TextKey } from '../i18n/catalog';
import type { Span } from '../text';

/** A text of the English catalogue (`i18n/en/text.json`) that flow readers write into the model. */
export type FlowWordKey = Extract<TextKey, `flow.words.${string}`>;
/**
 * Words a flow reader writes into the model (where a call goes, what a setting does, an edge's key or
 * condition), kept as a catalogue key and its data so each finding and hover says them in its own
 * locale (flows/words.ts builds and renders them). `raw` is text as the platform writes it (a Connect
 * `ErrorType`, a condition, an element name): code, the same in every locale. A data value is a
 * string (an identifier as written) or words of their own (a phrase built into a phrase).
 */
export type Words = { key: FlowWordKey; data?: Readonly<Record<string, string | Words>> } | { raw: string };

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
  /** Flows: what the platform derives from the audio from this step on (Contact Lens, streams). */
  analytics?: AnalyticsSetting[];
  /** The file that holds the step when the flow spans files (a flow set, ivr-formats.md §6); else the script's own. */
  uri?: string;
}

export interface LangStep extends StepBase { kind: 'lang'; code: string; codeSpan: Span }
export interface LabelStep extends StepBase { kind: 'label'; name: string; nameSpan: Span }
/** A range of a prompt's text that is computed at run time (a `$.Attributes.x`, `{{…}}`, `${…}`), in text offsets. */
export interface DynamicRange { start: number; end: number; expr: string }

export interface SayStep extends StepBase {
  kind: 'say';
  id?: string;
  idSpan?: Span;
  prompt: PromptText;
  /** The language in force (last `lang` before it), or undefined when none was set. */
  lang?: string;
  /** How the prompt is given (flows, ivr-formats.md §3.3); `.ivr` prompts are `tts`. */
  source?: 'tts' | 'ssml' | 'audio';
  /** The audio reference as written (file name, URL, prompt ARN), for `source: audio`. */
  audio?: string;
  /** Parts of the text that are not literal; the analyser reads each as one opaque word. */
  dynamic?: DynamicRange[];
  /** What can cut the prompt off (e.g. "a key press"), when something can. */
  interruptible?: string;
  /** Who hears it; only `customer` prompts are notice candidates. Default `customer`. */
  audience?: 'customer' | 'staff' | 'both';
  /** The span a finding about the prompt points at (its text or audio reference); default `prompt.span`. */
  anchor?: Span;
  /** The file that holds `prompt` when it is not the flow's own (a transcript list, ivr-formats.md §7). */
  promptUri?: string;
  /** VoiceXML: where `bargein="false"` goes in the `<prompt>` start tag (after its name), or the `bargein` value to change. */
  bargeIn?: { nameEnd: number; value?: Span };
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
/** What the platform derives from or sends out of the audio (ivr-formats.md §3.4), at the setting's span. */
export interface AnalyticsSetting { kind: 'speech-analytics' | 'text-sentiment' | 'stream'; span: Span; what: Words }

export type RecordWhat = 'call' | 'utterances' | 'stream' | 'transcription' | 'caller-audio' | 'screen';

export interface RecordStep extends StepBase {
  kind: 'record';
  action: 'start' | 'stop' | 'pause' | 'resume';
  actionSpan: Span;
  /** What is recorded; default `call`. */
  what?: RecordWhat;
  /** `now` (default), or an arming kind: recording starts at the next agent/queue transfer or bridge. */
  timing?: 'now' | 'on-agent' | 'on-bridge';
  /** False when the recording leaves the customer out (Connect participants `["Agent"]`). */
  customer?: boolean;
  /** Recording someone can start with a key (Asterisk Dial `x X w W`): never a target. */
  onDemand?: boolean;
  /** Words for the finding ("`RecordedParticipants` contains `Customer`: recording starts when the agent joins"). */
  note?: Words;
  /** The setting elsewhere that makes this step record (VoiceXML's `recordutterance` property value), for related information. */
  armedBy?: { span: Span; note: Words };
}
export interface MenuOption { key: string; label: string; keySpan: Span; labelSpan: Span }
export interface MenuStep extends StepBase { kind: 'menu'; options: MenuOption[] }
export interface GotoStep extends StepBase { kind: 'goto'; label: string; labelSpan: Span }
export interface TransferStep extends StepBase {
  kind: 'transfer';
  target: string;
  targetSpan: Span;
  /** What the transfer connects to, for arming (flows): a queue or agent (`on-agent`), another party (`on-bridge`). */
  connects?: { agent: boolean; bridge: boolean };
  /** Flows: the node's kind as written (`TransferContactToQueue`, `<Dial>`), for paths. */
  label?: string;
}
export interface HangupStep extends StepBase { kind: 'hangup' }
/** A decision that is not a key press (flows): every target is possible; `conditions[k]` is the k-th edge's condition. */
export interface BranchStep extends StepBase { kind: 'branch'; label: string; conditions: Words[] }
/** Control leaves what reclint can read (flows, ivr-formats.md §4.4). */
export interface ExternalStep extends StepBase {
  kind: 'external';
  label: string;
  /** The reference as written (URL, flow id, subflow sid). */
  target: string;
  targetSpan: Span;
  /** True when control comes back (a subflow or module): the walk goes on along the step's edges. */
  returns: boolean;
  /** What is not followed, in words ("a key press continues in `keuze.twiml`"). */
  what: Words;
  /** A reference a flow set can follow into a workspace file (ivr-formats.md §6); absent when none can. */
  ref?: FlowRef;
}
/**
 * A reference to another file of a flow set: a document by path or URL (TwiML `action`, VoiceXML
 * `next`, Archy `file#path`), or a Connect flow by ARN, id or name (through `flows.ids`).
 */
export interface FlowRef {
  /** `context`: an Asterisk `Goto`/`Gosub` into a context the file does not define, looked up in the files it `#include`s. */
  kind: 'document' | 'flow' | 'context';
  /** The reference as written (the document part, or the flow's ARN or id). */
  value: string;
  /** The part after `#` (a VoiceXML dialog, an Archy path), when written. */
  fragment?: string;
  /** Connect: the flow's name in the action's metadata, when the export has one. */
  name?: string;
}
/** A flow node that plays and records nothing (set voice, set attributes, functions): kept so paths can name it. */
export interface NodeStep extends StepBase { kind: 'node'; label: string }

export type Step = LangStep | LabelStep | SayStep | ConsentStep | RecordStep | MenuStep | GotoStep | TransferStep | HangupStep | BranchStep | ExternalStep | NodeStep;
export type PromptStep = SayStep | ConsentStep;

/** A `# reclint-disable-next-line` style comment seen in the script (the suppression module reads these). */
/** `text` is what follows the `#` (unchanged); `span` covers the `#` up to the end of the line. */
export interface Comment { text: string; span: Span; line: number }

export interface IvrSyntaxError {
  span: Span;
  message: string;
}

export type FlowFormat = 'ivr' | 'connect' | 'studio' | 'twiml' | 'archy' | 'asterisk' | 'vxml' | 'freeswitch' | 'transcripts';

/** A node of a flow as its format names it (a Connect action, a Studio state, a TwiML verb). */
export interface FlowNode { id?: string; kind: string; span: Span; kindSpan: Span; first: number; prompts: number[]; /** The file that holds the node in a flow set (ivr-formats.md §6); else the script's own. */ uri?: string }

/** A place where calls can enter a dialplan (Asterisk context, FreeSWITCH context and extension), ivr-formats.md §4.6. */
export interface DialplanEntry { name: string; span: Span; steps: number[]; /** What of the context is entered (FreeSWITCH: its extensions). */ detail?: Words }
export interface DialplanEntries {
  /** The entries assumed without `announcement.entry`. */
  assumed: DialplanEntry[];
  /** The contexts of the dialplan, in file order (for messages). */
  names: string[];
  /** The entry steps `announcement.entry` names (`ctx`, `ctx,ext`; a flow set also asks `ctx,ext,priority`), or undefined when it names none. */
  resolve(value: string): number[] | undefined;
}

export interface IvrScript {
  uri: string;
  /** The format the file was read as; `ivr` when absent. */
  format?: FlowFormat;
  /** Flows: each step's successors, explicitly (`.ivr` derives them from the steps, ivr/flow.ts). */
  edges?: number[][];
  /** Flows: the condition or key of each edge, parallel to `edges` (for paths). */
  edgeNotes?: (Words | undefined)[][];
  /** Flows: where calls enter (default: step 0). */
  entries?: number[];
  /** Flows: the nodes in file order (for `prompt`, document symbols, hover). */
  nodes?: FlowNode[];
  /** Flows: node types the format does not publish, the first of each type (the walk passes through). */
  unknownTypes?: { type: string; span: Span }[];
  /** Transcript lists (format `transcripts`): the list's language (its `lang:` line or its folder). */
  transcriptLang?: string;
  /** Dialplans: where calls can enter; the policy's `announcement.entry` picks (ivr-formats.md §4.6). */
  dialplan?: DialplanEntries;
  /** Dialplans: the files `#include` names, read into a flow set (ivr-formats.md §6). */
  includes?: { path: string; span: Span }[];
  steps: Step[];
  comments: Comment[];
  errors: IvrSyntaxError[];
  /** Labels by name → index into steps. */
  labels: Map<string, number>;
  /** Prompt steps (say and consent) with an id, by id → index into steps (first wins). */
  prompts: Map<string, number>;
}
