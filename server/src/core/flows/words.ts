/**
 * The words flow readers write into the step model (ivr/model.ts `Words`): where a call goes, what a
 * recording or analytics setting does, the key or condition of an edge. Readers build them only through
 * the constructors here, so no reader writes prose; each is a key of the text catalogue
 * (`flow.words.*`, English in `i18n/en/text.json`, Dutch in `i18n/nl/text.json`) and is said in the
 * locale of the finding or hover that shows it (`wordsIn`). What the platform writes (a Connect
 * `ErrorType`, a condition, an event name) goes through `raw`: code, the same in every locale.
 */
import { text } from '../i18n/catalog';
import type { Locale } from '../i18n/locale';
import type { FlowWordKey, Words } from '../ivr/model';

type Data = Readonly<Record<string, string | Words>>;

const w = (key: FlowWordKey, data?: Data): Words => (data ? { key, data } : { key });

// One object per word without data: edge notes repeat across a flow.
const fixed = new Map<FlowWordKey, Words>();
const once = (key: FlowWordKey): Words => {
  let x = fixed.get(key);
  if (!x) fixed.set(key, (x = { key }));
  return x;
};

/** Words in `locale`: the catalogue's text filled from its data (nested words said in the same locale). */
export function wordsIn(locale: Locale, words: Words): string {
  if ('raw' in words) return words.raw;
  if (!words.data) return text(locale, words.key);
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(words.data)) data[k] = typeof v === 'string' ? v : wordsIn(locale, v);
  return text(locale, words.key, data);
}

/** Text as the platform writes it (an `ErrorType`, a condition, an event or element name). */
export const raw = (s: string): Words => ({ raw: s });

// ---- Where the call goes (ExternalStep.what) ---------------------------------------------------

/** "the call continues in `keuze.twiml`" */
export const continuesIn = (target: string) => w('flow.words.continuesIn', { target });
/** "a key press continues in `keuze.twiml`" (a `<Gather action>`); `by` is `keyPress()`, `speech()` or `keyPressOrSpeech()`. */
export const inputContinuesIn = (by: Words, target: string) => w('flow.words.inputContinuesIn', { by, target });
/** "after the call the flow continues in `x`" (`<Dial action>`). */
export const afterCallContinuesIn = (target: string) => w('flow.words.afterCall', { target });
/** "after the message the flow continues in `x`" (`<Record action>`). */
export const afterMessageContinuesIn = (target: string) => w('flow.words.afterMessage', { target });
/** "afterwards the flow continues in `x`" (`<Connect action>`). */
export const afterwardsContinuesIn = (target: string) => w('flow.words.afterwards', { target });
/** "after the payment the flow continues in `x`" (`<Pay action>`). */
export const afterPaymentContinuesIn = (target: string) => w('flow.words.afterPayment', { target });
/** "the call continues in the TwiML at `url`" (Studio). */
export const continuesInTwiml = (url: string) => w('flow.words.continuesInTwiml', { url });
/** "the subflow `sid` runs here" (Studio). */
export const subflowRuns = (sid: string) => w('flow.words.subflowRuns', { sid });
/** "the call continues in the flow `x`" (Connect). */
export const continuesInFlow = (flow: string) => w('flow.words.continuesInFlow', { flow });
/** "the call continues in a flow chosen at run time (attribute `x`)" (Connect, legacy). */
export const continuesInRuntimeFlow = (name: string) => w('flow.words.continuesInRuntimeFlow', { name });
/** "the module `x` runs here" (Connect). */
export const moduleRuns = (module: string) => w('flow.words.moduleRuns', { module });
/** Archy: "`how` `ref` in another file"; `how` is `flowStartsAt()`, `controlGoesTo()` or `callerGoesToMenu()`. */
export const inOtherFile = (how: Words, ref: string) => w('flow.words.inOtherFile', { what: how, ref });
/** Archy: "`how` `ref`, which names no menu or task of this flow". */
export const namesNoMenuOrTask = (how: Words, ref: string) => w('flow.words.namesNoMenuOrTask', { what: how, ref });
export const flowStartsAt = () => once('flow.words.flowStartsAt');
export const controlGoesTo = () => once('flow.words.controlGoesTo');
export const callerGoesToMenu = () => once('flow.words.callerGoesToMenu');
/** VoiceXML: "the subdialog is computed (`expr`)". */
export const subdialogComputed = (expr: string) => w('flow.words.subdialogComputed', { expr });
/** VoiceXML: "the subdialog `src` runs here". */
export const subdialogRuns = (src: string) => w('flow.words.subdialogRuns', { src });
/** VoiceXML: "the choice goes to a computed target (`expr`)". */
export const choiceComputed = (expr: string) => w('flow.words.choiceComputed', { expr });
/** VoiceXML: "the call goes to a computed target (`expr`)". */
export const callComputed = (expr: string) => w('flow.words.callComputed', { expr });
/** FreeSWITCH: "the IVR menu `x` (defined in `ivr.conf.xml`) takes the call". */
export const ivrMenu = (menu: string) => w('flow.words.ivrMenu', { menu });
/** FreeSWITCH: "the call goes to a context computed while it runs (`x`)". */
export const contextComputed = (context: string) => w('flow.words.contextComputed', { context });
/** FreeSWITCH: "the call goes to the context `x`, which this dialplan does not define". */
export const contextNotInDialplan = (context: string) => w('flow.words.contextNotInDialplan', { context });
/** FreeSWITCH: "the call goes to `number` in `context`, which no extension matches". */
export const noExtensionMatches = (number: string, context: string) => w('flow.words.noExtensionMatches', { number, context });
/** Asterisk: "the call is handed to the ARI application `x`". */
export const ariApplication = (app: string) => w('flow.words.ariApplication', { app });
/** Asterisk: "extensions that `[ctx]` does not define go to the switch `sw`, on another server". */
export const switchServes = (context: string, sw: string) => w('flow.words.switchServes', { context, switch: sw });
/** Asterisk: "control goes to `spec`, a target computed while the call runs". */
export const jumpComputed = (target: string) => w('flow.words.jumpComputed', { target });
/** Asterisk: "control goes to the context `x`, which this file does not define", with where it may be (`files` in backticks, joined). */
export const contextNotInFile = (context: string, files?: string) => w('flow.words.contextNotInFile', { context, included: files ? w('flow.words.mayBeIncluded', { files }) : '' });
/** Asterisk: "control goes to the extension `ext` of `ctx`" and what becomes of it (`handedToSwitch`, `notDefined`). */
export const noSuchExtension = (extension: string, context: string, remote: Words) => w('flow.words.noSuchExtension', { extension, context, remote });
/** Asterisk: "control goes to the priority `p` of `ctx,ext`" and what becomes of it. */
export const noSuchPriority = (priority: string, at: string, remote: Words) => w('flow.words.noSuchPriority', { priority, at, remote });
/** Asterisk: ", which `[ctx]` hands to the switch `sw` (or another of its switches) on another server". */
export const handedToSwitch = (context: string, sw: string, more: boolean) => w('flow.words.handedToSwitch', { context, switch: sw, more: more ? once('flow.words.orAnotherSwitch') : '' });
/** Asterisk: ", which is not defined". */
export const notDefined = () => once('flow.words.notDefined');
/** FreeSWITCH: the extensions of a context calls enter (`names` in backticks, joined): "extension `a`", "extensions `a`, `b`". */
export const entryExtensions = (names: string, count: number) => w(count > 1 ? 'flow.words.entryExtensions' : 'flow.words.entryExtension', { names });
/** A flow set: "The dialplan includes `path`" (an `#include` that cannot be read). */
export const dialplanIncludes = (path: string) => w('flow.words.dialplanIncludes', { path });

