/**
 * The Spanish pack: each case pins a rule of the language (inflection, the passive and reflexive
 * forms of "grabar", negation scope, what names no purpose), shown on several wordings.
 */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { stem } from '../../../src/core/notice/normalise';

function read(text: string) {
  const a = analyseNotice(text, 'es');
  assert.equal(a.internalError, undefined);
  return { records: a.records, denies: a.denies, vague: a.vague, purposes: a.purposes.map((p) => p.id).sort() };
}

function purposes(text: string): string[] {
  return read(text).purposes;
}

describe('Spanish pack (es)', () => {
  it('inflection: gender and number of participles and nouns compare equal, verb forms do not need to', () => {
    assert.equal(stem('es', 'grabada'), stem('es', 'grabado'));
    assert.equal(stem('es', 'grabadas'), stem('es', 'grabado'));
    assert.equal(stem('es', 'reclamaciones'), stem('es', 'reclamacion'));
    assert.equal(stem('es', 'fines'), stem('es', 'fin'));
    assert.equal(stem('es', 'leyes'), stem('es', 'ley'));
    assert.equal(stem('es', 'fraudes'), stem('es', 'fraude'));
    assert.equal(stem('es', 'clientes'), stem('es', 'cliente'));
  });

  it('"grabar" is read in every voice: periphrastic and reflexive passive, active, progressive, future', () => {
    for (const t of [
      'Esta llamada puede ser grabada.',
      'Esta llamada será grabada.',
      'Su llamada está siendo grabada.',
      'Esta llamada se graba.',
      'Las llamadas se grabarán.',
      'Grabamos esta llamada.',
      'Le informamos de que esta conversación podrá ser grabada.',
    ]) assert.equal(read(t).records, true, t);
  });

  it('monitoring and listening in ("monitorizada", "escuchada por") are no recording, but their purposes are read', () => {
    assert.deepEqual(read('Esta llamada puede ser monitorizada por un supervisor.'), { records: false, denies: false, vague: false, purposes: [] });
    assert.deepEqual(read('Un supervisor puede escuchar la llamada para evaluar el desempeño de nuestros agentes.').purposes, ['employee-evaluation']);
  });

  it('a weak word (registrar, conservar, guardar) counts only for the call, not for a request or a payment', () => {
    assert.equal(read('Su llamada quedará registrada.').records, true);
    assert.equal(read('Su solicitud ha quedado registrada correctamente.').records, false);
    assert.equal(read('Hemos registrado su pago.').records, false);
  });

  it('a recording of something else is not this call being recorded', () => {
    assert.equal(read('La grabación del webinar está disponible en nuestra web.').records, false);
    assert.equal(read('Escuche el mensaje grabado hasta el final.').records, false);
  });

  it('pre-verbal "no" (with or without a clitic) denies the recording', () => {
    for (const t of ['Esta llamada no será grabada.', 'No grabamos esta llamada.', 'Esta llamada no se graba.', 'Nunca grabamos las llamadas.']) {
      const r = read(t);
      assert.equal(r.denies, true, t);
      assert.equal(r.records, false, t);
    }
  });

  it('"not all" is no denial, whether the quantifier follows "no" or the verb (also after a reflexive "se")', () => {
    for (const t of ['No todas las llamadas son grabadas.', 'No grabamos todas las llamadas.', 'No se graban todas las llamadas.']) {
      const r = read(t);
      assert.equal(r.denies, false, t);
      assert.equal(r.records, true, t);
    }
  });

  it('an opt-out in a condition says the call is recorded', () => {
    for (const t of ['Si no desea que la llamada sea grabada, indíquelo a nuestro agente.', 'Si prefiere no ser grabado, comuníquelo al agente.']) {
      const r = read(t);
      assert.equal(r.records, true, t);
      assert.equal(r.denies, false, t);
    }
  });

  it('a negation of a use excludes that purpose and is no denial; it covers a list joined by "ni"', () => {
    const r = read('Las llamadas se graban para la gestión de su solicitud y no se utilizarán con fines comerciales ni para entrenar modelos de inteligencia artificial.');
    assert.equal(r.records, true);
    assert.equal(r.denies, false);
    assert.deepEqual(r.purposes, ['service-provision']);
    assert.deepEqual(purposes('Grabamos las llamadas, pero no para marketing.'), []);
  });

  it('means name no purpose: transcribing, processing with AI, a consent question', () => {
    assert.deepEqual(purposes('Esta llamada será grabada y transcrita.'), []);
    assert.deepEqual(purposes('Su llamada podrá ser grabada y procesada con inteligencia artificial.'), []);
    assert.deepEqual(purposes('¿Nos permite grabar esta llamada?'), []);
  });

  it('a statement of lawfulness or a duty to inform names no legal duty; a duty to record does', () => {
    assert.deepEqual(purposes('De acuerdo con la normativa de protección de datos, le informamos de que esta llamada será grabada.'), []);
    assert.deepEqual(purposes('Estamos obligados a informarle de que esta llamada será grabada.'), []);
    assert.deepEqual(purposes('Estamos obligados por ley a grabar esta llamada.'), ['legal-compliance']);
    assert.deepEqual(purposes('La normativa MiFID exige que grabemos esta llamada.'), ['legal-compliance']);
  });

  it('vague: "por motivos de calidad" and "fines internos" are vague, a stated goal is not', () => {
    assert.deepEqual(read('Esta llamada puede ser grabada por motivos de calidad.'), { records: true, denies: false, vague: true, purposes: ['quality-assurance'] });
    assert.equal(read('Esta llamada podrá ser grabada con fines internos.').vague, true);
    assert.deepEqual(read('Para garantizar la calidad de nuestro servicio, esta llamada podrá ser grabada.'), { records: true, denies: false, vague: false, purposes: ['quality-assurance'] });
  });

  it('purposes are goals after "para", "con fines de", "como", with words between the parts', () => {
    assert.deepEqual(purposes('Esta llamada será grabada para gestionar su reclamación y como prueba de la contratación.'), ['complaint-handling', 'evidence']);
    assert.deepEqual(purposes('Grabamos esta llamada para tramitar su solicitud de alta.'), ['service-provision']);
    assert.deepEqual(purposes('Grabamos las llamadas para la formación de nuestros nuevos empleados.'), ['staff-training']);
    assert.deepEqual(purposes('Esta llamada puede ser escuchada por un supervisor para evaluar el desempeño de nuestros agentes.'), ['employee-evaluation']);
    assert.deepEqual(purposes('Grabamos esta llamada para entrenar a nuestro asistente virtual.'), ['ai-training']);
    assert.deepEqual(purposes('Esta llamada se grabará para detectar el estado de ánimo de los clientes.'), ['emotion-recognition']);
  });

  it('security is fraud prevention, the safety of staff is staff safety', () => {
    assert.deepEqual(purposes('Por su seguridad, esta llamada será grabada.'), ['fraud-prevention']);
    assert.deepEqual(purposes('Esta llamada se graba para la protección de nuestros empleados frente a insultos.'), ['staff-safety']);
  });

  it('a menu option names no purpose, unless its sentence speaks of recording', () => {
    assert.deepEqual(purposes('Esta llamada puede ser grabada. Para reclamaciones, pulse 2.'), []);
    assert.deepEqual(purposes('Esta llamada se graba para atender su reclamación; pulse 2.'), ['complaint-handling']);
  });

  it('"entrenamiento" alone is staff training (of a model it is AI training); "cumplimiento" alone is legal compliance', () => {
    assert.deepEqual(purposes('Esta llamada puede ser grabada con fines de calidad y entrenamiento.'), ['quality-assurance', 'staff-training']);
    assert.deepEqual(purposes('Grabamos la llamada para el entrenamiento de modelos de inteligencia artificial.'), ['ai-training']);
    assert.deepEqual(purposes('Esta llamada se graba por motivos de cumplimiento.'), ['legal-compliance']);
  });
});
