/**
 * Rules of notice-reading.md, each shown in several languages: what a rule of the reading does,
 * not one sentence of a corpus. A failure names the rule, the language and the wording.
 */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import type { NoticeLang } from '../../../src/core/notice/types';
import { PACKS } from '../../../src/core/notice/lang/registry';
import { compiledLexicon } from '../../../src/core/notice/compiled';
import { plainContext } from '../../../src/core/notice/pattern';
import { tokenize } from '../../../src/core/notice/tokens';

type Reading = { records?: boolean; denies?: boolean; purposes?: string[]; vague?: boolean; monitored?: boolean };

/** A row that checks, beside the reading, that purpose `id` is reported as excluded (§5); null rows are dropped. */
function const_excluded(lang: NoticeLang, text: string, id: string): [NoticeLang, string, Reading] | null {
  const ex = analyseNotice(text, lang).excluded ?? [];
  assert.ok(ex.some((e) => e.id === id), `[${lang}] ${text}: ${id} excluded`);
  return null;
}

function check(rows: [NoticeLang, string, Reading][]): void {
  for (const [lang, text, want] of rows) {
    const a = analyseNotice(text, lang);
    const got: Reading = {};
    if (want.records !== undefined) got.records = a.records;
    if (want.denies !== undefined) got.denies = a.denies;
    if (want.vague !== undefined) got.vague = a.vague;
    if (want.monitored !== undefined) got.monitored = a.monitored === true;
    if (want.purposes !== undefined) got.purposes = a.purposes.map((p) => p.id).sort();
    assert.deepEqual(got, { ...want, ...(want.purposes ? { purposes: [...want.purposes].sort() } : {}) }, `[${lang}] ${text}`);
  }
}