// ---- Analytics and streams (AnalyticsSetting.what) ---------------------------------------------

/** " to `url`", or nothing without a receiver. */
const toTarget = (target: string | undefined) => (target !== undefined ? w('flow.words.toTarget', { target }) : '');
/** "the call audio is streamed to `url`" (Studio fork-stream). */
export const audioStreamed = (to?: string) => w('flow.words.audioStreamed', { to: toTarget(to) });
/** "the call is forked by SIPREC to `x`" (TwiML `<Siprec>`). */
export const siprecFork = (to?: string) => w('flow.words.siprecFork', { to: toTarget(to) });
/** "`<Stream>` sends the call audio out of Twilio to `x`". */
export const sendsAudioOut = (element: string, to?: string) => (to !== undefined ? w('flow.words.sendsAudioOutTo', { element, target: to }) : w('flow.words.sendsAudioOut', { element }));
/** "the live transcript goes to the Conversational Intelligence service `x`". */
export const liveTranscript = (service: string) => w('flow.words.liveTranscript', { service });
/** Connect media streaming. */
export const mediaStreaming = () => once('flow.words.mediaStreaming');
/** "Contact Lens (modes) speech analytics of the conversation"; `modes` as written, joined. */
export const contactLens = (modes: string) => (modes ? w('flow.words.contactLensModes', { modes }) : once('flow.words.contactLens'));
/** "sentiment scores of agent and customer, computed from the transcript". */
export const sentimentScores = () => once('flow.words.sentimentScores');

// ---- Recording notes (RecordStep.note, armedBy.note) -------------------------------------------

