/**
 * Spanish notice tables for the generator, written for reclint in the structure of
 * notice-generator.md §3 (the spec has no Spanish table): usted throughout, "pulse" for keys, and
 * short forms that share "para".
 */
import type { NoticeTables } from '../../generate/tables';

export const notice: NoticeTables = {
  lettersPerSecond: 13,
  and: 'y',
  shortFor: 'para',
  recording: '{C} graba {CALL} {P}{S}.',
  retroactive: '{C} graba {CALL}{S}. Nuestro agente decide si conservamos la grabación {P}; si no, la borramos en un plazo de {T}.',
  thisCall: 'esta llamada',
  thisInternalCall: 'esta llamada interna',
  sampled: '{K} de cada {N} llamadas',
  sampledInternal: '{K} de cada {N} llamadas internas',
  one: 'una',
  many: '{K}',
  suffix: {
    onDemand: ', pero solo si nuestro agente lo decide',
    allConsent: ', pero solo con su consentimiento',
    both: ', pero solo si nuestro agente lo decide y usted da su consentimiento',
  },
  consent: 'Con su consentimiento, también usamos la grabación {P}.',
  writtenConsent: 'Con su consentimiento por escrito, también usamos la grabación {P}.',
  objection: 'Puede oponerse a la grabación: basta con decírnoslo.',
  rights: 'Puede pedir una copia de la grabación o que la borremos.',
  more: 'Más información en {U}.',
  moreNoUrl: 'Nuestro agente puede darle más información.',
  moreKey: 'Pulse {M} para saber más sobre su privacidad.',
  questionUse: '¿Podemos usar la grabación de esta llamada {P}?',
  questionRecord: '¿Podemos grabar esta llamada {P}?',
  withdrawal: 'Puede retirar su consentimiento en cualquier momento.',
  keys: 'Pulse {A} para sí o {R} para no.',
  units: {
    year: ['año', 'años'],
    month: ['mes', 'meses'],
    week: ['semana', 'semanas'],
    day: ['día', 'días'],
    hour: ['hora', 'horas'],
    minute: ['minuto', 'minutos'],
    second: ['segundo', 'segundos'],
  },
  purposes: {
    'quality-assurance': { full: 'para mejorar nuestro servicio', short: 'el control de calidad' },
    'staff-training': { full: 'para formar a nuestro personal', short: 'la formación del personal' },
    'employee-evaluation': { full: 'para evaluar el trabajo de nuestros empleados', short: 'la evaluación de los empleados' },
    evidence: { full: 'como prueba de lo acordado', short: 'la prueba de lo acordado' },
    'complaint-handling': { full: 'para gestionar reclamaciones', short: 'la gestión de reclamaciones' },
    'legal-compliance': { full: 'para cumplir con nuestras obligaciones legales', short: 'las obligaciones legales' },
    'fraud-prevention': { full: 'para prevenir el fraude', short: 'la prevención del fraude' },
    'staff-safety': { full: 'para proteger a nuestro personal', short: 'la protección del personal' },
    troubleshooting: { full: 'para detectar problemas técnicos', short: 'la resolución de problemas técnicos' },
    'speech-analytics': { full: 'para analizar automáticamente nuestras llamadas', short: 'el análisis de voz' },
    'emotion-recognition': { full: 'para reconocer emociones en la conversación', short: 'el reconocimiento de emociones' },
    'ai-training': { full: 'para mejorar nuestros sistemas de inteligencia artificial', short: 'el entrenamiento de la IA' },
    marketing: { full: 'con fines de marketing', short: 'el marketing' },
    'service-provision': { full: 'para atender su solicitud', short: 'la gestión de su solicitud' },
    publication: { full: 'para su publicación fuera de nuestra organización', short: 'la publicación' },
  },
};