describe('notice reading rules', () => {
  it('§3 transcribing is a means: it names no purpose; the goal it serves does', () => {
    check([
      ['en', 'Your call is recorded and transcribed.', { records: true, purposes: [] }],
      ['en', 'Calls are transcribed automatically.', { purposes: [] }],
      ['nl', 'Het gesprek wordt opgenomen en automatisch uitgeschreven.', { records: true, purposes: [] }],
      ['de', 'Das Gespräch wird aufgezeichnet und transkribiert.', { records: true, purposes: [] }],
      ['fr', 'Votre appel est enregistré et retranscrit.', { records: true, purposes: [] }],
      ['es', 'Su llamada se graba y se transcribe.', { records: true, purposes: [] }],
      ['en', 'Calls are transcribed and the transcripts analysed for recurring topics.', { purposes: ['speech-analytics'] }],
      ['de', 'Gespräche werden transkribiert, um die Qualität unserer Beratung zu sichern.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 the law named as what allows the recording ("where the law allows") states lawfulness, no purpose', () => {
    check([
      ['en', 'Your call may be recorded, where the law allows, to confirm what was agreed.', { records: true, purposes: ['evidence'] }],
      ['en', 'We record calls because the law requires us to.', { records: true, purposes: ['legal-compliance'] }],
      ['nl', 'Uw gesprek wordt, voor zover de wet dat toestaat, opgenomen om fraude te voorkomen.', { records: true, purposes: ['fraud-prevention'] }],
      ['nl', 'Wij nemen gesprekken op omdat de wet dat van ons vraagt.', { records: true, purposes: ['legal-compliance'] }],
      ['de', 'Wir zeichnen dieses Gespräch, soweit gesetzlich zulässig, zur Betrugsprävention auf.', { records: true, purposes: ['fraud-prevention'] }],
      ['fr', 'Votre appel peut être enregistré, dans le respect de la loi, pour prévenir la fraude.', { records: true, purposes: ['fraud-prevention'] }],
      ['es', 'Su llamada puede ser grabada, de acuerdo con la ley, para prevenir el fraude.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });

  it('§3 everyday goal words: whether callers are frustrated, offers made to the caller, a team trained further, a voicebot trained', () => {
    check([
      ['en', 'This call might be recorded to detect whether callers are frustrated.', { purposes: ['emotion-recognition'] }],
      ['en', 'If you are unhappy with our service, press 2. Calls are recorded.', { purposes: [] }],
      ['en', 'Calls are recorded to send you personalised offers.', { purposes: ['marketing'] }],
      ['en', 'We record all calls for the training of our voicebot.', { purposes: ['ai-training'] }],
      ['nl', 'Dit gesprek wordt opgenomen om te herkennen of bellers geïrriteerd zijn.', { purposes: ['emotion-recognition'] }],
      ['nl', 'Dit gesprek wordt opgenomen om u gepersonaliseerde aanbiedingen te doen.', { purposes: ['marketing'] }],
      ['de', 'Wir können Ihr Gespräch aufzeichnen, damit wir unser Team weiterbilden können.', { purposes: ['staff-training'] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet, um Ihnen passende Angebote zu machen.', { purposes: ['marketing'] }],
      ['fr', 'Les appels sont enregistrés pour détecter si les appelants sont mécontents.', { purposes: ['emotion-recognition'] }],
      ['fr', 'Votre appel pourra être enregistré pour vous proposer des offres personnalisées.', { purposes: ['marketing'] }],
      ['es', 'Conservamos una grabación de su llamada para enviarle ofertas personalizadas.', { purposes: ['marketing'] }],
      ['es', 'Esta llamada puede ser grabada para publicarla en nuestra web.', { purposes: ['publication'] }],
    ]);
  });

  it('§5 a scope ender right after the negation belongs to it ("nicht aber", "niet echter")', () => {
    check([
      ['de', 'Wir zeichnen das Gespräch zur Schulung, nicht aber für Werbung auf.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Aufgezeichnet wird zur Betrugsprävention, nicht jedoch zu Marketingzwecken.', { purposes: ['fraud-prevention'] }],
    ]);
  });

  it('§5 a clause-final verb negation (de "nicht", nl "niet") ends at the coordinator that opens the next clause', () => {
    check([
      ['de', 'Wir verkaufen Ihre Daten nicht und zeichnen dieses Gespräch zur Schulung auf.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Wij verkopen uw gegevens niet en nemen dit gesprek op voor trainingsdoeleinden.', { records: true, purposes: ['staff-training'] }],
      // a negation with its object before the coordinator still covers the list
      ['nl', 'Wij gebruiken de opname niet voor marketing of voor training.', { purposes: [] }],
      ['de', 'Wir nutzen die Aufzeichnung nicht für Werbung oder Marktforschung.', { purposes: [] }],
      // a negating determiner ("keine") is no verb negation: it covers its list
      ['de', 'Das Gespräch wird aufgezeichnet, aber für keine Werbung oder Marktforschung genutzt.', { purposes: [] }],
    ]);
  });

  it('§2 a question asserts nothing, and its answer is the opt-out it offers: no denial, the call is recorded', () => {
    check([
      ['nl', 'Liever geen opname? Dan nemen wij het gesprek niet op.', { records: true, denies: false }],
      ['en', 'Would you rather not be recorded? Then we will not record this call.', { records: true, denies: false }],
      ['de', 'Sie möchten nicht aufgezeichnet werden? Dann zeichnen wir nicht auf.', { records: true, denies: false }],
      ['es', '¿Prefiere que no grabemos? Entonces no grabaremos la llamada.', { records: true, denies: false }],
      // an opt-out the caller may ask for is no denial
      ['en', 'You can request that this call is not recorded.', { records: true, denies: false }],
      ['es', 'Pulse 3 para optar por no grabar la llamada.', { records: true, denies: false }],
      // a statement is still a denial, also after a question that is not about recording
      ['en', 'How can we help? This call is not recorded.', { records: false, denies: true }],
    ]);
  });

  it('§1 a speaker introducing themselves or their job names no purpose, unless the sentence speaks of recording', () => {
    check([
      ['en', 'Hello, this is Sam from the complaints team. May I record this call?', { records: true, purposes: [] }],
      ['en', "I'm Alex, your fraud adviser. This call is recorded.", { purposes: [] }],
      ['nl', 'Goedemiddag, u spreekt met Eva van de afdeling klachten. Dit gesprek wordt opgenomen.', { purposes: [] }],
      ['de', 'Hier spricht Tom vom Beschwerdemanagement. Dieses Gespräch wird aufgezeichnet.', { purposes: [] }],
      ['fr', 'Bonjour, ici Paul, du service réclamations. Cet appel est enregistré.', { purposes: [] }],
      ['es', 'Buenas tardes, le atiende Ana, del servicio de reclamaciones. Esta llamada será grabada.', { purposes: [] }],
      ['en', 'This is Sam; this call is recorded to handle your complaint.', { purposes: ['complaint-handling'] }],
    ]);
  });

  it('§3 processing with AI names no purpose; teaching an AI system to understand callers is AI training', () => {
    check([
      ['nl', 'Het gesprek wordt opgenomen en met kunstmatige intelligentie verwerkt.', { purposes: [] }],
      ['de', 'Das Gespräch wird aufgezeichnet und mit künstlicher Intelligenz ausgewertet.', { purposes: [] }],
      ['fr', "L'appel est enregistré et traité par intelligence artificielle.", { purposes: [] }],
      ['en', 'We keep a recording of the call so that our voicebot learns to understand local accents.', { purposes: ['ai-training'] }],
      ['nl', 'Met de opname leert onze spraakcomputer klanten beter verstaan.', { purposes: ['ai-training'] }],
      ['de', 'Die Aufzeichnung hilft, damit unser Sprachassistent Sie künftig besser versteht.', { purposes: ['ai-training'] }],
      ['fr', "L'enregistrement permet à notre assistant vocal de mieux comprendre vos demandes.", { purposes: ['ai-training'] }],
      ['es', 'La grabación ayuda a que nuestro asistente virtual comprenda mejor a los clientes.', { purposes: ['ai-training'] }],
    ]);
  });

  it('§3 "monitoring purposes" is vague quality assurance, "audit purposes" vague legal compliance', () => {
    check([
      ['nl', 'Gesprekken worden opgenomen voor monitoringdoeleinden.', { purposes: ['quality-assurance'], vague: true }],
      ['de', 'Gespräche werden zu Überwachungszwecken aufgezeichnet.', { purposes: ['quality-assurance'], vague: true }],
      ['fr', 'Les appels sont enregistrés à des fins de surveillance.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'Calls are recorded for audit purposes.', { purposes: ['legal-compliance'], vague: true }],
      ['nl', 'Wij nemen gesprekken op voor auditdoeleinden.', { purposes: ['legal-compliance'], vague: true }],
      ['de', 'Gespräche werden zu Revisionszwecken aufgezeichnet.', { purposes: ['legal-compliance'], vague: true }],
      ['es', 'Las llamadas se graban con fines de auditoría.', { purposes: ['legal-compliance'], vague: true }],
    ]);
  });

  it('§3 a statement that recording is lawful, or a duty to inform, names no legal duty to record; a duty to record does', () => {
    check([
      ['en', 'Where permitted by law, calls may be recorded.', { purposes: [] }],
      ['en', 'We are obliged to tell you that this call is recorded.', { purposes: [] }],
      ['de', 'Wir sind gesetzlich verpflichtet, Sie darauf hinzuweisen, dass das Gespräch aufgezeichnet wird.', { purposes: [] }],
      ['de', 'Gemäß Datenschutzgrundverordnung zeichnen wir dieses Gespräch auf.', { purposes: [] }],
      ['nl', 'Wij zijn wettelijk verplicht u te informeren dat dit gesprek wordt opgenomen.', { purposes: [] }],
      ['nl', 'Conform de AVG nemen wij dit gesprek op.', { purposes: [] }],
      ['fr', 'Dans le respect de la loi, cet appel peut être enregistré.', { purposes: [] }],
      ['en', 'We are required by law to record this call.', { purposes: ['legal-compliance'] }],
      ['de', 'Wir sind gesetzlich verpflichtet, dieses Gespräch aufzuzeichnen.', { purposes: ['legal-compliance'] }],
    ]);
  });

  it('§2 listening in or monitoring is no recording, but the call is used: its purposes are read; a negation covers a list of recording verbs', () => {
    check([
      ['en', 'A team leader may listen in to check the advice we give.', { records: false, denies: false, purposes: ['quality-assurance'] }],
      ['de', 'Eine Führungskraft kann das Gespräch zur Schulung mithören.', { records: false, purposes: ['staff-training'] }],
      ['nl', 'Een teamleider kan meeluisteren voor trainingsdoeleinden.', { records: false, purposes: ['staff-training'] }],
      ['fr', 'Cet appel peut être écouté par un superviseur pour la formation de nos conseillers.', { records: false, purposes: ['staff-training'] }],
      ['en', 'Calls may be monitored and recorded for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Calls are not monitored or recorded.', { records: false, denies: true }],
      ['en', 'We do not analyse anything using our recorded calls.', { denies: false }],
    ]);
  });

  it('§3 goals the page names: a summary for the caller is service provision, documentation and misunderstandings evidence, feedback quality assurance, improving staff performance staff training', () => {
    check([
      ['en', 'We transcribe the call so that we can email you a summary of the advice.', { purposes: ['service-provision'] }],
      ['nl', 'We schrijven het gesprek uit zodat u een verslag van het advies ontvangt.', { purposes: ['service-provision'] }],
      ['de', 'Das Gespräch wird aufgezeichnet, damit Sie eine Zusammenfassung der Beratung erhalten.', { purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré pour vous envoyer un compte rendu de nos conseils.', { purposes: ['service-provision'] }],
      ['es', 'Grabamos la llamada para enviarle un resumen de la asesoría.', { purposes: ['service-provision'] }],
      ['en', 'This call is recorded for documentation.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen het gesprek op ter documentatie.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen dit gesprek op om discussie achteraf te voorkomen.', { purposes: ['evidence'] }],
      ['fr', "L'appel est enregistré pour éviter tout malentendu.", { purposes: ['evidence'] }],
      ['en', 'We record calls to act on your feedback.', { purposes: ['quality-assurance'] }],
      ['de', 'Wir zeichnen Gespräche auf, um Ihr Feedback auszuwerten.', { purposes: ['quality-assurance'] }],
      // feedback that the recording does not serve names nothing
      ['en', 'This call is recorded. Your feedback is important to us.', { purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen. Onze opgeleide adviseurs staan voor u klaar.', { purposes: [] }],
      ['en', 'Calls are recorded to improve the performance of our advisers.', { purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés pour améliorer les performances de nos équipes.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen om de prestaties van onze medewerkers te verbeteren.', { purposes: ['staff-training'] }],
      ['es', 'Grabamos las llamadas para mejorar el desempeño de nuestros agentes.', { purposes: ['staff-training'] }],
      // assessing performance stays employee evaluation
      ['en', 'Calls are recorded to assess the performance of our advisers.', { purposes: ['employee-evaluation'] }],
    ]);
  });

  it('§3 a person who listens for a goal announces that goal; checking the information given is quality assurance', () => {
    check([
      ['en', 'A quality coach may listen in to this call.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'Calls are recorded so that a supervisor can check the accuracy of the information we give.', { purposes: ['quality-assurance'] }],
      ['fr', 'Un superviseur peut écouter pour vérifier les informations que nos conseillers vous donnent.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§1 a recording of something else (an event, a session, a time stamp, a consent) is not this call being recorded', () => {
    check([
      ['en', 'The webinar is recorded and will be online tomorrow.', { records: false }],
      ['de', 'Die Veranstaltung wird aufgezeichnet.', { records: false }],
      ['de', 'Wir zeichnen Ihre Einwilligung auf.', { records: false }],
      ['nl', 'De bijeenkomst wordt opgenomen.', { records: false }],
      ['fr', "L'horodatage de votre visite est enregistré.", { records: false }],
      ['de', 'Mit Ihrer Zustimmung zeichnen wir dieses Gespräch auf.', { records: true }],
    ]);
  });

  it('§2 a weak recording word counts when its sentence says the recording is used, wherever the use stands', () => {
    check([
      ['de', 'Wir verwenden die Aufnahme zur Schulung.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Bei Drohungen übergeben wir die Aufnahme der Polizei.', { records: true, purposes: ['staff-safety'] }],
      ['de', 'Ihre Aufnahme in das Programm ist bestätigt.', { records: false }],
    ]);
  });

  it('§3 improving processes and checking the correctness of answers are quality assurance; checking staff is employee evaluation; booking an appointment is service provision', () => {
    check([
      ['de', 'Gespräche werden zur Verbesserung unserer Abläufe aufgezeichnet.', { purposes: ['quality-assurance'] }],
      ['de', 'Eine Teamleiterin kann mithören, um die Richtigkeit der Beratung zu prüfen.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om onze processen te verbeteren.', { purposes: ['quality-assurance'] }],
      ['de', 'Die Aufzeichnung dient auch der Kontrolle unserer Mitarbeiter.', { purposes: ['employee-evaluation'] }],
      ['de', 'Ihr Anruf wird aufgezeichnet und zur Terminbuchung verwendet.', { purposes: ['service-provision'] }],
    ]);
  });

  it('§5 a negation right after a purpose-clause marker is part of the goal ("so that no dispute arises"); one that opens its own clause is not', () => {
    check([
      ['nl', 'Om geen discussie achteraf te krijgen, nemen wij dit gesprek op.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen het gesprek op zodat er later geen misverstand ontstaat.', { purposes: ['evidence'] }],
      ['en', 'We record calls so that there is no misunderstanding later.', { purposes: ['evidence'] }],
      ['fr', "Nous enregistrons l'appel afin qu'il n'y ait aucun malentendu.", { purposes: ['evidence'] }],
      ['es', 'Grabamos la llamada para que no haya malentendidos.', { purposes: ['evidence'] }],
      ['es', 'La grabación se usará para formación y no para marketing.', { purposes: ['staff-training'] }],
      ['fr', 'Nous enregistrons pour la formation et non pour le marketing.', { purposes: ['staff-training'] }],
      ['nl', 'Wij nemen op voor trainingsdoeleinden en niet voor marketing.', { purposes: ['staff-training'] }],
    ]);
  });

  it('§3 vocabulary of goals: a quote request is service provision, reviewing quality or the correctness of answers is quality assurance', () => {
    check([
      ['nl', 'Dit gesprek wordt opgenomen om uw offerte op te stellen.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen om uw aanvraag op te volgen.', { purposes: ['service-provision'] }],
      ['nl', 'Wij nemen gesprekken op om de kwaliteit te beoordelen.', { purposes: ['quality-assurance'], vague: false }],
      ['fr', "Nous retranscrivons l'appel pour vérifier l'exactitude des informations données.", { records: true, purposes: ['quality-assurance'] }],
      ['es', 'La llamada se graba para efectos de calidad en el servicio.', { purposes: ['quality-assurance'], vague: false }],
      ['es', 'Las llamadas se graban con fines de control de calidad.', { purposes: ['quality-assurance'], vague: false }],
    ]);
  });

  it('§3 clarifying or confirming what was said is evidence; the quality of consultations is quality assurance', () => {
    check([
      ['en', 'We may use the recording of this call to confirm the details of what was agreed.', { purposes: ['evidence'] }],
      ['en', 'Recordings help us clarify what was said on the call.', { purposes: ['evidence'] }],
      ['en', 'Calls are recorded to check the quality of our consultations.', { purposes: ['quality-assurance'], vague: false }],
    ]);
  });

  it('§1 a service point named after a purpose (helpdesk, hotline, helpline, a number) is where one calls, not a goal', () => {
    check([
      ['nl', 'Bel de fraudehelpdesk of het klachtenloket; dit gesprek wordt opgenomen.', { records: true, purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen om fraude te voorkomen.', { purposes: ['fraud-prevention'] }],
      ['de', 'Sie sind mit unserer Betrugshotline verbunden. Das Gespräch wird aufgezeichnet.', { records: true, purposes: [] }],
      ['en', 'You have reached the fraud helpline. This call is recorded.', { records: true, purposes: [] }],
      ['en', 'This call is recorded to help prevent fraud.', { purposes: ['fraud-prevention'] }],
      ['fr', 'Cet appel est enregistré. Munissez-vous de votre numéro de sécurité sociale.', { records: true, purposes: [] }],
      ['es', 'Esta llamada será grabada. Tenga a mano su número de la seguridad social.', { records: true, purposes: [] }],
    ]);
  });

  it('§3 "in accordance with the rules in force" and a duty to disclose state lawfulness and name no legal duty to record', () => {
    check([
      ['nl', 'Dit gesprek wordt opgenomen voor trainingsdoeleinden, conform het beleid van onze praktijk en de wet.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Conform de Wet op het financieel toezicht worden gesprekken over beleggingen opgenomen.', { purposes: ['legal-compliance'] }],
      ['fr', 'Votre appel peut être enregistré pour la formation de nos équipes, conformément à la législation en vigueur.', { purposes: ['staff-training'] }],
      ['fr', 'Conformément à la réglementation, les appels sont enregistrés.', { purposes: ['legal-compliance'] }],
      ['en', 'Where required by law, we tell callers that calls are recorded.', { records: true, purposes: [] }],
      ['en', 'We disclose, where required by law, that calls may be recorded.', { purposes: [] }],
      ['en', 'We are required by law to record this call.', { purposes: ['legal-compliance'] }],
    ]);
  });

  it('§4 a vague word that heads a longer phrase of its purpose is made specific by it; in a list it stays vague', () => {
    check([
      ['en', 'Calls are recorded so that we can assess the quality of our telephone advice.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'This call is recorded for quality purposes.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'Calls may be recorded or monitored for training, quality and compliance purposes.', { vague: true }],
    ]);
  });

  it('§2 a list of recording verbs shares its subject: "your activity may be monitored or recorded" is not about the call', () => {
    check([
      ['en', 'Your browsing activity on our website may be monitored or recorded.', { records: false }],
      ['en', 'Calls may be monitored or recorded.', { records: true }],
    ]);
  });

  it('§3 a staff word as the subject of a modal verb is no evaluation of that staff; a staff evaluation noun is', () => {
    check([
      ['en', 'Your call is recorded so that our quality team can review it.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls are recorded so that a complaints adviser may review them.', { purposes: ['complaint-handling'] }],
      ['en', 'Recordings are used in staff performance reviews.', { purposes: ['employee-evaluation'] }],
      ['en', "Recordings may be used to review an agent's telephone conduct.", { purposes: ['employee-evaluation'] }],
    ]);
  });

  it('§3 "support team" names a team; supporting or protecting staff is staff safety', () => {
    check([
      ['en', 'This call is recorded. Our support team will be with you shortly.', { records: true, purposes: [] }],
      ['en', 'Calls are recorded to support our staff when callers become aggressive.', { purposes: ['staff-safety'] }],
      ['en', 'We record calls to protect our employees.', { purposes: ['staff-safety'] }],
    ]);
  });

  it('§3 "help us improve" needs its object: the performance of staff is staff training, the service is quality', () => {
    check([
      ['en', 'Calls are recorded to help us improve the performance of our advisers.', { purposes: ['staff-training'] }],
      ['en', 'Calls are recorded to help us improve our service.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§4 morphology (fr): "conseil" (advice) is no prefix of "conseiller" (adviser); checking the information given is quality', () => {
    check([
      ['fr', 'Les enregistrements servent à évaluer le travail individuel de nos conseillers.', { purposes: ['employee-evaluation'] }],
      ['fr', 'Cet appel est enregistré afin d’améliorer la qualité de nos conseils.', { purposes: ['quality-assurance'] }],
      ['fr', 'Un responsable peut contrôler les renseignements fournis par nos agents grâce à l’enregistrement.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 (es) confirming a purchase is evidence; a bare "por calidad" is vague quality assurance', () => {
    check([
      ['es', 'Grabamos esta parte de la llamada para confirmar su decisión de contratar el servicio.', { records: true, purposes: ['evidence'] }],
      ['es', 'La llamada se graba por calidad.', { purposes: ['quality-assurance'], vague: true }],
      ['es', 'La llamada se graba por calidad y seguridad.', { purposes: ['quality-assurance', 'fraud-prevention'], vague: true }],
    ]);
  });

  it('clauses (de): an article that is also a relative pronoun opens a clause only after a comma', () => {
    check([
      ['de', 'Zu Prüfzwecken werden alle Anrufe der Kundenhotline gespeichert.', { records: true, purposes: ['legal-compliance'], vague: true }],
      ['de', 'Wir zeichnen Gespräche, die zur Vertragsannahme führen, als Nachweis auf.', { records: true, purposes: ['evidence'] }],
    ]);
  });

  it('§2 an opt-out the caller may ask for is no denial, in every language', () => {
    check([
      ['en', 'You may ask us not to record this call.', { records: true, denies: false }],
      ['nl', 'U kunt de medewerker vragen het gesprek niet op te nemen.', { records: true, denies: false }],
      ['de', 'Sie können den Berater bitten, das Telefonat nicht aufzuzeichnen.', { records: true, denies: false }],
      ['fr', 'Vous pouvez demander à votre conseiller de ne pas enregistrer l’appel.', { records: true, denies: false }],
      // a statement stays a denial
      ['nl', 'Wij nemen dit telefoongesprek niet op.', { records: false, denies: true }],
    ]);
  });

  it('§2 (nl) the te-infinitive of a separable recording verb is a recording word ("op te nemen", "vast te leggen")', () => {
    check([
      ['nl', 'Wij zijn wettelijk verplicht dit gesprek op te nemen.', { records: true, purposes: ['legal-compliance'] }],
      ['nl', 'We vragen uw toestemming om het gesprek vast te leggen.', { records: true }],
      ['nl', 'Neem contact op met onze klantenservice.', { records: false }],
    ]);
  });

  it('§2 (es) the present and future of the weak verbs keep the call ("se almacenan", "se guarda")', () => {
    check([
      ['es', 'Sus llamadas se guardan durante un año.', { records: true }],
      ['es', 'La conversación se almacena de forma segura.', { records: true }],
      ['es', 'Guarde su número de pedido.', { records: false }],
    ]);
  });

  it('§2 (de) a clause-final negation before the particle of a split verb denies ("findet nicht statt")', () => {
    check([
      ['de', 'Eine Aufzeichnung des Telefonats findet nicht statt.', { records: false, denies: true }],
      ['de', 'Eine Aufzeichnung findet statt.', { records: true, denies: false }],
    ]);
  });

  it('§1 a recording of something else, named after "of", is no recording of the call, whatever else the clause names', () => {
    check([
      ['de', 'Die Aufzeichnung der Veranstaltung können Sie im Kundenportal ansehen.', { records: false }],
      ['de', 'Die Aufzeichnung Ihres Gesprächs wird 30 Tage gespeichert.', { records: true }],
      ['en', 'You can watch the recording of our last webinar online.', { records: false }],
      ['fr', "L'enregistrement de la réunion vous sera envoyé.", { records: false }],
      ['fr', "L'enregistrement de votre appel est conservé trois mois.", { records: true }],
      ['es', 'La grabación del seminario está disponible para usted.', { records: false }],
      ['nl', 'De opname van uw gesprek wordt drie maanden bewaard.', { records: true }],
    ]);
  });

  it('§3 a dispute is evidence, not service provision, in whatever phrase it stands; a complaint beside it stays', () => {
    check([
      ['en', 'Calls are recorded so that we can settle any disagreement about your booking.', { purposes: ['evidence'] }],
      ['en', 'Calls are recorded to process your order.', { purposes: ['service-provision'] }],
      ['en', 'Calls are recorded in case of a dispute or a complaint.', { purposes: ['complaint-handling', 'evidence'] }],
      ['nl', 'Het gesprek wordt opgenomen voor het afhandelen van geschillen over uw bestelling.', { purposes: ['evidence'] }],
      ['fr', 'L’appel est enregistré pour traiter tout litige sur votre commande.', { purposes: ['evidence'] }],
      ['es', 'La llamada se graba para gestionar cualquier disputa sobre su pedido.', { purposes: ['evidence'] }],
    ]);
  });

  it('§3 who reviews is named after "by": "reviewed by a supervisor" evaluates nobody; accurate information is quality', () => {
    check([
      ['en', 'Calls may be listened to by a team leader to check that we gave you the right advice.', { purposes: ['quality-assurance'] }],
      ['en', 'Recordings are used to assess the performance of our agents.', { purposes: ['employee-evaluation'] }],
      ['en', 'We record calls to make sure we give accurate and consistent advice.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 (nl) the te-infinitive of a separable training verb names staff training ("in te werken")', () => {
    check([
      ['nl', 'We nemen gesprekken op om nieuwe medewerkers in te werken.', { purposes: ['staff-training'] }],
      ['nl', 'Opnames helpen ons om nieuwe collega’s bij te scholen.', { purposes: ['staff-training'] }],
    ]);
  });

  it('§2 (de) a verb that uses a recording noun as its instrument makes the weak noun count ("mit den Aufnahmen trainieren wir")', () => {
    check([
      ['de', 'Mit den Aufnahmen schulen wir unser Team.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Die Aufnahme dient der Qualitätssicherung.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });

  it('§2 §5 a negated recording whose clause names a purpose negates the purpose: neither recorded nor denied', () => {
    check([
      ['de', 'Zu Werbezwecken zeichnen wir Ihr Telefonat nicht auf.', { records: false, denies: false, purposes: [] }],
      ['en', 'We do not record calls for marketing.', { records: false, denies: false }],
      ['nl', 'Voor marketing nemen wij uw gesprek niet op.', { records: false, denies: false }],
      ['fr', "Nous n'enregistrons pas votre appel à des fins commerciales.", { records: false, denies: false }],
      ['es', 'No grabamos su llamada con fines comerciales.', { records: false, denies: false }],
      // without a purpose, the negation is a denial
      ['de', 'Wir zeichnen Ihr Telefonat nicht auf.', { records: false, denies: true }],
      ['en', 'We do not record this call.', { records: false, denies: true }],
    ]);
  });

  it('§1 (nl) "opgenomen in" a document or a list is included in it, not recorded', () => {
    check([
      ['nl', 'De reiskosten zijn opgenomen in de factuur.', { records: false }],
      ['nl', 'Uw wensen worden opgenomen in de planning.', { records: false }],
      ['nl', 'Het gesprek wordt opgenomen en in uw dossier bewaard.', { records: true }],
    ]);
  });

  it('§3 serving the caller better is quality, not carrying out a request', () => {
    check([
      ['nl', 'Gesprekken worden opgenomen om u in de toekomst beter van dienst te zijn.', { purposes: ['quality-assurance'] }],
      ['en', 'We record calls so that we can serve our customers better.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 (nl) improving the skills of staff is staff training', () => {
    check([
      ['nl', 'Opnames gebruiken we om de gespreksvaardigheden van onze adviseurs te verbeteren.', { purposes: ['staff-training'] }],
    ]);
  });

  it('§3 an organisation’s own records are internal (vague, no purpose); a person’s own use is personal use', () => {
    check([
      ['nl', 'Wij nemen het gesprek op voor ons eigen archief.', { purposes: [], vague: true }],
      ['nl', 'Ik neem dit gesprek op voor eigen gebruik.', { purposes: ['personal-use'] }],
      ['en', 'We may record calls for our own records.', { purposes: [], vague: true }],
      ['en', 'I am recording this call for my own reference.', { purposes: ['personal-use'] }],
    ]);
  });

  it('§5 a clause-final verb negation (de "nicht", nl "niet") negates its whole clause, the purpose before it included', () => {
    check([
      ['de', 'Wir zeichnen das Gespräch zu Schulungszwecken auf, für Marktforschung verwenden wir es nicht.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Dit gesprek wordt opgenomen voor trainingsdoeleinden, voor marketing gebruiken wij het niet.', { records: true, purposes: ['staff-training'] }],
      // a coordinator that opens the negated clause keeps the purpose before it
      ['nl', 'Wij nemen gesprekken op voor training en verkopen uw gegevens niet.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Wir zeichnen zur Qualitätssicherung auf und geben nichts weiter.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });

  it('§1 (de) a menu prompt whose key stands four words after the verb names no purpose ("drücken Sie bitte die 2")', () => {
    check([
      ['de', 'Bei Beschwerden drücken Sie bitte die 3. Dieses Gespräch wird aufgezeichnet.', { records: true, purposes: [] }],
    ]);
  });

  it('§2 an alternative with its negation is no denial ("may or may not", "al dan niet", "oder nicht")', () => {
    check([
      ['en', 'Your call may or may not be recorded.', { records: true, denies: false }],
      ['nl', 'Uw gesprek wordt al dan niet opgenomen.', { records: true, denies: false }],
      ['nl', 'Wij nemen het gesprek wel of niet op, zoals u wilt.', { denies: false }],
      ['de', 'Ob das Telefonat aufgezeichnet wird oder nicht, entscheiden Sie.', { records: true, denies: false }],
      // a coordinator further away does not undo the negation
      ['nl', 'Uw gegevens of gesprekken worden niet opgenomen.', { records: false, denies: true }],
      ['en', 'Calls are not recorded or monitored.', { records: false, denies: true }],
    ]);
  });

  it('§3 how well a request was handled is quality, not service provision; documenting a contract is evidence', () => {
    check([
      ['en', 'Calls are recorded so that a coach can check how well we handled your request.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls are recorded so that we can handle your request.', { purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen das Telefonat zur Auftragsdokumentation auf.', { records: true, purposes: ['evidence'] }],
    ]);
  });

  it('§3 how staff perform is employee evaluation; automated analysis of topics is speech analytics; training a system is AI training', () => {
    check([
      ['en', 'We record calls to see how our advisers are performing.', { purposes: ['employee-evaluation'] }],
      ['nl', 'We nemen gesprekken op en analyseren ze automatisch op de meest gestelde vragen.', { purposes: ['speech-analytics'] }],
      ['nl', 'Wij analyseren de opnames van gesprekken op terugkerende onderwerpen.', { purposes: ['speech-analytics'] }],
      ['es', 'Usamos las grabaciones para entrenar el sistema de respuesta automática.', { records: true, purposes: ['ai-training'] }],
      ['es', 'Grabamos la llamada para mejorar nuestros sistemas y procesos.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 a clinician or supervisor checking the advice given announces quality assurance, in every language', () => {
    check([
      ['nl', 'Een verpleegkundige kan het gesprek terugluisteren om het gegeven advies te toetsen.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Ein Arzt kann das Gespräch nachhören, um die Auskunft zu überprüfen.', { records: true, purposes: ['quality-assurance'] }],
      ['fr', "Un superviseur peut réécouter l'appel afin de contrôler les renseignements donnés.", { records: true, purposes: ['quality-assurance'] }],
      ['es', 'Un supervisor puede escuchar la grabación para comprobar el asesoramiento ofrecido.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 onboarding and a virtual assistant taught to understand callers (fr, de)', () => {
    check([
      ['fr', "Les appels sont enregistrés pour faciliter l'intégration de nos nouveaux conseillers.", { purposes: ['staff-training'] }],
      ['de', 'Mit den Aufzeichnungen lernt unser digitaler Assistent, Ihre Fragen besser zu verstehen.', { records: true, purposes: ['ai-training'] }],
    ]);
  });

  it('§2 a sentence that states the law for anyone, naming neither this call nor us, says nothing of this call', () => {
    check([
      ['nl', 'Het is niet strafbaar om een gesprek op te nemen waaraan je zelf deelneemt.', { records: false, denies: false }],
      ['de', 'Das heimliche Mitschneiden von Telefonaten ist strafbar.', { records: false, denies: false }],
      ['en', 'It is illegal to record a call without telling the other party.', { records: false, denies: false }],
      ['fr', "Enregistrer une conversation à l'insu de son interlocuteur est interdit.", { records: false }],
      ['es', 'Grabar una llamada ajena sin permiso es un delito.', { records: false }],
      // a notice that names this call or the organisation stays a notice
      ['nl', 'Wij nemen dit gesprek op; dat is wettelijk toegestaan.', { records: true }],
      ['en', 'We record this call; recording it without notice would be unlawful.', { records: true }],
      ['de', 'Dieses Gespräch wird aufgezeichnet, eine heimliche Aufnahme wäre unzulässig.', { records: true }],
      ['en', 'Calls are recorded where permitted by law.', { records: true }],
    ]);
  });

  it('§2 the finite forms of registering a call are recording words, and their negation a denial (nl, de)', () => {
    check([
      ['nl', 'Wij registreren uw gesprek niet.', { records: false, denies: true }],
      ['nl', 'Wij registreren dit gesprek.', { records: true, denies: false }],
      ['nl', 'Dit gesprek wordt niet geregistreerd.', { denies: true }],
      ['de', 'Wir registrieren Ihren Anruf nicht.', { records: false, denies: true }],
      ['de', 'Ihr Anruf wird registriert.', { records: true }],
      ['es', 'No registramos esta llamada.', { denies: true }],
      // a registered complaint or appointment is no recording of the call
      ['nl', 'Wij registreren uw klacht.', { records: false }],
    ]);
  });

  it('§3 a listener who listens for a goal announces it; listening is no recording (nl beluisteren, de, fr, es, en)', () => {
    check([
      ['nl', 'Dit gesprek kan worden beluisterd door een collega om onze kwaliteit te verbeteren.', { records: false, denies: false, purposes: ['quality-assurance'] }],
      ['de', 'Ein Kollege kann das Gespräch mithören, um die Qualität zu verbessern.', { records: false, purposes: ['quality-assurance'] }],
      ['fr', "Un collègue peut écouter l'appel pour améliorer la qualité.", { records: false, purposes: ['quality-assurance'] }],
      ['es', 'Un compañero puede escuchar la llamada para mejorar la calidad.', { records: false, purposes: ['quality-assurance'] }],
      ['en', 'A colleague may listen to the call to improve our quality.', { records: false, purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 answering the caller\'s question is service provision (nl, de, en, fr, es)', () => {
    check([
      ['nl', 'Gesprekken met de gemeente worden opgenomen om uw vraag goed te kunnen beantwoorden.', { records: true, purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen das Gespräch auf, um Ihre Frage zu beantworten.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Calls are recorded to answer your question.', { purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré pour répondre à votre question.', { purposes: ['service-provision'] }],
      ['es', 'Grabamos la llamada para responder a su consulta.', { purposes: ['service-provision'] }],
    ]);
  });

  it('§3 security reasons and considerations are fraud prevention (nl veiligheidsoverwegingen, de, fr, es, en)', () => {
    check([
      ['nl', 'Dit gesprek wordt uit veiligheidsoverwegingen opgenomen.', { records: true, purposes: ['fraud-prevention'] }],
      ['nl', 'Om veiligheidsredenen wordt dit gesprek opgenomen.', { purposes: ['fraud-prevention'] }],
      ['de', 'Dieses Gespräch wird aus Sicherheitsgründen aufgezeichnet.', { purposes: ['fraud-prevention'] }],
      ['fr', 'Pour des raisons de sécurité, cet appel est enregistré.', { purposes: ['fraud-prevention'] }],
      ['es', 'Por motivos de seguridad, esta llamada se graba.', { purposes: ['fraud-prevention'] }],
      ['en', 'This call is recorded for security reasons.', { purposes: ['fraud-prevention'] }],
    ]);
  });

  it('§3 training a voice or virtual assistant is AI training (en, nl, de, fr, es)', () => {
    check([
      ['en', 'Recordings may be used to train our voice assistant.', { records: true, purposes: ['ai-training'] }],
      ['en', 'Recordings help us improve our virtual assistant.', { purposes: ['ai-training'] }],
      ['nl', 'Opnames worden gebruikt om onze spraakassistent te trainen.', { purposes: ['ai-training'] }],
      ['de', 'Die Aufnahmen werden genutzt, um unseren Sprachassistenten zu trainieren.', { purposes: ['ai-training'] }],
      ['fr', 'Les enregistrements servent à entraîner notre assistant vocal.', { purposes: ['ai-training'] }],
      ['es', 'Las grabaciones se usan para entrenar a nuestro asistente virtual.', { purposes: ['ai-training'] }],
    ]);
  });

  it('§2 French "ne … que" restricts ("only"), it does not deny; "ne … pas", "ne … plus" still deny', () => {
    check([
      ['fr', 'Les appels ne sont enregistrés que pour la formation de nos conseillers.', { records: true, denies: false, purposes: ['staff-training'] }],
      ['fr', "Nous n'enregistrons les appels qu'à des fins de formation.", { records: true, denies: false, purposes: ['staff-training'] }],
      ['fr', "Cet appel n'est enregistré qu'avec votre accord.", { records: true, denies: false }],
      ['fr', "Nous n'enregistrons pas cet appel.", { records: false, denies: true }],
      ['fr', "Nous n'enregistrons plus les appels.", { denies: true }],
      ['fr', "Cet appel n'est pas enregistré, sachez que vos données sont protégées.", { denies: true }],
    ]);
  });

  it('§2 "not routinely / not automatically / not as standard" is a "not all": some calls are recorded (en, nl, de, fr)', () => {
    check([
      ['en', "We don't usually record calls.", { records: true, denies: false }],
      ['en', 'Calls are not routinely recorded.', { records: true, denies: false }],
      ['en', 'Calls are not automatically recorded.', { records: true, denies: false }],
      ['nl', 'Gesprekken worden niet standaard opgenomen.', { records: true, denies: false }],
      ['nl', 'Wij nemen gesprekken niet automatisch op.', { records: true, denies: false }],
      ['de', 'Gespräche werden nicht automatisch aufgezeichnet.', { records: true, denies: false }],
      ['de', 'Wir zeichnen Gespräche nicht standardmäßig auf.', { records: true, denies: false }],
      ['fr', 'Les appels ne sont pas automatiquement enregistrés.', { records: true, denies: false }],
      ['fr', 'Les appels ne sont pas forcément enregistrés.', { records: true, denies: false }],
      // the adverb before the negation is a rule, and the negation a denial
      ['de', 'Wir zeichnen Gespräche grundsätzlich nicht auf.', { denies: true }],
      ['en', 'Calls are never recorded.', { denies: true }],
    ]);
  });

  it('§2 listening back to calls needs a recording: it says they are kept (nl split verb, en)', () => {
    check([
      ['nl', 'Wij luisteren gesprekken terug om onze service te verbeteren.', { records: true, purposes: ['quality-assurance'] }],
      ['nl', 'Een coach kan gesprekken terugluisteren.', { records: true }],
      ['en', 'We may listen back to calls to improve our service.', { records: true, purposes: ['quality-assurance'] }],
      // listening back to something else is no recording of the call
      ['nl', 'Luister het bericht terug.', { records: false }],
      ['nl', 'Bel ons terug als u vragen heeft.', { records: false }],
      ['en', 'Please listen back carefully.', { records: false }],
    ]);
  });

  it('§2 the trade\'s loans for recording calls are recording words: voicelogging, voice logging, call recording (nl, de, en)', () => {
    check([
      ['nl', 'Wij maken gebruik van voicelogging.', { records: true }],
      ['nl', 'De verkoop wordt telefonisch vastgelegd door middel van voicelogging.', { records: true }],
      ['nl', 'Wij gebruiken call recording.', { records: true }],
      ['nl', 'Wij passen gespreksregistratie toe.', { records: true }],
      ['nl', 'Wij gebruiken geen call recording.', { records: false, denies: true }],
      ['de', 'Wir setzen Voice-Logging ein.', { records: true }],
      ['de', 'Wir verwenden Call-Recording.', { records: true }],
      ['de', 'Wir setzen kein Voice-Logging ein.', { denies: true }],
      ['en', 'We use voice logging.', { records: true }],
    ]);
  });

  it('§2 §5 a negation before a limit of time negates the limit, not the keeping: the recording is kept (en, nl, de, fr, es)', () => {
    check([
      ['en', 'Recordings are not kept for longer than 90 days.', { records: true, denies: false }],
      ['en', 'Calls are recorded and not stored for more than 30 days.', { records: true, denies: false }],
      ['en', 'We do not keep call recordings longer than necessary.', { records: true, denies: false }],
      ['nl', 'Gesprekken worden opgenomen en niet langer dan drie maanden bewaard.', { records: true, denies: false }],
      ['nl', 'Gesprekken worden niet langer bewaard dan nodig.', { records: true, denies: false }],
      ['de', 'Wir speichern Gesprächsaufzeichnungen nicht länger als nötig.', { records: true, denies: false }],
      ['fr', 'Les enregistrements ne sont pas conservés plus de 30 jours.', { records: true, denies: false }],
      ['es', 'No conservamos las grabaciones más tiempo del necesario.', { records: true, denies: false }],
      // "no longer" without a limit still denies
      ['en', 'Calls are no longer recorded.', { denies: true }],
      ['nl', 'Gesprekken worden niet langer opgenomen.', { denies: true }],
      ['de', 'Gespräche werden nicht länger aufgezeichnet.', { denies: true }],
      ['fr', 'Les appels ne sont plus enregistrés.', { denies: true }],
    ]);
  });

  it('§2 a negated duty to take part is an opt-out, not a denial (nl, en, de, fr, es)', () => {
    check([
      ['nl', 'U bent niet verplicht mee te werken aan de opname.', { records: true, denies: false }],
      ['en', 'You are not obliged to agree to the recording.', { records: true, denies: false }],
      ['de', 'Sie sind nicht verpflichtet, der Aufzeichnung zuzustimmen.', { records: true, denies: false }],
      ['fr', "Vous n'êtes pas obligé d'accepter l'enregistrement.", { records: true, denies: false }],
      ['es', 'No está obligado a aceptar la grabación.', { records: true, denies: false }],
    ]);
  });

  it('§1 an IVR confirming the caller\'s answer or input was taken speaks of no recording of the call (nl, de)', () => {
    check([
      ['nl', 'Uw antwoord is opgenomen.', { records: false }],
      ['de', 'Ihre Antwort wurde aufgezeichnet.', { records: false }],
      ['de', 'Ihre Eingabe wurde gespeichert.', { records: false }],
      ['en', 'Your answer has been recorded.', { records: false }],
      ['fr', 'Votre réponse est enregistrée.', { records: false }],
      // the call recorded to check an answer is still recorded
      ['de', 'Das Gespräch wird aufgezeichnet, damit wir Ihre Antwort prüfen können.', { records: true }],
      ['nl', 'Wij nemen dit gesprek op om uw antwoord vast te leggen.', { records: true }],
    ]);
  });

  it('§1 the caller\'s name or a list entry taken at a prompt is a recording of something else (en, fr, nl)', () => {
    check([
      ['en', 'Record your name after the beep.', { records: false }],
      ['fr', 'Après le signal sonore, enregistrez votre nom.', { records: false }],
      ['nl', 'Neem na de piep uw naam op.', { records: false }],
      ['nl', 'Uw naam wordt opgenomen op de wachtlijst.', { records: false }],
      ['nl', 'Uw terugbelverzoek is opgenomen.', { records: false }],
      // a call recorded in someone's name is still recorded
      ['nl', 'Wij nemen dit gesprek op uit naam van de gemeente.', { records: true }],
      ['fr', 'Cet appel est enregistré au nom de notre client.', { records: true }],
      ['en', 'Your call may be recorded. Please say your name after the tone.', { records: true }],
    ]);
  });

  it('§2 the spoken names of a call are call nouns (nl call, belletje, telefonisch contact, conversatie, wat u zegt)', () => {
    check([
      ['nl', 'Deze call wordt vastgelegd.', { records: true }],
      ['nl', 'Het telefonisch contact wordt vastgelegd.', { records: true }],
      ['nl', 'Uw belletje wordt opgeslagen.', { records: true }],
      ['nl', 'De conversatie wordt vastgelegd.', { records: true }],
      ['nl', 'Wat u zegt wordt vastgelegd.', { records: true }],
      ['nl', 'Telefonische contacten worden niet opgeslagen.', { records: false, denies: true }],
      // contact made is still no recording
      ['nl', 'Wij nemen telefonisch contact met u op.', { records: false }],
      ['en', 'Everything you say is recorded.', { records: true }],
      ['fr', 'Ce que vous dites est enregistré.', { records: true }],
    ]);
  });

  it('§1 §2 a recording verb of several senses (nl opnemen, fr enregistrer, de aufzeichnen, en record) records only beside a call, the caller or a voice', () => {
    check([
      // included, saved, logged: no call named in the sentence or the one before
      ['nl', 'Het veld wordt opgenomen in het rapport.', { records: false }],
      ['nl', 'Deze velden kunnen worden opgenomen om de koppeling te tonen.', { records: false, purposes: [] }],
      ['fr', 'Le fichier est enregistré sur votre disque.', { records: false }],
      ['fr', 'Le résultat est enregistré afin de faciliter le diagnostic.', { records: false, purposes: [] }],
      ['de', 'Jede Buchung wird im Protokoll aufgezeichnet.', { records: false }],
      ['en', 'Shift changes and other actions are recorded.', { records: false }],
      // a logged list negated is no denial of a recording
      ['de', 'Keine Buchungen aufgezeichnet.', { records: false, denies: false }],
      // the call, the caller, a voice or what is said, in the sentence or the one before
      ['nl', 'Uw telefoongesprek kan worden opgenomen.', { records: true }],
      ['nl', 'Dit gesprek is voor ons belangrijk. Het wordt daarom opgenomen.', { records: true }],
      ['fr', 'Vos propos sont enregistrés.', { records: true }],
      ['fr', 'Votre voix est enregistrée.', { records: true }],
      ['de', 'Ihre Stimme wird aufgezeichnet.', { records: true }],
      ['en', 'Your voice is recorded.', { records: true }],
      ['en', 'We record for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Dieses Gespräch wird nicht aufgezeichnet.', { records: false, denies: true }],
      // the noun is the recording itself, of one sense
      ['nl', 'De opname wordt gebruikt voor training.', { records: true, purposes: ['staff-training'] }],
      ['fr', "L'enregistrement est conservé trois mois.", { records: true }],
    ]);
  });

  it('morphology (fr): an adjective derived from a call noun is no call noun ("l\'historique conversationnel")', () => {
    check([
      ['fr', "Le message est enregistré dans l'historique conversationnel.", { records: false }],
      ['fr', 'Les conversations sont enregistrées.', { records: true }],
    ]);
  });

  it('§3 checking that the caller was advised or informed rightly is quality assurance, as a clause (nl, de, fr, es, en)', () => {
    check([
      ['nl', 'Wij nemen dit gesprek op om te controleren of wij u goed hebben geholpen.', { purposes: ['quality-assurance'] }],
      ['de', 'Wir zeichnen das Gespräch auf, um zu prüfen, ob wir Sie korrekt informiert haben.', { purposes: ['quality-assurance'] }],
      ['fr', 'Nous enregistrons cet appel afin de vérifier que nous vous avons correctement renseigné.', { purposes: ['quality-assurance'] }],
      ['es', 'Grabamos la llamada para verificar que le hemos asesorado bien.', { purposes: ['quality-assurance'] }],
      ['en', 'We record this call to check that you were accurately informed.', { purposes: ['quality-assurance'] }],
      // the caller told to make sure of something is no check of ours
      ['en', 'Make sure you are properly registered. This call is recorded.', { purposes: [] }],
    ]);
  });

  it('§2 (nl) the caller recorded is a party to the recording: "u wordt opgenomen" records, without a call noun', () => {
    check([
      ['nl', 'Let op: u wordt opgenomen.', { records: true }],
      ['nl', 'Wilt u liever niet opgenomen worden? Zeg dan stop.', { records: true, denies: false }],
      // the caller in another clause is no party to what is included there
      ['nl', 'Als u een bestand uploadt, wordt de naam ervan opgenomen in de lijst.', { records: false }],
    ]);
  });

  it('morphology: a compound whose head is a call noun names the call (es videollamada, de Telefonanrufen)', () => {
    check([
      ['es', 'La videollamada será grabada.', { records: true }],
      ['de', 'Aufnahmen von Telefonanrufen werden gespeichert.', { records: true }],
    ]);
  });

  it('§2 a law word is a statement of the law only as a predicate; a crime a recording helps prevent is a purpose (es, fr, nl)', () => {
    check([
      ['es', 'Grabar una llamada sin permiso es delito.', { records: false }],
      ['fr', "Enregistrer une conversation à l'insu de son interlocuteur constitue un délit.", { records: false }],
      ['es', 'La llamada se graba para la prevención de delitos.', { records: true, purposes: ['fraud-prevention'] }],
      ['fr', "L'appel est enregistré pour la prévention des infractions.", { records: true, purposes: ['fraud-prevention'] }],
      ['nl', 'Wij nemen gesprekken op ter voorkoming van misdrijven.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });

  it('§3 §7 reasons left unnamed are vague, as unnamed purposes are ("for various reasons"), in every language', () => {
    check([
      ['en', 'This call is recorded for various reasons.', { purposes: [], vague: true }],
      ['nl', 'Dit gesprek wordt om verschillende redenen opgenomen.', { purposes: [], vague: true }],
      ['de', 'Das Gespräch wird aus verschiedenen Gründen aufgezeichnet.', { purposes: [], vague: true }],
      ['fr', 'Cet appel est enregistré pour diverses raisons.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba por diversos motivos.', { purposes: [], vague: true }],
    ]);
  });

  it('§3 a recording kept as a legal safeguard, a back-up or a validation of what was said is evidence (de, es)', () => {
    check([
      ['de', 'Die Aufnahmen dienen der rechtlichen Absicherung.', { purposes: ['evidence'] }],
      ['es', 'La llamada se graba como respaldo.', { purposes: ['evidence'] }],
      ['es', 'La conversación se graba para validar sus respuestas.', { purposes: ['evidence'] }],
    ]);
  });

  it('§3 the standards of the service are its quality (nl); routing a call is no purpose of the recording (en)', () => {
    check([
      // an IVR routing the call says what the line does, not what the recording is for
      ['en', 'Calls are recorded. Please hold while we direct your call to the next available adviser.', { purposes: [] }],
      ['nl', 'Gesprekken worden opgenomen om te controleren of aan de servicenormen wordt voldaan.', { purposes: ['quality-assurance'] }],
      ['nl', 'Wij nemen gesprekken op om de normen van onze klantenservice te bewaken.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 to prove, as a verb, is evidence (nl aantonen, fr prouver, es demostrar, en demonstrate what)', () => {
    check([
      ['nl', 'Wij nemen gesprekken op om te kunnen aantonen welke afspraak is gemaakt.', { purposes: ['evidence'] }],
      ['fr', 'Nous enregistrons cet appel pour prouver votre accord.', { purposes: ['evidence'] }],
      ['es', 'Grabamos la llamada para demostrar lo que usted ha aceptado.', { purposes: ['evidence'] }],
      ['en', 'We record calls so that we can demonstrate what was agreed.', { purposes: ['evidence'] }],
      // demonstrating a quality is no proof of what was said (nor, outside the statement about recording, a goal of it)
      ['en', 'This call is recorded. We demonstrate that quality matters.', { purposes: [] }],
    ]);
  });

  it('§1 a software call or an event logged is no conversation recorded ("dans les logs", "for assertion", "mit Zeitstempel"), in every language', () => {
    check([
      ['fr', 'Chaque appel de la fonction est enregistré dans les logs.', { records: false }],
      ['en', 'Every call is recorded for assertion by the test double.', { records: false }],
      ['de', 'Jeder Anruf wird mit Zeitstempel in der Tabelle aufgezeichnet.', { records: false }],
      ['nl', 'Elke aanroep wordt vastgelegd in de logs.', { records: false }],
      ['es', 'Cada llamada a la API se registra en los logs.', { records: false }],
      // a call logged as well as recorded is still recorded; a test of the line names no log
      ['en', 'All calls are recorded and logged.', { records: true }],
      ['fr', 'Cet appel est enregistré à des fins de test.', { records: true }],
    ]);
  });

  it('§2 recording switched off is recording negated ("turned off", "uitgeschakeld", "deaktiviert", "désactivé", "desactivada"); offered, it is an opt-out', () => {
    check([
      ['en', 'Recording is switched off for this call.', { records: false, denies: true }],
      ['nl', 'De gespreksopname is uitgeschakeld.', { records: false, denies: true }],
      ['de', 'Die Aufzeichnung ist für dieses Gespräch deaktiviert.', { records: false, denies: true }],
      ['fr', "L'enregistrement est désactivé pour cet appel.", { records: false, denies: true }],
      ['es', 'La grabación está desactivada para esta llamada.', { records: false, denies: true }],
      // offered or conditional: the call is recorded unless the caller acts
      ['en', 'You can ask us to turn the recording off.', { records: true, denies: false }],
      ['nl', 'Wilt u dat de opname wordt uitgeschakeld? Zeg dan stop.', { records: true, denies: false }],
      // something else switched off
      ['en', 'This call is recorded. Your camera is turned off.', { records: true, denies: false }],
    ]);
  });

  it('§2 (en) "store" after a determiner is a shop, not keeping ("used by your store")', () => {
    check([
      ['en', 'Orders are kept on file and may be used by your local store.', { records: false }],
      ['en', 'We store your calls for 30 days.', { records: true }],
    ]);
  });

  it('§1 §4 outside a statement about recording, a purpose word names a goal only after a goal marker; a team, a line or a topic names none (nl, en, de, fr, es)', () => {
    check([
      ['en', 'Thank you for calling the security team. This call is recorded.', { purposes: [] }],
      ['en', 'This call is recorded. For billing questions or complaints, please visit our website.', { purposes: [] }],
      ['nl', 'Welkom bij de afdeling klachten. Dit gesprek wordt opgenomen.', { purposes: [] }],
      ['de', 'Willkommen bei der Schulungsabteilung. Dieses Gespräch wird aufgezeichnet.', { purposes: [] }],
      ['fr', 'Bienvenue au service fraude. Cet appel est enregistré.', { purposes: [] }],
      ['es', 'Bienvenido al servicio de reclamaciones. Esta llamada se graba.', { purposes: [] }],
      // a goal marker opens the goal of the recording in the next sentence
      ['nl', 'Dit gesprek wordt opgenomen. Dat doen wij om onze medewerkers te trainen.', { purposes: ['staff-training'] }],
      ['en', 'This call is recorded. We do this to train our staff.', { purposes: ['staff-training'] }],
      // a colon or a semicolon does not end the statement about recording
      ['en', 'We record calls to: train staff; investigate complaints.', { purposes: ['complaint-handling', 'staff-training'] }],
      ['de', 'Ihr Anruf wird aufgezeichnet; Ausschnitte veröffentlichen wir nur mit Ihrer Einwilligung in unserem Podcast.', { purposes: ['publication'] }],
    ]);
  });

  it('§4 a request to the caller names its own goal, not the recording\'s ("Please have your number ready so we can deal with your request")', () => {
    check([
      ['en', 'This call is recorded. Please have your policy number ready so that we can handle your claim.', { purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen. Houd uw polisnummer bij de hand, zodat wij uw aanvraag kunnen afhandelen.', { purposes: [] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet. Bitte halten Sie Ihre Vertragsnummer bereit, damit wir Ihr Anliegen bearbeiten können.', { purposes: [] }],
      ['fr', 'Cet appel est enregistré. Veuillez préparer votre numéro de contrat afin que nous puissions traiter votre demande.', { purposes: [] }],
      ['es', 'Esta llamada se graba. Por favor, tenga a mano su número de póliza para que podamos tramitar su solicitud.', { purposes: [] }],
      // the request in the sentence that speaks of recording leaves its goal to the recording
      ['en', 'Please note that this call is recorded to handle your complaint.', { purposes: ['complaint-handling'] }],
    ]);
  });

  it('§3 (en) helping staff learn is staff training', () => {
    check([['en', 'We record calls to help our new team members learn.', { purposes: ['staff-training'] }]]);
  });

  it('§1 §2 a noun in a prepositional phrase is no object of the recording word ("mit Ihrer Zustimmung"), in every language', () => {
    check([
      ['de', 'Wir zeichnen nur mit Ihrer Zustimmung auf.', { records: true }],
      ['nl', 'Wij nemen alleen met uw toestemming op.', { records: true }],
      ['en', 'We record only with your consent.', { records: true }],
      ['fr', 'Nous enregistrons uniquement avec votre accord.', { records: true }],
      ['es', 'Grabamos solo con su consentimiento.', { records: true }],
      // the noun as the object is still a recording of something else
      ['de', 'Ihre Zustimmung wird aufgezeichnet.', { records: false }],
      ['en', 'Please record your name after the tone.', { records: false }],
    ]);
  });

  it('morphology (nl): a passive goal takes the participle, ge- inside a separable verb ("klachten worden afgehandeld", "onderzocht")', () => {
    check([
      ['nl', 'Wij nemen gesprekken op, zodat klachten zorgvuldig afgehandeld kunnen worden.', { purposes: ['complaint-handling'] }],
      ['nl', 'Gesprekken worden opgenomen, zodat uw klacht later onderzocht kan worden.', { purposes: ['complaint-handling'] }],
    ]);
  });
  it('§2 §4 the call as the subject of a use, in a sentence naming a purpose, is a call kept: recorded, its purposes read, in every language', () => {
    check([
      ['en', 'Your call may be used for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'De gesprekken worden gebruikt voor trainingsdoeleinden.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Uw gesprek kan worden gebruikt om onze medewerkers te trainen.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Ihre Gespräche werden zu Schulungszwecken verwendet.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Vos appels peuvent être utilisés à des fins de formation.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Sus llamadas podrán ser utilizadas con fines de formación.', { records: true, purposes: ['staff-training'] }],
      // no purpose named: calls used for something else record nothing
      ['en', 'Calls are used to remind you of your appointment.', { records: false, purposes: [] }],
      // a negated use names no purpose and denies nothing
      ['nl', 'Uw gesprek wordt niet gebruikt voor marketing.', { records: false, denies: false, purposes: [] }],
      ['en', 'Your call will not be used for marketing.', { records: false, denies: false, purposes: [] }],
    ]);
  });

  it('morphology (nl): the te-infinitive of a separable verb ("af te handelen", "op te lossen") ends a complaint goal, words between allowed', () => {
    check([
      ['nl', 'Wij nemen dit gesprek op om uw klacht goed af te handelen.', { purposes: ['complaint-handling'] }],
      ['nl', 'Opgenomen gesprekken worden gebruikt om klachten op te lossen.', { purposes: ['complaint-handling'] }],
      ['nl', 'Wij nemen dit gesprek op om uw klacht over de bezorging van uw pakket goed af te handelen.', { purposes: ['complaint-handling'] }],
    ]);
  });

  it('lexicon notation: an alternative is one word, so a phrase ending in a two-word alternative is written apart ("naar aanleiding", "data protection", "lo que", "to hand")', () => {
    check([
      ['nl', 'Naar aanleiding van uw klacht wordt dit gesprek opgenomen.', { purposes: ['complaint-handling'] }],
      ['nl', 'Dit gesprek wordt opgenomen bij een klacht over uw factuur.', { purposes: ['complaint-handling'] }],
      // a statement that recording is lawful names no purpose (§3)
      ['en', 'Calls are recorded in accordance with the law.', { records: true, purposes: [] }],
      ['es', 'Grabamos la llamada para poder demostrar lo que se dijo.', { purposes: ['evidence'] }],
      ['nl', 'Gesprekken worden opgenomen voor onze dienstverlening.', { purposes: ['service-provision'], vague: true }],
      ['fr', "Les appels sont enregistrés à des fins d'audit.", { purposes: ['legal-compliance'], vague: true }],
      ['fr', 'Les appels sont enregistrés à des fins de contrôle interne.', { purposes: ['legal-compliance'], vague: true }],
    ]);
  });
  it('§4 §7 a vague head reached through a list is a vague phrase used beside the specific word ("monitoring and training purposes")', () => {
    check([
      ['en', 'Calls are recorded for monitoring and training purposes.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
      ['en', 'Calls are recorded for training and monitoring purposes.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
      ['en', 'This call is recorded for quality control.', { purposes: ['quality-assurance'], vague: false }],
    ]);
  });

  it('§3 "quality" before the noun it qualifies (en "quality service") and a person or team of quality (nl "medewerker van kwaliteit") are specific, not vague', () => {
    check([
      ['en', 'Calls may be recorded for training purposes and to maintain our high level of quality service.', { purposes: ['quality-assurance', 'staff-training'], vague: false }],
      ['en', 'Calls are recorded for quality.', { purposes: ['quality-assurance'], vague: true }],
      ['nl', 'Een medewerker van kwaliteit kan dit opgenomen gesprek later beluisteren.', { purposes: ['quality-assurance'], vague: false }],
      ['nl', 'Dit gesprek wordt opgenomen voor kwaliteit.', { purposes: ['quality-assurance'], vague: true }],
    ]);
  });

  it('§3 §4 (nl) onboarding as a noun, and requests handled by a te-infinitive or taken "in behandeling", words between allowed', () => {
    check([
      ['nl', 'Dit gesprek wordt opgenomen voor de begeleiding van nieuwe medewerkers.', { purposes: ['staff-training'] }],
      ['nl', 'Dit gesprek wordt opgenomen om uw aanvraag voor een nieuwe aansluiting in behandeling te nemen.', { purposes: ['service-provision'] }],
      ['nl', 'Dit gesprek wordt opgenomen om uw schademelding af te handelen.', { purposes: ['service-provision'] }],
      // a menu stays a menu
      ['nl', 'Voor vragen over uw bestelling, druk 1. Dit gesprek wordt opgenomen.', { records: true, purposes: [] }],
    ]);
  });

  it('§3 an AI assistant trained or improved is AI training, also as the subject of a passive, in every language', () => {
    check([
      ['en', 'Calls are recorded so that our voice assistant can be improved.', { purposes: ['ai-training'] }],
      ['de', 'Gespräche werden aufgezeichnet, damit unser Sprachassistent verbessert wird.', { purposes: ['ai-training'] }],
      ['de', 'Gespräche werden aufgezeichnet und unser digitaler Assistent damit weiterentwickelt.', { purposes: ['ai-training'] }],
      ['nl', 'Gesprekken worden opgenomen zodat onze virtuele assistent beter wordt.', { purposes: ['ai-training'] }],
      ['fr', 'Les appels sont enregistrés pour entraîner notre voicebot.', { purposes: ['ai-training'] }],
      ['es', 'Las llamadas se graban para entrenar a nuestro asistente de voz.', { purposes: ['ai-training'] }],
      // staff are not an AI system
      ['de', 'Gespräche werden aufgezeichnet, um unsere Mitarbeiter zu schulen.', { purposes: ['staff-training'] }],
    ]);
  });
  it('lexicon notation (nl): each te-infinitive of a separable verb is a phrase of its own ("op te leiden", "vast te stellen", "na te gaan", "op te nemen")', () => {
    check([
      ['nl', 'Dit gesprek wordt opgenomen om nieuwe medewerkers op te leiden.', { purposes: ['staff-training'] }],
      ['nl', 'Wij zijn verplicht om gesprekken over uw beleggingen op te nemen.', { purposes: ['legal-compliance'] }],
      ['nl', 'Dit gesprek wordt opgenomen om uw identiteit vast te stellen.', { purposes: ['fraud-prevention'] }],
    ]);
  });

  it('§3 a trainer who listens is there for training; a quality coach for quality (nl, en, fr)', () => {
    check([
      ['en', 'A trainer may listen to this call.', { purposes: ['staff-training'] }],
      ['nl', 'Dit gesprek wordt opgenomen zodat een trainer kan meeluisteren.', { purposes: ['staff-training'] }],
      ['fr', 'Un formateur peut écouter cet appel.', { purposes: ['staff-training'] }],
      ['nl', 'Een kwaliteitscoach kan meeluisteren.', { purposes: ['quality-assurance'] }],
      ['en', 'A quality coach may listen in.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('§3 checking instructions or what was agreed is evidence; checking identity is fraud prevention; checking that staff inform correctly is quality (nl, fr)', () => {
    check([
      ['nl', 'Wij nemen telefoongesprekken op om uw opdrachten te kunnen controleren.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen het gesprek op zodat we kunnen nagaan welke afspraken we hebben gemaakt.', { purposes: ['evidence'] }],
      ['fr', 'Un enregistrement de la conversation est réalisé afin de vérifier vos instructions.', { purposes: ['evidence'] }],
      // an order that is a sequence is no instruction
      ['fr', "L'appel est enregistré pour vérifier l'ordre des étapes.", { purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen om uw identiteit te controleren.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Dit gesprek wordt opgenomen om te controleren of onze medewerkers u juist informeren.', { purposes: ['quality-assurance'] }],
      ['nl', 'Dit gesprek wordt opgenomen om u beter te kunnen adviseren.', { purposes: ['quality-assurance'] }],
      ['nl', 'Dit gesprek wordt opgenomen om uw schade snel af te handelen.', { purposes: ['service-provision'] }],
    ]);
  });
  it('lexicon notation: no phrase makes a separable particle the last alternative before "te" (nl "op te leiden|in te werken" never matched)', () => {
    const particles = new Set(['op', 'af', 'in', 'bij', 'uit', 'vast', 'na', 'mee', 'terug', 'aan', 'toe', 'door', 'weg']);
    const slips: string[] = [];
    for (const pack of PACKS) {
      for (const rule of pack.lexicon.purposes) {
        for (const phrase of rule.phrases) {
          const words = phrase.trim().split(/\s+/);
          for (let k = 0; k + 1 < words.length; k++) {
            const alts = words[k].split('|');
            if (alts.length > 1 && particles.has(alts[alts.length - 1]) && words[k + 1] === 'te') slips.push(`${pack.code}: ${phrase}`);
          }
        }
      }
    }
    assert.deepEqual(slips, []);
  });
  it('§3 (en) an applicant\'s application assessed is service provision, not staff evaluation; treating customers fairly is quality', () => {
    check([
      ['en', 'This call is being recorded so that we can assess your application fairly.', { purposes: ['service-provision'] }],
      ['en', 'Calls are recorded to assess our employees.', { purposes: ['employee-evaluation'] }],
      ['en', 'Calls are recorded to make sure we treat our customers fairly.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it('§3 (nl) the service evaluated is quality, staff evaluated is evaluation; feedback to staff is coaching; satisfaction measured is quality; a report sent is service; an order confirmed is evidence', () => {
    check([
      ['nl', 'Gesprekken worden opgenomen om de dienstverlening te evalueren.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om onze medewerkers te evalueren.', { purposes: ['employee-evaluation'] }],
      ['nl', 'Wij nemen gesprekken op om onze medewerkers feedback te geven.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen om de tevredenheid van klanten te meten.', { purposes: ['quality-assurance'] }],
      ['nl', 'Het gesprek wordt opgenomen zodat wij u een verslag kunnen sturen.', { purposes: ['service-provision'] }],
      ['nl', 'Wij nemen het gesprek op om uw bestelling te bevestigen.', { purposes: ['evidence'] }],
    ]);
  });
});

describe('classes of the language packs (de, fr, es): forms a speaker uses', () => {
  it('§3 es "internal" qualifying a named purpose is no vague "internal purposes"', () => {
    check([
      ['es', 'Grabamos las llamadas con fines de formación interna y control de calidad.', { purposes: ['quality-assurance', 'staff-training'], vague: false }],
      ['es', 'Las llamadas se graban para fines internos.', { purposes: [], vague: true }],
      ['es', 'Las llamadas se graban con fines estrictamente administrativos.', { purposes: [], vague: true }],
    ]);
  });

  it('R61 the caller\'s matter made, completed or passed on, something delivered to the caller, the matter itself as the goal', () => {
    check([
      ['de', 'Das Gespräch wird aufgezeichnet, damit wir Ihren Antrag an die zuständige Stelle weiterleiten können.', { records: true, purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen das Gespräch auf, um ein Ticket für Ihre Störung anzulegen.', { purposes: ['service-provision', 'troubleshooting'] }],
      ['de', 'Das Telefonat wird aufgezeichnet, um Ihnen eine Zusammenfassung zuzusenden.', { purposes: ['service-provision'] }],
      ['de', 'Das Gespräch wird für Ihre Reservierung aufgezeichnet.', { purposes: ['service-provision'] }],
      ['fr', 'La conversation est enregistrée pour ouvrir un dossier de sinistre.', { records: true, purposes: ['service-provision'] }],
      ['fr', 'Votre appel est transcrit afin de compléter votre demande de remboursement.', { purposes: ['service-provision'] }],
      ['fr', "L'échange est enregistré pour vous remettre un compte rendu.", { purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré pour votre réservation.', { purposes: ['service-provision'] }],
      ['es', 'La llamada se graba para crear un ticket para usted.', { records: true, purposes: ['service-provision'] }],
      ['es', 'Grabamos la conversación para poder darle seguimiento a su caso.', { purposes: ['service-provision'] }],
      ['es', 'La llamada se transcribe para enviarle un resumen de la consulta.', { purposes: ['service-provision'] }],
      ['es', 'Esta llamada se graba para su presupuesto.', { purposes: ['service-provision'] }],
      // an offer sent is marketing, the caller's safety is fraud prevention
      ['fr', 'Cet appel est enregistré pour votre sécurité.', { purposes: ['fraud-prevention'] }],
      ['de', 'Das Gespräch wird aufgezeichnet, um Ihnen Werbung zuzusenden.', { purposes: ['marketing'] }],
      ['es', 'Grabamos la llamada para entregarle una oferta de publicidad.', { purposes: ['marketing'] }],
    ]);
  });

  it('R60 automated analysis followed by a goal is the means of that goal, not speech analytics', () => {
    check([
      ['de', 'Das Gespräch wird aufgezeichnet und automatisch ausgewertet, um Ihre Bestellung abzuwickeln.', { records: true, purposes: ['service-provision'] }],
      ['fr', "L'appel est enregistré et analysé automatiquement pour traiter votre demande.", { records: true, purposes: ['service-provision'] }],
      ['es', 'La llamada se graba y se analiza automáticamente para gestionar su solicitud.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Calls are recorded and analysed automatically to handle your request.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Het gesprek wordt opgenomen en automatisch geanalyseerd om uw vraag af te handelen.', { records: true, purposes: ['service-provision'] }],
      // with no goal, or with topics named, it stays speech analytics
      ['de', 'Das Gespräch wird aufgezeichnet und automatisch ausgewertet.', { purposes: ['speech-analytics'] }],
      ['en', 'Calls are recorded and analysed automatically for recurring topics.', { purposes: ['speech-analytics'] }],
      ['fr', 'Vos appels sont enregistrés et analysés automatiquement par mots-clés pour repérer les sujets fréquents.', { purposes: ['speech-analytics'] }],
    ]);
  });

  it('§2 de a compound recording noun and the transcript are kept forms of the call; "weder … noch" negates both', () => {
    check([
      ['de', 'Sprachaufnahmen Ihrer Anrufe werden vier Wochen gespeichert.', { records: true, denies: false }],
      ['de', 'Wird mitgeschnitten? Nein — weder Tonaufnahmen noch Transkripte werden gespeichert.', { records: false, denies: true }],
      ['de', 'Weder Sprachaufnahmen noch Transkriptionen werden von uns aufbewahrt.', { records: false, denies: true }],
      ['de', 'Eine Transkription wird gespeichert, um Ihre Bestellung abzuwickeln.', { records: true, purposes: ['service-provision'] }],
    ]);
  });
});

describe('readings reclint settles beyond the guide (docs/notice-reading.md)', () => {
  it('R1 a welcome or the name of the line, team or service reached names no purpose, unless its sentence says the recording serves it', () => {
    check([
      ['en', 'Thank you for calling the Fraud Prevention Team, this call is recorded.', { records: true, purposes: [] }],
      ['en', 'Welcome to the complaints line, calls are recorded to help train our staff.', { purposes: ['staff-training'] }],
      ['nl', 'Welkom bij de afdeling klachtenbehandeling, dit gesprek wordt opgenomen.', { records: true, purposes: [] }],
      ['nl', 'U bent verbonden met het fraudeteam, wij nemen dit gesprek op om fraude te voorkomen.', { purposes: ['fraud-prevention'] }],
      ['de', 'Willkommen bei der Beschwerdestelle der Stadtwerke, das Gespräch wird aufgezeichnet.', { records: true, purposes: [] }],
      ['fr', 'Bienvenue au service des réclamations, votre appel est enregistré.', { records: true, purposes: [] }],
      ['es', 'Bienvenido al área de reclamaciones, su llamada está siendo grabada.', { records: true, purposes: [] }],
      ['es', 'Gracias por llamar al servicio antifraude, esta llamada se graba para prevenir el fraude.', { purposes: ['fraud-prevention'] }],
    ]);
  });

  it('R2 answering the phone, getting in touch, entering in a list are not recording (nl opnemen, de aufnehmen)', () => {
    check([
      ['nl', 'Wij nemen de telefoon zo snel mogelijk op.', { records: false, denies: false }],
      ['nl', 'Onze medewerkers nemen zo spoedig mogelijk op.', { records: false }],
      ['nl', 'Uw oproep kan worden opgenomen of doorgeschakeld.', { records: false }],
      ['nl', 'Neemt u gerust contact met ons op.', { records: false }],
      ['de', 'Gerne nehmen wir Sie in unseren Verteiler auf.', { records: false }],
      ['de', 'Bitte nehmen Sie über das Formular Kontakt mit uns auf.', { records: false }],
      ['nl', 'Wij nemen dit gesprek op.', { records: true }],
      ['de', 'Wir nehmen dieses Gespräch auf.', { records: true }],
    ]);
  });

  it('R3 "nothing is recorded" with no call named is an unconditional denial (nl, en, de, fr, es)', () => {
    check([
      ['nl', 'Op deze lijn wordt niets opgenomen.', { records: false, denies: true }],
      ['en', 'Nothing is recorded on this line.', { records: false, denies: true }],
      ['de', 'Auf dieser Leitung wird nichts aufgezeichnet.', { records: false, denies: true }],
      ['fr', "Rien n'est enregistré sur cette ligne.", { records: false, denies: true }],
      ['es', 'En esta línea no se graba nada.', { records: false, denies: true }],
      // a condition keeps it from denying
      ['en', 'If you press 9, nothing is recorded.', { denies: false }],
    ]);
  });

  it('R4 bare compliance is vague legal compliance; compliance with a named rule, and regulatory requirements, are legal compliance', () => {
    check([
      ['en', 'We record calls for compliance.', { purposes: ['legal-compliance'], vague: true }],
      ['en', 'We record calls to ensure compliance with financial regulations.', { purposes: ['legal-compliance'], vague: false }],
      ['en', 'We record calls to meet our regulatory requirements.', { purposes: ['legal-compliance'], vague: false }],
      ['nl', 'Wij nemen gesprekken op om compliancereden.', { purposes: ['legal-compliance'], vague: true }],
      ['nl', 'Wij nemen gesprekken op om te voldoen aan wet- en regelgeving.', { purposes: ['legal-compliance'], vague: false }],
      ['de', 'Wir zeichnen Gespräche aus Compliance-Gründen auf.', { purposes: ['legal-compliance'], vague: true }],
      ['de', 'Wir zeichnen Gespräche auf, um aufsichtsrechtliche Vorgaben zu erfüllen.', { purposes: ['legal-compliance'], vague: false }],
      ['fr', 'Nous enregistrons les appels pour des raisons de conformité.', { purposes: ['legal-compliance'], vague: true }],
      ['fr', 'Nous enregistrons les appels pour respecter nos obligations réglementaires.', { purposes: ['legal-compliance'], vague: false }],
      ['es', 'Grabamos las llamadas por razones de cumplimiento.', { purposes: ['legal-compliance'], vague: true }],
      ['es', 'Grabamos las llamadas para cumplir la normativa vigente.', { purposes: ['legal-compliance'], vague: false }],
    ]);
  });

  it('R5 analysis purposes are vague and name no purpose; automated analysis of what is said is speech analytics', () => {
    check([
      ['en', 'Your call is recorded for analysis purposes.', { purposes: [], vague: true }],
      ['nl', 'Uw gesprek wordt opgenomen voor analysedoeleinden.', { purposes: [], vague: true }],
      ['de', 'Ihr Gespräch wird zu Analysezwecken gespeichert und aufgezeichnet.', { purposes: [], vague: true }],
      ['fr', "Votre appel est enregistré à des fins d'analyse.", { purposes: [], vague: true }],
      ['es', 'Su llamada se graba con fines de análisis.', { purposes: [], vague: true }],
      ['en', 'Calls are recorded and analysed automatically for recurring topics.', { purposes: ['speech-analytics'] }],
    ]);
  });

  it('R6 a list after a colon, with bullets, continues the recording statement', () => {
    check([
      ['en', 'We may record your call to: • train new advisers; • investigate complaints.', { purposes: ['staff-training', 'complaint-handling'] }],
      ['nl', 'Wij kunnen uw gesprek opnemen om: • nieuwe medewerkers op te leiden; • klachten te onderzoeken.', { purposes: ['staff-training', 'complaint-handling'] }],
      ['de', 'Wir können Ihr Gespräch aufzeichnen, um: • neue Mitarbeiter zu schulen; • Beschwerden zu prüfen.', { purposes: ['staff-training', 'complaint-handling'] }],
      ['fr', 'Nous pouvons enregistrer votre appel pour : • former nos nouveaux conseillers ; • traiter les réclamations.', { purposes: ['staff-training', 'complaint-handling'] }],
      ['es', 'Podemos grabar su llamada para: • formar a los nuevos agentes; • gestionar las reclamaciones.', { purposes: ['staff-training', 'complaint-handling'] }],
    ]);
  });

  it('R7 the call used for a goal is a call kept: it records, when its sentence names the goal', () => {
    check([
      ['en', 'Your conversation may be used to coach our advisers.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Uw gesprek kan worden gebruikt om onze adviseurs te coachen.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Ihr Anruf kann zur Schulung unserer Berater verwendet werden.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Votre appel peut être utilisé pour former nos conseillers.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Su llamada se usa para formar a nuestros asesores.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Your call will be used to send you a reminder.', { records: false }],
    ]);
  });

  it('R8 monitoring or listening in keeps nothing: no recording, but the goal of the listener is read', () => {
    check([
      ['en', 'A supervisor may listen in to help train our staff.', { records: false, purposes: ['staff-training'] }],
      ['nl', 'Een teamleider kan meeluisteren om onze medewerkers te coachen.', { records: false, purposes: ['staff-training'] }],
      ['de', 'Eine Teamleiterin kann zu Schulungszwecken mithören.', { records: false, purposes: ['staff-training'] }],
      ['fr', 'Un responsable peut écouter la conversation pour la formation des conseillers.', { records: false, purposes: ['staff-training'] }],
      ['es', 'Un supervisor puede escuchar la llamada con fines de formación.', { records: false, purposes: ['staff-training'] }],
    ]);
  });

  it('R9 a purpose said of the caller\'s data processed in general covers the recording; a statement about the data that uses it for nothing names none', () => {
    check([
      ['en', 'This call is recorded. We use your personal information to handle your request.', { purposes: ['service-provision'] }],
      ['en', 'This call is recorded. We take the protection of your data seriously.', { purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen. Uw persoonsgegevens gebruiken wij om uw aanvraag af te handelen.', { purposes: ['service-provision'] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet. Ihre Daten verarbeiten wir, um Ihren Auftrag abzuwickeln.', { purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré. Vos données sont traitées pour gérer votre demande.', { purposes: ['service-provision'] }],
      ['es', 'Esta llamada se graba. Sus datos se tratan con la finalidad de gestionar su solicitud.', { purposes: ['service-provision'] }],
    ]);
  });

  it('R10 a verb of enabling opens the goal of the sentence before it ("This helps us…", "Cela nous permet de…")', () => {
    check([
      ['en', 'We record calls. This allows us to resolve complaints quickly.', { purposes: ['complaint-handling'] }],
      ['nl', 'Wij nemen gesprekken op. Dat helpt ons klachten sneller op te lossen.', { purposes: ['complaint-handling'] }],
      ['de', 'Wir zeichnen Gespräche auf. Das hilft uns, Beschwerden schneller zu klären.', { purposes: ['complaint-handling'] }],
      ['fr', 'Nous enregistrons les appels. Cela nous permet de traiter plus vite les réclamations.', { purposes: ['complaint-handling'] }],
      ['es', 'Grabamos las llamadas. Esto nos permite resolver antes las reclamaciones.', { purposes: ['complaint-handling'] }],
    ]);
  });

  it('R11 a part of the call left unrecorded is a "not all": the call is recorded, no denial', () => {
    check([
      ['en', 'We do not record the section of the call in which you pay.', { records: true, denies: false }],
      ['nl', 'Het deel van het gesprek waarin u betaalt, nemen wij niet op.', { records: true, denies: false }],
      ['de', 'Den Abschnitt des Gesprächs, in dem Sie bezahlen, zeichnen wir nicht auf.', { records: true, denies: false }],
      ['fr', "Nous n'enregistrons pas la partie de la conversation pendant laquelle vous payez.", { records: true, denies: false }],
      ['es', 'No grabamos la parte de la conversación en la que usted paga.', { records: true, denies: false }],
      ['en', 'We do not record any part of your call.', { records: false, denies: true }],
    ]);
  });

  it('R12 a purpose before a negated one shares the recording verb: the call is recorded for it (§4, §5)', () => {
    check([
      ['de', 'Gespräche werden zur Qualitätssicherung, jedoch nie für Werbung aufgezeichnet.', { records: true, purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden voor kwaliteitscontrole, maar nooit voor marketing opgenomen.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Für Werbung zeichnen wir Ihr Gespräch nicht auf.', { records: false, denies: false, purposes: [] }],
    ]);
  });

  it('R13 abbreviations end no sentence (z. B., u. a., e.g., bijv., p. ex., p. ej.)', () => {
    check([
      ['de', 'Wir zeichnen Gespräche z. B. zur Schulung auf.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Gespräche zeichnen wir u. a. zur Betrugsprävention auf.', { records: true, purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden bijv. opgenomen voor training.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Calls are recorded, e.g. for training.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés, p. ex. pour la formation.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban, p. ej. para la formación.', { records: true, purposes: ['staff-training'] }],
    ]);
  });

  it('R14 follow-up, information and data-protection purposes are vague with no purpose; traceability is evidence', () => {
    check([
      ['en', 'Calls are recorded for information purposes.', { purposes: [], vague: true }],
      ['fr', 'Cet appel est enregistré à titre informatif.', { purposes: [], vague: true }],
      ['de', 'Das Gespräch wird zu Informationszwecken aufgezeichnet.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba con fines informativos.', { purposes: [], vague: true }],
      ['en', 'Calls are recorded for data protection purposes.', { purposes: [], vague: true }],
      ['es', 'Grabamos las llamadas por trazabilidad.', { purposes: ['evidence'] }],
      ['fr', 'Les appels sont enregistrés pour des raisons de traçabilité.', { purposes: ['evidence'] }],
      ['fr', 'Les appels sont enregistrés à des fins de contrôle.', { purposes: ['quality-assurance'], vague: true }],
    ]);
  });

  it('R15 reasons said to be several and then listed ("including", "such as", "darunter", "notamment") stay vague: the list is not all of them', () => {
    check([
      ['en', 'We record calls for several reasons, including fraud prevention.', { purposes: ['fraud-prevention'], vague: true }],
      ['nl', 'Wij nemen gesprekken op om verschillende redenen, waaronder fraudepreventie.', { purposes: ['fraud-prevention'], vague: true }],
      ['de', 'Wir zeichnen Gespräche aus mehreren Gründen auf, darunter zur Betrugsprävention.', { purposes: ['fraud-prevention'], vague: true }],
    ]);
  });

  it('R16 the caller\'s user name, IP address, opinion or a form field recorded is a recording of something else', () => {
    check([
      ['de', 'Ihre Meinung wurde aufgezeichnet.', { records: false }],
      ['en', 'Your username and IP address are recorded to prevent misuse.', { records: false }],
      ['nl', 'Extra velden kunnen worden opgenomen voor later gebruik.', { records: false }],
    ]);
  });
  it('R17 reference purposes (to refer back to what was said, unspecific) are vague evidence', () => {
    check([
      ['en', 'We may record this call for future reference.', { purposes: ['evidence'], vague: true }],
      ['nl', 'Wij nemen dit gesprek op ter referentie.', { purposes: ['evidence'], vague: true }],
      ['de', 'Wir zeichnen dieses Gespräch zu Referenzzwecken auf.', { purposes: ['evidence'], vague: true }],
      ['fr', 'Nous enregistrons cet appel à titre de référence.', { purposes: ['evidence'], vague: true }],
      ['es', 'Grabamos esta llamada como referencia.', { purposes: ['evidence'], vague: true }],
    ]);
  });

  it('R18 the call is named across paired prepositions ("calls to and from", "van en naar", "von und zu"); an appointment registered is not the call', () => {
    check([
      ['en', 'Calls to and from our branches may be recorded.', { records: true }],
      ['nl', 'Gesprekken van en naar onze vestigingen kunnen worden opgenomen.', { records: true }],
      ['de', 'Anrufe von und zu unseren Filialen können aufgezeichnet werden.', { records: true }],
      ['fr', 'Votre rendez-vous du 3 juin est bien enregistré.', { records: false }],
    ]);
  });
  it('R19 improvement purposes with nothing named to improve are vague quality assurance; documenting the caller\'s claim is evidence', () => {
    check([
      ['en', 'We record calls for improvement purposes.', { purposes: ['quality-assurance'], vague: true }],
      ['nl', 'Wij nemen gesprekken op voor verbeterdoeleinden.', { purposes: ['quality-assurance'], vague: true }],
      ['de', 'Wir zeichnen Gespräche zu Verbesserungszwecken auf.', { purposes: ['quality-assurance'], vague: true }],
      ['fr', "Nous enregistrons les appels à des fins de formation et d'amélioration.", { purposes: ['staff-training', 'quality-assurance'], vague: true }],
      ['es', 'Grabamos las llamadas con fines de mejora.', { purposes: ['quality-assurance'], vague: true }],
      ['de', 'Wir zeichnen das Gespräch auf, um Ihren Schaden zu dokumentieren.', { purposes: ['evidence'] }],
      ['en', 'We record the call to document your claim.', { purposes: ['evidence'] }],
    ]);
  });

  it('R20 a system that listens for signs of frustration infers emotion: emotion recognition, no recording', () => {
    check([
      ['en', 'Our system listens for signs that you may be upset.', { records: false, purposes: ['emotion-recognition'] }],
    ]);
  });
  it('R21 a work recorded for broadcast (album, podcast, film) and a software call logged are no recording of the call', () => {
    check([
      ['nl', 'Onze nieuwe podcast wordt volgende week opgenomen.', { records: false }],
      ['es', 'El disco fue grabado en un estudio de Sevilla.', { records: false }],
      ['fr', "Chaque appel à l'API est enregistré dans le journal du serveur.", { records: false }],
      ['es', 'Cada llamada a la API queda registrada en el log.', { records: false }],
      ['en', 'Calls are recorded to show what was agreed.', { records: true }],
      ['es', 'Esta videollamada será grabada.', { records: true }],
    ]);
  });

  it('R22 a later sentence that refers back to the recording ("We do this", "Dit doen wij", "Hierfür") is its purpose clause, and its list shares the preposition', () => {
    check([
      ['en', 'Your call is recorded. We do this for the coaching of our staff and the improvement of our service.', { records: true, purposes: ['staff-training', 'quality-assurance'] }],
      // "This is done", "This is to …" refer back; they introduce no speaker ("This is Priya" does)
      ['en', 'Calls are recorded. This is done to improve our service.', { records: true, purposes: ['quality-assurance'] }],
      ['en', 'Calls are recorded. This is to help us train our staff.', { records: true, purposes: ['staff-training'] }],
      ['en', 'This is Priya from the fraud team. Calls are recorded.', { records: true, purposes: [] }],
      ['nl', 'Gesprekken worden opgenomen. Dit gebeurt om onze dienstverlening te verbeteren.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Gespräche werden aufgezeichnet. Das geschieht, um unseren Service zu verbessern.', { records: true, purposes: ['quality-assurance'] }],
      ['fr', 'Les appels sont enregistrés. Cela se fait pour améliorer notre service.', { records: true, purposes: ['quality-assurance'] }],
      ['es', 'Las llamadas se graban. Esto se hace para mejorar nuestro servicio.', { records: true, purposes: ['quality-assurance'] }],
      ['nl', 'Wij nemen dit gesprek op. Dat doen we ten behoeve van de scholing van ons team en het verbeteren van onze service.', { records: true, purposes: ['staff-training', 'quality-assurance'] }],
      ['de', 'Das Telefonat wird aufgezeichnet. Wir tun dies zur Schulung unseres Teams und zur Verbesserung unseres Service.', { records: true, purposes: ['staff-training', 'quality-assurance'] }],
      ['fr', "Votre appel est enregistré. Nous le faisons pour la formation de notre équipe et l'amélioration de nos services.", { records: true, purposes: ['staff-training', 'quality-assurance'] }],
      ['es', 'Su llamada se graba. Lo hacemos para la formación de nuestro equipo y la mejora de nuestros servicios.', { records: true, purposes: ['staff-training', 'quality-assurance'] }],
      // with no recording before it, "we do this" refers to nothing
      ['en', 'We do this for the training of our staff.', { records: false }],
    ]);
  });

  it('R23 a negated use of the recording for a purpose says the call is recorded and excludes that purpose; it is no denial', () => {
    check([
      ['en', 'We never use the recording of your call for advertising.', { records: true, denies: false, purposes: [] }],
      ['nl', 'Wij gebruiken de opname van uw gesprek nooit voor reclame.', { records: true, denies: false, purposes: [] }],
      ['de', 'Wir nutzen die Aufzeichnung Ihres Gesprächs niemals für Werbung.', { records: true, denies: false, purposes: [] }],
      ['fr', "Nous n'utilisons jamais l'enregistrement de votre appel pour de la publicité.", { records: true, denies: false, purposes: [] }],
      ['es', 'Nunca utilizamos la grabación de su llamada para publicidad.', { records: true, denies: false, purposes: [] }],
      const_excluded('en', 'We never use the recording of your call for advertising.', 'marketing'),
      const_excluded('fr', "Nous n'utilisons jamais l'enregistrement de votre appel pour de la publicité.", 'marketing'),
    ].filter((r): r is [NoticeLang, string, Reading] => r !== null));
  });

  it('R24 a service verb with the caller\'s own matter, whatever its noun, is service provision; not their data, call or complaint', () => {
    check([
      ['en', 'We record calls to deal with your insurance renewal.', { purposes: ['service-provision'] }],
      ['en', 'We record calls to process your personal data lawfully.', { purposes: [] }],
      ['nl', 'Wij nemen gesprekken op om uw verhuizing af te handelen.', { purposes: ['service-provision'] }],
      ['nl', 'Wij nemen gesprekken op om uw klacht af te handelen.', { purposes: ['complaint-handling'] }],
      ['de', 'Wir zeichnen Gespräche auf, um Ihre Umbuchung zu bearbeiten.', { purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen Gespräche zur Abwicklung Ihrer Kündigung auf.', { purposes: ['service-provision'] }],
      ['fr', 'Nous enregistrons les appels pour gérer votre déménagement.', { purposes: ['service-provision'] }],
      ['fr', 'Nous enregistrons les appels pour traiter vos éventuelles réclamations.', { purposes: ['complaint-handling'] }],
      ['es', 'Grabamos las llamadas para tramitar su mudanza.', { purposes: ['service-provision'] }],
      ['es', 'Grabamos las llamadas para gestionar su queja.', { purposes: ['complaint-handling'] }],
    ]);
  });

  it('R25 training or coaching "of our (new) <people>" is staff training whatever the job title; not of our customers, patients or AI', () => {
    check([
      ['nl', 'Gesprekken worden opgenomen voor de begeleiding van onze nieuwe apothekersassistenten.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor de begeleiding van onze patiënten.', { purposes: [] }],
      ['en', 'Calls are recorded for the mentoring of our new paralegals.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zur Begleitung unserer neuen Zahnarzthelferinnen aufgezeichnet.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zur Begleitung unserer Kunden aufgezeichnet.', { purposes: [] }],
      ['fr', "Les appels sont enregistrés pour l'accompagnement de nos nouveaux pharmaciens.", { purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban para el acompañamiento de nuestros nuevos fisioterapeutas.', { purposes: ['staff-training'] }],
    ]);
  });

  it('R26 a clause-final "nicht"/"niet" before the last verb negates its clause, and a short list item before a coordinator belongs to it', () => {
    check([
      ['de', 'Gespräche werden zur Qualitätssicherung aufgezeichnet – zur Beurteilung einzelner Beschäftigter werden sie nicht herangezogen oder verwendet.', { purposes: ['quality-assurance'] }],
      ['de', 'Ihr Anruf wird zur Schulung aufgezeichnet; für Werbung oder Marktforschung nutzen wir ihn nicht.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor kwaliteitsbewaking; voor reclame of marktonderzoek worden ze niet gebruikt.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('R27 answering or calling back the caller is service provision (the goal after "transcribed")', () => {
    check([
      ['en', 'Your call is recorded and transcribed so that we can reply to you.', { purposes: ['service-provision'] }],
      ['nl', 'Uw gesprek wordt opgenomen en uitgeschreven om u te kunnen terugbellen.', { purposes: ['service-provision'] }],
      ['de', 'Ihr Anruf wird aufgezeichnet und transkribiert, damit wir Ihnen antworten können.', { purposes: ['service-provision'] }],
      ['fr', 'Votre appel est enregistré et transcrit afin que nous puissions vous rappeler.', { purposes: ['service-provision'] }],
      ['es', 'Su llamada se graba y se transcribe para poder responderle.', { purposes: ['service-provision'] }],
    ]);
  });

  it('R28 conformity with a data-protection law names no purpose, however long the name of the law', () => {
    check([
      ['fr', "Les appels peuvent être enregistrés pour la formation, conformément à la loi canadienne sur la protection des renseignements personnels.", { purposes: ['staff-training'] }],
      ['en', 'Calls are recorded for training, in line with the UK General Data Protection Regulation.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor training, conform de regels van de Algemene Verordening Gegevensbescherming.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden gemäß den Vorgaben des Bundesdatenschutzgesetzes zur Schulung aufgezeichnet.', { purposes: ['staff-training'] }],
    ]);
  });

  it('R29 "No," answering a question about recording denies; "not recorded by default" negates the default, not the recording', () => {
    check([
      ['en', 'Do you record my calls? No, calls with our tutors are not recorded.', { records: false, denies: true }],
      ['nl', 'Worden mijn gesprekken opgenomen? Nee, gesprekken met onze artsen worden niet opgenomen.', { records: false, denies: true }],
      ['de', 'Werden meine Beratungen aufgezeichnet? Nein, Beratungsgespräche werden nicht aufgezeichnet.', { records: false, denies: true }],
      ['fr', 'Mes appels sont-ils enregistrés ? Non, les appels avec nos juristes ne sont pas enregistrés.', { records: false, denies: true }],
      ['es', '¿Se graban mis consultas? No, las consultas no se graban.', { records: false, denies: true }],
      // the opt-out answer stays an opt-out
      ['en', 'Would you rather not be recorded? Then we will not record this call.', { records: true, denies: false }],
      ['en', 'Video calls are not recorded by default, only at your request.', { records: true, denies: false }],
      ['nl', 'Videogesprekken worden standaard niet opgenomen, alleen op uw verzoek.', { records: true, denies: false }],
      ['de', 'Videogespräche werden standardmäßig nicht aufgezeichnet, nur auf Ihren Wunsch.', { records: true, denies: false }],
      ['fr', 'Les appels vidéo ne sont pas enregistrés par défaut, seulement à votre demande.', { records: true, denies: false }],
      ['es', 'Las videollamadas no se graban por defecto, solo si usted lo solicita.', { records: true, denies: false }],
    ]);
  });

  it('R30 a listener\'s goal is read beside a denial; helping staff improve is staff training', () => {
    check([
      ['en', 'A team leader may listen in to help our agents improve. Calls are not recorded.', { denies: true, purposes: ['staff-training'] }],
      ['nl', 'Een teamleider kan meeluisteren om onze adviseurs te helpen hun gesprekken te verbeteren. Er wordt niets opgenomen.', { denies: true, purposes: ['staff-training'] }],
      ['de', 'Eine Teamleitung kann mithören, um unseren Beratern zu helfen, sich zu verbessern. Es wird nichts aufgezeichnet.', { denies: true, purposes: ['staff-training'] }],
      ['fr', 'Un responsable peut écouter pour aider nos conseillers à progresser. Rien n\'est enregistré.', { denies: true, purposes: ['staff-training'] }],
      ['es', 'Un supervisor puede escuchar la llamada para ayudar a nuestros asesores a mejorar. No se graba nada.', { denies: true, purposes: ['staff-training'] }],
      // a listener with no goal names none
      ['en', 'Calls are not recorded, but a supervisor may listen in.', { denies: true, purposes: [] }],
    ]);
  });

  it('R31 emotion in everyday words ("sound annoyed", "gereizt klingen") is emotion recognition', () => {
    check([
      ['en', 'Calls are recorded and our software flags callers who sound upset.', { purposes: ['emotion-recognition'] }],
      ['nl', 'Gesprekken worden opgenomen en de software signaleert wanneer u boos klinkt.', { purposes: ['emotion-recognition'] }],
      ['de', 'Gespräche werden aufgezeichnet; die Software merkt, wenn Anrufer verärgert klingen.', { purposes: ['emotion-recognition'] }],
      ['fr', 'Les appels sont enregistrés et le logiciel repère les clients qui semblent énervés.', { purposes: ['emotion-recognition'] }],
      ['es', 'Las llamadas se graban y el programa detecta si el cliente parece enfadado.', { purposes: ['emotion-recognition'] }],
    ]);
  });

  it('R32 the goal as a resulting state ("so that the agreements are documented") is evidence', () => {
    check([
      ['en', 'We record this call so that the agreements on your repayment plan are documented.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen dit gesprek op zodat de afspraken over uw betalingsregeling vastliggen.', { purposes: ['evidence'] }],
      ['de', 'Wir zeichnen das Gespräch auf, damit die Absprachen zur Ratenzahlung festgehalten sind.', { purposes: ['evidence'] }],
      ['fr', 'Nous enregistrons cet appel pour que les engagements sur votre échéancier soient consignés.', { purposes: ['evidence'] }],
      ['es', 'Grabamos esta llamada para que los acuerdos sobre su plan de pagos consten por escrito.', { purposes: ['evidence'] }],
    ]);
  });

  it('R33 verifying the account before sharing details, and the police as the recorder, name no purpose', () => {
    check([
      ['en', 'This call may be recorded. I will need to verify your account before we continue.', { purposes: [] }],
      ['en', 'The police record every call to this number.', { purposes: [] }],
      ['en', 'Recordings may be passed to the police.', { purposes: ['staff-safety'] }],
    ]);
  });

  it('R34 an AI assistant adapted or optimised after its errors is AI training, without the word "train"', () => {
    check([
      ['en', 'Calls are recorded and the chatbot is adjusted where it made mistakes.', { purposes: ['ai-training'] }],
      ['de', 'Gespräche werden aufgezeichnet, damit der Sprachassistent verbessert werden kann.', { purposes: ['ai-training'] }],
      ['nl', 'Gesprekken worden opgenomen zodat de voicebot kan worden verbeterd.', { purposes: ['ai-training'] }],
      ['fr', 'Les appels sont enregistrés afin que le chatbot soit amélioré.', { purposes: ['ai-training'] }],
      ['es', 'Las llamadas se graban para que el asistente virtual sea mejorado.', { purposes: ['ai-training'] }],
    ]);
  });

  it('R35 a colon that opens a list of sentence items carries the recording statement over them', () => {
    check([
      ['en', 'All calls are recorded. A recording is only listened to when: A complaint has to be investigated. There is a threat to the safety of our staff. It helps in the coaching of our team.', { records: true, purposes: ['complaint-handling', 'staff-safety', 'staff-training'] }],
      ['nl', 'Alle gesprekken worden opgenomen. Een opname wordt alleen beluisterd als: Er een klacht onderzocht moet worden. Er sprake is van een bedreiging van ons personeel. Het helpt bij de coaching van ons team.', { records: true, purposes: ['complaint-handling', 'staff-safety', 'staff-training'] }],
      ['de', 'Alle Anrufe werden aufgezeichnet. Eine Aufnahme wird nur angehört, wenn: Eine Beschwerde geprüft werden muss. Unsere Mitarbeitenden bedroht werden. Es der Schulung unseres Teams dient.', { records: true, purposes: ['complaint-handling', 'staff-safety', 'staff-training'] }],
      ['fr', "Tous les appels sont enregistrés. Un enregistrement n'est écouté que si : Une réclamation doit être examinée. Nos collaborateurs sont menacés. Cela aide à la formation de notre équipe.", { records: true, purposes: ['complaint-handling', 'staff-safety', 'staff-training'] }],
      ['es', 'Todas las llamadas se graban. Una grabación solo se escucha si: Hay que investigar una reclamación. Nuestro personal recibe amenazas. Sirve para la formación de nuestro equipo.', { records: true, purposes: ['complaint-handling', 'staff-safety', 'staff-training'] }],
      // a colon in a sentence not about recording opens no list of its purposes
      ['en', 'Calls are recorded for training. Other questions: Visit our website to make a complaint.', { purposes: ['staff-training'] }],
    ]);
  });

  it('R36 a consultation or a session with a person is a call; a session of an event is not', () => {
    check([
      ['en', 'Your consultation may be recorded.', { records: true }],
      ['en', 'The session with your advisor is recorded for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['en', 'The recording of the webinar session is on our website.', { records: false }],
      ['nl', 'Uw consult kan worden opgenomen.', { records: true }],
      ['nl', 'De sessie met uw adviseur wordt opgenomen voor trainingsdoeleinden.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Ihre Beratung kann aufgezeichnet werden.', { records: true }],
      ['de', 'Die Sitzung mit Ihrem Berater wird zu Schulungszwecken aufgezeichnet.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Votre consultation peut être enregistrée.', { records: true }],
      ['fr', 'La séance avec votre conseiller est enregistrée à des fins de formation.', { records: true, purposes: ['staff-training'] }],
      ['fr', "Un cookie peut être enregistré sur votre appareil lors de la consultation d'un site.", { records: false }],
      ['es', 'Su consulta puede ser grabada.', { records: true }],
      ['es', 'La sesión con su asesor se graba con fines de formación.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Esta sesión del curso se graba y se publica en la plataforma.', { records: false }],
    ]);
  });

  it('§3 checking that calls or requests are handled correctly is quality assurance, not carrying the request out', () => {
    check([
      ['en', 'We record our calls to make sure every enquiry is dealt with properly.', { records: true, purposes: ['quality-assurance'] }],
      ['en', 'Conversations are recorded so that we can check they were correctly handled.', { records: true, purposes: ['quality-assurance'] }],
      ['nl', 'Wij nemen gesprekken op om te controleren of meldingen goed worden afgehandeld.', { records: true, purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen zodat wij kunnen nagaan of bellers netjes te woord worden gestaan.', { records: true, purposes: ['quality-assurance'] }],
      // handling the request itself stays service provision
      ['en', 'We record calls to handle your request.', { purposes: ['service-provision'] }],
    ]);
  });

  it('§3 sales leads are marketing; giving the caller the information they called for is service provision', () => {
    check([
      ['en', 'Calls to our sales line are recorded to help us qualify new leads.', { records: true, purposes: ['marketing'] }],
      ['en', 'We record calls for lead generation.', { records: true, purposes: ['marketing'] }],
      ['en', 'We record calls to follow up sales leads.', { purposes: ['marketing'], vague: false }],
      ['en', 'Calls are recorded so that we can provide you with the information you requested.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Calls are recorded to send you product information.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen om leads op te volgen.', { records: true, purposes: ['marketing'] }],
      ['nl', 'Wij nemen gesprekken op voor leadgeneratie.', { records: true, purposes: ['marketing'] }],
      ['nl', 'Het gesprek wordt opgenomen zodat wij u de gevraagde informatie kunnen sturen.', { records: true, purposes: ['service-provision'] }],
      // "information purposes" stays vague (R14); the right information is the quality of the service
      ['en', 'Calls are recorded for information purposes.', { purposes: [], vague: true }],
      ['en', 'Calls are recorded to make sure our advisers give you accurate information.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om te controleren of wij u de juiste informatie geven.', { purposes: ['quality-assurance'] }],
    ]);
  });

  it('R50 a call reviewed or retrieved is a call kept; "not reviewed unless:" affirms the goals of its list', () => {
    check([
      ['en', 'A call will not be retrieved unless: a complaint must be investigated; we need to establish the facts.', { records: true, denies: false, purposes: ['complaint-handling', 'evidence'] }],
      ['en', 'Calls are only accessed for the detection of crime.', { records: true, purposes: ['fraud-prevention'] }],
      ['nl', 'Een gesprek wordt niet teruggeluisterd, tenzij: een klacht onderzocht moet worden; de feiten moeten worden vastgesteld.', { records: true, denies: false, purposes: ['complaint-handling', 'evidence'] }],
      ['nl', 'Gesprekken worden alleen opgevraagd voor het opsporen van misdrijven.', { records: true, purposes: ['fraud-prevention'] }],
      ['de', 'Ein Gespräch wird nur abgerufen, wenn: eine Beschwerde geprüft werden muss; Betrug aufgedeckt werden soll.', { records: true, denies: false, purposes: ['complaint-handling', 'fraud-prevention'] }],
      ['fr', "Un appel n'est pas consulté, sauf : pour traiter une réclamation ; en cas de fraude.", { records: true, denies: false, purposes: ['complaint-handling', 'fraud-prevention'] }],
      ['es', 'Una llamada no se revisa salvo que: haya que investigar una reclamación; para prevenir el fraude.', { records: true, denies: false, purposes: ['complaint-handling', 'fraud-prevention'] }],
      // a call reviewed for no goal keeps nothing said
      ['en', 'Your call will be reviewed.', { records: false }],
    ]);
  });

  it('R21 logins and sign-ins recorded are events logged, not the call', () => {
    check([
      ['en', 'Every sign-in to your account is recorded to protect you.', { records: false, purposes: [] }],
      ['en', 'Failed login attempts are logged for security reasons.', { records: false }],
      ['nl', 'Alle inlogpogingen worden vastgelegd voor uw veiligheid.', { records: false, purposes: [] }],
      ['nl', 'Elke login op uw account wordt opgenomen om fraude te voorkomen.', { records: false }],
      // a login named in another sentence leaves the call recorded
      ['en', 'Calls are recorded for your protection. Please log in to our website to see your bill.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });
});

describe('round 8 de fr es', () => {
  it('R62 lawfulness inside a condition on this recording limits it; it is not the law in general', () => {
    check([
      ['de', 'Ein Mitschnitt des Telefonats findet nur statt, sofern er gesetzlich zulässig ist.', { records: true, denies: false }],
      ['de', 'Wir zeichnen Gespräche auf, soweit das rechtlich zulässig ist.', { records: true }],
      ['fr', "Les conversations sont enregistrées, sauf lorsque c'est interdit.", { records: true }],
      ['fr', "Les appels sont enregistrés sauf si la loi l'interdit.", { records: true, purposes: [] }],
      ['es', 'Grabamos las conversaciones salvo que esté prohibido.', { records: true }],
      ['en', 'Calls may be recorded where it is legal to record them.', { records: true }],
      ['nl', 'Gesprekken worden opgenomen voor zover dat niet verboden is.', { records: true, denies: false }],
      // the law first, or the recording inside the condition: the law in general, this call is not recorded
      ['de', 'Wenn Sie ein Telefonat ohne Zustimmung mitschneiden, ist das strafbar.', { records: false }],
      ['es', 'Es ilegal grabar una llamada si la otra parte no lo sabe.', { records: false }],
      ['en', 'It is illegal to record a call if the other party does not know.', { records: false }],
    ]);
  });
  it('§3 the quality or satisfaction assessed is quality assurance; the quality of staff work assessed is employee evaluation (fr "évaluer", with or without the clitic "en")', () => {
    check([
      ['fr', 'Nous enregistrons nos échanges pour en évaluer la qualité.', { records: true, purposes: ['quality-assurance'] }],
      ['fr', "Les conversations sont enregistrées pour l'évaluation de la qualité de nos prestations.", { purposes: ['quality-assurance'] }],
      ['fr', 'Les appels sont enregistrés afin d\'évaluer la satisfaction de nos clients.', { purposes: ['quality-assurance'] }],
      ['fr', 'Les appels sont enregistrés pour évaluer la qualité du travail de nos conseillers.', { purposes: ['employee-evaluation'] }],
      ['fr', 'Les appels sont enregistrés pour évaluer nos conseillers.', { purposes: ['employee-evaluation'] }],
      ['de', 'Gespräche werden aufgezeichnet, um deren Qualität zu beurteilen.', { purposes: ['quality-assurance'] }],
      ['es', 'Las llamadas se graban para evaluar su calidad.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it('R63 a default or a time limit that opens the sentence takes the negation after it: no denial (R29 fronted)', () => {
    check([
      ['fr', "Par défaut, nous n'enregistrons pas vos échanges ; à votre demande, l'appel est conservé.", { records: true, denies: false }],
      ['fr', "Par défaut, aucun appel n'est enregistré.", { records: true, denies: false }],
      ['de', 'Standardmäßig werden Telefonate nicht mitgeschnitten.', { records: true, denies: false }],
      ['de', 'Standardmäßig zeichnen wir nichts auf.', { denies: false }],
      ['es', 'Por defecto, no grabamos sus conversaciones.', { records: true, denies: false }],
      ['es', 'De forma predeterminada, sus llamadas no se graban.', { denies: false }],
      ['en', 'By default, we do not record your calls.', { records: true, denies: false }],
      ['nl', 'Standaard nemen wij uw gesprekken niet op.', { records: true, denies: false }],
      // a default in another sentence leaves the denial standing
      ['fr', "Nous n'enregistrons pas les appels. Par défaut, la ligne est ouverte de 9 h à 17 h.", { denies: true }],
    ]);
  });
  it('R64 recordings offered to watch or replay ("here are the recordings") are of past events, not this call', () => {
    check([
      ['es', 'Aquí tienes las grabaciones de nuestras sesiones de grupo.', { records: false }],
      ['es', '¿Te lo perdiste? Aquí te dejamos las grabaciones de las llamadas de la comunidad.', { records: false }],
      ['fr', 'Voici les enregistrements des appels collectifs de la semaine.', { records: false }],
      ['fr', 'Retrouvez ici les enregistrements de nos appels de groupe.', { records: false }],
      ['de', 'Hier finden Sie die Aufzeichnungen unserer Gruppentelefonate.', { records: false }],
      ['de', 'Nicht dabei gewesen? Hier sind die Aufzeichnungen der letzten Calls.', { records: false }],
      // the recording of this call stays a recording
      ['es', 'Esta llamada se graba; la grabación se conserva un mes.', { records: true }],
      ['fr', "L'enregistrement de votre appel est conservé un mois.", { records: true }],
    ]);
  });
  it('R50 German "es sei denn:" and its list is a condition, not a denial (a conditional of several words)', () => {
    check([
      ['de', 'Ein Telefonat wird nicht ausgewertet, es sei denn: Eine Beschwerde muss geprüft werden. Es besteht eine Bedrohung für unsere Beschäftigten.', { records: true, denies: false, purposes: ['complaint-handling', 'staff-safety'] }],
      ['de', 'Gespräche werden nicht abgerufen, es sei denn: zur Aufdeckung von Betrug; zur Klärung einer Reklamation.', { records: true, denies: false }],
      ['de', 'Wir zeichnen nicht auf, es sei denn, Sie stimmen ausdrücklich zu.', { denies: false }],
      // with no condition the denial stands
      ['de', 'Wir zeichnen Ihre Gespräche nicht auf.', { denies: true }],
    ]);
  });
  it('R50 establishing the facts, finding out what happened, is evidence (de fr es)', () => {
    check([
      ['de', 'Gespräche werden aufgezeichnet, um im Zweifel den Hergang nachvollziehen zu können.', { purposes: ['evidence'] }],
      ['de', 'Ein Mitschnitt wird nur abgerufen, um Tatsachen festzustellen.', { records: true, purposes: ['evidence'] }],
      ['fr', 'Nous enregistrons les appels afin de pouvoir établir les faits en cas de besoin.', { purposes: ['evidence'] }],
      ['fr', "L'enregistrement peut être consulté pour comprendre ce qui s'est passé.", { purposes: ['evidence'] }],
      ['es', 'Grabamos las conversaciones para poder esclarecer los hechos.', { purposes: ['evidence'] }],
      ['es', 'La grabación se revisa para saber qué pasó durante la llamada.', { purposes: ['evidence'] }],
    ]);
  });
  it('§3 es an analysis of sentiment, emotion or mood is emotion recognition (singular or plural)', () => {
    check([
      ['es', 'Guardamos la grabación para un análisis de sentimiento.', { records: true, purposes: ['emotion-recognition'] }],
      ['es', 'Las conversaciones se graban para analizar el sentimiento de los clientes.', { purposes: ['emotion-recognition'] }],
      ['es', 'La llamada se graba y se analizan las emociones de su voz.', { purposes: ['emotion-recognition'] }],
    ]);
  });
});

describe('round 8 en nl', () => {
  it('R24 in Dutch: words between the caller\'s matter and the verb cluster at the clause end (§4)', () => {
    check([
      ['nl', 'Wij nemen dit gesprek op, zodat wij uw verhuizing naar het nieuwe adres snel kunnen regelen.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Het gesprek wordt opgenomen om uw bestelling van vorige week alsnog te verwerken.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen zodat wij uw schademelding aan de auto zorgvuldig kunnen afwikkelen.', { records: true, purposes: ['service-provision'] }],
      // the caller's data, call or complaint stays what it was (R24)
      ['nl', 'Wij nemen gesprekken op om uw gegevens op de juiste manier te verwerken.', { purposes: [] }],
      ['nl', 'Uw consult kan worden opgenomen om klachten af te handelen.', { purposes: ['complaint-handling'] }],
    ]);
  });

  it('R51 assessing the caller\'s own request is service provision, not employee evaluation', () => {
    check([
      ['en', 'Calls are recorded so that we can review your claim.', { records: true, purposes: ['service-provision'] }],
      ['en', 'We record this call to evaluate your request for a refund.', { purposes: ['service-provision'] }],
      ['nl', 'Het gesprek wordt opgenomen zodat wij uw declaratie zorgvuldig kunnen beoordelen.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Wij nemen op om uw verzoek om een vergoeding goed te kunnen beoordelen.', { purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen das Gespräch auf, um Ihren Antrag auf Kostenübernahme zu prüfen.', { records: true, purposes: ['service-provision'] }],
      ['de', 'Das Gespräch wird zur Beurteilung Ihres Antrags aufgezeichnet.', { purposes: ['service-provision'] }],
      ['fr', "L'appel est enregistré pour l'examen de votre dossier.", { records: true, purposes: ['service-provision'] }],
      ['fr', "L'appel est enregistré afin d'évaluer votre demande.", { purposes: ['service-provision'] }],
      ['es', 'La llamada se graba para estudiar su solicitud de préstamo.', { records: true, purposes: ['service-provision'] }],
      ['es', 'La llamada se graba para la evaluación de su expediente.', { purposes: ['service-provision'] }],
      // an employee's performance stays employee evaluation
      ['en', 'Calls are recorded to evaluate the performance of our advisers.', { purposes: ['employee-evaluation'] }],
      ['nl', 'Wij nemen op om het werk van onze medewerkers te beoordelen.', { purposes: ['employee-evaluation'] }],
    ]);
  });

  it('§3 evidence: an account or a note of anything, everything or whatever is agreed or discussed (R32)', () => {
    check([
      ['en', 'Your call is recorded so that we keep a faithful account of everything we discuss with you.', { records: true, purposes: ['evidence'] }],
      ['en', 'We record calls so there is a note of anything agreed about your account.', { records: true, purposes: ['evidence'] }],
      ['en', 'Calls are recorded so that we have a summary of what was arranged.', { purposes: ['evidence'] }],
      // "anything" with no agreement is no proof
      ['en', 'Please tell us anything you need. Calls are recorded for training purposes.', { purposes: ['staff-training'] }],
    ]);
  });

  it('§4 a Dutch compound counts by its head at a linking -s-: "samenvatting van het hypotheekadvies", "uw hulpvraag beantwoorden"', () => {
    check([
      ['nl', 'Wij nemen dit gesprek op en maken er een samenvatting van het verzekeringsadvies van voor u.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Het gesprek wordt opgenomen zodat u een verslag van het adviesgesprek per e-mail krijgt.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Wij nemen gesprekken op om uw klantvragen goed te kunnen beantwoorden.', { records: true, purposes: ['service-provision'] }],
    ]);
  });

  it('R61 in en and nl: the caller\'s matter made, passed on or delivered; the matter itself as the goal', () => {
    check([
      ['en', 'We record calls so that we can raise a repair job for you.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Your call is recorded so we can forward your query to the right specialist.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Calls are recorded to email you a confirmation of the next steps.', { purposes: ['service-provision'] }],
      ['en', 'This call is recorded for your booking.', { purposes: ['service-provision'] }],
      ['nl', 'Wij nemen dit gesprek op om een ticket voor u aan te maken.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Het gesprek wordt opgenomen zodat wij uw verzoek aan de juiste afdeling kunnen doorgeven.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Wij nemen op om u na afloop een bevestiging per e-mail toe te sturen.', { purposes: ['service-provision'] }],
      ['nl', 'Dit gesprek wordt opgenomen voor uw bestelling.', { purposes: ['service-provision'] }],
      // an offer sent is marketing; a thank-you names no goal; "for your security" stays fraud prevention
      ['en', 'Calls are recorded to send you our best offers.', { purposes: ['marketing'] }],
      ['en', 'Thank you for your order. Calls are recorded for training.', { purposes: ['staff-training'] }],
      ['nl', 'Bedankt voor uw aanvraag. Dit gesprek wordt opgenomen voor trainingsdoeleinden.', { purposes: ['staff-training'] }],
      ['nl', 'Dit gesprek wordt opgenomen voor uw veiligheid.', { purposes: ['fraud-prevention'] }],
    ]);
  });

  it('R52 disciplinary proceedings with no employee named are evidence; R53 a person who records to listen back is personal use', () => {
    check([
      ['en', 'Recordings may be kept as evidence in disciplinary proceedings.', { records: true, purposes: ['evidence'] }],
      ['en', 'We record calls for use in disciplinary hearings.', { purposes: ['evidence'] }],
      ['en', 'Recordings may be used in disciplinary action against staff.', { purposes: ['employee-evaluation'] }],
      ['nl', 'Opnames kunnen worden gebruikt in een tuchtzaak of disciplinaire procedure.', { records: true, purposes: ['evidence'] }],
      ['de', 'Aufzeichnungen können in Disziplinarverfahren als Beweis dienen.', { purposes: ['evidence'] }],
      ['fr', 'Les enregistrements peuvent servir de preuve dans une procédure disciplinaire.', { purposes: ['evidence'] }],
      ['es', 'Las grabaciones pueden usarse como prueba en un procedimiento disciplinario.', { purposes: ['evidence'] }],
      ['en', 'I record our call so I can listen back to it later.', { records: true, purposes: ['personal-use'] }],
      ['nl', 'Ik neem het gesprek op zodat ik het later kan terugluisteren.', { records: true, purposes: ['personal-use'] }],
      ['nl', 'Ik neem dit gesprek op, zodat ik het thuis nog eens rustig kan beluisteren.', { purposes: ['personal-use'] }],
      // an organisation listening back names no purpose
      ['nl', 'Wij nemen gesprekken op om ze later terug te luisteren.', { purposes: [] }],
      ['en', 'We record calls so that we can listen back later.', { purposes: [] }],
      // a summary made for the caller or their family is delivered to the caller (R61)
      ['en', 'Your calls are recorded. We use them to write a summary for your carer.', { purposes: ['service-provision'] }],
    ]);
  });
});

describe('round 9 de fr es', () => {
  it('R16, R21 in de fr es: logins and sign-ins logged are events, not the call', () => {
    check([
      ['fr', 'Chaque connexion au portail est enregistrée pour des raisons de sécurité.', { records: false }],
      ['fr', 'Les tentatives de connexion sont enregistrées.', { records: false }],
      ['fr', 'Votre appel est enregistré. Connexion en cours.', { records: true }],
      ['de', 'Jede Anmeldung wird aus Sicherheitsgründen protokolliert und gespeichert.', { records: false }],
      ['de', 'Alle Loginversuche werden aufgezeichnet.', { records: false }],
      ['es', 'Cada inicio de sesión se registra y se conserva por motivos de seguridad.', { records: false }],
      ['es', 'Todos los accesos a la plataforma se graban por seguridad.', { records: false }],
      ['es', 'Su llamada se graba por motivos de seguridad.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });

  it('R61 in de fr es: a summary or the minutes of the caller\'s meeting made from the recording, content made for the caller', () => {
    check([
      ['fr', 'L\'entretien est enregistré pour en rédiger une synthèse.', { records: true, purposes: ['service-provision'] }],
      ['fr', 'Notre échange téléphonique est enregistré afin d\'en établir le compte rendu.', { purposes: ['service-provision'] }],
      ['fr', 'Votre appel est enregistré pour vous envoyer un résumé.', { purposes: ['service-provision'] }],
      ['de', 'Das Gespräch wird aufgezeichnet, um ein Protokoll der Sitzung anzufertigen.', { records: true, purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen die Beratung auf, damit wir eine Gesprächsnotiz verfassen können.', { purposes: ['service-provision'] }],
      ['de', 'Das Telefonat wird aufgezeichnet. Aus dem Mitschnitt erstellen wir anschließend eine Zusammenfassung für Sie.', { purposes: ['service-provision'] }],
      ['de', 'Die Aufnahme wird nur zur Erstellung einer Zusammenfassung genutzt.', { purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen das Gespräch auf, um Unterlagen für Sie aufzubereiten.', { purposes: ['service-provision'] }],
      // content made for our website is no service to the caller
      ['de', 'Wir zeichnen das Gespräch auf, um Inhalte für unsere Website zu erstellen.', { purposes: [] }],
      ['es', 'La consulta se graba para hacerle un resumen.', { records: true, purposes: ['service-provision'] }],
      ['es', 'Grabamos la llamada para elaborar la minuta de nuestra entrevista.', { purposes: ['service-provision'] }],
    ]);
  });

  it('§5 in es: "antes de nada", "antes que nada" (first of all) negate nothing', () => {
    check([
      ['es', 'Te escribo por tu pedido y, antes de nada, te informo de que esta llamada se graba para mejorar nuestro servicio.', { records: true, denies: false, purposes: ['quality-assurance'] }],
      ['es', 'Antes que nada, le recordamos que la conversación se graba con fines de formación.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Antes de la llamada no grabamos nada.', { denies: true }],
    ]);
  });

  it('R80 customer-service purposes are vague service provision; internal analysis and administrative management are vague', () => {
    check([
      ['es', 'Grabamos esta conversación con fines de atención a nuestros clientes.', { records: true, purposes: ['service-provision'], vague: true }],
      ['es', 'La llamada se graba para el análisis interno de la campaña.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba para fines de formación y gestión administrativa.', { purposes: ['staff-training'], vague: true }],
      ['es', 'La llamada se graba para la gestión administrativa de su expediente.', { purposes: ['service-provision'], vague: false }],
      ['es', 'Grabamos la llamada para mejorar la atención al cliente.', { purposes: ['quality-assurance'], vague: false }],
      ['fr', 'Vos appels sont enregistrés à des fins de relation client.', { records: true, purposes: ['service-provision'], vague: true }],
      ['fr', 'L\'appel est enregistré pour une analyse interne.', { purposes: [], vague: true }],
      ['fr', 'L\'appel est enregistré pour la gestion administrative de votre dossier.', { purposes: ['service-provision'], vague: false }],
      ['de', 'Telefonate werden zu Kundenservicezwecken mitgeschnitten.', { records: true, purposes: ['service-provision'], vague: true }],
      ['de', 'Wir zeichnen das Gespräch für eine interne Auswertung auf.', { purposes: [], vague: true }],
      ['en', 'Calls are recorded for customer service purposes.', { purposes: ['service-provision'], vague: true }],
    ]);
  });

  it('R81 a bare recording word beside another thing recorded (camera surveillance, an ECG) refers to it', () => {
    check([
      ['de', 'Der Eingangsbereich ist videoüberwacht. Die Aufzeichnung dient der Sicherheit.', { records: false, purposes: [] }],
      ['de', 'Das Armband misst Ihre Herzfrequenz. Die Aufzeichnung ersetzt kein EKG.', { records: false }],
      ['de', 'Unser Eingang ist videoüberwacht. Ihr Anruf wird zu Schulungszwecken aufgezeichnet.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Die Aufzeichnung dient der Qualitätssicherung.', { records: true, purposes: ['quality-assurance'] }],
      ['fr', 'Nos locaux sont sous vidéosurveillance. L\'enregistrement sert à la sécurité des biens.', { records: false, purposes: [] }],
      ['fr', 'Nos locaux sont sous vidéosurveillance. Votre appel est enregistré pour la formation de nos conseillers.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Nuestras instalaciones cuentan con videovigilancia. La grabación se usa por motivos de seguridad.', { records: false, purposes: [] }],
      ['es', 'La tienda dispone de cámaras. Su llamada se graba para mejorar la calidad del servicio.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });

  it('R82 the assistant adapted in a sentence of its own, after the recording, is AI training', () => {
    check([
      ['de', 'Alle Telefonate werden aufgezeichnet. Anhand von Fehlern wird der Sprachassistent laufend optimiert.', { records: true, purposes: ['ai-training'] }],
      ['de', 'Unsere Datenschutzerklärung wurde angepasst. Gespräche werden aufgezeichnet.', { records: true, purposes: [] }],
      ['fr', 'Les appels sont enregistrés. Les erreurs sont relevées et l\'assistant vocal est ajusté en conséquence.', { records: true, purposes: ['ai-training'] }],
      ['es', 'Las llamadas se graban. Revisamos los errores y el asistente virtual se ajusta en consecuencia.', { records: true, purposes: ['ai-training'] }],
    ]);
  });
});

describe('round 9 en nl', () => {
  it('R70 the caller\'s treatment or care is service provision, specific; customer care purposes stay vague', () => {
    check([
      ['en', 'Telehealth consultations may be recorded for treatment purposes.', { purposes: ['service-provision'], vague: false }],
      ['en', 'We record this call to help plan your ongoing care.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Your call is recorded for customer care purposes.', { purposes: ['service-provision'], vague: true }],
      ['nl', 'Het consult wordt opgenomen voor behandeldoeleinden.', { records: true, purposes: ['service-provision'], vague: false }],
      ['nl', 'Wij nemen het gesprek op ten behoeve van uw verdere behandeling.', { purposes: ['service-provision'] }],
      ['de', 'Das Gespräch wird zu Behandlungszwecken aufgezeichnet.', { records: true, purposes: ['service-provision'] }],
      ['fr', 'La consultation avec votre médecin est enregistrée à des fins thérapeutiques.', { purposes: ['service-provision'] }],
      ['es', 'La llamada se graba con fines médicos.', { records: true, purposes: ['service-provision'] }],
      // "the treatment of your data" in French is processing, and names nothing here
      ['fr', 'Votre appel est enregistré. Le traitement de vos données est confidentiel.', { purposes: [] }],
    ]);
  });
  it('R71 a service that meets expectations is quality assurance; continuous improvement of nothing named is vague', () => {
    check([
      ['en', 'We record calls to make sure our advice meets the expectations of our clients.', { records: true, purposes: ['quality-assurance'], vague: false }],
      ['en', 'Recordings support our continuous improvement.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'Calls are recorded for the ongoing improvement of our helpline service.', { purposes: ['quality-assurance'], vague: false }],
      ['nl', 'Wij nemen op zodat onze adviezen aan uw verwachtingen blijven voldoen.', { purposes: ['quality-assurance'], vague: false }],
      ['nl', 'Opnames worden gebruikt voor voortdurende verbetering.', { purposes: ['quality-assurance'], vague: true }],
      ['de', 'Wir zeichnen Gespräche zur laufenden Verbesserung auf.', { purposes: ['quality-assurance'], vague: true }],
      ['fr', 'Nous enregistrons les appels pour que nos conseils répondent à vos attentes.', { purposes: ['quality-assurance'] }],
      ['es', 'Grabamos las llamadas como parte de nuestra mejora continua.', { purposes: ['quality-assurance'], vague: true }],
    ]);
  });
  it('R11 plural parts of the call with no article, named by what happens in them, are a "not all"; "any parts" still denies', () => {
    check([
      ['en', 'Sections of the call during which you are on hold are not recorded.', { records: true, denies: false }],
      ['en', 'Portions of your call when you key in your PIN are not recorded.', { records: true, denies: false }],
      ['en', 'We do not record any parts of your call.', { denies: true }],
      ['nl', 'Delen van het gesprek waarin u in de wacht staat, worden niet opgenomen.', { records: true, denies: false }],
      ['nl', 'Er worden geen delen van het gesprek opgenomen.', { denies: true }],
    ]);
  });
  it('R72 product and consumer research is marketing, as market research is', () => {
    check([
      ['en', 'Interviews are recorded for product research.', { purposes: ['marketing'] }],
      ['en', 'We record these calls as part of our consumer studies.', { purposes: ['marketing'] }],
      ['nl', 'Het interview wordt opgenomen voor consumentenonderzoek.', { purposes: ['marketing'] }],
      ['de', 'Das Gespräch wird für Produktforschung aufgezeichnet.', { purposes: ['marketing'] }],
      ['fr', 'L\'appel est enregistré pour une étude consommateurs.', { purposes: ['marketing'] }],
      ['es', 'La llamada se graba para una investigación de producto.', { purposes: ['marketing'] }],
    ]);
  });
  it('R73 a recording posted, uploaded or put online is publication; educational content is no staff training', () => {
    check([
      ['en', 'This call is recorded and uploaded to our Vimeo page.', { purposes: ['publication'] }],
      ['en', 'Your call is recorded and may be posted online.', { records: true, purposes: ['publication'] }],
      ['en', 'This call is recorded and may be used in our educational videos, published on our website.', { purposes: ['publication'] }],
      ['en', 'Calls are recorded for educational purposes.', { purposes: ['staff-training'] }],
      ['nl', 'De opname van dit gesprek wordt op ons YouTube-kanaal geplaatst.', { records: true, purposes: ['publication'] }],
      ['nl', 'Het gesprek wordt opgenomen en kan online worden gezet als educatieve video.', { purposes: ['publication'] }],
      ['de', 'Die Aufzeichnung wird auf unserem YouTube-Kanal veröffentlicht.', { purposes: ['publication'] }],
      ['fr', 'L\'enregistrement de cet appel sera publié sur notre chaîne YouTube.', { purposes: ['publication'] }],
      ['es', 'La grabación de esta llamada se publicará en nuestro canal de YouTube.', { purposes: ['publication'] }],
    ]);
  });
  it('R74 the organisation\'s file, records or archive of the call is evidence; "our own records" stays vague', () => {
    check([
      ['en', 'We record this conversation for our tender file.', { purposes: ['evidence'] }],
      ['en', 'Recordings are kept on file.', { purposes: ['evidence'] }],
      ['en', 'Calls are recorded for our own files.', { purposes: [], vague: true }],
      ['nl', 'Wij nemen het gesprek op voor ons klantdossier.', { purposes: ['evidence'] }],
      ['nl', 'Het gesprek wordt opgenomen voor ons dossier.', { purposes: ['evidence'] }],
      ['de', 'Das Gespräch wird für unsere Akten aufgezeichnet.', { purposes: ['evidence'] }],
      ['fr', 'L\'appel est enregistré pour nos archives.', { purposes: ['evidence'] }],
      ['es', 'La llamada se graba para nuestros registros.', { purposes: ['evidence'] }],
    ]);
  });
  it('R75 the requirements of a named act, directive or regulation are legal compliance; "your requirements" name none', () => {
    check([
      ['en', 'Calls are recorded because of Financial Services requirements.', { purposes: ['legal-compliance'] }],
      ['en', 'Recording is needed to satisfy the obligations under the Telecommunications Act.', { purposes: ['legal-compliance'] }],
      ['en', 'We record this call to understand your requirements.', { purposes: [] }],
      ['nl', 'Wij nemen gesprekken op vanwege de eisen van de Wet op het financieel toezicht.', { purposes: ['legal-compliance'] }],
      ['de', 'Wir zeichnen Gespräche aufgrund der Anforderungen des Zahlungsdiensteaufsichtsgesetzes auf.', { purposes: ['legal-compliance'] }],
      ['fr', 'Les appels sont enregistrés en raison des exigences de la directive sur les services de paiement.', { purposes: ['legal-compliance'] }],
      ['es', 'Las llamadas se graban por los requisitos de la Directiva de Servicios de Pago.', { purposes: ['legal-compliance'] }],
    ]);
  });
  it('R76 a bare service noun as the goal (scheduling, bookings, appointments) is service provision', () => {
    check([
      ['en', 'We record calls for training and scheduling.', { purposes: ['service-provision', 'staff-training'] }],
      ['en', 'Calls to this line are recorded for appointment booking.', { purposes: ['service-provision'] }],
      ['en', 'For appointments, press 1. Calls are recorded for training.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor de planning van afspraken.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen voor het vastleggen van afspraken.', { purposes: ['evidence'] }],
    ]);
  });
  describe('final records', () => {
    it('R90 a law that allows, rules or differs, as the subject, speaks of recording in general; "as the law permits" limits this recording', () => {
      check([
        ['nl', 'De wet staat het opnemen van telefoongesprekken onder voorwaarden toe.', { records: false, denies: false, purposes: [] }],
        ['en', 'The law on recording phone calls varies from country to country.', { records: false, denies: false, purposes: [] }],
        ['de', 'Das Gesetz regelt das Aufzeichnen von Telefongesprächen.', { records: false, denies: false }],
        ['fr', 'La loi encadre l\'enregistrement des conversations téléphoniques.', { records: false, denies: false, purposes: [] }],
        ['es', 'La ley regula la grabación de llamadas telefónicas.', { records: false, denies: false, purposes: [] }],
        ['en', 'Calls are recorded as the law permits.', { records: true }],
        ['nl', 'Gesprekken worden opgenomen, zoals de wet regelt.', { records: true }],
        ['fr', 'Les appels sont enregistrés comme la loi l\'autorise.', { records: true }],
        ['es', 'Las llamadas se graban como permite la ley.', { records: true }],
        ['de', 'Gespräche werden aufgezeichnet, wie das Gesetz es erlaubt.', { records: true }],
      ]);
    });
    it('§2 the line the caller is on is the call in every pack; a transcription noun is a kept form of the call', () => {
      check([
        ['nl', 'Deze lijn wordt niet opgenomen.', { records: false, denies: true }],
        ['nl', 'Op deze lijn wordt niets bewaard.', { records: false, denies: true }],
        ['nl', 'Blijf aan de lijn, uw gesprek wordt zo snel mogelijk opgenomen.', { records: false, denies: false }],
        ['de', 'Diese Leitung wird nicht aufgezeichnet.', { records: false, denies: true }],
        ['en', 'This line is not recorded.', { records: false, denies: true }],
        ['fr', 'Cette ligne n\'est pas enregistrée.', { records: false, denies: true }],
        ['es', 'Esta línea no se graba.', { records: false, denies: true }],
        ['fr', 'L\'appel peut faire l\'objet d\'une retranscription.', { records: true, denies: false }],
        ['fr', 'La transcription de votre message vocal est envoyée par e-mail.', { records: false }],
      ]);
    });
    it('R91 "nothing is kept / stored" denies as "nothing is recorded" does; a condition, a consent or a time limit beside it does not', () => {
      check([
        ['nl', 'Op deze lijn wordt niets bewaard.', { records: false, denies: true }],
        ['en', 'Nothing is stored.', { records: false, denies: true }],
        ['de', 'Es wird nichts gespeichert.', { records: false, denies: true }],
        ['fr', 'Rien n\'est conservé.', { records: false, denies: true }],
        ['es', 'No se guarda nada.', { records: false, denies: true }],
        ['en', 'If you press 9, nothing is stored.', { records: true, denies: false }],
        ['nl', 'Er wordt niets bewaard zonder uw toestemming.', { denies: false }],
        ['fr', 'Nous ne conservons rien au-delà de trente jours.', { records: true, denies: false }],
        ['en', 'You don\'t need to do anything; your details are stored.', { records: false, denies: false }],
      ]);
    });
    it('R92 a negated keep phrase that holds its own purpose word ("ne gardons aucune trace") denies; a negated use beside the recording does not', () => {
      check([
        ['fr', 'Nous ne gardons aucune trace de cet appel.', { records: false, denies: true, purposes: [] }],
        ['fr', 'Nous ne gardons pas de trace de cet appel.', { records: false, denies: true }],
        ['fr', 'Nous gardons une trace de cet appel.', { records: true, purposes: ['evidence'] }],
        ['de', 'Das Gespräch wird aufgezeichnet und nicht für Werbung verwendet.', { records: true, denies: false }],
        ['de', 'Für Marktforschung speichern wir Ihr Gespräch nicht.', { denies: false }],
      ]);
    });
    it('es "grabación en curso" is recording in progress, not a course recorded', () => {
      check([
        ['es', 'Grabación en curso.', { records: true, denies: false }],
        ['es', 'La grabación del curso está disponible en la web.', { records: false }],
        ['en', 'Recording in progress.', { records: true }],
        ['fr', 'Enregistrement en cours.', { records: true }],
      ]);
    });
  });
});

describe('final vague', () => {
  it('R95 improving with nothing named to improve is vague quality assurance; improving a thing named stays specific', () => {
    check([
      ['en', 'Your call may be recorded to help us improve.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'We record calls so we can keep improving.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'Your call may be recorded to help us improve our service.', { purposes: ['quality-assurance'], vague: false }],
      ['nl', 'Wij nemen dit gesprek op zodat we kunnen verbeteren.', { purposes: ['quality-assurance'], vague: true }],
      ['nl', 'Wij nemen dit gesprek op om onze dienstverlening te verbeteren.', { purposes: ['quality-assurance'], vague: false }],
      ['de', 'Dieses Gespräch wird aufgezeichnet, um uns ständig zu verbessern.', { purposes: ['quality-assurance'], vague: true }],
      ['de', 'Dieses Gespräch wird aufgezeichnet, um unseren Service zu verbessern.', { purposes: ['quality-assurance'], vague: false }],
      ['fr', 'Votre appel est enregistré afin de nous améliorer.', { purposes: ['quality-assurance'], vague: true }],
      ['fr', 'Votre appel est enregistré afin d\'améliorer notre service.', { purposes: ['quality-assurance'], vague: false }],
      ['es', 'Su llamada se graba para ayudarnos a mejorar.', { purposes: ['quality-assurance'], vague: true }],
      ['es', 'Su llamada se graba para ayudarnos a mejorar nuestro servicio.', { purposes: ['quality-assurance'], vague: false }],
    ]);
  });
  it('R96 business, professional and operational purposes are vague with no purpose; business hours and a business customer are no purpose phrase', () => {
    check([
      ['en', 'This call may be recorded for business purposes.', { purposes: [], vague: true }],
      ['en', 'Our business hours are nine to five. Calls are recorded for training purposes.', { purposes: ['staff-training'], vague: false }],
      ['nl', 'Dit gesprek kan worden opgenomen voor zakelijke doeleinden.', { purposes: [], vague: true }],
      ['nl', 'Voor zakelijke klanten geldt: gesprekken worden opgenomen om uw bestelling te verwerken.', { purposes: ['service-provision'], vague: false }],
      ['de', 'Telefonate werden aus geschäftlichen Gründen aufgezeichnet.', { purposes: [], vague: true }],
      ['de', 'Unsere Geschäftszeiten sind werktags von 8 bis 18 Uhr. Gespräche werden zu Schulungszwecken aufgezeichnet.', { purposes: ['staff-training'], vague: false }],
      ['fr', 'Cet appel peut être enregistré pour des raisons professionnelles.', { purposes: [], vague: true }],
      ['fr', 'Les conversations sont enregistrées pour des raisons opérationnelles.', { purposes: [], vague: true }],
      ['es', 'Esta llamada puede ser grabada por motivos empresariales.', { purposes: [], vague: true }],
      ['es', 'Nuestro horario comercial es de 9 a 18 horas. Las llamadas se graban con fines de formación.', { purposes: ['staff-training'], vague: false }],
    ]);
  });
  it('R97 statistical purposes and bare analysis are vague with no purpose', () => {
    check([
      ['en', 'Calls may be recorded for statistical reasons.', { purposes: [], vague: true }],
      ['en', 'Calls may be recorded for analysis.', { purposes: [], vague: true }],
      ['nl', 'Dit gesprek wordt opgenomen voor statistische doeleinden.', { purposes: [], vague: true }],
      ['de', 'Gespräche werden zu statistischen Zwecken aufgezeichnet.', { purposes: [], vague: true }],
      ['de', 'Das Gespräch wird zu Auswertungszwecken aufgezeichnet.', { purposes: [], vague: true }],
      ['fr', 'Cet appel est enregistré à des fins statistiques.', { purposes: [], vague: true }],
      ['fr', 'Cet appel peut être enregistré pour analyse.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba con fines estadísticos.', { purposes: [], vague: true }],
      ['es', 'La conversación se graba para su análisis.', { purposes: [], vague: true }],
    ]);
  });
  it('R4 legal reasons name the law as the source of the duty: legal compliance, specific', () => {
    check([
      ['en', 'Calls are recorded for legal reasons.', { purposes: ['legal-compliance'], vague: false }],
      ['nl', 'Dit gesprek wordt om juridische redenen opgenomen.', { purposes: ['legal-compliance'], vague: false }],
      ['fr', 'Cet appel est enregistré pour des raisons légales.', { purposes: ['legal-compliance'], vague: false }],
      ['es', 'La llamada se graba por motivos legales.', { purposes: ['legal-compliance'], vague: false }],
    ]);
  });
  it('§3 your protection and ours is your security: fraud prevention', () => {
    check([
      ['en', 'For your protection and ours, calls are recorded.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Voor uw en onze bescherming worden gesprekken opgenomen.', { purposes: ['fraud-prevention'] }],
      ['de', 'Zu Ihrem und unserem Schutz werden Gespräche aufgezeichnet.', { purposes: ['fraud-prevention'] }],
      ['es', 'Por su protección, las llamadas son grabadas.', { purposes: ['fraud-prevention'] }],
    ]);
  });
  it('R24 following up the caller\'s own request is service provision; follow-up with no object stays vague (R14)', () => {
    check([
      ['en', 'We record calls so that we can follow up on your enquiry.', { purposes: ['service-provision'], vague: false }],
      ['en', 'Calls are recorded for follow-up purposes.', { purposes: [], vague: true }],
      ['de', 'Wir zeichnen das Gespräch auf, um Ihren Antrag weiterzuverfolgen.', { purposes: ['service-provision'], vague: false }],
      ['de', 'Das Gespräch wird zur Nachverfolgung aufgezeichnet.', { purposes: [], vague: true }],
      ['fr', 'Les appels sont enregistrés à des fins de suivi.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba para hacer un seguimiento.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba para el seguimiento de su solicitud.', { purposes: ['service-provision'], vague: false }],
    ]);
  });
  it('a goal phrase with a complaint noun after "zur / für / von" keeps the calls as what is recorded (de)', () => {
    check([
      ['de', 'Gespräche werden zur Schulung und zur Bearbeitung von Beschwerden aufgezeichnet.', { records: true, purposes: ['complaint-handling', 'staff-training'] }],
      ['de', 'Anrufe werden zu Qualitätszwecken und für Beschwerden aufgezeichnet.', { records: true }],
      ['de', 'Ihre Beschwerde wurde aufgezeichnet.', { records: false }],
    ]);
  });
  it('§3 improving the speech recognition is ai-training (es)', () => {
    check([
      ['es', 'Las conversaciones se graban para perfeccionar el reconocimiento de voz.', { purposes: ['ai-training'] }],
      ['es', 'Las llamadas se graban y se utilizan para mejorar nuestro reconocimiento del habla.', { purposes: ['ai-training'] }],
    ]);
  });
});

describe('round 10 en nl', () => {
  it('R100 quality or monitoring named beside what is checked is specific; bare quality and slash lists stay vague', () => {
    check([
      ['en', 'We record calls to maintain operational quality.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'Calls are recorded so that we can give you quality answers.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'Calls may be recorded for quality control purposes.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'Calls may be recorded for quality monitoring purposes.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'We may record calls for staff monitoring purposes.', { purposes: ['employee-evaluation'], vague: false }],
      ['en', 'Calls are recorded for quality and training purposes.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
      ['en', 'Calls are recorded for monitoring/quality purposes.', { purposes: ['quality-assurance'], vague: true }],
      ['nl', 'Gesprekken worden opgenomen ter bewaking van de klinische kwaliteit.', { purposes: ['quality-assurance'], vague: false }],
      ['nl', 'Gesprekken worden opgenomen voor operationele kwaliteit.', { purposes: ['quality-assurance'], vague: false }],
      ['nl', 'Gesprekken worden opgenomen voor kwaliteit en training.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
    ]);
  });
  it('R101 bare monitoring as a goal is vague quality assurance; with its object it is specific or another purpose', () => {
    check([
      ['en', 'Calls are recorded for training, monitoring and service improvement.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
      ['en', 'Your call may be recorded for monitoring.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'We record calls for monitoring the quality of our advice.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'Recordings are used in the monitoring of staff performance.', { purposes: ['employee-evaluation'], vague: false }],
      ['nl', 'Gesprekken worden opgenomen voor monitoring.', { purposes: ['quality-assurance'], vague: true }],
      ['nl', 'Gesprekken worden opgenomen voor de monitoring van onze klantenservice.', { purposes: ['quality-assurance'], vague: false }],
    ]);
  });
  it('R102 a list said to be open is vague beside the purposes it names; "not limited to" negates nothing', () => {
    check([
      ['en', 'Calls are recorded for some of the following reasons: coaching; fraud prevention.', { purposes: ['fraud-prevention', 'staff-training'], vague: true }],
      ['en', 'We record calls for purposes including, but not limited to, complaint handling.', { purposes: ['complaint-handling'], vague: true }],
      ['en', 'Recordings are used, among other things, to train our advisers.', { purposes: ['staff-training'], vague: true }],
      ['en', 'We record calls for the following reasons: coaching and fraud prevention.', { purposes: ['fraud-prevention', 'staff-training'], vague: false }],
      ['nl', 'Gesprekken worden onder andere opgenomen om fraude te voorkomen.', { purposes: ['fraud-prevention'], vague: true }],
      ['nl', 'Wij nemen gesprekken op voor doeleinden zoals, maar niet beperkt tot, klachtafhandeling.', { purposes: ['complaint-handling'], vague: true }],
    ]);
  });
  it('R103 a later sentence that extends the keeping of the recording refers back to it; its cases are purposes', () => {
    check([
      ['en', 'We keep recordings for 60 days. This may be extended if a dispute arises.', { records: true, purposes: ['evidence'] }],
      ['en', 'Recordings are held for a year. The retention period can be prolonged to investigate fraud.', { purposes: ['fraud-prevention'] }],
      ['en', 'Calls are recorded. Our opening hours are extended at weekends for training days.', { records: true, purposes: [] }],
    ]);
  });
  it('R104 standards met are quality assurance; the phone system kept working is troubleshooting', () => {
    check([
      ['en', 'Calls may be recorded to demonstrate that our standards are being met.', { purposes: ['quality-assurance'] }],
      ['en', 'We record calls to help us meet our service targets.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls may be recorded to secure the reliable running of our telephone network.', { purposes: ['troubleshooting'] }],
    ]);
  });
  it('R106 helping the caller with their own matter is service provision; not their complaint or data', () => {
    check([
      ['en', 'We record this call to help with your pension transfer.', { purposes: ['service-provision'] }],
      ['en', 'Calls are recorded so that we can support you with your energy switch.', { purposes: ['service-provision'] }],
      ['en', 'We record calls to help with your complaint.', { purposes: ['complaint-handling'] }],
      ['en', 'We record calls to help with your personal data.', { purposes: [] }],
    ]);
  });
  it('R107 the support the caller needs, and contacting the caller again, are service provision', () => {
    check([
      ['en', 'Calls are recorded so we can give you the advice you need.', { purposes: ['service-provision'] }],
      ['en', 'We record calls so that we can get back in touch with you if we are cut off.', { purposes: ['service-provision'] }],
      ['en', 'We record calls and may contact you with special offers.', { purposes: ['marketing'] }],
    ]);
  });
  it('R108 bare audit as a goal is vague legal compliance; a quality audit and an audit trail keep their purposes', () => {
    check([
      ['en', 'Calls are recorded for audit and training.', { purposes: ['legal-compliance', 'staff-training'], vague: true }],
      ['en', 'Recordings support our audits.', { purposes: ['legal-compliance'], vague: true }],
      ['en', 'Calls are recorded for quality audits.', { purposes: ['quality-assurance'], vague: false }],
      ['en', 'Recordings give us an audit trail of your instructions.', { purposes: ['evidence'], vague: false }],
    ]);
  });
  it('R109 concern for the caller\'s safety names no purpose; "for your security" stays fraud prevention', () => {
    check([
      ['en', 'We record calls so that we can ring you back if we are concerned for your wellbeing.', { purposes: ['service-provision'] }],
      ['en', 'Calls are recorded for your security.', { purposes: ['fraud-prevention'] }],
    ]);
  });
});


describe('round 10 de fr es', () => {
  it('R120 German written without umlauts (ae, oe, ue for ä, ö, ü) reads as in the standard spelling', () => {
    check([
      ['de', 'Dieser Anruf wird zu Qualitaetssicherungszwecken aufgezeichnet.', { records: true, purposes: ['quality-assurance'], vague: false }],
      ['de', 'Ihr Gespraech wird fuer Schulungszwecke aufgezeichnet.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Anrufe werden zur Qualitaetskontrolle und zur Betrugspraevention aufgezeichnet.', { purposes: ['fraud-prevention', 'quality-assurance'] }],
      ['de', 'Telefonate werden zu Qualitaets- und Schulungszwecken mitgeschnitten.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
      ['de', 'Dieses Gespraech wird nicht aufgezeichnet.', { records: false, denies: true }],
      // a native "ue" (neue) still reads as written
      ['de', 'Wir zeichnen Gespräche auf, um neue Mitarbeiter zu schulen.', { purposes: ['staff-training'] }],
    ]);
  });

  it('R121 "enregistrer / registrar / grabar" as to register or to save, set by the frame: AS a body, in a register, under a number, a draft, a record in a program', () => {
    check([
      ['fr', 'À ce titre, la société est susceptible d\'être enregistrée en tant qu\'organisme de formation conformément au Code du travail.', { records: false, purposes: [] }],
      ['fr', 'Notre cabinet est enregistré comme intermédiaire en assurance sous le numéro 07 001 234.', { records: false }],
      ['fr', 'L\'appel à projets est enregistré en brouillon ; vous pourrez le publier plus tard.', { records: false, purposes: [] }],
      ['fr', 'L\'appel sera enregistré mais ne sera pas visible.', { records: false }],
      ['fr', 'L\'appel sera enregistré mais ne comptera dans aucun bulletin.', { records: false, denies: false }],
      ['fr', 'Votre appel est enregistré en tant que preuve de votre commande.', { records: true, purposes: ['evidence'] }],
      ['fr', 'Cet appel est enregistré comme l\'exige la réglementation.', { records: true, purposes: ['legal-compliance'] }],
      ['fr', 'Votre appel est enregistré et ne sera pas diffusé.', { records: true, denies: false }],
      ['es', 'La empresa está registrada como entidad de formación en el registro oficial.', { records: false, purposes: [] }],
      ['es', 'La Operación no podrá ser grabada mientras no se ingrese el Participante.', { records: false, denies: false }],
      ['es', 'Una vez revisados los datos, pulse Aceptar para grabar los cambios.', { records: false }],
      ['es', 'La llamada queda registrada como prueba de la operación.', { records: true, purposes: ['evidence'] }],
      ['es', 'Su llamada no será grabada.', { denies: true }],
    ]);
  });

  it('R122 the caller\'s name taken, an online step logged with IP address and browser: another thing recorded (R81)', () => {
    check([
      ['es', 'Necesito grabar su nombre y apellido. Esta grabación se usará en el servicio de directorio.', { records: false }],
      ['es', 'Su aceptación queda registrada con fecha, hora, dirección IP y navegador. Este registro sirve como prueba.', { records: false, purposes: [] }],
      ['es', 'Su llamada se graba. Por favor, indíquenos su nombre.', { records: true }],
      ['fr', 'Après le bip, enregistrez votre nom. Cet enregistrement sera utilisé pour l\'annuaire.', { records: false }],
      ['fr', 'Cette acceptation fait l\'objet d\'un enregistrement horodaté comprenant l\'adresse IP et le navigateur. Cet enregistrement constitue la preuve de l\'acceptation.', { records: false, purposes: [] }],
      ['fr', 'Votre appel est enregistré. Indiquez votre nom et votre adresse IP.', { records: true }],
      ['de', 'Ihre Zustimmung wird mit Datum, Uhrzeit, IP-Adresse und Browser protokolliert. Diese Aufzeichnung dient als Nachweis.', { records: false, purposes: [] }],
    ]);
  });

  it('R123 a wish, a norm or an imagined case says nothing of this call; a colon carries it over; an assurance still denies', () => {
    check([
      ['de', '"Jeder sollte sicher sein, daß die Gespräche, die er führt, nicht abgehört und auch nicht aufgezeichnet werden", so der Bundesbeauftragte.', { records: false, denies: false }],
      ['de', 'Stellen Sie es sich wie eine Telefonrechnung vor: Sie sehen die Nummern, aber Sie haben keine Aufzeichnung des Gesprächs selbst.', { records: false, denies: false }],
      ['de', 'Kunden sollten sich darauf verlassen können, dass Telefonate nicht mitgeschnitten werden.', { records: false, denies: false }],
      ['de', 'Sie können sicher sein, dass Ihr Gespräch nicht aufgezeichnet wird.', { denies: true }],
      ['de', 'Hinweis: Dieses Gespräch wird nicht aufgezeichnet.', { denies: true }],
      ['fr', 'Chacun devrait pouvoir être sûr que ses conversations ne sont pas enregistrées.', { records: false, denies: false }],
      ['fr', 'Imaginez un relevé téléphonique : vous voyez les numéros, mais aucun enregistrement de la conversation.', { records: false, denies: false }],
      ['fr', 'Vous pouvez être sûr que cet appel n\'est pas enregistré.', { denies: true }],
      ['es', 'Todos deberían estar seguros de que sus llamadas no se graban.', { records: false, denies: false }],
      ['es', 'Ojalá esta llamada no se grabe.', { records: false, denies: false }],
      ['es', 'Puede estar seguro de que esta llamada no se graba.', { denies: true }],
    ]);
  });

  it('R124 tracing or reconstructing later what was done is evidence; "Ihr Anliegen nachvollziehen" (understanding it) is not', () => {
    check([
      ['de', 'Die Kreditinstitute schneiden Kundengespräche mit, um die Geschäftsvorgänge später noch nachvollziehen zu können.', { records: true, purposes: ['evidence'] }],
      ['de', 'Gespräche werden aufgezeichnet, um den Bestellvorgang nachvollziehen zu können.', { purposes: ['evidence'] }],
      ['de', 'Wir zeichnen das Gespräch auf, damit wir Ihr Anliegen besser nachvollziehen können.', { purposes: [] }],
      ['fr', 'Cet appel est enregistré afin de pouvoir retracer les opérations effectuées.', { purposes: ['evidence'] }],
      ['es', 'Grabamos la llamada para poder reconstruir la operación si surge una duda.', { purposes: ['evidence'] }],
    ]);
  });

  it('R125 capturing the caller\'s acceptance of an offer is evidence; consent to the recording names nothing', () => {
    check([
      ['es', 'Te advierten de que van a grabar la llamada para recoger cómo aceptas de la oferta.', { records: true, purposes: ['evidence'] }],
      ['es', 'Registramos la llamada si usted lo acepta.', { purposes: [] }],
      ['fr', 'L\'appel est enregistré pour recueillir votre acceptation de l\'offre.', { purposes: ['evidence'] }],
      ['fr', 'Nous recueillons votre accord avant d\'enregistrer l\'appel.', { purposes: [] }],
      ['de', 'Das Telefonat wird aufgezeichnet, um Ihre Annahme des Angebots zu dokumentieren.', { purposes: ['evidence'] }],
    ]);
  });

  it('R126 something sent to the caller, in the passive, is service provision (R61); offers sent are not', () => {
    check([
      ['fr', 'Cet entretien est enregistré ; la transcription et l\'audio vous seront envoyés.', { records: true, purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré. Nos offres vous seront envoyées par courrier.', { purposes: [] }],
      ['es', 'La llamada se graba y se le enviará una copia de la transcripción.', { purposes: ['service-provision'] }],
      ['es', 'Esta llamada se graba. Nuestras ofertas le serán enviadas por correo.', { purposes: [] }],
      ['de', 'Das Gespräch wird aufgezeichnet; die Abschrift wird Ihnen per E-Mail zugesandt.', { purposes: ['service-provision'] }],
      ['de', 'Das Gespräch wird aufgezeichnet. Unsere Angebote werden Ihnen per Post zugeschickt.', { purposes: [] }],
    ]);
  });
});


describe('round 11 en nl', () => {
  it('R110 the role the recording is kept in names its goal; en "record a call" is the verb; nl "als" opens no clause', () => {
    check([
      ['en', 'Our agents record a call as evidence of what we agree with you.', { records: true, purposes: ['evidence'] }],
      ['en', 'Our staff record the conversation as a permanent record.', { records: true, purposes: ['evidence'] }],
      ['en', 'Calls are recorded as a reference.', { records: true, purposes: ['evidence'], vague: true }],
      ['en', 'Our staff record your meter reading.', { records: false, purposes: [] }],
      ['nl', 'Gesprekken worden als bewijs van de gemaakte afspraken opgenomen.', { records: true, purposes: ['evidence'] }],
      ['nl', 'Dit gesprek wordt ter vastlegging opgenomen.', { records: true, purposes: ['evidence'] }],
      ['nl', 'De gemaakte afspraken worden in uw dossier vastgelegd.', { records: false, purposes: [] }],
    ]);
  });
  it('R111 a phrase never joins two items of a list of goals across a comma and a goal marker', () => {
    check([
      ['en', 'This call is recorded as evidence of your claim, to handle complaints, and to train staff.', { purposes: ['complaint-handling', 'evidence', 'staff-training'] }],
      ['en', 'We record calls to handle your booking, and to train staff.', { purposes: ['service-provision', 'staff-training'] }],
      ['nl', 'Dit gesprek wordt opgenomen als bewijs van uw claim, om klachten af te handelen en om medewerkers te trainen.', { purposes: ['complaint-handling', 'evidence', 'staff-training'] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet und automatisch ausgewertet, damit wir Ihr Anliegen bearbeiten können.', { purposes: ['service-provision'] }],
    ]);
  });
  it('R112 the caller\'s matter inside a complaint is the complaint\'s; a matter outside it stays service provision', () => {
    check([
      ['nl', 'Dit gesprek wordt opgenomen om klachten over uw meterstand af te handelen.', { purposes: ['complaint-handling'] }],
      ['nl', 'Gesprekken worden opgenomen zodat wij klachten over uw factuur kunnen afhandelen.', { purposes: ['complaint-handling'] }],
      ['nl', 'Wij nemen gesprekken op om klachten over uw levering af te handelen en uw retour te verwerken.', { purposes: ['complaint-handling', 'service-provision'] }],
      ['en', 'Calls are recorded so that complaints about your booking can be handled.', { purposes: ['complaint-handling'] }],
      ['en', 'We record calls to handle your booking and any complaints.', { purposes: ['complaint-handling', 'service-provision'] }],
    ]);
  });
  it('R113 nl "aangifte" is a police report only when made or of a crime; a declaration is the caller\'s matter', () => {
    check([
      ['nl', 'Dit gesprek wordt opgenomen als bewijs van wat u met ons afspreekt over uw aangifte.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen gesprekken op om uw aangifte inkomstenbelasting te verwerken.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen zodat wij aangifte kunnen doen.', { purposes: ['staff-safety'] }],
      ['nl', 'Wij nemen gesprekken op zodat wij aangifte kunnen doen van intimidatie.', { purposes: ['staff-safety'] }],
      ['nl', 'Gesprekken worden opgenomen om aangifte te kunnen doen van de btw.', { purposes: [] }],
    ]);
  });
  it('R114 the kind of call named by a compound or a modifier is no purpose; the goal clause is', () => {
    check([
      ['nl', 'Interne coachingsgesprekken worden opgenomen voor de beoordeling van medewerkers.', { purposes: ['employee-evaluation'] }],
      ['nl', 'Trainingsgesprekken worden opgenomen.', { records: true, purposes: [] }],
      ['nl', 'Wij nemen gesprekken op om klachtgesprekken beter af te handelen.', { purposes: ['complaint-handling'] }],
      ['en', 'Coaching calls are recorded to assess our employees.', { purposes: ['employee-evaluation'] }],
      ['en', 'Training calls are recorded.', { records: true, purposes: [] }],
      ['en', 'We record calls for coaching.', { purposes: ['staff-training'] }],
      ['en', 'We record all complaint calls to check the quality of our service.', { purposes: ['quality-assurance'] }],
      ['nl', 'Wij nemen alle coachingsgesprekken op.', { records: true, purposes: [] }],
      ['nl', 'Opnames worden gebruikt in coachingsgesprekken met onze medewerkers. Dit gesprek kan daarom worden opgenomen.', { purposes: ['staff-training'] }],
    ]);
  });
});


describe('round 12 de fr es', () => {
  it('R130 the police that records its own calls, and a public body\'s tasks, name no purpose; the police the recording reaches is staff safety', () => {
    check([
      ['de', 'Die Leitstelle der Polizei zeichnet alle Notrufe auf.', { records: true, purposes: [] }],
      ['de', 'Eine Aufzeichnung von Anrufen ist nur zulässig, soweit die Aufzeichnung zur polizeilichen Aufgabenerfüllung erforderlich ist.', { purposes: [] }],
      ['de', 'Die Aufzeichnung kann an die Polizei weitergegeben werden.', { records: true, purposes: ['staff-safety'] }],
      ['fr', 'La police enregistre tous les appels au 17.', { records: true, purposes: [] }],
      ['fr', 'Les appels sont enregistrés pour l\'accomplissement des missions de la gendarmerie.', { purposes: [] }],
      ['fr', 'L\'enregistrement peut être transmis à la police.', { purposes: ['staff-safety'] }],
      ['es', 'La Policía Local graba todas las llamadas al 092.', { records: true, purposes: [] }],
      ['es', 'En caso necesario, la grabación se pondrá a disposición de la policía.', { purposes: ['staff-safety'] }],
    ]);
  });

  it('R131 bare analysis as the goal is vague; a means verb beside the recording is not; an object decides', () => {
    check([
      ['de', 'Das Gespräch wird zur Auswertung aufgezeichnet.', { records: true, purposes: [], vague: true }],
      ['de', 'Das Gespräch wird aufgezeichnet und ausgewertet.', { purposes: [], vague: false }],
      ['de', 'Das Gespräch wird zur Auswertung der Kundenzufriedenheit aufgezeichnet.', { purposes: ['quality-assurance'], vague: false }],
      ['fr', 'La conversation est conservée en vue d\'une analyse ultérieure.', { purposes: [], vague: true }],
      ['fr', 'Votre appel est enregistré pour une analyse de la qualité de nos réponses.', { purposes: ['quality-assurance'], vague: false }],
      ['es', 'La conversación se guarda para un análisis posterior.', { purposes: [], vague: true }],
      ['es', 'La llamada se graba y se analiza.', { purposes: [], vague: false }],
    ]);
  });

  it('R132 the staff\'s work or performance assessed, named or by a pronoun after the staff, is employee evaluation; "nos prestations" stays quality', () => {
    check([
      ['fr', 'Les appels sont enregistrés pour évaluer la prestation de chaque téléconseiller.', { purposes: ['employee-evaluation'] }],
      ['fr', 'Nos conseillers sont informés que les appels enregistrés servent à évaluer leurs prestations.', { purposes: ['employee-evaluation'] }],
      ['fr', 'Les appels sont enregistrés afin d\'évaluer nos prestations.', { purposes: ['quality-assurance'] }],
      ['es', 'Nuestros agentes saben que las llamadas grabadas se usan para evaluar su trabajo.', { purposes: ['employee-evaluation'] }],
      ['es', 'Grabamos las llamadas para evaluar nuestros servicios.', { purposes: ['quality-assurance'] }],
      ['de', 'Die Aufzeichnungen dienen dazu, die Arbeit unserer Kundenberater zu bewerten.', { purposes: ['employee-evaluation'] }],
    ]);
  });

  it('R133 saved with a status or as a workflow state is a record saved, not the call recorded', () => {
    check([
      ['fr', 'L\'appel est enregistré avec le statut Terminé.', { records: false }],
      ['fr', 'L\'entretien est enregistré comme validé dans votre espace.', { records: false }],
      ['fr', 'L\'entretien est enregistré avec votre accord.', { records: true }],
      ['es', 'La llamada se ha guardado con el estado Pendiente.', { records: false }],
      ['es', 'La llamada se graba con su consentimiento.', { records: true }],
      ['de', 'Das Telefonat wurde als abgeschlossen gespeichert.', { records: false }],
      ['de', 'Das Gespräch wird mit Ihrer Zustimmung aufgezeichnet.', { records: true }],
    ]);
  });

  it('R134 a click or a keystroke logged is another thing recorded', () => {
    check([
      ['fr', 'Toutes vos frappes au clavier sont enregistrées pour votre sécurité.', { records: false, purposes: [] }],
      ['fr', 'Votre appel est enregistré pour votre sécurité.', { records: true, purposes: ['fraud-prevention'] }],
      ['es', 'Se graban las pulsaciones de teclado para su seguridad.', { records: false, purposes: [] }],
      ['de', 'Jeder Klick wird zu Ihrer Sicherheit protokolliert.', { records: false, purposes: [] }],
      ['de', 'Ihr Anruf wird zu Ihrer Sicherheit aufgezeichnet.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });

  it('R135 the capabilities or answers of a name shaped as an AI system improved are AI training; the skills of staff are training', () => {
    check([
      ['fr', 'Vos échanges sont enregistrés afin d\'améliorer les réponses de ChatMairie.', { purposes: ['ai-training'] }],
      ['fr', 'Cette conversation est enregistrée pour améliorer les capacités de HelloBot.', { purposes: ['ai-training'] }],
      ['es', 'Esta conversación se guarda para mejorar las capacidades de AyudaBot.', { purposes: ['ai-training'] }],
      ['de', 'Das Gespräch wird gespeichert, um die Antworten von ChatBürger zu verbessern.', { purposes: ['ai-training'] }],
      ['de', 'Das Gespräch wird aufgezeichnet, um die Fähigkeiten unserer Berater zu verbessern.', { purposes: ['staff-training'] }],
    ]);
  });

  it('R136 an invitation to the caller to click or rate: its goal is the caller\'s, not the recording\'s', () => {
    check([
      ['fr', 'Cette conversation est enregistrée. Vous pouvez cliquer sur une étoile pour noter la qualité des réponses.', { records: true, purposes: [] }],
      ['fr', 'Votre appel est enregistré. Nous l\'utilisons pour améliorer la qualité de notre service.', { purposes: ['quality-assurance'] }],
      ['es', 'Esta conversación se graba. Puede pulsar una estrella para valorar la calidad de las respuestas.', { purposes: [] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet. Sie können auf den Daumen klicken, um die Qualität der Antworten zu bewerten.', { purposes: [] }],
    ]);
  });
});


describe('round 12 en nl', () => {
  it('R140 a phrase\'s gap skips an aside set off by commas, whatever its length; never a list item, a goal item or a sentence end (core)', () => {
    check([
      ['en', 'Calls are recorded so that your order, once placed, can be processed.', { purposes: ['service-provision'] }],
      ['en', 'We record this call so that your application, which you sent us online last week, can be handled without delay.', { purposes: ['service-provision'] }],
      ['nl', 'Wij nemen gesprekken op om uw aanvraag, die u online heeft ingediend, af te handelen.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen om uw bestelling, zodra die is geplaatst en betaald, snel te verwerken.', { purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen Gespräche auf, um Ihr Anliegen, das Sie uns schildern, zu bearbeiten.', { purposes: ['service-provision'] }],
      ['fr', 'Nous enregistrons cet appel afin que votre demande, quelle qu\'elle soit, puisse être traitée rapidement.', { purposes: ['service-provision'] }],
      ['es', 'Grabamos la llamada para gestionar, con la mayor rapidez posible, su solicitud.', { purposes: ['service-provision'] }],
      // look-alikes: a goal item (R111), a noun list, a sentence end
      ['en', 'We record calls as proof of your request, to train staff, and so that complaints can be handled.', { purposes: ['complaint-handling', 'evidence', 'staff-training'] }],
      ['nl', 'Wij nemen gesprekken op als bewijs van uw aanvraag, om medewerkers te trainen, en om klachten af te handelen.', { purposes: ['complaint-handling', 'evidence', 'staff-training'] }],
      ['en', 'We record calls about your order, returns, invoices and payments processed by our partners.', { records: true, purposes: [] }],
      ['en', 'Calls about your order, your delivery, and refunds processed by our bank are recorded.', { records: true, purposes: [] }],
      ['en', 'We record calls about your order, once placed. Refunds can be processed online.', { records: true, purposes: [] }],
    ]);
  });
  it('R141 feedback given to the caller is service provision; to staff, training; from the caller, quality', () => {
    check([
      ['en', 'This practice interview is recorded so we can send you feedback on how you did.', { purposes: ['service-provision'] }],
      ['en', 'Your role-play is recorded and feedback is emailed to you the next day.', { purposes: ['service-provision'] }],
      ['en', 'Calls are recorded so we can give feedback to our advisers.', { purposes: ['staff-training'] }],
      ['en', 'We record calls so that you can give us feedback.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls are recorded so we can ask you for feedback about our service.', { purposes: ['quality-assurance'] }],
      ['nl', 'Dit oefengesprek wordt opgenomen zodat wij u achteraf feedback kunnen geven.', { purposes: ['service-provision'] }],
      ['nl', 'Het oefengesprek wordt opgenomen; de feedback wordt daarna aan u gemaild.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen zodat u ons feedback kunt geven.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om onze adviseurs feedback te geven.', { purposes: ['staff-training'] }],
    ]);
  });
  it('R142 a ban on the caller recording neither records nor denies', () => {
    check([
      ['en', 'You must not record this call.', { records: false, denies: false }],
      ['en', 'Patients are not allowed to audio or video record their appointment without the consent of the doctor.', { records: false, denies: false }],
      ['en', 'Please do not record the conversation on your own phone.', { records: false, denies: false }],
      ['en', 'You may not record or film the consultation unless your clinician agrees.', { records: false, denies: false }],
      ['en', 'This call may be recorded for training purposes; you must not record it yourself.', { records: true, purposes: ['staff-training'] }],
      ['en', 'We do not record this call.', { records: false, denies: true }],
      ['en', 'Please note that we record all calls.', { records: true }],
      ['nl', 'Het is niet toegestaan om het consult op te nemen zonder toestemming van de arts.', { records: false, denies: false }],
      ['nl', 'U mag het gesprek met de huisarts niet opnemen.', { records: false, denies: false }],
      ['nl', 'Bellers mogen het telefoongesprek niet zelf opnemen of filmen.', { records: false, denies: false }],
      ['nl', 'Dit gesprek wordt opgenomen voor trainingsdoeleinden. U mag het gesprek zelf niet opnemen.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Wij nemen dit gesprek niet op.', { records: false, denies: true }],
    ]);
  });
  it('R143 a second person present on the call is a listener: their goal is read beside a denial', () => {
    check([
      ['en', 'A second volunteer is present on every call to ensure the quality of our support. Calls are never recorded.', { denies: true, purposes: ['quality-assurance'] }],
      ['en', 'A supervisor may sit in on your call for training purposes. We do not record calls.', { denies: true, purposes: ['staff-training'] }],
      ['en', 'The listening colleague stays silent and is there to check the quality of our advice. This call is not recorded.', { denies: true, purposes: ['quality-assurance'] }],
      ['en', 'Our volunteers are trained to support callers in crisis. Calls are never recorded.', { denies: true, purposes: [] }],
      ['nl', 'Bij elk gesprek is een tweede vrijwilliger aanwezig om de kwaliteit van onze hulp te bewaken. Gesprekken worden nooit opgenomen.', { denies: true, purposes: ['quality-assurance'] }],
      ['nl', 'Een meeluisterende collega is er om de kwaliteit van ons advies te controleren. Dit gesprek wordt niet opgenomen.', { denies: true, purposes: ['quality-assurance'] }],
      ['nl', 'Onze vrijwilligers zijn getraind om bellers in nood te steunen. Gesprekken worden nooit opgenomen.', { denies: true, purposes: [] }],
    ]);
  });
  it('R81 en nl: a bare recording word beside another thing recorded (a camera, an ECG) records no call', () => {
    check([
      ['en', 'Our reception is covered by CCTV. The recording is used for security purposes.', { records: false, purposes: [] }],
      ['en', 'The watch measures your heart rate and produces an ECG. The recording is stored for seven days.', { records: false }],
      ['en', 'Our entrance has camera surveillance. Your call is recorded for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Ons pand is voorzien van cameratoezicht. De opnames worden gebruikt voor beveiliging.', { records: false, purposes: [] }],
      ['nl', 'Video-opnames bewaard. Alle opnames worden bewaard en aan u overhandigd als onderdeel van uw dossier.', { records: false }],
      ['nl', "Onze ingang wordt bewaakt met camera's. Uw gesprek wordt opgenomen voor trainingsdoeleinden.", { records: true, purposes: ['staff-training'] }],
    ]);
  });
});


describe('round 13 de fr es', () => {
  it('R150 the caller asked to record, or told their own recording is saved: a voicemail interaction, not this call recorded', () => {
    check([
      ['de', 'Vielen Dank, Ihre Aufnahme wurde gespeichert.', { records: false, purposes: [] }],
      ['de', 'Ihre persönliche Aufnahme wurde gelöscht.', { records: false }],
      ['de', 'Willkommen bei Ihrer Mailbox. Die Aufnahme startet nach dem Signalton.', { records: false }],
      ['de', 'Dieses Gespräch wird aufgezeichnet. Bitte sprechen Sie nach dem Signalton.', { records: true }],
      ['fr', 'Votre enregistrement a été supprimé.', { records: false }],
      ['fr', 'Au bip sonore, enregistrez votre message puis raccrochez pour terminer l\'enregistrement.', { records: false }],
      ['fr', 'L\'enregistrement commencera après le bip.', { records: false }],
      ['fr', 'Votre appel est enregistré. Au bip, laissez votre message.', { records: true }],
      ['es', 'Gracias, su grabación ha sido enviada.', { records: false }],
      ['es', 'Grabe su saludo después del tono y pulse almohadilla.', { records: false }],
      ['es', 'La grabación comienza después de la señal.', { records: false }],
      ['es', 'Su llamada está siendo grabada.', { records: true }],
    ]);
  });

  it('R151 a law that requires consent or that the caller be told is no duty to record; a duty to record stays legal compliance', () => {
    check([
      ['de', 'Das Gesetz erfordert Ihre Zustimmung zur Aufzeichnung dieses Gesprächs.', { purposes: [] }],
      ['de', 'Nach dem Gesetz müssen wir Sie informieren, dass das Gespräch aufgezeichnet wird.', { records: true, purposes: [] }],
      ['de', 'Wir sind gesetzlich verpflichtet, Gespräche aufzuzeichnen, und informieren Sie darüber.', { records: true, purposes: ['legal-compliance'] }],
      ['fr', 'La loi exige que nous vous informions que cet appel est enregistré.', { records: true, purposes: [] }],
      ['fr', 'La réglementation nous impose de recueillir votre consentement avant d\'enregistrer cet appel.', { purposes: [] }],
      ['fr', 'La loi nous oblige à enregistrer et à vous informer.', { purposes: ['legal-compliance'] }],
      ['es', 'La ley nos obliga a informarle de que esta llamada se graba.', { records: true, purposes: [] }],
      ['es', 'La normativa exige su consentimiento para grabar esta llamada.', { purposes: [] }],
      ['es', 'La ley nos obliga a grabar las llamadas y a informarle de ello.', { purposes: ['legal-compliance'] }],
      ['de', 'Die gesetzlichen Vorschriften verlangen, dass wir Sie über die Aufzeichnung informieren.', { records: true, purposes: [] }],
      ['de', 'Gemäß den gesetzlichen Vorgaben weisen wir Sie darauf hin, dass dieses Gespräch aufgezeichnet wird.', { records: true, purposes: [] }],
      ['de', 'Gemäß den gesetzlichen Vorgaben wird dieses Gespräch aufgezeichnet.', { purposes: ['legal-compliance'] }],
      ['fr', 'Conformément à la réglementation, nous vous informons que cet appel est enregistré.', { records: true, purposes: [] }],
      ['fr', 'Conformément à la réglementation, les appels sont enregistrés.', { purposes: ['legal-compliance'] }],
    ]);
  });

  it('R152 the goal of another act of the speaker, in a sentence that does not speak of recording, is not the recording\'s', () => {
    check([
      ['de', 'Zur Sicherheit müssen wir Ihre Identität prüfen. Dieses Gespräch wird aufgezeichnet.', { records: true, purposes: [] }],
      ['de', 'Dieses Gespräch wird zu Ihrer Sicherheit aufgezeichnet.', { purposes: ['fraud-prevention'] }],
      ['fr', 'Pour votre sécurité, je vais vous poser quelques questions. Votre appel est enregistré.', { records: true, purposes: [] }],
      ['fr', 'Votre appel est enregistré pour votre sécurité. Nous allons vérifier votre identité.', { purposes: ['fraud-prevention'] }],
      ['es', 'Para seguridad, necesito validar al titular. Esta llamada será grabada para fines de calidad.', { purposes: ['quality-assurance'] }],
      ['es', 'Para su seguridad, esta llamada será grabada. Necesito validar al titular.', { purposes: ['fraud-prevention'] }],
    ]);
  });
});

describe('review of rounds 10-13', () => {
  it('R123 a wish governs its clause and the clauses it opens, not a clause with a subject of its own nor words before the marker', () => {
    check([
      ['de', 'Dieses Gespräch wird zur Qualitätssicherung aufgezeichnet, damit wir Ihnen, so hoffen wir, noch besser helfen können.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Ihr Auftrag wurde angenommen und das Gespräch wird aufgezeichnet.', { records: true, denies: false }],
      ['fr', 'Nous espérons vous aider rapidement et cet appel est enregistré pour la formation.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Esta llamada se graba para mejorar la calidad, esperemos que le atendamos bien.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Jeder sollte sicher sein, dass die Gespräche, die er führt, nicht aufgezeichnet werden.', { records: false, denies: false }],
    ]);
  });
});


describe('round 13 en nl', () => {
  it('R122 en nl: the caller\'s own name, greeting or message taken at a prompt or saved by a voicemail is another thing recorded', () => {
    check([
      ['en', 'Please record your message after the tone. Your recording will be sent to the mailbox owner.', { records: false, purposes: [] }],
      ['en', 'After the beep, say your full name. This recording is used in our company directory.', { records: false }],
      ['en', 'Your greeting has been saved. To listen to your recording, press 1.', { records: false }],
      ['en', 'Your call may be recorded for training purposes. Please record your name after the tone.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Your recording stays within our organisation and is not shared with anyone outside it.', { records: true }],
      ['nl', 'Spreek uw bericht in na de piep. De opname wordt naar uw e-mail gestuurd.', { records: false }],
      ['nl', 'Ik moet uw naam opnemen. De opname wordt bewaard.', { records: false }],
      ['nl', 'Uw bericht is verwijderd. Druk 1 om een nieuwe opname te maken.', { records: false }],
      ['nl', 'Dit gesprek wordt opgenomen voor trainingsdoeleinden. Spreek na de toon uw naam in.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Uw gesprek wordt opgenomen en de opname wordt 30 dagen bewaard.', { records: true }],
    ]);
  });
  it('R160 the conference or meeting the caller is in (this, now) is the call; another one is another thing recorded', () => {
    check([
      ['en', 'This meeting is being recorded.', { records: true }],
      ['en', 'Please note: the meeting is now being recorded.', { records: true }],
      ['en', 'This conference call is being recorded.', { records: true }],
      ['en', 'The recording of the conference is on our website.', { records: false }],
      ['en', 'The annual conference will be recorded and published online.', { records: false }],
      ['nl', 'De vergadering wordt nu opgenomen.', { records: true }],
      ['nl', 'Let op: dit overleg wordt opgenomen.', { records: true }],
      ['nl', 'De opname van de vergadering staat op onze website.', { records: false }],
      ['nl', 'Het webinar wordt opgenomen en achteraf gedeeld.', { records: false }],
    ]);
  });
  it('R161 a law that requires consent to, or notice of, the recording names no purpose; a duty to record stays legal compliance', () => {
    check([
      ['en', 'State law requires the consent of both parties to record a phone call. This call is recorded.', { records: true, purposes: [] }],
      ['en', 'Federal regulations require that callers be notified when a call is recorded. This call is being recorded.', { records: true, purposes: [] }],
      ['en', 'By law we must ask for your permission before we record this call. Do you agree?', { records: true, purposes: [] }],
      ['en', 'We are required by law to record this call.', { records: true, purposes: ['legal-compliance'] }],
      ['en', 'Regulations require us to record this call and to tell you so.', { records: true, purposes: ['legal-compliance'] }],
      ['nl', 'De wet verplicht ons u te informeren dat dit gesprek wordt opgenomen.', { records: true, purposes: [] }],
      ['nl', 'Wettelijk moeten wij uw toestemming vragen om dit gesprek op te nemen.', { records: true, purposes: [] }],
      ['nl', 'Wij zijn wettelijk verplicht dit gesprek op te nemen.', { records: true, purposes: ['legal-compliance'] }],
      ['nl', 'De wet verplicht ons om gesprekken op te nemen en u daarover te informeren.', { records: true, purposes: ['legal-compliance'] }],
    ]);
  });
  it('R162 a report of what the caller asked earlier names no goal of the recording; the recording\'s own goal still does', () => {
    check([
      ['en', 'This call is recorded. You asked us yesterday to call you back about your order.', { records: true, purposes: [] }],
      ['en', 'This call may be recorded. You have asked us to help you with your claim.', { purposes: [] }],
      ['en', 'This call is recorded so that we can call you back as you asked.', { purposes: ['service-provision'] }],
      ['nl', 'Dit gesprek wordt opgenomen. U vroeg ons vorige week om u terug te bellen over uw factuur.', { records: true, purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen. U heeft ons gevraagd om uw klacht te bespreken.', { purposes: [] }],
      ['nl', 'Dit gesprek wordt opgenomen om u terug te bellen, zoals u vroeg.', { purposes: ['service-provision'] }],
    ]);
  });
  it('R163 what is said, used in an investigation, proceedings or court, is evidence; a goal verb of investigating is not', () => {
    check([
      ['en', 'This interview is recorded and anything you say may be used in the investigation.', { purposes: ['evidence'] }],
      ['en', 'This conversation is being recorded and your statements may be used in court.', { purposes: ['evidence'] }],
      ['en', 'Calls are recorded and may be used to investigate complaints.', { purposes: ['complaint-handling'] }],
      ['en', 'Recordings may be used in the investigation of complaints.', { purposes: ['complaint-handling'] }],
      ['nl', 'Dit gesprek wordt opgenomen en alles wat u zegt kan worden gebruikt in een procedure.', { purposes: ['evidence'] }],
      ['nl', 'Dit gesprek wordt opgenomen. Wat u verklaart kan in het strafrechtelijk onderzoek worden gebruikt.', { purposes: ['evidence'] }],
      ['nl', 'Gesprekken worden opgenomen om klachten te onderzoeken.', { purposes: ['complaint-handling'] }],
      ['nl', 'Dit gesprek wordt opgenomen en kan worden gebruikt in onderzoek naar klanttevredenheid.', { purposes: ['quality-assurance'] }],
    ]);
  });
});

describe('review of rounds 10-13: R120 in every word list', () => {
  it('a word written without umlauts is the same word for negation cancellers and menu verbs as in the standard spelling', () => {
    check([
      ['de', 'Gespraeche werden nicht zwangslaeufig aufgezeichnet.', { records: true, denies: false }],
      ['de', 'Dieses Gespraech wird aufgezeichnet. Druecken Sie die Eins, um eine Beschwerde einzureichen.', { records: true, purposes: [] }],
    ]);
  });
  it('a hyphen ellipsis shares a head written without umlauts as it shares one written with them', () => {
    check([
      ['de', 'Gespräche werden aus Sicherheits- und Qualitaetsgruenden aufgezeichnet.', { purposes: ['fraud-prevention', 'quality-assurance'] }],
      ['de', 'Gespräche werden aus Sicherheits- und Qualitätsgründen aufgezeichnet.', { purposes: ['fraud-prevention', 'quality-assurance'] }],
    ]);
  });
  it('R100 a hyphen joins a compound as a space does; a slash still lists', () => {
    check([
      ['en', 'Calls are recorded for staff-monitoring purposes.', { purposes: ['employee-evaluation'], vague: false }],
      ['en', 'Calls are recorded for staff monitoring purposes.', { purposes: ['employee-evaluation'], vague: false }],
      ['en', 'Calls are recorded for monitoring/quality purposes.', { purposes: ['quality-assurance'], vague: true }],
    ]);
  });
});

describe('round 17: purpose breadth in en and nl (R170-R179)', () => {
  it('R170 the caller\'s account, money or identity kept safe, and suspicious or unauthorised activity, are fraud prevention', () => {
    check([
      ['en', 'Calls are recorded to help keep your account secure.', { purposes: ['fraud-prevention'] }],
      ['en', 'We record calls so that we can detect suspicious transactions.', { purposes: ['fraud-prevention'] }],
      ['en', 'Calls are recorded to prevent unauthorised payments.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden opgenomen om uw spaargeld te beschermen.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Wij nemen gesprekken op om oplichters te herkennen.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden opgenomen om onbevoegd gebruik van uw pas te voorkomen.', { purposes: ['fraud-prevention'] }],
    ]);
  });
  it('R171 a technical fault named with its preposition, and the phone system working, are troubleshooting', () => {
    check([
      ['en', 'Calls are recorded so that we can investigate problems with the line.', { purposes: ['troubleshooting'] }],
      ['en', 'This call may be recorded to help us resolve connection issues.', { purposes: ['troubleshooting'] }],
      ['en', 'Calls are recorded to make sure our phone system is working correctly.', { purposes: ['troubleshooting'] }],
      ['nl', 'Gesprekken worden opgenomen om haperingen in de verbinding te onderzoeken.', { purposes: ['troubleshooting'] }],
      ['nl', 'Wij nemen gesprekken op om de werking van de telefooncentrale te controleren.', { purposes: ['troubleshooting'] }],
    ]);
  });
  it('R172 the correctness of advice and information, as a noun or a predicate, is quality assurance', () => {
    check([
      ['en', 'Calls are recorded to ensure the accuracy of the information we give you.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om de juistheid van onze informatie te controleren.', { purposes: ['quality-assurance'] }],
      ['nl', 'Wij nemen gesprekken op om na te gaan of de gegeven informatie klopt.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om ervoor te zorgen dat u goed wordt geadviseerd.', { purposes: ['quality-assurance'] }],
      ['nl', 'Wij nemen gesprekken op om onze dienstverlening beter te maken.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it('R173 staff who learn are trained; a digital assistant that learns is no member of staff', () => {
    check([
      ['en', 'Calls are recorded so that our advisers can learn from real conversations.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen zodat onze adviseurs ervan kunnen leren.', { purposes: ['staff-training'] }],
      ['nl', 'Wij nemen gesprekken op om onze telefonisten te leren hoe zij moeten doorverbinden.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen zodat de assistent beter leert begrijpen wat u bedoelt.', { purposes: [] }],
    ]);
  });
  it('R174 an account of the conversation and a dispute in other words are evidence; the caller\'s instructions are no staff instruction', () => {
    check([
      ['en', 'Calls are recorded so that we keep a complete log of our discussion with you.', { purposes: ['evidence'] }],
      ['nl', 'Dit gesprek wordt opgenomen voor het geval er een verschil van mening ontstaat.', { purposes: ['evidence'] }],
      ['nl', 'Gesprekken worden opgenomen om eventuele discussies te voorkomen.', { purposes: ['evidence'] }],
      ['nl', 'Wij nemen dit gesprek op om uw instructies vast te leggen.', { purposes: ['evidence'] }],
    ]);
  });
  it('R175 a complaint as the caller\'s act or a condition is complaint handling', () => {
    check([
      ['en', 'Calls are recorded. Should you later complain, the recording helps us investigate.', { purposes: ['complaint-handling'] }],
      ['nl', 'Gesprekken worden opgenomen. Mocht u een klacht hebben, dan gebruiken wij de opname.', { purposes: ['complaint-handling'] }],
    ]);
  });
  it('R176 a duty to record with no law named is legal compliance', () => {
    check([
      ['en', 'We are required to record all telephone conversations with clients.', { purposes: ['legal-compliance'] }],
      ['en', 'We are required to inform you that this call is recorded.', { purposes: [] }],
    ]);
  });
  it('R177 automated analysis for an analytics goal, and the common topics of calls, are speech analytics', () => {
    check([
      ['en', 'Calls are recorded and automatically analysed to identify emerging topics.', { purposes: ['speech-analytics'] }],
      ['en', 'Calls are recorded and automatically analysed to improve our service.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls are recorded so that we can see the most common reasons for calling.', { purposes: ['speech-analytics'] }],
      ['nl', 'Gesprekken worden opgenomen en automatisch geanalyseerd om patronen te herkennen.', { purposes: ['speech-analytics'] }],
      ['nl', 'Gesprekken worden opgenomen om veelgestelde vragen in kaart te brengen.', { purposes: ['speech-analytics'] }],
    ]);
  });
  it('R178 products promoted or offered to the caller are marketing', () => {
    check([
      ['en', 'Calls are recorded so that we can promote our services to you.', { purposes: ['marketing'] }],
      ['en', 'Calls are recorded and used to tell you about offers that may interest you.', { purposes: ['marketing'] }],
      ['nl', 'Gesprekken worden opgenomen om u nieuwe diensten aan te bieden.', { purposes: ['marketing'] }],
      ['nl', 'Gesprekken worden opgenomen om ons aanbod op uw situatie af te stemmen.', { purposes: ['marketing'] }],
    ]);
  });
  it('R179 an AI system taught or made more accurate is AI training, whatever it is then for', () => {
    check([
      ['en', 'Calls are recorded and may be used to train our voicebot to handle your questions.', { purposes: ['ai-training'] }],
      ['en', 'Calls are recorded to improve the accuracy of our transcription service.', { purposes: ['ai-training'] }],
      ['nl', 'Gesprekken worden opgenomen om onze spraakcomputer nauwkeuriger te maken.', { purposes: ['ai-training'] }],
    ]);
  });
});

describe('round 18: breadth audit of the de, fr and es purpose vocabulary (R180-R189)', () => {
  it('R180 a virtual or conversational agent is an AI system, not staff', () => {
    check([
      ['fr', "Les conversations enregistrées contribuent à l'apprentissage de notre agent virtuel.", { purposes: ['ai-training'] }],
      ['es', 'Las llamadas se graban para entrenar a nuestro agente virtual.', { purposes: ['ai-training'] }],
      ['fr', 'Les appels sont enregistrés pour la formation de nos agents.', { purposes: ['staff-training'] }],
    ]);
  });
  it('R181 verbs of proving in their other forms: zu-infinitive, participle, separable verb, attester, justificar', () => {
    check([
      ['de', 'Wir zeichnen das Gespräch auf, damit der Inhalt Ihres Auftrags später nachgewiesen werden kann.', { purposes: ['evidence'] }],
      ['de', 'Das Gespräch wird aufgezeichnet. Die Aufnahme sichert beide Seiten ab, falls es später Fragen gibt.', { purposes: ['evidence'] }],
      ['fr', 'Nous enregistrons cet appel pour attester de votre consentement au contrat.', { purposes: ['evidence'] }],
      ['fr', 'Votre accord oral sera enregistré et vaudra signature.', { records: true, purposes: ['evidence'] }],
      ['es', 'Esta llamada se graba. La grabación permite justificar el contenido de la venta.', { purposes: ['evidence'] }],
    ]);
  });
  it('R182 the verb beside the noun, compound heads, light-verb phrases', () => {
    check([
      ['de', 'Gespräche werden aufgezeichnet, damit wir nachvollziehen können, worüber Sie sich beschweren.', { purposes: ['complaint-handling'] }],
      ['de', 'Zur Bearbeitung von Kundenbeanstandungen werden Gespräche gespeichert.', { purposes: ['complaint-handling'] }],
      ['de', 'Beleidigende oder bedrohliche Anrufe werden aufgezeichnet und zur Anzeige gebracht.', { purposes: ['staff-safety'] }],
      ['de', 'Die Aufnahmen werden zum Anlernen unseres Sprachdialogsystems genutzt.', { purposes: ['ai-training'] }],
      ['fr', 'Les enregistrements nous aident à diagnostiquer les coupures de ligne.', { purposes: ['troubleshooting'] }],
      ['es', 'Grabamos las llamadas para detectar fallos en nuestra centralita.', { purposes: ['troubleshooting'] }],
      ['es', 'Esta llamada se graba. La grabación nos permite estudiar con detalle su hoja de reclamación.', { purposes: ['complaint-handling'] }],
      ['es', 'Para reclamaciones, disponemos de hojas de reclamaciones.', { purposes: [] }],
    ]);
  });
  it('R183 legal certainty is evidence, not security', () => {
    check([
      ['fr', 'Pour des raisons de sécurité juridique, la conversation est enregistrée.', { purposes: ['evidence'] }],
      ['de', 'Aus Gründen der Rechtssicherheit wird dieses Gespräch aufgezeichnet.', { purposes: ['evidence'] }],
      ['fr', 'Pour des raisons de sécurité, la conversation est enregistrée.', { purposes: ['fraud-prevention'] }],
    ]);
  });
  it('R184 improving by a comparative: besser machen, un meilleur service; processes optimised; satisfaction measured', () => {
    check([
      ['de', 'Dieses Gespräch wird aufgezeichnet, damit wir unseren Service für Sie noch besser machen können.', { purposes: ['quality-assurance'] }],
      ['fr', 'Votre appel peut être enregistré pour nous permettre de vous offrir un meilleur service.', { purposes: ['quality-assurance'] }],
      ['de', 'Zur Optimierung unserer Abläufe wird dieses Gespräch aufgezeichnet.', { purposes: ['quality-assurance'] }],
      ['de', 'Wir zeichnen dieses Gespräch auf, um die Zufriedenheit unserer Kundinnen und Kunden zu messen.', { purposes: ['quality-assurance'] }],
      ['de', 'Damit wir prüfen können, ob wir Ihnen richtig weitergeholfen haben, wird das Gespräch aufgezeichnet.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it('R185 staff who learn or whose skills grow are trained; their productivity measured is evaluated', () => {
    check([
      ['de', 'Wir zeichnen Gespräche auf, damit unser Personal daraus lernen kann.', { purposes: ['staff-training'] }],
      ['de', 'Damit wir neue Mitarbeitende einarbeiten können, nehmen wir Gespräche auf.', { purposes: ['staff-training'] }],
      ['fr', 'Votre appel pourra être enregistré et utilisé pour la montée en compétences de nos équipes.', { purposes: ['staff-training'] }],
      ['fr', 'Ces enregistrements nous permettent de perfectionner le savoir-faire de nos conseillers.', { purposes: ['staff-training'] }],
      ['es', 'Esta llamada puede ser grabada para que nuestro equipo siga aprendiendo.', { purposes: ['staff-training'] }],
      ['es', 'Grabamos las llamadas para medir la productividad de nuestros empleados.', { purposes: ['employee-evaluation'] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet, damit wir die Arbeit unserer Agenten auswerten können.', { purposes: ['employee-evaluation'] }],
    ]);
  });
  it('R186 access or use without authority; a negation inside the phrase negates a word of it', () => {
    check([
      ['fr', 'Cet appel est enregistré afin de protéger vos comptes contre les accès non autorisés.', { purposes: ['fraud-prevention'] }],
      ['es', 'Las llamadas se graban para proteger su cuenta frente a accesos no autorizados.', { purposes: ['fraud-prevention'] }],
      ['es', 'Para evitar usos indebidos de su tarjeta, la llamada será grabada.', { purposes: ['fraud-prevention'] }],
      ['de', 'Wir zeichnen Gespräche auf, um Ihr Konto vor unbefugten Zugriffen zu schützen.', { purposes: ['fraud-prevention'] }],
      ['de', 'Damit sich niemand unberechtigt als Sie ausgeben kann, wird das Gespräch aufgezeichnet.', { purposes: ['fraud-prevention'] }],
      ['fr', "Cet appel est enregistré, mais il n'est pas utilisé pour la prospection.", { purposes: [] }],
    ]);
  });
  it("R187 the caller's matter carried through; the caller's contract ended, changed or opened", () => {
    check([
      ['fr', 'Afin de mener à bien votre demande, cet appel est enregistré.', { purposes: ['service-provision'] }],
      ['fr', "L'enregistrement nous permet de donner suite à votre déclaration de sinistre.", { purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré pour nous permettre de donner suite à vos réclamations.', { purposes: ['complaint-handling'] }],
      ['fr', 'Cet appel est enregistré afin de procéder à la résiliation de votre abonnement.', { purposes: ['service-provision'] }],
      ['es', 'La llamada se graba para tramitar la baja de su línea.', { purposes: ['service-provision'] }],
      ['es', 'Grabamos la llamada para dar curso a su petición.', { purposes: ['service-provision'] }],
      ['de', 'Zur Durchführung Ihrer telefonischen Überweisung wird das Gespräch aufgezeichnet.', { purposes: ['service-provision'] }],
    ]);
  });
  it('R188 excerpts of the recording, and an automated system at work, in a later sentence', () => {
    check([
      ['de', 'Das Gespräch wird aufgezeichnet. Mit Ihrem Einverständnis veröffentlichen wir Ausschnitte auf unserer Website.', { purposes: ['publication'] }],
      ['fr', 'Cet entretien est enregistré. Avec votre autorisation, des extraits seront publiés sur notre site.', { purposes: ['publication'] }],
      ['es', 'Esta entrevista se graba. Con su permiso, algunos fragmentos se publicarán en nuestro pódcast.', { purposes: ['publication'] }],
      ['de', 'Dieses Gespräch wird aufgezeichnet. Eine Software erkennt anhand Ihrer Stimme, ob Sie verärgert sind.', { purposes: ['emotion-recognition'] }],
      ['fr', 'Cet appel est enregistré. Le logiciel repère si vous êtes énervé ou stressé.', { purposes: ['emotion-recognition'] }],
      ['es', 'Esta llamada se graba. El asistente detecta si usted está enfadado para pasarle con un agente.', { purposes: ['emotion-recognition'] }],
      ['de', 'Eine Software erkennt, ob Sie verärgert sind.', { purposes: [] }],
    ]);
  });
  it('R189 an analysis named by what it finds: emotions, trends, topics', () => {
    check([
      ['fr', "L'appel est enregistré et analysé pour détecter les émotions du client.", { purposes: ['emotion-recognition'] }],
      ['fr', 'Cet appel est enregistré pour une analyse des sentiments.', { purposes: ['emotion-recognition'] }],
      ['de', 'Eine Software analysiert die aufgezeichneten Gespräche, um Trends in den Kundenanliegen zu erkennen.', { purposes: ['speech-analytics'] }],
      ['es', 'Las llamadas se graban y se analizan automáticamente para identificar los temas más consultados.', { purposes: ['speech-analytics'] }],
      ['es', 'La llamada se graba y se analiza automáticamente para gestionar su solicitud.', { purposes: ['service-provision'] }],
    ]);
  });
});

describe('R200 a negative determiner before a list of nouns negates the verb after the list', () => {
  it('denies across the list coordinator in every language with a determiner', () => {
    check([
      ['en', 'No audio, voice or conversation is recorded.', { records: false, denies: true }],
      ['en', 'No voice or call is recorded.', { records: false, denies: true }],
      ['nl', 'Er wordt geen stem of gesprek opgenomen.', { records: false, denies: true }],
      ['nl', 'Er wordt geen geluid, stem of gesprek opgenomen.', { records: false, denies: true }],
      ['de', 'Es werden keine Töne, Stimmen oder Gespräche aufgezeichnet.', { records: false, denies: true }],
    ]);
  });
  it('does not reach over an item with a verb, or over an answer "No,"', () => {
    check([
      ['en', 'No personal data is shared, calls are recorded for training.', { records: true, denies: false }],
      ['en', 'No data is sold and calls are recorded.', { records: true, denies: false }],
      ['en', 'No, calls are recorded.', { records: true, denies: false }],
      ['en', 'No problem, the call is recorded.', { records: true, denies: false }],
      ['en', 'No fees apply and calls are recorded.', { records: true, denies: false }],
      ['de', 'Kein Problem, das Gespräch wird aufgezeichnet.', { records: true, denies: false }],
    ]);
  });
});

describe('notice reading rules, round r14 (en, nl)', () => {
  it('R190 a data item or an event about the caller recorded is no recording of the call', () => {
    check([
      ['en', 'Your date of birth and gender are recorded for marketing purposes.', { records: false, purposes: [] }],
      ['en', 'Every click in the portal is recorded for security purposes.', { records: false, purposes: [] }],
      ['nl', 'Uw leeftijd en postcode worden opgenomen om onze dienstverlening te verbeteren.', { records: false, purposes: [] }],
      ['en', 'This call is recorded for security purposes.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });
  it('R191 the protection of both parties is fraud prevention, as "for your protection and ours"', () => {
    check([
      ['en', 'Calls to our lending team are recorded for our mutual protection.', { purposes: ['fraud-prevention'] }],
      ['en', 'We record all calls for the protection of both parties.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden opgenomen voor onze wederzijdse bescherming.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Wij nemen dit gesprek op ter bescherming van beide partijen.', { purposes: ['fraud-prevention'] }],
    ]);
  });
  it('R192 compliance with the laws on recording or consent names no purpose', () => {
    check([
      ['en', 'Calls are recorded for quality purposes. Agents must ensure compliance with state recording laws.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls are recorded to train staff, and we maintain compliance with all consent rules for call recording.', { purposes: ['staff-training'] }],
      ['en', 'Calls are recorded to ensure compliance with financial regulations.', { purposes: ['legal-compliance'] }],
      ['nl', 'Gesprekken worden opgenomen voor trainingsdoeleinden, met naleving van de wetgeving over het opnemen van gesprekken.', { purposes: ['staff-training'] }],
    ]);
  });
  it('R193 an audit by a regulator is specific legal compliance; bare audit stays vague', () => {
    check([
      ['en', 'Every call is recorded for regulatory audits.', { purposes: ['legal-compliance'], vague: false }],
      ['en', 'Calls are recorded and kept for audits by our regulator.', { purposes: ['legal-compliance'], vague: false }],
      ['en', 'Calls are recorded for audit purposes.', { purposes: ['legal-compliance'], vague: true }],
    ]);
  });
  it('R194 a disciplinary process with no employee named is evidence', () => {
    check([
      ['en', 'Recordings may be used as evidence in a disciplinary process.', { purposes: ['evidence'] }],
      ['en', 'Calls are recorded and may be used in any disciplinary process.', { purposes: ['evidence'] }],
      ['nl', 'Opnames kunnen worden gebruikt in een disciplinair proces.', { purposes: ['evidence'] }],
      ['nl', 'Gesprekken worden opgenomen en kunnen dienen in een disciplinair traject.', { purposes: ['evidence'] }],
    ]);
  });
});

describe('R201 a head before its list is shared by every item of the list', () => {
  it('reads each item with the head in Spanish and French', () => {
    check([
      ['es', 'Esta llamada será grabada para fines de calidad y servicio.', { purposes: ['quality-assurance', 'service-provision'], vague: true }],
      ['es', 'Esta llamada será grabada con fines de calidad, formación y servicio.', { purposes: ['quality-assurance', 'service-provision', 'staff-training'], vague: true }],
      ['fr', 'Cet appel est enregistré à des fins de qualité et de service.', { purposes: ['quality-assurance', 'service-provision'], vague: true }],
    ]);
  });
  it('shows the item as the words that named it, not the shared head', () => {
    const a = analyseNotice('Esta llamada será grabada para fines de calidad y servicio.', 'es');
    assert.deepEqual(a.purposes.map((p) => [p.id, p.text]), [['quality-assurance', 'fines de calidad'], ['service-provision', 'servicio']]);
    assert.deepEqual(a.vaguePhrases.map((v) => v.text), ['fines de calidad', 'servicio']);
  });
  it('needs a coordinator to make a list: a comma alone closes the head', () => {
    check([
      ['es', 'Por motivos de seguridad, las llamadas son grabadas.', { purposes: ['fraud-prevention'], vague: false }],
      ['fr', 'Pour des raisons de sécurité, les appels sont enregistrés.', { purposes: ['fraud-prevention'], vague: false }],
    ]);
  });
});

describe('R202 a negation before a list of verbs negates the recording verb that ends it', () => {
  it('denies across a list of short verb items, a use verb among them', () => {
    check([
      ['en', 'We do not listen to, monitor, or record your calls.', { records: false, denies: true }],
      ['en', 'We do NOT listen to, monitor or record your calls.', { records: false, denies: true }],
      ['en', "We don't sell, share or record your conversations.", { records: false, denies: true }],
    ]);
  });
  it('does not reach over a clause, an answer or a clause-final verb negation', () => {
    check([
      ['en', 'We do not sell your data, or record calls.', { records: true, denies: false }],
      ['en', 'No, we record calls.', { records: true, denies: false }],
      ['en', 'We never use recordings for marketing.', { records: true, denies: false }],
      ['de', 'Wir geben Ihre Daten nicht weiter und zeichnen dieses Gespräch zur Betrugsprävention auf.', { records: true, denies: false, purposes: ['fraud-prevention'] }],
    ]);
  });
});

describe('R203 the conference or meeting the caller is in is the call, in de, fr and es', () => {
  it('reads "this" or "now" conference, meeting or session as the call', () => {
    check([
      ['de', 'Diese Konferenz wird jetzt aufgezeichnet', { records: true }],
      ['de', 'Diese Konferenz wird nicht aufgezeichnet', { records: false, denies: true }],
      ['de', 'Das Meeting wird momentan aufgezeichnet.', { records: true }],
      ['fr', 'Cette séance est maintenant enregistrée', { records: true }],
      ['es', 'Esta sesión está siendo grabada.', { records: true }],
    ]);
  });
  it('keeps the recording of a webinar a recording of something else', () => {
    check([
      ['de', 'Die Aufzeichnung des Webinars finden Sie auf unserer Website.', { records: false }],
      ['fr', "L'enregistrement du webinaire est disponible sur notre site.", { records: false }],
      ['es', 'La grabación del seminario web está disponible.', { records: false }],
    ]);
  });
});

describe('R204 the recording used in the complaints procedure is complaint handling', () => {
  it('reads the use, not the name of the procedure', () => {
    check([
      ['en', 'Recordings may be used during the complaints procedure.', { purposes: ['complaint-handling'] }],
      ['en', 'Calls are recorded. For example, to be used during our complaints procedure.', { records: true, purposes: ['complaint-handling'] }],
      ['en', 'You can read our complaints procedure on our website.', { records: false, purposes: [] }],
    ]);
  });
});

describe('R210 a ban on the caller recording, in German, French and Spanish, and with a noun', () => {
  it('reads a ban on the caller recording as neither a recording nor a denial', () => {
    check([
      ['de', 'Sie dürfen das Telefonat mit der Praxis nicht aufzeichnen.', { records: false, denies: false }],
      ['de', 'Bitte zeichnen Sie die Beratung nicht auf.', { records: false, denies: false }],
      ['fr', "Les clients ne sont pas autorisés à enregistrer l'entretien.", { records: false, denies: false }],
      ['fr', 'Merci de ne pas enregistrer la conversation.', { records: false, denies: false }],
      ['es', 'Los pacientes no pueden grabar la videoconsulta.', { records: false, denies: false }],
      ['es', 'Por favor, no grabe esta llamada.', { records: false, denies: false }],
      ['en', 'Patients must not make a recording of the appointment.', { records: false, denies: false }],
      ['nl', 'Bellers mogen geen geluidsopname maken van het gesprek.', { records: false, denies: false }],
    ]);
  });
  it('keeps the recording the organisation announces beside the ban, and its own denial', () => {
    check([
      ['de', 'Das Gespräch wird zur Qualitätssicherung aufgezeichnet. Bitte zeichnen Sie es nicht selbst auf.', { records: true, denies: false, purposes: ['quality-assurance'] }],
      ['fr', "L'appel est enregistré à des fins de formation. Vous ne pouvez pas l'enregistrer vous-même.", { records: true, denies: false, purposes: ['staff-training'] }],
      ['es', 'Esta llamada se graba con fines de formación. Usted no puede grabarla.', { records: true, denies: false, purposes: ['staff-training'] }],
      ['de', 'Wir zeichnen dieses Gespräch nicht auf.', { records: false, denies: true }],
      ['fr', "Vous ne serez pas enregistré.", { records: false, denies: true }],
      ['es', 'Esta llamada no puede ser grabada.', { denies: true }],
    ]);
  });
});

describe('R211 recording in general said to be allowed or forbidden', () => {
  it('reads a permission with the recording noun or infinitive as subject as recording in general', () => {
    check([
      ['fr', "L'enregistrement des appels téléphoniques à des fins de formation est permis sous conditions.", { records: false, purposes: [] }],
      ['es', 'La grabación de conversaciones telefónicas es legal si uno participa en ellas.', { records: false, purposes: [] }],
      ['de', 'Das Mitschneiden von Telefonaten ist nur mit Zustimmung erlaubt.', { records: false }],
      ['en', 'Recording calls for evidence is lawful in many countries.', { records: false, purposes: [] }],
      ['nl', 'Het opnemen van gesprekken als bewijs is toegestaan.', { records: false, purposes: [] }],
    ]);
  });
  it('keeps a permission that limits this recording, or one beside this call', () => {
    check([
      ['en', 'Calls may be recorded. Recording is permitted under the GDPR.', { records: true }],
      ['de', 'Gespräche werden aufgezeichnet, soweit dies gestattet ist.', { records: true }],
      ['es', 'La grabación de esta llamada está autorizada por la ley.', { records: true }],
    ]);
  });
});

describe('R212 a game or an action recorded, in Spanish', () => {
  it('reads a game or an action as the thing "grabar" records, not the call', () => {
    check([
      ['es', 'La partida queda grabada en tu perfil.', { records: false }],
      ['es', 'Esta acción quedará grabada y no se podrá eliminar.', { records: false }],
      ['es', 'El juego está siendo grabado.', { records: false }],
    ]);
  });
  it('keeps the call recorded', () => {
    check([
      ['es', 'Esta llamada está siendo grabada para formar a nuestros agentes.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
});

describe('R220 the caller told to listen is not the call listened in on', () => {
  it('reads an instruction to listen, or an agent "à votre écoute", as no monitoring', () => {
    check([
      ['en', 'Please listen carefully to the following options.', { records: false, monitored: false }],
      ['en', 'Listen to our latest offers before you choose.', { records: false, monitored: false }],
      ['fr', 'Veuillez écouter attentivement les options suivantes.', { records: false, monitored: false }],
      ['fr', "Restez à l'écoute, un conseiller va vous répondre.", { records: false, monitored: false, purposes: [] }],
      ['fr', 'Nos conseillers sont à votre écoute du lundi au vendredi.', { records: false, monitored: false }],
    ]);
  });
  it('keeps the call listened to by someone, in the passive, the noun, or with the call as object', () => {
    check([
      ['en', 'A supervisor may listen to your call.', { records: false, monitored: true }],
      ['en', 'Calls may be listened to for training purposes.', { monitored: true, purposes: ['staff-training'] }],
      ['en', 'Our staff may listen in to calls to improve our service.', { monitored: true }],
      ['fr', 'Votre appel peut être écouté par un superviseur à des fins de formation.', { monitored: true, purposes: ['staff-training'] }],
      ['fr', "Cet appel peut faire l'objet d'une écoute pour améliorer la qualité de service.", { monitored: true, purposes: ['quality-assurance'] }],
      ['fr', 'Nos superviseurs peuvent écouter les appels.', { monitored: true }],
    ]);
  });
});

describe('R221 a head before its list: the preposition repeated after a comma, and one vague span per phrase', () => {
  it('reads every item of "fins de formation, de qualité et de sécurité" (fr, es)', () => {
    check([
      ['fr', 'Cet appel est enregistré à des fins de formation, de qualité et de sécurité.', { purposes: ['staff-training', 'quality-assurance', 'fraud-prevention'], vague: true }],
      ['fr', 'Pour des raisons de qualité, de formation et de sécurité, cet appel est enregistré.', { purposes: ['staff-training', 'quality-assurance', 'fraud-prevention'] }],
      ['fr', 'Cet appel est enregistré à des fins de formation, qualité et sécurité.', { purposes: ['staff-training', 'quality-assurance', 'fraud-prevention'] }],
      ['es', 'Las llamadas se graban con fines de formación, de calidad y de seguridad.', { purposes: ['staff-training', 'quality-assurance', 'fraud-prevention'], vague: true }],
    ]);
  });
  it('does not make a list of a comma alone, nor take another preposition after a comma', () => {
    check([
      ['es', 'Por motivos de seguridad, las llamadas son grabadas.', { purposes: ['fraud-prevention'] }],
      ['fr', 'À des fins de formation, de nombreux appels sont enregistrés.', { purposes: ['staff-training'] }],
    ]);
  });
  it('gives one vague span where a vague phrase holds a vague item of the same purpose', () => {
    const a = analyseNotice('Esta llamada se graba con fines de formación y de calidad.', 'es');
    assert.deepEqual(a.vaguePhrases.map((v) => [v.id, v.text]), [['quality-assurance', 'fines de formación y de calidad']]);
  });
});

describe('R222 the subject of a passive recording verb names something else', () => {
  it('reads a noun phrase that names no call, as the passive subject, as something else recorded', () => {
    check([
      ['en', 'Every match is recorded for dispute resolution.', { records: false, purposes: [] }],
      ['en', 'A family hug was recorded for legal reasons.', { records: false, purposes: [] }],
      ['nl', 'Elke wedstrijd wordt opgenomen.', { records: false }],
      ['de', 'Jedes Spiel wird aufgezeichnet.', { records: false }],
      ['fr', 'Chaque match est enregistré.', { records: false }],
      ['es', 'Cada partida es grabada.', { records: false }],
    ]);
  });
  it('keeps the call: a call noun, a pronoun, no determiner, an active verb, or a subject that names the call earlier', () => {
    check([
      ['en', 'The call may be recorded.', { records: true }],
      ['en', 'This may be recorded for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Everything you say will be recorded.', { records: true }],
      ['en', 'Each contact with our team is recorded for quality purposes.', { records: true, purposes: ['quality-assurance'] }],
      ['en', 'Video, audio, or any other digital photo of the patient can be recorded during the visit.', { records: true }],
      ['en', 'Calls about your order, your delivery, and refunds processed by our bank are recorded.', { records: true }],
      ['nl', 'Een coach kan meeluisteren om onze medewerkers te helpen. Het gesprek wordt niet opgenomen.', { denies: true, purposes: ['staff-training'] }],
      ['es', 'La consulta se graba y la transcripción le será enviada por correo.', { records: true }],
    ]);
  });
});

describe('R223 rules that are not the law, and the service in general', () => {
  it('reads "conformément aux dispositions de la présente Charte" as no legal duty; "dispositions légales" stays', () => {
    check([
      ['fr', 'Cet appel est enregistré. Vos données seront traitées conformément aux dispositions de la présente Charte.', { records: true, purposes: [] }],
      ['fr', 'Cet appel est enregistré conformément aux dispositions légales.', { purposes: ['legal-compliance'] }],
    ]);
  });
  it('reads providing or running "our services" as vague service provision; the service the caller asked for is specific', () => {
    check([
      ['en', 'Calls are recorded to provide our services.', { purposes: ['service-provision'], vague: true }],
      ['en', 'Recordings help us run our service efficiently and train staff.', { purposes: ['service-provision', 'staff-training'], vague: true }],
      ['en', 'Calls are recorded to provide the service you requested.', { purposes: ['service-provision'], vague: false }],
    ]);
  });
});

describe('R211 recording in general said to be allowed or forbidden: the impersonal form (fr, es)', () => {
  it('reads "il n\'est pas permis d\'enregistrer", "no está permitido grabar" as the law in general', () => {
    check([
      ['fr', "Il n'est pas permis d'enregistrer un appel sans l'accord de l'interlocuteur.", { records: false }],
      ['fr', "Il est légal d'enregistrer une conversation si l'interlocuteur est informé.", { records: false }],
      ['es', 'No está permitido grabar una conversación sin el consentimiento de las partes.', { records: false }],
      ['es', 'Está permitido grabar llamadas si se informa al interlocutor.', { records: false }],
    ]);
  });
});

describe('§1 a chat is no call (en, es), as the corpus labels read it', () => {
  it('reads chats or chat logs recorded as something else recorded', () => {
    check([
      ['en', 'Chat logs are being recorded for dispute resolution.', { records: false, purposes: [] }],
      ['en', 'Our chats are recorded for quality purposes.', { records: false }],
      ['es', 'Los chats se graban con fines de calidad.', { records: false }],
      ['en', 'Calls and chats are recorded for quality purposes.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });
});

describe('R224 a recording word after a recording of something else', () => {
  it('reads a bare recording word after the caller\'s message or the premises recorded as that other recording', () => {
    check([
      ['en', 'Thank you for calling. Please record your message after the tone. The recording will be sent to the team.', { records: false }],
      ['de', 'Vielen Dank für Ihren Anruf. Unsere Räumlichkeiten sind kameraüberwacht. Die Aufzeichnung dient ausschließlich der Sicherheit.', { records: false }],
      ['en', 'Thank you for calling. Every visit is recorded at reception. The recording is kept for a month.', { records: false }],
      ['de', 'Unsere Räumlichkeiten sind kameraüberwacht. Ihr Anruf wird zur Qualitätssicherung aufgezeichnet.', { records: true }],
    ]);
  });
  it('keeps the organisation recording, and a call named in the clause, as the call', () => {
    check([
      ['en', 'Thank you for calling. We never record your card details. We record to improve our service.', { records: true, purposes: ['quality-assurance'] }],
      ['en', 'Please record your message after the tone. Calls are recorded for training.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
});

describe('R225 a call noun joined to another noun by a coordinator', () => {
  it('reads the call in a noun list before the recording verb, whatever the other noun is', () => {
    check([
      ['de', 'Zur Qualitätssicherung werden Gespräche und auch die Eingaben am Bildschirm aufgezeichnet.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Gespräche und Eingaben werden zur Schulung aufgezeichnet.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Calls and screen activity are recorded for training.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
  it('keeps a clause after a coordinator that names something else on its own', () => {
    check([['en', 'Please hold, and your answers are recorded in our system.', { records: false }]]);
  });
});

describe('R163 kept for as long as an investigation needs it', () => {
  it('reads retention for an investigation or proceedings as evidence; the investigation of a complaint stays complaint handling', () => {
    check([
      ['en', 'Calls may be recorded and stored for up to six months, or long enough for any investigation to be conducted.', { records: true, purposes: ['evidence'] }],
      ['en', 'Recordings are retained for the duration of any proceedings.', { records: true, purposes: ['evidence'] }],
      ['en', 'Recordings are kept until the investigation of your complaint is complete.', { records: true, purposes: ['complaint-handling'] }],
      ['nl', 'Gesprekken worden opgenomen en bewaard tot het onderzoek is afgerond.', { records: true, purposes: ['evidence'] }],
    ]);
  });
});

describe('R226 a bullet that ends in a full stop', () => {
  it('reads the bullets after ".;" as bullets of the same statement', () => {
    check([
      ['en', 'We use call recordings for: establishing facts.; recordings are also used in disputes.; training new staff.', { records: true, purposes: ['evidence', 'staff-training'] }],
      ['nl', 'Opnames gebruiken wij voor: bewijs.; opnames worden ook gebruikt bij klachten.; het trainen van nieuwe medewerkers.', { records: true, purposes: ['complaint-handling', 'evidence', 'staff-training'] }],
    ]);
  });
  it('keeps a full stop alone as the end of a statement', () => {
    check([['es', 'Acme graba esta llamada para detectar problemas técnicos. Puede oponerse a la grabación: basta con decírnoslo. Puede pedir una copia de la grabación o que la borremos. Nuestro agente puede darle más información.', { records: true, purposes: ['troubleshooting'] }]]);
  });
});

describe('R227 a greeting names the call, not what is recorded after it', () => {
  it('does not make a recording word of several senses in the next sentence the call', () => {
    check([
      ['en', 'Thank you for calling. Referrer values may be recorded to show where traffic came from.', { records: false }],
      ['de', 'Vielen Dank für Ihren Anruf. Verweise auf diese Objekte wurden aufgezeichnet.', { records: false }],
      ['en', 'Thank you for calling. Every visit is recorded at reception. The recording is kept for a month.', { records: false }],
    ]);
  });
  it('lets a pronoun stand for the call the greeting named', () => {
    check([
      ['en', 'Thank you for calling. It may be recorded.', { records: true }],
      ['de', 'Vielen Dank für Ihren Anruf. Dies kann aufgezeichnet werden.', { records: true }],
      ['fr', 'Merci de votre appel. Il peut être enregistré.', { records: true }],
    ]);
  });
});

describe('R228 a negation of the word a recording noun is attached to', () => {
  it('is no denial', () => {
    check([
      ['en', 'We record calls for training. We need not remind you of our recording before each call.', { records: true, denies: false, purposes: ['staff-training'] }],
      ['en', 'No part of the recording is shared.', { denies: false }],
      ['nl', 'Wij herinneren u niet bij elk gesprek aan de opname.', { denies: false }],
      ['de', 'Wir erinnern Sie nicht bei jedem Gespräch an die Aufzeichnung.', { denies: false }],
    ]);
  });
  it('keeps the denials that name the recording itself', () => {
    check([
      ['en', 'We do not make a recording of this call.', { denies: true }],
      ['en', 'This call is not subject to recording.', { denies: true }],
      ['nl', 'Er wordt geen opname gemaakt.', { denies: true }],
    ]);
  });
});

describe('R114 an adjective that names the kind of call', () => {
  it('names no purpose; the same adjective in a goal does', () => {
    check([
      ['fr', 'Les appels commerciaux peuvent être enregistrés à titre de preuve.', { records: true, purposes: ['evidence'] }],
      ['es', 'Las llamadas comerciales pueden ser grabadas como prueba.', { records: true, purposes: ['evidence'] }],
      ['nl', 'Commerciële gesprekken worden opgenomen als bewijs.', { records: true, purposes: ['evidence'] }],
      ['fr', 'Les appels sont enregistrés à des fins commerciales.', { records: true, purposes: ['marketing'] }],
    ]);
  });
});

describe('R76 scheduling an appointment (de, fr, es)', () => {
  it('is service provision', () => {
    check([
      ['de', 'Das Gespräch wird zur Terminvereinbarung aufgezeichnet.', { records: true, purposes: ['service-provision'] }],
      ['fr', "L'appel est enregistré pour la prise de rendez-vous.", { records: true, purposes: ['service-provision'] }],
      ['fr', "L'appel est enregistré pour fixer votre rendez-vous.", { records: true, purposes: ['service-provision'] }],
      ['es', 'Esta llamada es grabada. Sus datos son tratados con fines de programación de citas.', { records: true, purposes: ['service-provision'] }],
      ['es', 'Grabamos la llamada para agendar su cita.', { records: true, purposes: ['service-provision'] }],
    ]);
  });
});

describe('R229 a call logged in a history; a logged thing in the next clause', () => {
  it('reads a call entered in a contact history as logged, not recorded', () => {
    check([
      ['fr', "L'intégration a échoué. Les appels ne sont pas enregistrés dans l'historique des contacts.", { records: false, denies: false }],
      ['en', 'Calls are recorded in the contact history.', { records: false }],
      ['es', 'Las llamadas se registran en el historial del cliente.', { records: false }],
    ]);
  });
  it('does not let a log named after a coordinator undo the recording before it', () => {
    check([
      ['en', 'Calls are recorded for training and appear in your call history.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Anrufe werden aufgezeichnet und stehen in den Logs zur Verfügung.', { records: true }],
    ]);
  });
});

describe('R230 a call noun that the goal governs', () => {
  it('is the goal object, not the thing a verb of several senses keeps', () => {
    check([
      ['en', 'Caller information is retained for the purpose of returning calls.', { records: false }],
      ['fr', 'Les informations sont enregistrées afin de traiter votre appel.', { records: false }],
    ]);
  });
  it('leaves a call named as the scope of the recording, and a recording noun, as they are', () => {
    check([
      ['fr', "L'enregistrement est activé pour tous les appels.", { records: true }],
      ['en', 'We may refer to the recording to clarify the details of our conversation.', { records: true, purposes: ['evidence'] }],
    ]);
  });
});

describe('R231 a meeting or a chat in a compound', () => {
  it('is something else recorded, as the simple noun is', () => {
    check([
      ['nl', 'Sinds vorig jaar wordt het geluid van de raadsvergaderingen opgenomen.', { records: false }],
      ['de', 'Zur Qualitätssicherung kann der Chatverlauf aufgezeichnet werden.', { records: false }],
      ['de', 'Gespräche und Chats werden zur Qualitätssicherung aufgezeichnet.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });
});

describe('R232 the organisation permitting or forbidding the caller to record', () => {
  it('is a rule for the caller: neither recorded nor denied', () => {
    check([
      ['en', 'The department does not permit a member of the public, third party or nominee organisation to record an interaction with any type of audio recording device.', { records: false, denies: false }],
      ['en', 'We allow callers to record their calls.', { records: false, denies: false }],
      ['nl', 'Wij staan niet toe dat bellers het gesprek opnemen.', { records: false, denies: false }],
      ['de', 'Wir gestatten Anrufern nicht, Gespräche aufzuzeichnen.', { records: false, denies: false }],
      ['fr', "Nous n'autorisons pas les appelants à enregistrer la conversation.", { records: false, denies: false }],
      ['es', 'No permitimos que los usuarios graben la llamada.', { records: false, denies: false }],
    ]);
  });
  it('keeps the organisation recording, beside the rule or as the one permitted', () => {
    check([
      ['nl', 'Wij nemen dit gesprek op voor trainingsdoeleinden. Wij staan niet toe dat bellers het gesprek opnemen.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Please allow us to record this call for training.', { records: true, purposes: ['staff-training'] }],
      ['en', 'We allow a member of our team to record your call for training.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
});

describe('R233 transcripts delivered', () => {
  it('are the service the caller gets; transcribing alone is a means', () => {
    check([
      ['en', 'We record your calls to provide transcripts.', { records: true, purposes: ['service-provision'] }],
      ['nl', 'Omi heeft microfoontoegang nodig om uw gesprekken op te nemen en transcripties te leveren.', { records: true, purposes: ['service-provision'] }],
      ['de', 'Wir zeichnen Ihre Gespräche auf, um Transkripte bereitzustellen.', { records: true, purposes: ['service-provision'] }],
      ['fr', 'Nous enregistrons les appels pour fournir des transcriptions.', { records: true, purposes: ['service-provision'] }],
      ['es', 'Grabamos las llamadas para entregar transcripciones.', { records: true, purposes: ['service-provision'] }],
      ['en', 'Calls are recorded and transcribed.', { records: true, purposes: [] }],
      ['nl', 'Wij nemen het gesprek op om u een verslag te mailen.', { records: true, purposes: ['service-provision'] }],
    ]);
  });
});

describe('R234 a choice not to be recorded; a choice recorded', () => {
  it('reads a gerund of choosing or declining as an opt-out, not a denial', () => {
    check([
      ['en', 'Calls are recorded. Choosing to not be recorded will not affect the service you receive.', { records: true, denies: false }],
      ['en', 'Calls are recorded. Declining to be recorded will not affect your service.', { records: true, denies: false }],
      ['en', 'This call is not recorded.', { denies: true }],
    ]);
  });
  it('reads what the caller chose or answered, taken down, as no recording of the call', () => {
    check([
      ['en', 'Thank you. Your opt-out has been recorded and you will be excluded from this claim.', { records: false }],
      ['en', 'Your choice has been recorded and we will call you back.', { records: false }],
      ['en', 'Your call has been recorded.', { records: true }],
    ]);
  });
});

describe('R235 a negation before a short list of verbs with commas', () => {
  it('covers the list and the goal after it', () => {
    check([
      ['en', 'Calls are recorded. We do not sell, share, or use call recordings for advertising purposes.', { records: true, purposes: [] }],
      ['en', 'Calls are recorded. We never sell, rent, or use recordings for marketing.', { records: true, purposes: [] }],
    ]);
  });
  it('ends at a comma and coordinator that open a clause of their own', () => {
    check([
      ['en', "We don't sell your data, and calls are recorded for training.", { records: true, purposes: ['staff-training'] }],
      ['en', 'We never sell, rent, or share recordings, and we use them for training.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
});

describe('R236 a legal duty to pass the recording on', () => {
  it('is the duty of the sharing, no goal of the recording', () => {
    check([
      ['en', 'Calls are recorded for training. Recordings are not shared with third parties unless we are required to do so by law.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor trainingsdoeleinden. De opnames worden niet gedeeld met derden, tenzij wij daartoe wettelijk verplicht zijn.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés à des fins de formation. Les enregistrements ne sont pas communiqués à des tiers, sauf obligation légale.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban con fines de formación. Las grabaciones no se comparten con terceros salvo obligación legal.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
  it('leaves a legal duty to record as it is', () => {
    check([
      ['en', 'Calls are recorded for training and where required by law.', { records: true, purposes: ['legal-compliance', 'staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen omdat wij daartoe wettelijk verplicht zijn.', { records: true, purposes: ['legal-compliance'] }],
      ['fr', 'Les appels sont enregistrés pour respecter nos obligations légales.', { records: true, purposes: ['legal-compliance'] }],
    ]);
  });
});

describe('R237 a hold message', () => {
  it('names no goal of the recording, even as a sentence after a colon', () => {
    check([
      ['fr', 'Votre avis compte : nous enregistrons les appels pour tenir compte des retours de nos clients sur notre service. Un conseiller va vous répondre.', { records: true, purposes: ['quality-assurance'] }],
      ['fr', 'Enregistrement des appels : les appels peuvent être enregistrés. Un conseiller va vous répondre.', { records: true, purposes: [] }],
    ]);
  });
  it('leaves the same words as the goal of the recording', () => {
    check([['fr', 'Cet appel est enregistré afin de vous répondre au mieux.', { records: true, purposes: ['service-provision'] }]]);
  });
  it('is a welcome span in every pack that has one, from the agent noun on', () => {
    const holds: [NoticeLang, string, string][] = [
      ['fr', 'Un conseiller va vous répondre.', 'conseiller'],
      ['nl', 'Een medewerker staat u zo te woord.', 'medewerker'],
      ['nl', 'Een medewerker helpt u zo verder.', 'medewerker'],
      ['de', 'Ein Mitarbeiter ist gleich für Sie da.', 'mitarbeiter'],
      ['de', 'Eine Beraterin steht Ihnen gleich zur Verfügung.', 'beraterin'],
      ['es', 'Un agente le atenderá en breve.', 'un'],
    ];
    for (const [lang, text, first] of holds) {
      const c = compiledLexicon(lang);
      const toks = tokenize(text, lang, { compoundHeads: c.lex.compoundHeads, coordinators: c.coordinators, ellipsisReach: c.windows.ellipsisReach, mask: [], abbreviations: c.abbreviations });
      const m = c.welcomes.matchRange(plainContext(toks), 0, toks.length);
      assert.ok(m.length > 0 && toks[m[0].first].surface.toLowerCase() === first, `[${lang}] ${text}`);
    }
  });
});

describe('R238 word forms: mithört, Mitarbeitendenqualifizierung, un suivi optimal', () => {
  it('reads them as the pack words they inflect or compound', () => {
    check([
      ['de', 'Gespräche werden aufgezeichnet. Im Rahmen von Schulungen kann es vorkommen, dass eine Mitarbeiterin mithört.', { records: true, monitored: true, purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zur Mitarbeitendenqualifizierung aufgezeichnet.', { records: true, purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zur Qualifizierung unserer Mitarbeitenden aufgezeichnet.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Cet appel est enregistré pour assurer un suivi optimal de votre demande.', { records: true, vague: false, purposes: ['service-provision'] }],
      ['fr', 'Cet appel est enregistré à des fins de suivi.', { records: true, vague: true, purposes: [] }],
    ]);
  });
});

describe('R239 supervision; CCTV in every pack', () => {
  it('reads supervision of the service as quality assurance', () => {
    check([
      ['en', 'Sessions with your therapist may be recorded for clinical supervision and training.', { records: true, purposes: ['quality-assurance', 'staff-training'] }],
      ['en', 'Calls may be recorded for supervision purposes.', { records: true, vague: true, purposes: ['quality-assurance'] }],
      ['de', 'Gespräche können zu Supervisionszwecken aufgezeichnet werden.', { records: true, vague: true, purposes: ['quality-assurance'] }],
      ['es', 'Autorizo la grabación en audio de mis sesiones con la finalidad exclusiva de supervisión clínica y formación profesional.', { records: true, purposes: ['quality-assurance', 'staff-training'] }],
    ]);
  });
  it('reads a recording after CCTV as the camera’s', () => {
    check([
      ['es', 'Usamos CCTV en nuestras instalaciones para fines de seguridad. Las grabaciones se conservan máximo 90 días.', { records: false }],
      ['nl', 'Wij gebruiken CCTV in onze winkels. De opnames worden 28 dagen bewaard.', { records: false }],
    ]);
  });
});

describe('R240 "our monitoring", "call monitoring"', () => {
  it('is the listening: its goals are read, and it is no vague monitoring purpose itself', () => {
    check([
      ['en', 'Some of our monitoring may be to comply with regulatory rules; to prevent or detect crime; and for staff training purposes.', { records: false, monitored: true, vague: false, purposes: ['fraud-prevention', 'legal-compliance', 'staff-training'] }],
      ['en', 'Call monitoring helps us train our staff.', { monitored: true, vague: false, purposes: ['staff-training'] }],
      ['en', 'Calls are recorded for monitoring.', { records: true, vague: true, purposes: ['quality-assurance'] }],
      ['en', 'We use monitoring tools to detect fraud.', { monitored: false, purposes: [] }],
    ]);
  });
  it('reads "other lawful purposes" and "legitimate purposes" as vague, naming no purpose', () => {
    check([
      ['en', 'To ensure the quality of our services and for other lawful purposes, we may record calls.', { records: true, vague: true, purposes: ['quality-assurance'] }],
      ['en', 'We may record calls for legitimate purposes.', { records: true, vague: true, purposes: [] }],
    ]);
  });
});

describe('R241 a sentence about routing the call', () => {
  it('names goals of the routing, not of the recording', () => {
    check([
      ['en', 'Your call may be transferred to an adviser who can help with your claim. Calls are recorded for training.', { records: true, purposes: ['staff-training'] }],
      ['es', 'Su llamada será transferida a un asesor que gestionará su solicitud. Las llamadas se graban con fines de formación.', { records: true, purposes: ['staff-training'] }],
    ]);
  });
  it('keeps a sentence that records the call it names', () => {
    check([['en', 'Your call may be transferred and recorded to help with your claim.', { records: true, purposes: ['service-provision'] }]]);
  });
});

describe('R114 and R192 in English: the kind of call; compliance with a named regulator', () => {
  it('reads "marketing and sales calls" as the calls, and "our compliance with AUSTRAC" as a legal duty', () => {
    check([
      ['en', 'We record all marketing and sales calls.', { records: true, purposes: [] }],
      ['en', 'Calls may be recorded for marketing and sales purposes.', { records: true, purposes: ['marketing'] }],
      ['en', 'For our compliance with AUSTRAC, we may record calls.', { records: true, purposes: ['legal-compliance'] }],
      ['en', 'Calls are recorded for quality purposes. Agents must ensure compliance with state recording laws.', { records: true, purposes: ['quality-assurance'] }],
    ]);
  });
});

describe('R242 a complaint to a regulator', () => {
  it('is the caller’s right, not complaint handling', () => {
    check([
      ['en', 'Calls are recorded for training. You have the right to lodge a complaint with the ICO.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Calls are recorded for training. You may lodge a complaint with a supervisory authority.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Calls are recorded to help us investigate complaints.', { records: true, purposes: ['complaint-handling'] }],
    ]);
  });
});

describe('R243 the right to object to direct marketing; a service phrase never skips the data noun', () => {
  it('reads the right to object as no marketing announced', () => {
    check([
      ['en', 'Calls are recorded for training. You can object to the processing of your data for direct marketing.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor trainingsdoeleinden. U kunt bezwaar maken tegen het gebruik van uw gegevens voor direct marketing.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés pour la formation. Vous pouvez vous opposer au traitement de vos données à des fins de prospection commerciale.', { records: true, purposes: ['staff-training'] }],
      ['en', 'Calls are recorded and may be used for marketing.', { records: true, purposes: ['marketing'] }],
    ]);
  });
  it('reads "processing of your data" as no service (R24 excludes the data noun)', () => {
    check([
      ['en', 'We record calls to process your personal data.', { records: true, purposes: [] }],
      ['en', 'We record calls to handle your new booking.', { records: true, purposes: ['service-provision'] }],
    ]);
  });
});

describe('R244 the caller able to record', () => {
  it('records the caller’s own calls, not the organisation’s', () => {
    check([
      ['en', 'You can record calls with the Call Recorder feature.', { records: false, denies: false }],
      ['nl', 'U kunt het gesprek opnemen met de app.', { records: false }],
      ['de', 'Sie können Gespräche mit der App aufzeichnen.', { records: false }],
      ['fr', "Vous pouvez enregistrer vos appels avec l'application.", { records: false }],
      ['es', 'Usted puede grabar sus llamadas con la aplicación.', { records: false }],
    ]);
  });
  it('leaves the caller recorded, an objection and the organisation recording as they are', () => {
    check([
      ['en', 'You may be recorded.', { records: true }],
      ['fr', 'Vous pouvez être enregistré.', { records: true }],
      ['nl', 'U kunt bezwaar maken tegen het opnemen van dit gesprek.', { records: true }],
      ['es', 'Acme puede grabar las llamadas.', { records: true }],
      ['en', 'Calls are recorded. You can record the call yourself if you wish.', { records: true }],
    ]);
  });
});

describe('R245 a negative determiner right after the recording verb', () => {
  it('denies the call it determines', () => {
    check([
      ['de', 'Wir speichern keine Gespräche.', { records: false, denies: true }],
      ['en', 'We record no calls.', { records: false, denies: true }],
      ['de', 'Wir speichern keine Gesprächsinhalte.', { denies: true }],
    ]);
  });
  it('says nothing of the call when its object is something else', () => {
    check([
      ['de', 'Wir speichern Ihre Gespräche. Wir speichern keine Daten.', { records: true, denies: false }],
      ['en', 'We record no personal details.', { denies: false }],
    ]);
  });
});

describe('R227 more greetings: thanks for holding, for your call, that you call', () => {
  it('are greetings: no antecedent for a recording of something else, no keeping', () => {
    check([
      ['en', 'Thank you for holding. Referrer values may be recorded to show where traffic came from.', { records: false }],
      ['en', 'Thank you for holding. Your call may be recorded for training.', { records: true, purposes: ['staff-training'] }],
      ['nl', 'Bedankt voor uw telefoontje. Gebruikersgegevens kunnen worden opgenomen voor authenticatiedoeleinden.', { records: false }],
      ['de', 'Schön, dass Sie anrufen. Das Schließen der App wird aufgezeichnet und dem Interviewer gemeldet.', { records: false }],
    ]);
  });
});

describe('R246 text written in capitals', () => {
  it('reads as in lower case: a form that is also a word is the word', () => {
    check([
      ['en', 'CALLS MAY BE MONITORED OR RECORDED AS PERMITTED BY LAW FOR QUALITY PURPOSES.', { records: true, purposes: ['quality-assurance'], vague: true }],
      ['en', 'THIS CONVERSATION IS BEING RECORDED AND LOGGED AS EVIDENCE.', { records: true, purposes: ['evidence'] }],
      ['es', 'ESTA LLAMADA NO SE GRABA.', { records: false, denies: true }],
      ['es', 'ESTA LLAMADA SE GRABA Y SE ANALIZA AUTOMÁTICAMENTE PARA DETECTAR PALABRAS CLAVE.', { records: true, purposes: ['speech-analytics'] }],
    ]);
  });
  it('still masks a name whose form is no word', () => {
    check([
      ['de', 'DIE QUALITÄTSMANAGEMENT SERVICE GMBH ZEICHNET DIESES GESPRÄCH AUF.', { records: true, purposes: [] }],
    ]);
  });
});

describe('R247 the caller told is not the call recorded', () => {
  it('the pronoun told names no call', () => {
    check([
      ['fr', "Nous vous informons qu'un cookie est un petit fichier susceptible d'être enregistré sur votre appareil.", { records: false }],
      ['fr', 'Nous tenons à vous informer que votre choix est enregistré dans votre profil.', { records: false }],
      ['en', 'We would like to inform you that your preferences are recorded in your profile.', { records: false }],
      ['de', 'Bitte beachten Sie: Die Aufzeichnung dient der Wellness-Information. Sie ist kein medizinisches EKG.', { records: false }],
    ]);
  });
  it('the call still records, and so does the caller recorded', () => {
    check([
      ['fr', 'Nous vous informons que cet appel est enregistré.', { records: true }],
      ['fr', 'Nous vous informons que vous êtes enregistré.', { records: true }],
      ['en', 'We inform you that you may be recorded.', { records: true }],
      ['de', 'Wir möchten Sie darauf hinweisen, dass Sie aufgezeichnet werden.', { records: true }],
      ['en', 'You will be informed before a recording takes place and can refuse to be recorded for any reason.', { records: true }],
    ]);
  });
});

describe('R248 the consent question names no purpose', () => {
  it('consent to the recording asked or confirmed is no proof', () => {
    check([
      ['fr', "Cet appel sera enregistré pour améliorer nos services. Confirmez-vous votre accord pour l'enregistrement de cet appel ?", { records: true, purposes: ['quality-assurance'] }],
      ['en', 'This call is recorded. Do you confirm your consent to the recording of this call?', { records: true, purposes: [] }],
    ]);
  });
  it('an agreement to a contract confirmed stays evidence', () => {
    check([
      ['en', 'We record calls to confirm your agreement to the contract.', { purposes: ['evidence'] }],
      ['fr', "Nous enregistrons l'appel pour confirmer votre accord sur le contrat.", { purposes: ['evidence'] }],
    ]);
  });
});

describe('R249 French: quality listening, the quality of the calls, sales units, cases counted', () => {
  it('names quality assurance', () => {
    check([
      ['fr', "L'écoute qualité et l'enregistrement des appels peuvent être mis en place selon votre projet.", { records: true, purposes: ['quality-assurance'] }],
      ['fr', "Ces enregistrements devaient permettre d'évaluer les conseillers et la qualité de leurs conversations.", { purposes: ['employee-evaluation', 'quality-assurance'] }],
    ]);
  });
  it('a sales unit is a place, cases counted are no recording', () => {
    check([
      ['fr', 'Certaines conversations dans les agences commerciales de France Télécom sont enregistrées dans un but de formation.', { records: true, purposes: ['staff-training'] }],
      ['fr', "Mais l'on enregistre aussi des cas de violence sexuelle.", { records: false, purposes: [] }],
      ['fr', 'Vos appels ne sont en aucun cas enregistrés.', { records: false, denies: true }],
      ['fr', 'Nous enregistrons vos appels à des fins commerciales.', { purposes: ['marketing'] }],
    ]);
  });
});

describe('R250 switching off that can be done is an option', () => {
  it('is no denial', () => {
    check([
      ['en', 'Every call will be recorded by default. Recordings can be turned off on an account level or on an individual call level.', { records: true, denies: false }],
      ['de', 'Die Aufzeichnung kann deaktiviert werden.', { denies: false }],
      ['nl', 'De opname kan worden uitgeschakeld.', { denies: false }],
    ]);
  });
  it('switched off still denies', () => {
    check([
      ['en', 'Recording is turned off for this call.', { records: false, denies: true }],
      ['nl', 'De opname is uitgeschakeld.', { denies: true }],
    ]);
  });
});

describe('R251 a negation of the telling', () => {
  it('is no denial of what is told', () => {
    check([
      ['en', 'Some clients have reported not being told a call is being recorded when they receive an incoming call.', { records: true, denies: false }],
      ['en', 'Calls are not recorded.', { records: false, denies: true }],
    ]);
  });
});

describe('R252 an evaluation of the service', () => {
  it('is quality assurance', () => {
    check([
      ['en', 'Recordings may be used for: Quality assurance and customer service evaluation; Training and coaching.', { purposes: ['quality-assurance', 'staff-training'] }],
      ['en', 'Calls are recorded for staff evaluation.', { purposes: ['employee-evaluation'] }],
    ]);
  });
});

describe('R253 the recording made part of the contract', () => {
  it('is evidence in every pack', () => {
    check([
      ['es', 'Recuerda que la presente llamada ha sido debidamente grabada y forma parte del contrato del seguro.', { records: true, purposes: ['evidence'] }],
      ['en', 'This call is recorded and forms part of your contract.', { purposes: ['evidence'] }],
      ['nl', 'Dit gesprek wordt opgenomen en maakt deel uit van de overeenkomst.', { purposes: ['evidence'] }],
      ['de', 'Das Gespräch wird aufgezeichnet und ist Bestandteil des Vertrags.', { purposes: ['evidence'] }],
      ['fr', 'Cet appel est enregistré et fait partie intégrante du contrat.', { purposes: ['evidence'] }],
    ]);
  });
});

describe('R254 smaller readings of this round', () => {
  it('reads them', () => {
    check([
      ['en', "We have to open by saying calls are being recorded. We tell them it's for training purposes only.", { records: true, purposes: ['staff-training'] }],
      ['de', 'Also baten wir den Mitarbeiter, unser Telefonat nicht aufzuzeichnen.', { denies: false }],
      ['de', 'Ihre Schilderung wird aufgezeichnet und automatisch verschriftlicht.', { records: true }],
      ['nl', 'Wilt u een gesprek met de gemeente opnemen? Neem dan contact op met de medewerker.', { records: false }],
      ['nl', 'Wilt u niet dat wij dit gesprek opnemen? Zeg het dan tegen onze medewerker.', { records: true }],
    ]);
  });
});

describe('R255 follow-up of a file, a service maintained, a security level', () => {
  it('reads them', () => {
    check([
      ['en', 'This call will be recorded for service quality and file follow-up.', { records: true, purposes: ['quality-assurance', 'service-provision'] }],
      ['en', 'We may record or monitor calls in order to avoid possible misunderstandings and help maintain customer service.', { purposes: ['evidence', 'quality-assurance'] }],
      ['en', 'We record calls for follow up.', { purposes: [], vague: true }],
      ['nl', 'In penitentiaire inrichtingen met het beveiligingsniveau 3 of hoger zal nog steeds standaard opname plaatshebben.', { purposes: [] }],
      ['nl', 'Gesprekken worden opgenomen voor de beveiliging.', { purposes: ['fraud-prevention'] }],
    ]);
  });
});

describe('R256 the same vague phrase in every pack', () => {
  it('control purposes are vague quality assurance; archiving and reporting name none', () => {
    check([
      ['nl', 'Gesprekken worden opgenomen voor controle- en trainingsdoeleinden.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
      ['nl', 'Gesprekken worden opgenomen voor rapportagedoeleinden.', { purposes: [], vague: true }],
      ['de', 'Gespräche werden zu Archivierungszwecken aufgezeichnet.', { purposes: [], vague: true }],
      ['fr', "Les appels sont enregistrés à des fins d'archivage.", { purposes: [], vague: true }],
      ['en', 'Calls are recorded for business-related purposes.', { purposes: [], vague: true }],
      ['en', 'Calls are recorded for a variety of reasons.', { purposes: [], vague: true }],
      ['en', 'Calls are recorded for reporting purposes.', { purposes: [], vague: true }],
    ]);
  });
  it('verification is evidence unless a quality is verified', () => {
    check([
      ['fr', 'Les appels sont enregistrés à des fins de vérification.', { purposes: ['evidence'], vague: false }],
      ['es', 'Las llamadas se graban con fines de verificación.', { purposes: ['evidence'] }],
      ['fr', 'Cet appel peut être enregistré à des fins de vérification de la qualité du service.', { purposes: ['quality-assurance'] }],
    ]);
  });
});

describe('R257 a recording the user or customer makes', () => {
  it('is the customer\'s own, in every pack', () => {
    check([
      ['en', 'Recordings made by users are stored for 30 days.', { records: false, denies: false }],
      ['en', 'Any recordings you make are your responsibility.', { records: false }],
      ['es', 'Numero Central no es responsable del uso indebido que se haga de las grabaciones hechas por cada usuario.', { records: false }],
      ['fr', "Les enregistrements effectués par l'utilisateur sont sous sa responsabilité.", { records: false }],
      ['de', 'Aufzeichnungen, die der Nutzer erstellt, liegen in seiner Verantwortung.', { records: false }],
      ['nl', 'Opnames die de gebruiker maakt, vallen onder zijn eigen verantwoordelijkheid.', { records: false }],
    ]);
  });
  it('the organisation\'s recording of the customers\' calls stays', () => {
    check([
      ['en', 'Calls made by customers are recorded.', { records: true }],
      ['en', 'Recordings of calls made by customers to our helpline are stored for 30 days.', { records: true }],
      ['de', 'Wir speichern die Aufzeichnung, die wir von Ihrem Gespräch machen.', { records: true }],
      ['nl', 'Tegen de opname van dit gesprek kunt u bezwaar maken.', { records: true }],
    ]);
  });
});

describe('R258 staff protected, the performance of a role, training how to respond, a wish to start', () => {
  it('reads them', () => {
    check([
      ['en', 'Call recordings will be used to help protect customer service advisors from abusive or nuisance calls.', { purposes: ['staff-safety'] }],
      ['en', 'Calls are recorded to protect customers from fraud.', { purposes: ['fraud-prevention'] }],
      ['en', 'Call recordings may be shared with managers. They will only have access if the data is necessary for the performance of their roles.', { records: true, purposes: [] }],
      ['en', 'Calls are recorded to monitor staff performance.', { purposes: ['employee-evaluation'] }],
      ['en', 'Calls may be recorded for training. Recordings may be used to train customer service agents on how to respond to inquiries.', { purposes: ['staff-training'] }],
      ['en', 'We would like to start recording these types of calls for patient safety and quality purposes.', { records: false }],
      ['en', 'We would like to inform you that this call is recorded.', { records: true }],
    ]);
  });
});

describe('R259 sales units, a legal exception to deletion, complaints against the recording, propósitos', () => {
  it('name no purpose', () => {
    check([
      ['es', 'Grabar las conversaciones mantenidas con sus agentes comerciales, con el único fin de garantizar la calidad del servicio.', { purposes: ['quality-assurance'] }],
      ['es', 'Llamada telefónica con grabación de la conversación; Visita comercial en domicilio.', { records: true, purposes: [] }],
      ['fr', 'Les données de votre demande sont conservées 12 mois, puis supprimées, sauf obligation légale. Les échanges avec nos conseillers peuvent être enregistrés.', { records: true, purposes: [] }],
      ['fr', "La Commission a été saisie de plusieurs plaintes relatives à l'enregistrement des communications téléphoniques. Les interrogations quant à la légalité de ces pratiques ont conduit à une enquête.", { purposes: [] }],
      ['en', 'We received complaints about the recording of calls.', { purposes: [] }],
    ]);
  });
  it('the purposes stay', () => {
    check([
      ['es', 'Grabamos las llamadas con fines comerciales.', { purposes: ['marketing'] }],
      ['fr', 'Les appels sont enregistrés pour traiter vos plaintes.', { purposes: ['complaint-handling'] }],
      ['en', 'Calls are recorded to handle complaints.', { purposes: ['complaint-handling'] }],
      ['es', 'Esta llamada puede ser monitoreada o grabada para propósitos de calidad y entrenamiento.', { purposes: ['quality-assurance', 'staff-training'], vague: true }],
    ]);
  });
});

describe('R260 a negative determiner after an inverted subject; an initial; a ban after the recording', () => {
  it('denies across an inverted subject and an initial', () => {
    check([
      ['de', 'Daher speichern wir keine Gespräche.', { records: false, denies: true }],
      ['nl', 'Ook bewaart M. geen telefoongesprekken op tape.', { records: false, denies: true }],
      ['nl', 'Bel plan B. Gesprekken worden opgenomen.', { records: true }],
    ]);
  });
  it('a ban for the caller after the recording', () => {
    check([
      ['nl', 'Zo is het maken van screenshots of (geluids)opnames niet toegestaan.', { records: false, denies: false }],
    ]);
  });
});

describe('R261 shared internally; a shared head after an adjective', () => {
  it('reads them', () => {
    check([
      ['en', 'Call recordings may be shared internally within the practice.', { records: true, vague: false }],
      ['en', 'Calls are recorded for internal purposes.', { vague: true }],
      ['es', 'Esta sesión está siendo grabada para fines legales y de auditoría conforme a la Ley 19.799 sobre Documentos Electrónicos.', { purposes: ['legal-compliance'], vague: true }],
    ]);
  });
});

describe('R262 a line named after the request', () => {
  it('names where one calls, not a goal', () => {
    check([
      ['en', 'All telephone calls answered on its enquiry line are recorded.', { records: true, purposes: [] }],
      ['en', 'Calls answered on the bookings line are recorded.', { records: true, purposes: [] }],
    ]);
  });
  it('the request as the goal stays', () => {
    check([['en', 'Calls are recorded so that we can answer your enquiry.', { purposes: ['service-provision'] }]]);
  });
});

describe('R263 a service described by its quality', () => {
  it('is quality assurance in every pack', () => {
    check([
      ['en', 'Calls are recorded to ensure that you receive a courteous and efficient service.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om u een vriendelijke en professionele service te bieden.', { purposes: ['quality-assurance'] }],
      ['de', 'Gespräche werden aufgezeichnet, um Ihnen einen freundlichen und kompetenten Service zu bieten.', { purposes: ['quality-assurance'] }],
      ['fr', 'Les appels sont enregistrés afin de vous offrir un accueil courtois et efficace.', { purposes: ['quality-assurance'] }],
      ['es', 'Las llamadas se graban para ofrecerle una atención amable y profesional.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it('the adjective must describe the service', () => {
    check([
      ['en', 'We record calls to keep accurate customer records.', { purposes: ['evidence'] }],
      ['de', 'Gespräche werden für eine schnelle Bearbeitung Ihres Anliegens aufgezeichnet.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen voor een snelle afhandeling van uw vraag.', { purposes: ['service-provision'] }],
      ['es', 'Las llamadas se graban para una gestión rápida de su solicitud.', { purposes: ['service-provision'] }],
      ['fr', 'Les appels sont enregistrés pour une prise en charge rapide de votre demande.', { purposes: ['service-provision'] }],
    ]);
  });
});

describe("R264 the caller's question as the occasion", () => {
  it('names no purpose', () => {
    check([['en', 'Where you have raised a query, the call may be recorded.', { records: true, purposes: [] }]]);
  });
  it('a goal beside it still does', () => {
    check([['en', 'Where you have raised a query, the call may be recorded so that we can answer your query.', { purposes: ['service-provision'] }]]);
  });
});

describe('R265 a firm named after its trade', () => {
  it('says who records, not why', () => {
    check([
      ['en', 'Marketing companies must record all sales calls.', { purposes: [] }],
      ['de', 'Marketingagenturen müssen alle Verkaufsgespräche aufzeichnen.', { purposes: [] }],
      ['fr', 'Les sociétés de marketing doivent enregistrer tous les appels de vente.', { purposes: [] }],
      ['es', 'Las empresas de marketing deben grabar todas las llamadas de venta.', { purposes: [] }],
    ]);
  });
  it('marketing as the goal stays', () => {
    check([['fr', 'Les appels sont enregistrés à des fins de marketing.', { purposes: ['marketing'] }]]);
  });
});

describe('R266 nouns joined inside a prepositional phrase; a verb that is a preposition\'s stem', () => {
  it('records the calls', () => {
    check([
      ['de', 'Gespräche mit unserem Kundenservice und der Schadenabteilung werden aufgezeichnet.', { records: true, purposes: [] }],
      ['nl', 'Gesprekken met onze klantenservice en de afdeling schade worden opgenomen.', { records: true, purposes: [] }],
      ['nl', 'Gesprekken met onze klantenservice en met de afdeling schade worden opgenomen.', { records: true, purposes: [] }],
    ]);
  });
  it('a thing recorded is still another thing', () => {
    check([['de', 'Ihre Schadenmeldung wird aufgezeichnet.', { records: false }]]);
  });
  it('measuring stays a verb', () => {
    check([['nl', 'Gesprekken worden opgenomen om de tevredenheid van klanten te meten.', { purposes: ['quality-assurance'] }]]);
  });
});

describe('R267 AI as the means of improving the service', () => {
  it('is quality assurance', () => {
    check([
      ['en', 'This call may be recorded and analysed by artificial intelligence to improve our service.', { purposes: ['quality-assurance'] }],
      ['es', 'Esta llamada puede ser grabada y analizada por inteligencia artificial para mejorar nuestro servicio.', { purposes: ['quality-assurance'] }],
      ['fr', 'Cet appel peut être enregistré et analysé par intelligence artificielle pour améliorer notre service.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it('the AI improved stays AI training', () => {
    check([
      ['en', 'Recordings are used to improve our AI.', { purposes: ['ai-training'] }],
      ['es', 'Las grabaciones sirven para mejorar nuestra inteligencia artificial.', { purposes: ['ai-training'] }],
      ['fr', "Les enregistrements permettent à notre IA de s'améliorer.", { purposes: ['ai-training'] }],
    ]);
  });
});

describe('R268 proof in other words; the law the call is recorded under; kinds of sessions', () => {
  it('reads them', () => {
    check([
      ['es', 'El Cliente consiente que el banco grabe las conversaciones telefónicas. El contenido de tales grabaciones constituirán prueba plena.', { records: true, purposes: ['evidence'] }],
      ['fr', 'Les enregistrements feront foi.', { purposes: ['evidence'] }],
      ['fr', 'Les enregistrements ont valeur probante.', { purposes: ['evidence'] }],
      ['es', 'Esta llamada podría ser grabada por temas de calidad.', { purposes: ['quality-assurance'], vague: true }],
      ['en', 'Under GDPR regulations, this call will be recorded and processed.', { records: true, purposes: [] }],
      ['en', 'This training session will be recorded for compliance purposes. Do you consent to this recording?', { purposes: ['legal-compliance'], vague: true }],
    ]);
  });
});

describe('R269 details of a call', () => {
  it('records the details, not the call', () => {
    check([
      ['en', 'The help desk runs an incident management system that records details of each call made to the help desk.', { records: false }],
      ['nl', 'Wij registreren gegevens van elk gesprek.', { records: false }],
      ['es', 'Registramos los datos de cada llamada.', { records: false }],
      ['fr', 'Nous enregistrons les détails de chaque appel.', { records: false }],
    ]);
  });
  it('the call named as an object still records', () => {
    check([['en', 'We record calls and details of each call.', { records: true }]]);
  });
});

describe('R270 a recording said to be of the call; a request saved in a database', () => {
  it('reads them', () => {
    check([
      ['fr', 'Nous pouvons garder les journaux et les enregistrements de vos appels.', { records: true }],
      ['en', 'We may keep logs and recordings of your calls.', { records: true }],
      ['fr', 'Lorsque vous nous appelez, notre Service Client enregistre vos questions ou réclamations dans notre base de données.', { records: false, purposes: [] }],
      ['fr', 'Vos appels sont enregistrés dans notre système de téléphonie.', { records: true }],
      ['fr', 'Appels enregistrés; intérêts légitimes de Legalstart de former ses équipes.', { purposes: ['staff-training'] }],
    ]);
  });
});

describe('R271 lists that name their purposes; proof for the police', () => {
  it('reads the list head and the proof', () => {
    check([
      ['en', 'Once the incident is closed, we keep incident data for other purposes including: To provide evidence for law enforcement investigations and court hearings, such as audio recordings or transcripts of 999 calls', { records: true, purposes: ['evidence'], vague: false }],
      ['de', 'Die Aufzeichnungen können als Beweismittel für polizeiliche Ermittlungen und Gerichtsverfahren dienen.', { purposes: ['evidence'] }],
      ['en', 'Information we collect includes, but is not limited to: your name; recordings of your calls.', { records: true, purposes: [], vague: false }],
    ]);
  });
  it('an open list of purposes stays vague', () => {
    check([['en', 'Calls are recorded for reasons including, but not limited to, training and fraud prevention.', { purposes: ['fraud-prevention', 'staff-training'], vague: true }]]);
  });
});

describe("R272 the caller's request set going; abuse of staff; the assistant that learns; proof in other words", () => {
  it('reads each', () => {
    check([
      ['en', 'Calls are recorded to help us set up your new energy supply.', { purposes: ['service-provision'] }],
      ['nl', 'Wij nemen dit gesprek op om uw nieuwe abonnement te activeren.', { purposes: ['service-provision'] }],
      ['nl', 'De digitale assistent neemt dit gesprek op om uw afspraak in te plannen.', { purposes: ['service-provision'] }],
      ['en', 'We record all calls to assess how well our service is meeting your needs.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen zodat wij kunnen optreden tegen ongepast gedrag tegenover medewerkers.', { purposes: ['staff-safety'] }],
      ['nl', 'Dit gesprek wordt opgenomen zodat de digitale assistent beter leert begrijpen wat bellers bedoelen.', { purposes: ['ai-training'] }],
      ['de', 'Das Gespräch wird aufgezeichnet und zur Weiterentwicklung unseres virtuellen Assistenten verwendet.', { purposes: ['ai-training'] }],
      ['de', 'Die Aufzeichnungen helfen uns, unsere Mitarbeiter besser auf schwierige Kundengespräche vorzubereiten.', { purposes: ['staff-training'] }],
      ['de', 'Ihre mündliche Vertragserklärung wird aufgezeichnet, damit sie rechtsverbindlich festgehalten ist.', { purposes: ['evidence'] }],
      ['es', 'Su conformidad verbal quedará grabada a efectos de verificación.', { purposes: ['evidence'] }],
    ]);
  });
});

describe('R273 set phrases that only look conditional; the caller\'s instructions checked', () => {
  it('a connector is no condition', () => {
    check([
      ['es', 'Sin embargo, la llamada no se graba.', { records: false, denies: true }],
      ['es', 'Sin problema, no queda grabada. Igual le entrego la información.', { records: false, denies: true }],
      ['fr', "Sans doute, l'appel n'est pas enregistré.", { records: false, denies: true }],
      ['de', 'Ohne Zweifel: Gespräche werden nicht aufgezeichnet.', { records: false, denies: true }],
      ['nl', 'Zonder twijfel: gesprekken worden niet opgenomen.', { records: false, denies: true }],
    ]);
  });
  it('a condition stays one', () => {
    check([
      ['es', 'Sin su consentimiento, la llamada no se graba.', { records: true, denies: false }],
      ['de', 'Ohne Ihre Zustimmung wird das Gespräch nicht aufgezeichnet.', { records: true, denies: false }],
    ]);
  });
  it('the instructions checked are evidence', () => {
    check([
      ['es', 'Grabación de conversaciones telefónicas para verificar instrucciones.', { purposes: ['evidence'] }],
      ['de', 'Wir zeichnen Gespräche auf, um Ihre Aufträge zu überprüfen.', { purposes: ['evidence'] }],
    ]);
  });
});

describe('R274 a wish to tell is no condition', () => {
  it('denies', () => {
    check([
      ['en', 'We want you to know that this call is not recorded.', { records: false, denies: true }],
      ['en', 'We would like to inform you that calls are not recorded.', { records: false, denies: true }],
      ['nl', 'Wij willen u laten weten dat gesprekken niet worden opgenomen.', { records: false, denies: true }],
      ['nl', 'Wij willen u erop wijzen dat dit gesprek niet wordt opgenomen.', { records: false, denies: true }],
      ['de', 'Wir möchten Sie darauf hinweisen, dass Gespräche nicht aufgezeichnet werden.', { records: false, denies: true }],
    ]);
  });
  it('a wish of the caller stays a condition', () => {
    check([
      ['en', 'If you want, we will not record this call.', { records: true, denies: false }],
      ['nl', 'Als u wilt, nemen wij dit gesprek niet op.', { records: true, denies: false }],
      ['de', 'Wenn Sie möchten, zeichnen wir das Gespräch nicht auf.', { records: true, denies: false }],
    ]);
  });
});

describe('R275 staff who improve (fr, es)', () => {
  it('is staff training', () => {
    check([
      ['fr', 'Les appels sont enregistrés pour permettre à nos conseillers de progresser.', { purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban para que nuestros agentes puedan mejorar.', { purposes: ['staff-training'] }],
    ]);
  });
  it('the staff as an object stays quality assurance', () => {
    check([['es', 'Las llamadas se graban para mejorar la atención de nuestros agentes.', { purposes: ['quality-assurance'] }]]);
  });
});

describe('R276 the improvement as the head of a noun (de, nl)', () => {
  it('is quality assurance', () => {
    check([
      ['de', 'Je nach aufgezeichnetem Dialogabschnitt erhalten unterschiedliche Empfänger die Aufzeichnungen zur Ableitung von Prozess- und Service-Verbesserungen.', { records: true, purposes: ['quality-assurance'] }],
      ['de', 'Die Aufzeichnungen dienen Serviceverbesserungen.', { purposes: ['quality-assurance'] }],
      ['nl', 'De opnames worden gebruikt voor proces- en serviceverbeteringen.', { purposes: ['quality-assurance'] }],
    ]);
  });
});

describe('R277 an audit named by its rule (fr)', () => {
  it('is specific', () => {
    check([
      ['fr', "Les appels sont enregistrés à des fins d'audit réglementaire.", { purposes: ['legal-compliance'], vague: false }],
      ['fr', "Les appels sont enregistrés à des fins d'audit.", { purposes: ['legal-compliance'], vague: true }],
    ]);
  });
});

describe('R278 a negated recording that restricts a noun', () => {
  it('denies nothing', () => {
    check([
      ['en', 'Calls that are not recorded are forwarded to the switchboard.', { records: false, denies: false }],
      ['de', 'Gespräche, die nicht aufgezeichnet werden, werden sofort gelöscht.', { records: false, denies: false }],
      ['fr', 'Les appels qui ne sont pas enregistrés sont transférés.', { records: false, denies: false }],
      ['es', 'Las llamadas que no se graban se transfieren a la centralita.', { records: false, denies: false }],
      ['nl', 'Gesprekken die niet worden opgenomen, worden doorgeschakeld naar de centrale.', { records: false, denies: false }],
    ]);
  });
  it('a clause that only adds denies', () => {
    check([
      ['en', 'This call, which is not recorded, is handled by an adviser.', { records: false, denies: true }],
      ['es', 'Esta llamada, que no será grabada, es atendida por un agente.', { records: false, denies: true }],
      ['es', 'Le informamos que la llamada no se graba.', { records: false, denies: true }],
    ]);
  });
});

describe("R279 fr: the caller's request; internal training; posts on social networks; users' problems", () => {
  it('reads them', () => {
    check([
      ['fr', 'Nous pouvons enregistrer la communication afin de gérer votre requête.', { records: true, purposes: ['service-provision'] }],
      ['fr', 'Chaque requête HTTP est enregistrée dans les logs.', { records: false }],
      ['fr', 'Nous pouvons enregistrer votre appel à des fins de formation interne et de contrôle de la qualité.', { purposes: ['quality-assurance', 'staff-training'], vague: false }],
      ['fr', 'Les appels sont enregistrés à des fins purement internes.', { purposes: [], vague: true }],
      ['fr', 'Données de communication : enregistrements des appels téléphoniques au service client, e-mails, SMS et publications sur les réseaux sociaux.', { records: true, purposes: [] }],
      ['fr', "Les enregistrements d'appels servent à examiner et traiter les problèmes des utilisateurs.", { purposes: ['service-provision'] }],
    ]);
  });
});

describe("R280 the caller's identity checked, as a noun", () => {
  it('is fraud prevention in every pack', () => {
    check([
      ['en', 'Calls are recorded for quality assurance, training, security, and identity verification purposes.', { purposes: ['fraud-prevention', 'quality-assurance', 'staff-training'], vague: false }],
      ['fr', "Les appels sont enregistrés à des fins de vérification d'identité.", { purposes: ['fraud-prevention'] }],
      ['de', 'Gespräche werden zur Identitätsprüfung aufgezeichnet.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden opgenomen voor identiteitscontrole.', { purposes: ['fraud-prevention'] }],
      ['es', 'Las llamadas se graban para la verificación de identidad.', { purposes: ['fraud-prevention'] }],
    ]);
  });
  it('bare verification stays evidence', () => {
    check([['en', 'Calls are recorded for verification purposes.', { purposes: ['evidence'] }]]);
  });
});

describe('R281 the law named, and the law that requires', () => {
  it('a law named, or conformity with the rules in force, names no duty', () => {
    check([
      ['en', 'Calls are recorded and stored in accordance with the applicable legal requirements.', { records: true, purposes: [] }],
      ['en', 'Subject to local legislation, we may record and keep a copy of these calls.', { purposes: [] }],
      ['en', 'Calls are recorded and kept for one year, in line with statutory requirements.', { purposes: [] }],
      ['de', 'Gespräche werden aufgezeichnet und entsprechend den gesetzlichen Vorgaben gespeichert.', { records: true, purposes: [] }],
      ['de', 'Die Aufzeichnungen werden gemäß den gesetzlichen Aufbewahrungsfristen gelöscht.', { purposes: [] }],
      ['de', 'Vorbehaltlich der lokalen Gesetze können wir Ihre Anrufe aufzeichnen.', { purposes: [] }],
      ['fr', 'Les appels sont enregistrés et conservés conformément aux exigences légales applicables.', { purposes: [] }],
      ['fr', 'Les appels sont enregistrés et conservés pendant un an, conformément à la directive légale.', { purposes: [] }],
      ['fr', 'Sous réserve de la législation locale, nous pouvons enregistrer vos appels.', { purposes: [] }],
      ['nl', 'Gesprekken worden opgenomen en bewaard volgens de wettelijke termijnen.', { purposes: [] }],
      ['nl', 'Gesprekken worden opgenomen in overeenstemming met de geldende wetgeving.', { purposes: [] }],
      ['es', 'Las llamadas se graban y conservan de acuerdo con los requisitos legales aplicables.', { purposes: [] }],
      ['es', 'Con sujeción a la legislación local, podemos grabar sus llamadas.', { purposes: [] }],
    ]);
  });
  it('the law that requires, its duty, and complying with it are legal compliance', () => {
    check([
      ['en', 'Calls are recorded because the law says we have to.', { purposes: ['legal-compliance'] }],
      ['en', 'By law, we must record all calls relating to investment orders.', { purposes: ['legal-compliance'] }],
      ['de', 'Bei Wertpapiergeschäften per Telefon ist die Aufzeichnung gesetzlich vorgeschrieben.', { purposes: ['legal-compliance'] }],
      ['de', 'Notrufe werden aufgezeichnet, weil das Gesetz es so vorschreibt.', { purposes: ['legal-compliance'] }],
      ['fr', 'Nous sommes tenus par la loi d\'enregistrer cet appel.', { purposes: ['legal-compliance'] }],
      ['fr', 'Les appels sont enregistrés dans le cadre du respect des obligations relatives aux marchés financiers.', { purposes: ['legal-compliance'] }],
      ['nl', 'De wet schrijft voor dat wij deze gesprekken opnemen.', { purposes: ['legal-compliance'] }],
      ['nl', 'Gesprekken worden opgenomen in verband met Europese regelgeving voor beleggingsdiensten.', { purposes: ['legal-compliance'] }],
      ['es', 'Grabamos las llamadas para cumplir con nuestras obligaciones legales.', { purposes: ['legal-compliance'] }],
    ]);
  });
});

describe('R282 the recordings protected', () => {
  it('is a safeguard of the recordings, no purpose', () => {
    check([
      ['en', 'Calls are recorded for training. We protect recordings against misuse and unauthorised access.', { purposes: ['staff-training'] }],
      ['en', 'Calls are recorded for training purposes. Recordings are stored securely and protected by appropriate security measures.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zu Schulungszwecken aufgezeichnet. Die Aufzeichnungen sind vor Missbrauch geschützt.', { purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés pour la formation. Les enregistrements sont protégés contre tout accès non autorisé.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor trainingsdoeleinden. De opnames zijn beveiligd tegen misbruik.', { purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban con fines de formación. Las grabaciones están protegidas contra el uso indebido.', { purposes: ['staff-training'] }],
    ]);
  });
  it('the caller or the account protected stays fraud prevention', () => {
    check([
      ['en', 'We record calls to protect you from fraud and unauthorised access to your account.', { purposes: ['fraud-prevention'] }],
      ['fr', 'Cet appel est enregistré afin de protéger vos comptes contre les accès non autorisés.', { purposes: ['fraud-prevention'] }],
      ['es', 'Las llamadas se graban para proteger su cuenta frente a accesos no autorizados.', { purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden opgenomen om u te beschermen tegen fraude en misbruik.', { purposes: ['fraud-prevention'] }],
    ]);
  });
});

describe('R283 activity against the law as the goal', () => {
  it('records, and is fraud prevention', () => {
    check([
      ['en', 'Calls are recorded to help detect and prevent illegal activity.', { records: true, purposes: ['fraud-prevention'] }],
      ['fr', 'Les appels sont enregistrés pour prévenir les activités illicites.', { records: true, purposes: ['fraud-prevention'] }],
      ['es', 'Las llamadas se graban para prevenir actividades ilícitas.', { records: true, purposes: ['fraud-prevention'] }],
      ['nl', 'Gesprekken worden opgenomen om illegale activiteiten te voorkomen.', { records: true, purposes: ['fraud-prevention'] }],
      ['de', 'Gespräche werden aufgezeichnet, um rechtswidrige Handlungen zu verhindern.', { records: true, purposes: ['fraud-prevention'] }],
      ['de', 'Gespräche werden aufgezeichnet, um Sie vor unbefugtem Zugriff zu schützen.', { records: true, purposes: ['fraud-prevention'] }],
    ]);
  });
  it('a statement of the law for anyone still records nothing', () => {
    check([
      ['en', 'It is illegal to record calls without consent.', { records: false }],
      ['de', 'Das unbefugte Aufzeichnen von Gesprächen ist strafbar.', { records: false }],
    ]);
  });
});

describe('R284 advice to the caller', () => {
  it('names no purpose of the recording', () => {
    check([
      ['fr', 'Les appels sont enregistrés pour la formation. Pour votre sécurité, ne communiquez jamais votre code confidentiel.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor trainingsdoeleinden. Voor uw veiligheid: deel nooit uw pincode.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zu Schulungszwecken aufgezeichnet. Aus Sicherheitsgründen geben Sie bitte niemals Ihre PIN weiter.', { purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban con fines de formación. Por su seguridad, nunca comparta su clave.', { purposes: ['staff-training'] }],
    ]);
  });
});

describe('R285 neither listened to nor recorded', () => {
  it('denies in every pack', () => {
    check([
      ['en', 'Calls are neither listened to nor recorded.', { records: false, denies: true }],
      ['fr', 'Les appels ne sont ni écoutés ni enregistrés.', { records: false, denies: true }],
      ['es', 'Las llamadas no son escuchadas ni grabadas.', { records: false, denies: true }],
      ['nl', 'Gesprekken worden niet beluisterd en niet opgenomen.', { records: false, denies: true }],
      ['de', 'Gespräche werden weder mitgehört noch aufgezeichnet.', { records: false, denies: true }],
    ]);
  });
  it('a negated use stays a use', () => {
    check([
      ['en', 'Recordings are never listened to or used for marketing.', { records: true, denies: false }],
      ['fr', 'Les enregistrements ne sont jamais écoutés ni utilisés à des fins commerciales.', { records: true, denies: false }],
    ]);
  });
});

describe('R286 improving how we deal with callers', () => {
  it('is quality assurance in every pack', () => {
    check([
      ['en', 'Calls may be recorded to improve our interactions with you.', { purposes: ['quality-assurance'] }],
      ['en', 'We record calls so that we can improve our response times.', { purposes: ['quality-assurance'] }],
      ['en', 'Calls may be recorded to improve the way we deal with your enquiries.', { purposes: ['quality-assurance'] }],
      ['de', 'Gespräche werden aufgezeichnet, um unsere Kommunikation mit Ihnen zu verbessern.', { purposes: ['quality-assurance'] }],
      ['de', 'Gespräche werden aufgezeichnet, um die Bearbeitung Ihrer Anliegen zu verbessern.', { purposes: ['quality-assurance'] }],
      ['fr', "Les appels peuvent être enregistrés afin d'améliorer nos échanges avec vous.", { purposes: ['quality-assurance'] }],
      ['fr', 'Nous enregistrons les appels pour améliorer la prise en charge de vos appels.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om onze communicatie met u te verbeteren.', { purposes: ['quality-assurance'] }],
      ['nl', 'Gesprekken worden opgenomen om de afhandeling van uw vragen te verbeteren.', { purposes: ['quality-assurance'] }],
      ['es', 'Las llamadas pueden ser grabadas para mejorar nuestras interacciones con usted.', { purposes: ['quality-assurance'] }],
      ['es', 'Grabamos las llamadas con el fin de mejorar la experiencia del cliente.', { purposes: ['quality-assurance'] }],
    ]);
  });
  it("an AI's responses improved stay AI training", () => {
    check([['en', 'Call recordings are used to improve AI accuracy; recordings may be analyzed to optimize responses.', { purposes: ['ai-training'] }]]);
  });
});

describe("R287 more verbs of carrying out the caller's matter", () => {
  it('are service provision', () => {
    check([
      ['en', 'Calls are recorded so that we can look into your enquiry.', { purposes: ['service-provision'] }],
      ['en', 'Calls are recorded so that we can progress your claim.', { purposes: ['service-provision'] }],
      ['fr', 'Les appels sont enregistrés afin de prendre en charge votre demande.', { purposes: ['service-provision'] }],
      ['fr', 'Les appels sont enregistrés afin de résoudre votre problème.', { purposes: ['service-provision'] }],
      ['de', 'Gespräche werden aufgezeichnet, um Ihr Anliegen zu klären.', { purposes: ['service-provision'] }],
      ['nl', 'Gesprekken worden opgenomen om uw probleem op te lossen.', { purposes: ['service-provision'] }],
    ]);
  });
  it("need the caller's own matter", () => {
    check([
      ['fr', "Cet appel peut être enregistré afin de résoudre d'éventuels problèmes techniques.", { purposes: ['troubleshooting'] }],
      ['en', 'Calls are recorded and may be used to assist in resolving any disputes that arise.', { purposes: ['evidence'] }],
    ]);
  });
});

describe('R288 words that name a purpose only in one sense', () => {
  it('read the other sense as none', () => {
    check([
      ['es', 'La grabación pasará a formar parte del expediente del cliente.', { purposes: [] }],
      ['fr', 'Les enregistrements peuvent former un commencement de preuve.', { purposes: ['evidence'] }],
      ['de', 'Gespräche können aufgezeichnet werden, um unsere Leistungen zu verbessern.', { purposes: ['quality-assurance'] }],
      ['de', 'Gespräche werden aufgezeichnet. Zur Erfüllung unserer vertraglichen Pflichten verarbeiten wir Ihre Daten.', { purposes: ['service-provision'] }],
      ['en', 'Calls may be recorded. The security of the recordings is our priority.', { purposes: [] }],
      ['de', 'Gespräche werden zu Schulungszwecken aufgezeichnet. Die Sicherheit der Aufzeichnungen ist gewährleistet.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen voor trainingsdoeleinden. De beveiliging van de opnames is op orde.', { purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban con fines de formación. La seguridad de las grabaciones está garantizada.', { purposes: ['staff-training'] }],
    ]);
  });
  it('keep the purpose sense', () => {
    check([
      ['es', 'Las llamadas se graban para formar a nuestros agentes.', { purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés afin de former nos conseillers.', { purposes: ['staff-training'] }],
    ]);
  });
});

describe("R289 the caller's own message in a voicemail menu", () => {
  it('records no call', () => {
    check([
      ['en', 'Press 1 to save your recording. Press 2 to listen to your recording. Press 3 to re-record.', { records: false }],
      ['de', 'Drücken Sie 1, um Ihre Aufnahme zu speichern. Drücken Sie 2, um Ihre Aufnahme anzuhören.', { records: false }],
      ['fr', 'Appuyez sur 1 pour sauvegarder votre enregistrement. Appuyez sur 2 pour écouter votre enregistrement.', { records: false }],
      ['nl', 'Druk op 1 om uw opname op te slaan. Druk op 2 om uw opname te beluisteren.', { records: false }],
      ['es', 'Pulse 1 para guardar su grabación. Pulse 2 para escuchar su grabación. Pulse 3 para volver a grabar.', { records: false }],
      ['es', 'Empiece a grabar después del tono.', { records: false }],
    ]);
  });
  it('a notice beside a menu still records', () => {
    check([
      ['en', 'This call may be recorded. Press 1 to continue.', { records: true }],
      ['en', 'Press 1 if you do not want this call to be recorded.', { records: true }],
      ['en', 'Your recording may be used for training purposes.', { records: true, purposes: ['staff-training'] }],
      ['fr', 'Votre appel est enregistré. Appuyez sur 1 pour continuer.', { records: true }],
    ]);
  });
});

describe('R290 vague words that leave nothing unnamed', () => {
  it('are not vague', () => {
    check([
      ['en', 'We record calls: Quality & Training: To identify staff training needs and improve our front-line services.', { purposes: ['quality-assurance', 'staff-training'], vague: false }],
      ['en', 'Any recorded calls are only used internally and not shared with any third party.', { vague: false }],
      ['en', 'We are monitoring or recording customer interactions (including calls) for quality assurance and training purposes.', { vague: false }],
      ['nl', 'Dit gesprek wordt opgenomen. Gegevens die wij vastleggen zijn o.a. uw geboortedatum en telefoonnummer.', { vague: false }],
    ]);
  });
  it('stay vague where a purpose is left unnamed', () => {
    check([
      ['en', 'We record calls for quality purposes: to train staff.', { vague: true }],
      ['en', 'Calls are recorded for training, monitoring and quality purposes.', { vague: true }],
      ['nl', 'Wij nemen gesprekken op, onder andere voor trainingsdoeleinden.', { vague: true }],
    ]);
  });
});

describe('R291 es: a record kept of the request, what was said checked', () => {
  it('is evidence', () => {
    check([
      ['es', 'Esta llamada puede ser grabada para mejorar nuestro servicio y conservar un registro de su solicitud.', { purposes: ['evidence', 'quality-assurance'] }],
      ['es', 'Las llamadas se graban para poder comprobar lo que se dijo.', { purposes: ['evidence'] }],
      ['es', 'Las llamadas se graban para tener un registro de la conversación.', { purposes: ['evidence'] }],
      ['es', 'Esta llamada se graba. Complete su registro en la web para acceder.', { purposes: [] }],
    ]);
  });
});

describe('R292 a canceller after the verb', () => {
  it('undoes the negation', () => {
    check([
      ['en', 'Calls are not recorded automatically; an agent may start recording with your consent.', { records: true, denies: false }],
      ['fr', 'Les appels ne sont pas enregistrés systématiquement.', { records: true, denies: false }],
      ['es', 'Las llamadas no se graban automáticamente.', { records: true, denies: false }],
    ]);
  });
  it('a plain denial stays one', () => {
    check([
      ['en', 'Calls are not recorded at all.', { records: false, denies: true }],
      ['en', 'Calls are not recorded, only logged.', { records: false, denies: true }],
    ]);
  });
});

describe('R293 the staff developed, or given feedback', () => {
  it('is staff training', () => {
    check([
      ['en', 'Calls are recorded to help develop our people.', { purposes: ['staff-training'] }],
      ['en', 'Calls are recorded so that we can give feedback to our colleagues.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden zur Personalentwicklung aufgezeichnet.', { purposes: ['staff-training'] }],
      ['de', 'Gespräche werden aufgezeichnet, um unseren Mitarbeitenden Feedback zu geben.', { purposes: ['staff-training'] }],
      ['fr', 'Les appels sont enregistrés pour faire progresser nos équipes.', { purposes: ['staff-training'] }],
      ['nl', 'Gesprekken worden opgenomen om onze medewerkers verder te ontwikkelen.', { purposes: ['staff-training'] }],
      ['es', 'Las llamadas se graban para dar retroalimentación a nuestros asesores.', { purposes: ['staff-training'] }],
    ]);
  });
  it('a development team, or staff asking for feedback, is none', () => {
    check([
      ['en', 'Calls are recorded. Our software development team may review logs.', { purposes: [] }],
      ['nl', 'Gesprekken worden opgenomen. Onze medewerkers vragen u soms om feedback.', { purposes: [] }],
    ]);
  });
});
