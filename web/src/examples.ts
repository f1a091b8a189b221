/** The example workspaces the page offers; the first is the default state. Bundled from `examples/`. */
import cleanIvr from '../../examples/clean/helpdesk.ivr?text';
import cleanPolicy from '../../examples/clean/helpdesk.recording-policy.yaml?text';
import ccConfig from '../../examples/contact-centre/.reclintrc.yaml?text';
import salesIvr from '../../examples/contact-centre/ivr/sales.ivr?text';
import serviceIvr from '../../examples/contact-centre/ivr/service.ivr?text';
import salesPolicy from '../../examples/contact-centre/sales.recording-policy.yaml?text';
import servicePolicy from '../../examples/contact-centre/service.recording-policy.yaml?text';
import studioFlow from '../../examples/call-flows/studio/member-services.json?text';
import studioPolicy from '../../examples/call-flows/studio/member-services.recording-policy.yaml?text';
import twimlFlow from '../../examples/call-flows/twiml/service-client.xml?text';
import twimlPolicy from '../../examples/call-flows/twiml/service-client.recording-policy.yaml?text';
import archyFlow from '../../examples/call-flows/archy/klantenservice.yaml?text';
import archyPolicy from '../../examples/call-flows/archy/klantenservice.recording-policy.yaml?text';
import asteriskDialplan from '../../examples/call-flows/asterisk/extensions.conf?text';
import asteriskSounds from '../../examples/call-flows/asterisk/sounds-nl.txt?text';
import asteriskPolicy from '../../examples/call-flows/asterisk/zorglijn.recording-policy.yaml?text';
import vxmlFlow from '../../examples/call-flows/vxml/claims.vxml?text';
import vxmlPolicy from '../../examples/call-flows/vxml/claims.recording-policy.yaml?text';
import type { PlaygroundFile } from './state';

export interface Example {
  id: string;
  title: { en: string; nl: string };
  files: PlaygroundFile[];
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'contact-centre',
    title: { en: 'Contact centre (with defects)', nl: 'Klantcontactcentrum (met gebreken)' },
    files: [
      { path: 'service.recording-policy.yaml', text: servicePolicy },
      { path: 'ivr/service.ivr', text: serviceIvr },
      { path: 'sales.recording-policy.yaml', text: salesPolicy },
      { path: 'ivr/sales.ivr', text: salesIvr },
      { path: '.reclintrc.yaml', text: ccConfig },
    ],
  },
  {
    id: 'clean',
    title: { en: 'Helpdesk (clean)', nl: 'Helpdesk (zonder gebreken)' },
    files: [
      { path: 'helpdesk.recording-policy.yaml', text: cleanPolicy },
      { path: 'helpdesk.ivr', text: cleanIvr },
    ],
  },
  {
    id: 'twilio-studio',
    title: { en: 'Twilio Studio flow', nl: 'Twilio Studio-flow' },
    files: [
      { path: 'member-services.recording-policy.yaml', text: studioPolicy },
      { path: 'member-services.json', text: studioFlow },
    ],
  },
  {
    id: 'twiml',
    title: { en: 'TwiML', nl: 'TwiML' },
    files: [
      { path: 'service-client.recording-policy.yaml', text: twimlPolicy },
      { path: 'service-client.xml', text: twimlFlow },
    ],
  },
  {
    id: 'genesys-architect',
    title: { en: 'Genesys Architect flow', nl: 'Genesys Architect-flow' },
    files: [
      { path: 'klantenservice.recording-policy.yaml', text: archyPolicy },
      { path: 'klantenservice.yaml', text: archyFlow },
    ],
  },
  {
    id: 'asterisk',
    title: { en: 'Asterisk dialplan with transcripts', nl: 'Asterisk-dialplan met transcripties' },
    files: [
      { path: 'zorglijn.recording-policy.yaml', text: asteriskPolicy },
      { path: 'extensions.conf', text: asteriskDialplan },
      { path: 'sounds-nl.txt', text: asteriskSounds },
    ],
  },
  {
    id: 'voicexml',
    title: { en: 'VoiceXML', nl: 'VoiceXML' },
    files: [
      { path: 'claims.recording-policy.yaml', text: vxmlPolicy },
      { path: 'claims.vxml', text: vxmlFlow },
    ],
  },
];