export const recordingOnAgentJoins = () => once('flow.words.recordingOnAgentJoins');
export const customerRecordingOff = () => once('flow.words.customerRecordingOff');
/** Connect (legacy): recording of the customer, or of agent and customer, starts when the agent joins. */
export const recordingOfOnAgentJoins = (who: 'customer' | 'both') => once(who === 'customer' ? 'flow.words.customerRecordingOnAgentJoins' : 'flow.words.bothRecordingOnAgentJoins');
export const participantsCustomer = () => once('flow.words.participantsCustomer');
export const ivrRecordingEnabled = () => once('flow.words.ivrRecordingEnabled');
export const studioRecordTrue = () => once('flow.words.studioRecordTrue');
/** TwiML: "`record="value"`: the call is recorded once it is connected". */
export const recordOnceConnected = (value: string) => w('flow.words.recordOnceConnected', { value });
/** TwiML `<Connect><Conversation record>`. */
export const conversationRecordOnceConnected = (value: string) => w('flow.words.conversationRecordOnceConnected', { value });
export const conferenceFromStart = () => once('flow.words.conferenceFromStart');
export const startRecording = () => once('flow.words.startRecording');
export const utterancesInScope = () => once('flow.words.utterancesInScope');
export const utterancesKept = () => once('flow.words.utterancesKept');
export const recordOnAnswer = () => once('flow.words.recordOnAnswer');
/** Asterisk: "`MixMonitor` with option `b`: recording starts once the call is bridged". */
export const bridgedOption = (app: string) => w('flow.words.bridgedOption', { app });
export const onDemandKey = () => once('flow.words.onDemandKey');

// ---- Edge notes -------------------------------------------------------------------------------

export const noKey = () => once('flow.words.noKey');
/** "key 2" */
export const key = (k: string) => w('flow.words.key', { key: k });
export const keyPress = () => once('flow.words.keyPress');
export const speech = () => once('flow.words.speech');
export const keyPressOrSpeech = () => once('flow.words.keyPressOrSpeech');
export const wrongKey = () => once('flow.words.wrongKey');
export const noKeyTimeout = () => once('flow.words.noKeyTimeout');
/** Asterisk: "a key `[ctx]` does not define (the switch `sw`)". */
export const keyToSwitch = (context: string, sw: string) => w('flow.words.keyToSwitch', { context, switch: sw });
export const noInput = () => once('flow.words.noInput');
export const noMatch = () => once('flow.words.noMatch');
/** VoiceXML: "choice 1" */
export const choice = (n: string) => w('flow.words.choice', { n });
export const again = () => once('flow.words.again');
/** VoiceXML `<else>`. */
export const otherwise = () => once('flow.words.otherwise');
/** FreeSWITCH `continue="true"`: the hunt goes on. */
export const continueHunt = () => once('flow.words.continue');
export const transferFails = () => once('flow.words.transferFails');
export const intoSubroutine = () => once('flow.words.intoSubroutine');
export const afterSubroutine = () => once('flow.words.afterSubroutine');
export const intoSubdialog = () => once('flow.words.intoSubdialog');
export const afterSubdialog = () => once('flow.words.afterSubdialog');
/** Asterisk `GotoIf`: "cond is true" / "cond is false" (`cond` as written). */
export const isTrue = (condition: string) => w('flow.words.isTrue', { condition });
export const isFalse = (condition: string) => w('flow.words.isFalse', { condition });
/** FreeSWITCH: "not cond" (`cond` as written). */
export const not = (condition: string) => w('flow.words.not', { condition });
/** FreeSWITCH: "hunted as 1234" (the number a variable stood for). */
export const huntedAs = (name: string) => w('flow.words.huntedAs', { name });
/** Archy: "case 2" */
export const caseN = (n: number) => w('flow.words.case', { n: String(n) });
/** Connect: an error transition without an `ErrorType`. */
export const error = () => once('flow.words.error');

/** A VoiceXML event handler's edge: noinput and nomatch in words, another event (`help`, `error`, a `catch`) as written. */
export function vxmlEvent(name: string): Words {
  return name === 'noinput' ? noInput() : name === 'nomatch' ? noMatch() : raw(name);
}

// ---- Why a file is no flow reclint reads (read.ts) ----------------------------------------------

const formats = () => once('flow.words.read.formats');
/** "`format: x` is not read by this version; reclint reads …" */
export const formatNotRead = (format: string) => w('flow.words.read.formatNotRead', { format, formats: formats() });
/** A `[section]` file with no `exten =>` line. */
export const noDialplan = () => w('flow.words.read.noExten', { formats: formats() });
/** JSON that is no Connect or Studio flow. */
export const noJsonFlow = () => w('flow.words.read.jsonShape', { formats: formats() });
/** XML whose root is not the format's (`want`: the format asked for, or undefined for any). */
export const noXmlFlow = (root: string, want: 'vxml' | 'freeswitch' | 'twiml' | undefined) =>
  w('flow.words.read.xmlRoot', { root, want: once(want ? `flow.words.read.want.${want}` : 'flow.words.read.want.any'), formats: formats() });
/** YAML that is no Archy voice flow. */
export const noArchyFlow = () => w('flow.words.read.archyShape', { formats: formats() });
/** An Archy flow type that takes no calls (`inboundChat`, …). */
export const archyTakesNoCalls = (type: string) => w('flow.words.read.archyNoCalls', { type, formats: formats() });
/** An `.ael` or `.lua` dialplan. */
export const otherDialplanLanguage = () => w('flow.words.read.aelLua', { formats: formats() });
/** What reclint reads, alone (a file with no shape at all). */
export const flowFormatsRead = formats;
