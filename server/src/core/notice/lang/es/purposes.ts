/**
 * Spanish purpose vocabulary: the phrases that name each purpose, the vague phrases that name none and
 * the goal clauses notice-reading.md §3 names (notation: see ../lexicon-types.ts).
 */
import type { NoticeLexicon } from '../lexicon-types';

const STAFF = 'agente*|empleado*|trabajador*|personal|equipo*|asesor*|gestor*|operador*|teleoperador*|colaborador*|profesional*|plantilla|comercial*|nuevos|nuevas';
const AI = 'ia|inteligencia|modelo*|algoritmo*|aprendizaje|robot*|chatbot*|bot|bots|voicebot*|virtual*|neuronal*|automatizad*';

export const purposes: NoticeLexicon['purposes'] = [
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    { id: 'evidence', outranks: ['service-provision'], phrases: ['disputa*', 'litigio*', 'desacuerdo*', 'discrepancia*', 'controversia*'] },
    // a legal duty to pass the recording on is the duty of the sharing, no goal of the recording (docs/notice-reading.md R236)
    { stop: true, phrases: ['compart*|cede*|cedid*|ceder*|comunic*|transmit*|divulg*|entreg* ...10 salvo|excepto|menos|exceptuando ..6 obligacion*|ley|leyes|requerimiento*|orden', 'compart*|cede*|cedid*|ceder*|comunic*|transmit*|divulg*|entreg* ...10 salvo|excepto|menos|exceptuando ..6 obligacion*|requerimiento*|orden ..2 legal*|judicial*'] },
    // la supervisión clínica o profesional es un control del servicio (§3 quality assurance; docs/notice-reading.md R239)
    { id: 'quality-assurance', phrases: ['supervision ..1 clinica|profesional'] },
    { id: 'legal-compliance', vague: true, phrases: ['fines|motivos|temas|cuestiones|efectos|propositos de|del auditoria'] },
    // vagos, sin fin: informativos, protección de datos; la trazabilidad es prueba (docs/notice-reading.md)
    { vague: true, phrases: ['fines|motivos|temas|cuestiones|efectos|propositos informativos', 'titulo informativo', 'fines|motivos|temas|cuestiones|propositos de proteccion ..2 datos'] },
    // una unidad o un canal de ventas dice dónde o cómo, no un fin (R259, como fr R249): "sus agentes comerciales", "Visita comercial"
    { stop: true, phrases: ['agente|agentes|representante|representantes|asesor|asesores|visita|visitas|departamento|equipo|red|oficina|oficinas|area|delegacion ..1 comercial|comerciales'] },
    // una lista que comparte «fines» tras un adjetivo (R261): "para fines legales y de auditoría"
    { id: 'legal-compliance', vague: true, phrases: ['fines|propositos|motivos|efectos ..1 y|e de|del auditoria|auditorias'] },
    // con fines de verificación, como "verification purposes" (§3 prueba; R256)
    { id: 'evidence', phrases: ['fines|motivos|temas|cuestiones|propositos|efectos de verificacion !de|del'] },
    // the recording made part of the contract is its proof (§3 evidence; R253): "ha sido grabada, forma parte del contrato"
    { id: 'evidence', phrases: ['forma|formara|formaran|forman|formar parte ..2 contrato|poliza|acuerdo', 'parte integrante ..2 contrato|poliza'] },
    { id: 'evidence', phrases: ['trazabilidad', 'documentar ..3 su ..2 solicitud|reclamacion|siniestro|caso|instrucciones'] },
    // establishing the facts of what was said or done is proof of it (§3 evidence; docs/notice-reading.md R50): "para establecer los hechos"
    { id: 'evidence', phrases: ['establecer|determinar|esclarecer|aclarar|constatar|comprobar|reconstruir ..3 hechos', 'saber|averiguar|determinar|aclarar|establecer ..2 que ..2 paso|ocurrio|sucedio'] },
    { id: 'quality-assurance', vague: true, phrases: ['fines|motivos|temas|cuestiones|propositos de mejora !de|del'] },
    { id: 'evidence', vague: true, phrases: ['como|para referencia', 'fines|propositos de referencia', 'referencia futura'] },
    // mejorar el trato con quien llama es aseguramiento de la calidad, nombre lo que nombre de él (R286): "mejorar nuestras
    // interacciones con usted", "la experiencia del cliente", "nuestra comunicación con los clientes"
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: [
      'mejorar|mejora|mejoras|optimizar|optimizacion|perfeccionar ...5 interacciones|interaccion|comunicacion|comunicaciones|experiencia|procesos|proceso|atencion|asesoramiento|relacion|relaciones|gestion|tramitacion|tiempos|ayuda|asistencia|acompanamiento',
      'mejorar|mejora|optimizar ..3 forma|manera|modo ..2 en ..2 que'] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: 'quality-assurance',
      vague: true,
      phrases: [
        'fines|motivos|temas|cuestiones|razones|efectos|objetivos|propositos de|del calidad !de|del|en',
        'fines|motivos|temas|cuestiones|razones|efectos|propositos ...5 y|e|o ..2 calidad',
        'por|para calidad !de|del|en',
        // a list shares its preposition (§4): "para formación y calidad"
        'y|e|o ?la calidad !de|del|en',
        // "monitoring purposes" is vague quality assurance (notice-reading.md §3)
        'fines|motivos|temas|cuestiones|efectos|propositos ..2 monitorizacion|supervision|seguimiento|control !de|del',
      ],
    },
    {
      id: 'quality-assurance',
      phrases: [
        'mejor*|garantizar|asegurar|controlar|verificar|medir|evaluar|mantener|optimizar|supervisar|revisar ...5 calidad|servicio*|atencion|satisfaccion|asesoramiento|respuesta*|prestacion*',
        'mejora|control|seguimiento|evaluacion|medicion|verificacion|supervision|optimizacion|aseguramiento|revision ..3 calidad|servicio*|atencion|satisfaccion',
        'calidad de|del ..3 servicio*|atencion|asesoramiento|respuesta*|prestacion*|nuestro*|nuestra*',
        // the service the goal describes by its quality: "para ofrecerle una atención amable y profesional" (docs/notice-reading.md R263)
        'servicio|servicios|atencion|asesoramiento ..3 amable*|cortes|eficiente*|eficaz|eficaces|profesional*|rapid*|agil*|personalizad*|excelente*|optim*|adecuad*|fiable*|satisfactori*',
        'buen|buena|excelente|mejor ..1 servicio|atencion|asesoramiento|experiencia',
        'satisfaccion ..2 cliente*',
        'control de calidad',
        'calidad en ..2 servicio*|atencion|asesoramiento',
        'atender* ..2 mejor',
        'mejor ..2 atender*|servir*|atenderle',
        'opinion ..2 cliente*',
        // the correctness of the answers given is their quality (§3)
        'exactitud|precision|veracidad|correccion ..3 respuestas|informacion|informaciones|asesoramiento|indicaciones',
      ],
    },
    // ── staff-training (onboarding and coaching included) ───────────────
    // training or coaching words with "of our (new) <people>", whatever the job title, are staff training (§3; docs/notice-reading.md R25); a known staff word is left to the phrases above, which name it:
    // "para el acompañamiento de nuestras nuevas enfermeras"; not our customers, patients or AI systems
    { id: 'staff-training', phrases: [`formacion|formar|acompanamiento|acompanar|capacitacion|capacitar|entrenamiento|entrenar|integracion|coaching ..1 de|a ?los|las nuestros|nuestras|nuestro|nuestra ?nuevos|nuevas|nuevo|nueva !cliente*|paciente*|socio*|afiliado*|usuario*|visitante*|alumno*|ninos|servicio*|producto*|sistema*|ia|modelo*|chatbot*|voicebot*|robot*|asistente*|web|aplicacion*|proceso*|calidad|datos|herramientas !${STAFF} _ !cliente*|paciente*|socio*|afiliado*|usuario*|visitante*|alumno*|ninos|servicio*|producto*|sistema*|ia|modelo*|chatbot*|voicebot*|robot*|asistente*|web|aplicacion*|proceso*|calidad|datos|herramientas`] },
    // el personal desarrollado o con retroalimentación es formación, como el coaching (§3; R293)
    { id: 'staff-training', phrases: [`desarrollo ..3 profesional ..3 ${STAFF}`, `desarrollo profesional`, `retroalimentacion|feedback ..3 a ..2 ${STAFF}`] },
    // helping staff improve is training them; a coach who listens is there for it (§3; docs/notice-reading.md R30)
    // staff who improve, as en "staff who learn" (R173): "para que nuestros agentes puedan mejorar" (docs/notice-reading.md R275)
    { id: 'staff-training', phrases: [`${STAFF} ..2 puedan|pueda ..2 mejorar|progresar|crecer|aprender`, `${STAFF} ..3 mejoren|progresen|crezcan`] },
    { id: 'staff-training', phrases: [`ayudar ..3 ${STAFF} ...4 mejorar|aprender|progresar|desarrollar*|crecer`, 'formador|formadora|formadores ...6 escuchar|escucha|escuchan'] },
    {
      id: 'staff-training',
      phrases: [
        'formacion*',
        // "formar parte de" is to be part of, no training (R288)
        'formar !parte',
        'formativ*',
        'capacitacion*',
        'capacitar',
        'coaching',
        `formar|capacitar|entrenar|preparar|orientar|acompanar ..4 ${STAFF}`,
        `${STAFF} ...4 formar|formados|formadas|capacitar|capacitados|entrenar|entrenados|aprend*`,
        `entrenamiento|aprendizaje|incorporacion|acogida ..3 ${STAFF}`,
      ],
    },
    // ── employee-evaluation: an employee's performance assessed ─────────
    {
      id: 'employee-evaluation',
      phrases: [
        `evaluacion|evaluar|valoracion|valorar ..4 ${STAFF}|desempeno|rendimiento`,
        'desempeno',
        `rendimiento ..3 ${STAFF}`,
        `${STAFF} ...4 evaluar|evaluados|evaluadas|evaluacion|valorar`,
        // their work or performance when the staff were just named (§3; docs/notice-reading.md R132): "nuestros agentes saben que … se usan para evaluar su trabajo"
        `${STAFF} ...12 evaluar|valorar|evaluacion|valoracion|medir ?de su|sus trabajo|labor|desempeno|rendimiento|actuacion`,
        `evaluar|valorar|evaluacion|valoracion|medir ..2 trabajo|labor|actuacion|eficacia ..3 ${STAFF}`,
        // the productivity of staff measured is their performance (docs/notice-reading.md R185)
        `productividad|eficiencia ..3 ${STAFF}`,
      ],
    },
    // ── evidence: proof of what was said or agreed, and disputes ────────
    {
      id: 'evidence',
      phrases: [
        // to prove, as a verb: "para poder demostrar lo que se dijo"
        'demostrar|acreditar ..4 contratacion|contrato|acuerdo|consentimiento|pedido|operacion|compra|acordado|pactado|dicho|aceptado|conformidad',
        'demostrar|acreditar|justificar ..4 lo que',
        // to justify, as a verb of proving (docs/notice-reading.md R181): "justificar el contenido de la venta"
        'justificar ..4 contratacion|contrato|acuerdo|consentimiento|pedido|operacion|compra|venta|contenido|instrucciones|conformidad',
        'prueba* ..4 contratacion|contrato|acuerdo|conformidad|consentimiento|pedido|operacion|compra|alta|venta|acordado|pactado|dicho|aceptado',
        'como prueba',
        // the caller's instructions checked are proof of what was asked, as en "to verify your instructions" (docs/notice-reading.md R273)
        'verificar|comprobar|confirmar|acreditar ..3 instrucciones|ordenes|indicaciones',
        // the recording that constitutes proof is kept as proof: "constituirán prueba plena" (docs/notice-reading.md R268)
        'constitu* ..2 prueba|pruebas|evidencia|evidencias',
        'probatori*',
        // tracing later what was done or said is keeping proof of it (§3; docs/notice-reading.md R124): "para poder reconstruir la operación"
        'reconstruir|rastrear ...4 operacion*|transaccion*|gestion*|gestiones|ocurrido|historial|pasos|conversacion',
        // capturing the caller's acceptance of an offer or contract is proof of the agreement (§3; docs/notice-reading.md R125):
        // "para recoger cómo aceptas la oferta"; asking consent to the recording names no purpose
        'recoger|registrar|reflejar|capturar|constatar|verificar|comprobar ...3 acepta|aceptas|aceptan|acepto|aceptacion|aceptaciones|aceptado|contratacion',
        'acreditar',
        'acreditacion',
        'constancia',
        'justificante',
        'verificar|confirmar|confirmacion|verificacion|validar|validacion ..4 contratacion|contrato|pedido|acuerdo|operacion|compra|alta|venta|consentimiento|acordado|adquirir|adquisicion|contratar|comprar|suscripcion|suscribir',
        'disputa*',
        'litigio*',
        'controversia*',
        'desacuerdo*',
        'discrepancia*',
        'lo ..3 acordado|pactado|dicho|contratado|convenido',
        'documentar|documentacion ..3 llamada|conversacion|acuerdo*|contratacion',
        'seguridad juridica',
      ],
    },
    // ── complaint-handling ──────────────────────────────────────────────
    { id: 'complaint-handling', phrases: ['reclamacion*', 'queja*', 'gestion|tramitacion|tratamiento|resolucion|resolver|gestionar|tramitar ..3 reclamacion*|queja*'] },
    // the caller's own complaint form is their complaint (the blank form is where one complains)
    { id: 'complaint-handling', phrases: ['su|tu|sus|tus hoja* ..2 reclamacion*'] },
    // una empresa nombrada por su oficio ("las empresas de marketing", "una agencia de televenta") dice quién graba, no para qué (docs/notice-reading.md R265)
    { stop: true, phrases: ['empresa|empresas|agencia|agencias|firma|firmas|compania|companias|proveedor|proveedores ..2 marketing|telemarketing|televenta|ventas|publicidad'] },
    { stop: true, phrases: ['departamento|servicio ..2 reclamaciones', 'hoja* ..2 reclamaciones', 'linea|numero|telefono ..3 reclamaciones|fraude|seguridad'] },
    // ── legal-compliance: only a duty to record that the law imposes ────
    {
      id: 'legal-compliance',
      phrases: [
        'obligacion* ..3 legal*|normativ*|regulatori*',
        'legalmente ..3 obligad*|requerid*|exigid*',
        // what the law requires, named: "conforme a lo exigido por la Ley del Mercado de Valores" (docs/notice-reading.md R272)
        'exigido|exigida|requerido|requerida|impuesto|impuesta|establecido ..2 por ..2 ley|leyes|normativa|regulacion|reglamento|directiva',
        'obligad* ..3 ley|legalmente|normativa*|regulacion*',
        'exig* ..3 ley|normativa*|regulacion*|legal*',
        'ley|normativa|regulacion|reglamento ...4 obliga|exige|requiere|impone',
        'requisito* ..2 legal*|normativ*|regulatori*',
        'cumplir|cumplimiento ..3 obligacion*|requisito*|ley|leyes|normativa*',
        'imperativo legal',
        'mifid*',
        'cnmv',
        'fines|motivos|temas|cuestiones|propositos ..2 legales|regulatorios|normativos',
      ],
    },
    // las grabaciones protegidas contra el uso indebido o el acceso no autorizado: una protección, no una finalidad (R282)
    { stop: true, phrases: [
      '=grabacion|=grabaciones|=datos|=informacion ..4 protegid*|resguardad*|asegurad*|custodiad*|almacenad*|conservad* ..2 contra|frente ..4 uso|usos|acceso*|perdida|robo|divulgacion|alteracion|destruccion|tratamiento',
      '=grabacion|=grabaciones|=datos|=informacion ...6 contra|frente ..3 uso|usos|acceso|accesos|utilizacion indebido|indebidos|indebida',
      '=grabacion|=grabaciones|=datos|=informacion ...6 contra|frente ..3 uso|usos|acceso|accesos|utilizacion no ..1 autorizado|autorizados|autorizada',
      '=protegemos|=protege|=resguardamos ..3 =grabacion|=grabaciones|=datos|=informacion ..2 contra|frente ..4 uso|usos|acceso*|perdida|robo',
      'seguridad|proteccion|confidencialidad ..1 de ..2 =grabacion|=grabaciones|=datos|=informacion',
      'uso|usos indebido|indebidos ..2 de ..2 =grabacion|=grabaciones|=datos'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        'proteccion ..2 datos',
        'rgpd',
        'lopd*',
        'reglamento general',
        'de acuerdo|conformidad ...5 ley|normativa*|legislacion|reglamento',
        'conforme ...5 ley|normativa*|legislacion|reglamento',
        // conformity with the rules in force, whatever they are, says the recording is lawful (R281): "de acuerdo con los requisitos
        // legales aplicables", "con sujeción a la legislación local"
        'de acuerdo|conformidad|conforme ..3 requisitos|exigencias|disposiciones|regulaciones|normas|obligaciones ..1 legales|aplicables|vigentes|locales|normativos|regulatorios',
        'con sujecion|sujeto|sujeta|sin perjuicio ..3 ley|leyes|legislacion|normativa*|regulacion*|disposiciones',
        'permitid* ..3 ley|normativa*|legislacion',
        'obligad* ..2 informar*|comunicar*',
        // a law that requires the caller's consent or that the caller be told imposes no duty to record (docs/notice-reading.md R151):
        // "la ley exige su consentimiento", "la ley nos obliga a informarle", "estamos legalmente obligados a avisarle"
        'ley|leyes|legislacion|normativa|regulacion|legal*|legalmente ..3 obliga|obligan|exige|exigen|requiere|requieren|impone|imponen|establece|debemos|obligad*|obligacion ..3 informar*|avisar*|advertir*|notificar*|comunicar*|consentimiento|autorizacion|aviso|notificacion|informacion',
        'obligacion ..3 informar*',
        'cumplimiento ..3 proteccion ..2 datos',
        'cumplir ..3 proteccion ..2 datos',
      ],
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    // la identidad de quien llama verificada es prevención del fraude (docs/notice-reading.md R280)
    { id: 'fraud-prevention', outranks: ['evidence'], phrases: ['verificacion|verificar|comprobacion|comprobar|validacion|validar|confirmar|confirmacion|autenticacion|autenticar ..3 identidad|identidades'] },
    {
      id: 'fraud-prevention',
      phrases: [
        // una actividad contraria a la ley, a prevenir o detectar, es prevención del fraude (R283)
        'actividad|actividades|operacion|operaciones|uso|usos|acto|actos|conducta|conductas|acceso|accesos|practica|practicas ..1 ilicita|ilicitas|ilicito|ilicitos|ilegal|ilegales|delictiva|delictivas|delictivo|delictivos|fraudulenta|fraudulentas|fraudulento|fraudulentos',
        // access or use without authority (docs/notice-reading.md R186)
        'acceso*|uso|usos|operacion*|cargo*|transaccion* no autorizad*', 'uso|usos|utilizacion ..1 indebid*',
        'fraude*', 'fraudulent*', 'antifraude', 'seguridad', 'su ..2 seguridad', 'motivos|razones|fines ..2 seguridad', 'suplantacion*', 'usurpacion*', 'blanqueo', 'estafa*', 'prevencion ..3 fraude*|delito*'],
    },
    // ── staff-safety ────────────────────────────────────────────────────
    {
      id: 'staff-safety',
      phrases: [
        `seguridad|proteccion|proteger ..4 ${STAFF}`,
        `${STAFF} ...4 proteger|protegidos|seguridad`,
        'agresion*',
        'agresiv*',
        'amenaza*',
        'insulto*',
        'violencia',
        'acoso',
        // the police as a party the recording reaches, not the police recording its own calls (docs/notice-reading.md R33, R130)
        'entreg*|facilit*|remit*|remitir|ceder|cedid*|cedera*|comunic*|traslad*|disposicion ...5 policia|mossos|ertzaintza',
        'entreg*|facilit*|remit*|remitir|ceder|cedid*|cedera*|comunic*|traslad*|disposicion ...5 guardia civil',
        'denuncia*',
        'comportamiento* ..2 inapropiad*|abusiv*|agresiv*|ofensiv*',
      ],
    },
    // ── troubleshooting ─────────────────────────────────────────────────
    {
      id: 'troubleshooting',
      phrases: ['problema* ..2 tecnico*', 'incidencia* ..2 tecnica*', 'averia*', 'fallo* ..2 tecnico*|linea|conexion|centralita|red|sistema*|telefonia|cobertura', 'problema* ..2 cobertura|conexion|linea|sonido', 'calidad ..2 linea|sonido|conexion|comunicacion|audio'],
    },
    // ── speech-analytics: automated analysis of what is said ────────────
    {
      id: 'speech-analytics',
      phrases: [
        'analisis ..3 voz|habla|vocal|conversacion*|contenido',
        'analitica ..3 voz|habla|conversacion*',
        'speech analytics',
        'analiz* ..4 automatica*|automaticamente|contenido|palabras|temas|tendencias',
        'automatica* ..3 analiz*|analisis',
        'palabras clave',
        // topics and trends across calls are analytics, whatever stands before (§3; docs/notice-reading.md R189)
        'tendencias', 'temas ..2 consultados|frecuentes|recurrentes|habituales', 'motivos de llamada',
      ],
    },
    // automated analysis with a goal stated is the means of that goal, not speech analytics (§3; docs/notice-reading.md R60)
    { stop: true, phrases: ['analiz* automaticamente|automaticamente ...1 para', 'automaticamente analiz* ...1 para', 'analisis automatico ...1 para'] },
    // ── emotion-recognition ─────────────────────────────────────────────
    // emotion in everyday words: "si parece molesto" (§3; docs/notice-reading.md R31)
    { id: 'emotion-recognition', phrases: ['parece|parecen|suena|suenan|esta|estan|siente|sienten ..2 frustrad*|molest*|enfadad*|enojad*|irritad*|estresad*|nervios*', 'enfado|enojo|molestia|irritacion'] },
    { id: 'emotion-recognition', phrases: ['emocion*', 'emocional*', 'sentimiento*', 'estado ..2 animo', 'estres', 'frustracion', 'tono ..2 voz', 'reconocimiento ..2 emocion*', 'analisis|analiz* ..4 emocion*|sentimiento*|animo'] },
    // ── ai-training: recordings teach an AI system ──────────────────────
    {
      id: 'ai-training',
      phrases: [
        `entren*|mejorar|perfeccionar|desarrollar|optimizar|ensenar|formar|formacion ..4 ${AI}`,
        `${AI} ...4 entrenar|entrenamiento|aprender|aprenda`,
        // la IA como medio de mejorar el servicio no es una IA entrenada (docs/notice-reading.md R267)
        `${AI} ...4 mejorar|optimizar|perfeccionar !nuestro|nuestra|nuestros|nuestras|el|la|los|las|su|sus|tu|tus`,
        `${AI}|asistente* ...4 entienda|entender*|comprenda|comprender*|reconozca|reconocer`,
        // a voice or virtual assistant learning is the AI system trained (§3)
        'asistente* ..2 voz|virtual*|digital* ...4 aprend*',
        // an assistant that is a voice or a virtual one is the AI system trained: "entrenar a nuestro asistente de voz" (§3)
        'entren*|mejorar|perfeccionar|ensenar|optimizar ..4 asistente* ..2 voz|virtual*|digital*',
        'aprendizaje automatico',
        // training a system is teaching it ("entrenar nuestro sistema de reconocimiento de voz")
        'entren*|ensenar ..4 sistema*|reconocimiento',
        'machine learning',
      ],
    },
    // a virtual or conversational agent is an AI system, not staff (docs/notice-reading.md R180)
    { id: 'ai-training', outranks: ['staff-training'], phrases: ['entren*|mejorar|perfeccionar|ensenar|formar|formacion|optimizar|aprendizaje ..4 agente*|asesor* ..1 virtual*|conversacional*|ia|inteligente*'] },
    // ── marketing ───────────────────────────────────────────────────────
    { id: 'marketing', phrases: ['oferta* ..1 personalizad*|comercial*|promocional*', 'enviar*|hacer*|ofrecer* ..3 oferta*', 'marketing', 'comercial*', 'publicidad', 'publicitari*', 'promocion*', 'promocional*', 'prospeccion', 'estudio* ..2 mercado', 'perfilado', 'elaboracion ..2 perfiles'] },
    { stop: true, phrases: [`${STAFF}|departamento|area|gestor*|asesor* ..2 comercial*`, 'comercial ..2 asignad*', 'llamada*|conversacion*|comunicacion*|gestion* comercial*'] },
    // an offer or an advertisement sent to the caller is no service to them (docs/notice-reading.md R61, R126)
    { stop: true, phrases: ['oferta*|publicidad|promocion*|novedades|boletin*|descuento*|comunicaciones ...4 le|te|les|se'] },
    // ── publication ─────────────────────────────────────────────────────
    { id: 'publication', phrases: ['publicar', 'publicarla*|publicarlo*|publicarlas|publicarlos|difundirla*|difundirlo*', 'publicad*', 'publicacion*', 'difundir', 'difusion', 'podcast*', 'redes sociales', 'radio', 'emitid* ..3 radio|television|antena'] },
    // ── personal-use ────────────────────────────────────────────────────
    { id: 'personal-use', phrases: ['uso ..2 personal|privado|particular', 'fines|propositos ..2 personales|privados|particulares', 'exclusivamente personal'] },
    // ── service-provision ───────────────────────────────────────────────
    { id: 'service-provision', vague: true, phrases: ['fines|motivos|temas|cuestiones|razones|propositos ..2 servicio', 'fines|propositos de|del ?nuestro|su|el servicio',
      // customer-service purposes are service purposes, vague (§3; docs/notice-reading.md R80): "con fines de atención al cliente"
      'fines|motivos|temas|cuestiones|razones|efectos|propositos ..3 atencion ..2 cliente|clientes|clientela|usuario|usuarios|socio|socios'] },
    {
      id: 'service-provision',
      phrases: [
        'gestion|gestionar|tramitar|tramitacion|tramite|atender|resolver|resolucion|procesar|ejecutar|ejecucion|realizar|seguimiento ..3 solicitud*|peticion*|pedido*|consulta*|gestion*|expediente*|contrato|operacion*|siniestro*|incidencia*|alta|tramite*|necesidad*|caso',
        'responder ..3 consulta*|pregunta*|solicitud*|peticion*',
        'prestacion|prestar ..3 servicio*',
        'ayudar* ..3 consulta*|solicitud*|gestion*|caso',
      ],
    },
    // ── vague, naming no purpose ────────────────────────────────────────
    { vague: true, phrases: ['fines|motivos|temas|cuestiones|uso|efectos|propositos internos|interno|administrativos|administrativo*|operativos', 'fines|motivos|temas|cuestiones|uso|efectos|propositos meramente|puramente|estrictamente|exclusivamente internos|interno|administrativos|administrativo*|operativos', 'gestion interna', 'otros fines', 'fines|propositos diversos',
      // internal analysis and administrative management name no purpose (§3 "internal", "administrative"; R5; docs/notice-reading.md R80)
      'analisis ..1 interno|internos|interna', 'gestion|gestiones ..1 administrativa|administrativas|interna|internas !de|del',
      // reasons left unnamed are purposes left unnamed: "por diversos motivos"
      'diversos|varios|distintos ..2 motivos|fines', 'motivos diversos'] },
    // ── goals notice-reading.md §3 names: a summary for the caller, documentation, feedback, staff performance ──
    // answering or calling back the caller is carrying out what the caller asked (§3; docs/notice-reading.md R27): the goal after "transcribed"
    { id: 'service-provision', phrases: ['responderle|responderles|contestarle|contestarles|llamarle|llamarles|devolverle', 'ayudar* ..2 responder|contestar', 'poder responder|contestar', 'para ..3 responder|contestar !a|al|de|del'] },
    // transcripts delivered are the service the caller gets (R233): "para entregar transcripciones"
    { id: 'service-provision', phrases: ['proporcionar|entregar|ofrecer|facilitar ..3 transcripcion*'] },
    // the goal as a resulting state: "para que los acuerdos queden por escrito" (§3 evidence; docs/notice-reading.md R32)
    { id: 'evidence', phrases: ['acuerdo|acuerdos|acordado|pactado|compromiso* ...8 constancia|documentad*|plasmad*', 'acuerdo|acuerdos|acordado|pactado|compromiso* ...8 queden|quede|conste|consten por escrito'] },
    // the assistant adapted after its errors is AI improvement without the word "train" (§3 ai-training; docs/notice-reading.md R34)
    // the capabilities or answers of a name shaped as an AI system (Chat…, …Bot, …GPT) improved is AI improvement (§3; docs/notice-reading.md R34, R135)
    { id: 'ai-training', phrases: ['mejorar|perfeccionar|optimizar|entrenar|afinar|ampliar ?aun|todavia ?mas ?las|la|el|los capacidades|capacidad|respuestas|comprension|conocimientos|habilidades de|del chat*|*bot|*bots|*gpt|gpt*'] },
    { id: 'ai-training', phrases: ['chatbot*|voicebot*|bot ...4 ajusta*|mejora*|optimiza*|adapta*', 'asistente* ..1 virtual|voz|ia|digital ...4 ajusta*|mejora*|optimiza*|adapta*'] },
    // a service verb with the caller's own matter, whatever its noun, is carrying out what the caller asked (§3; docs/notice-reading.md R24):
    // "para gestionar su reserva", "para tramitar su pedido"; not the caller's data, call or complaint
    { id: 'service-provision', phrases: [
      'gestionar|gestion|tramitar|tramitacion|atender|atencion|procesar|resolver|ejecutar|ejecucion|programar|agendar|organizar ..2 su|sus|tu|tus !datos|informacion|llamada|llamadas|conversacion*|voz|grabacion*|identidad|privacidad|reclamacion*|queja*|opinion*|satisfaccion|consentimiento|experiencia _ !datos|informacion|llamada|llamadas|conversacion*|voz|grabacion*|identidad|privacidad|reclamacion*|queja*|opinion*|satisfaccion|consentimiento|experiencia',
    ] },
    { id: 'service-provision', phrases: ['resumen ..5 asesoria|asesoramiento|llamada|conversacion|consulta', 'enviar*|enviarle|recibir ...5 resumen',
      // a summary or the minutes of the caller's own meeting made from the recording (§3; docs/notice-reading.md R61): "para hacer un resumen de la reunión"
      'hacer|elaborar|redactar|preparar|generar|crear|realizar|hacerle|hacerte|elaborarle|prepararle ...4 resumen*|minuta*|sintesis',
      'resumen*|minuta*|sintesis ...4 elaborad*|redactad*|preparad*|generad*|cread*|realizad*'] },
    // scheduling an appointment is the service asked (§3; docs/notice-reading.md R76): "con fines de programación de citas"
    { id: 'service-provision', phrases: ['programacion|gestion|agendamiento|reserva|asignacion|solicitud|coordinacion ..2 cita|citas', 'agendar|programar|reservar|gestionar|asignar|coordinar|concertar ..3 cita|citas'] },
    // a recording kept as a back-up, or to validate what was said, is proof (§3)
    { id: 'evidence', phrases: ['como respaldo', 'respaldo ..3 validacion|tramite|acuerdo|contratacion', 'validacion', 'para validar'] },
    { id: 'evidence', phrases: ['documentacion', 'malentendido*', 'validez ..2 juridica|legal'] },
    { id: 'quality-assurance', phrases: ['opinion*|comentarios ..3 cliente*|servicio', 'sus opiniones'] },
    { id: 'staff-training', phrases: ['mejorar ..3 desempeno|rendimiento', 'entrenamiento'] },
    { id: 'legal-compliance', phrases: ['cumplimiento normativo|regulatorio|legal'] },
    // el cumplimiento sin norma nombrada es vago, fin más cercano legal-compliance (docs/notice-reading.md R4)
    { id: 'legal-compliance', vague: true, phrases: ['cumplimiento !de|del|con|normativo|regulatorio|legal', 'compliance'] },
    // el análisis es un medio: vago, sin fin (docs/notice-reading.md R5)
    { vague: true, phrases: ['fines|motivos|temas|cuestiones|efectos|propositos de|del analisis', 'fines|propositos analiticos|estadisticos'] },
    // a public body's tasks or powers name no built-in purpose (docs/notice-reading.md R130): "en el ejercicio de sus funciones"
    { stop: true, phrases: ['ejercicio|cumplimiento|desempeno ..3 funcion|funciones|competencia|competencias|atribuciones'] },
    // bare analysis as the goal, with nothing named to analyse, is vague (docs/notice-reading.md R97, R131)
    { vague: true, phrases: ['para|con ?un|el|su ?posterior|ulterior analisis !de|del|automatico|automatizado|vocal|semantico|por|mediante|con', 'para|con ?un|el|su analisis posterior|ulterior !de|del|automatico|automatizado|por|mediante|con'] },
    { id: 'quality-assurance', phrases: ['mejor* ..3 procesos'] },
    // checking the advice or the information given is quality assurance (§3)
    { id: 'quality-assurance', phrases: ['revisar|verificar|comprobar|controlar ..3 consejo*|asesoramiento|informacion|respuesta* ...4 recibid*|dad*|facilitad*|proporcionad*|ofrecid*', 'revisar|verificar|comprobar|controlar ..3 consejo*|asesoramiento'] },
    // the same check as a clause: "comprobar que le hemos informado correctamente" (§3)
    { id: 'quality-assurance', phrases: ['revisar|verificar|comprobar|controlar|asegurar* ...6 informad*|asesorad*|atendid*|orientad*|ayudad* ..2 correctamente|bien|adecuadamente', 'revisar|verificar|comprobar|controlar|asegurar* ...6 correctamente|bien|adecuadamente ..2 informad*|asesorad*|atendid*|orientad*'] },
    // the caller's matter made, completed or passed on, something delivered to the caller, and the goal that is the caller's matter itself are carrying out what the caller asked (§3; docs/notice-reading.md R61)
    { id: 'service-provision', phrases: [
      'abrir|crear|generar|preparar|completar|elaborar|apertura|creacion ..3 caso*|ticket*|expediente*|solicitud*|incidencia*|presupuesto*|pedido*|cita*|reserva*|cotizacion*|orden*|peticion*',
      // the same in the passive or with the clitic before the verb: "la transcripción le será enviada", "se le enviará una copia" (docs/notice-reading.md R126)
      'le|te|les sera|seran|es|son ?luego|despues|posteriormente enviad*|remitid*|entregad*|facilitad*|proporcionad*',
      'se le|te|les enviara|enviaran|envia|envian|remitira|remitiran|entregara|entregaran|facilitara|facilitaran|proporcionara|proporcionaran',
      'proporcionarle|proporcionarles|darle|darles|enviarle|enviarles|facilitarle|facilitarles|entregarle|entregarles|brindarle|brindarles !publicidad|promocion*|oferta*|ofertas|comunicaciones|novedades|boletin*|descuento* _ !publicidad|promocion*|oferta*|ofertas|comunicaciones|novedades|boletin*|descuento*',
      'dar|darle|dando|hacer|hacerle ?el seguimiento a|al ?su|sus|tu|tus|caso|solicitud|pedido|consulta',
      // the caller's matter carried through; the caller's contract ended, changed or opened (docs/notice-reading.md R187)
      'dar|damos|daremos curso|tramite|salida ..2 su|sus|tu|tus !reclamacion*|queja*',
      'baja|cancelacion|cancelar|modificacion|modificar|cambio|renovacion|renovar ..3 su|sus|tu|tus ?_ linea*|contrato*|cuenta*|tarifa*|poliza*|servicio*|suscripcion*|pedido*|reserva*|seguro*',
      'para su|sus|tu|tus presupuesto*|pedido*|solicitud*|caso|expediente|cita|reserva*|cotizacion*|tramite*|reparacion*|entrega*',
    ] },
    // assessing the caller's own request is carrying it out, not evaluating an employee (§3; docs/notice-reading.md R51)
    { id: 'service-provision', outranks: ['employee-evaluation'], phrases: [
      'evaluar|estudiar|valorar|revisar|analizar|examinar|evaluacion|estudio|valoracion|revision|examen ..3 su|sus|tu|tus ..2 solicitud*|expediente*|caso|peticion*|candidatura*|siniestro*|situacion',
    ] },
    // el tratamiento o la atención del paciente es el servicio prestado, específico (docs/notice-reading.md R70)
    { id: 'service-provision', phrases: ['fines|motivos|temas|cuestiones|propositos terapeuticos|medicos|asistenciales', 'fines|motivos|temas|cuestiones|propositos de tratamiento', 'atencion|asistencia medica|sanitaria|clinica', 'su|sus|tu|tus tratamiento|tratamientos|terapia'] },
    // el servicio medido con las expectativas es su calidad; la mejora continua sin objeto es vaga (docs/notice-reading.md R71)
    { id: 'quality-assurance', phrases: ['cumpla|cumplir|cumple|responda|responder|responde|supere|superar|satisfaga|satisfacer|este|estar ..3 expectativas'] },
    { id: 'quality-assurance', vague: true, phrases: ['mejora|mejoras continua|continuas|permanente|constante !de|del'] },
    // la investigación entre clientes sobre productos es un estudio de mercado (docs/notice-reading.md R72)
    { id: 'marketing', phrases: ['investigacion*|estudio* ..1 de ..1 producto*|consumidor*|consumo'] },
    // el archivo de la organización es su constancia de la llamada (docs/notice-reading.md R74): "para nuestros registros"
    { id: 'evidence', phrases: ['para|en nuestros|nuestro registros|registro|archivos|archivo|expedientes'] },
    // un registro de la llamada o de la solicitud que se conserva, y lo dicho que se comprueba, son constancia (R291), como en
    // "to keep a record of your request", "garder une trace de votre demande": "conservar un registro de su solicitud"
    { id: 'evidence', phrases: ['conservar|mantener|guardar|tener|dejar|llevar|disponer ..2 registro|registros|copia ..2 de|del ..2 solicitud|peticion|pedido|conversacion|llamada|llamadas|lo|instrucciones|operacion|contratacion|acuerdo',
      'comprobar|verificar|revisar|constatar|confirmar|saber ..2 lo que|cuanto ..3 dijo|dijeron|dicho|acordado|acordo|acordamos|hablado|hablo|pactado|convenido'] },
    // los requisitos de una ley, directiva o reglamento nombrados son una obligación legal (docs/notice-reading.md R75)
    { id: 'legal-compliance', phrases: ['requisito*|exigencia*|obligacion* ..3 directiva*|reglamento*|ley|leyes'] },
    // las razones legales nombran el origen de la obligación, como "legal reasons" (docs/notice-reading.md R4)
    { id: 'legal-compliance', phrases: ['fines|razones|motivos|propositos legales|juridicos|juridicas|regulatorios|normativos'] },
    // "por su protección y la nuestra": su protección, como "por su seguridad" (§3)
    { id: 'fraud-prevention', phrases: ['por|para su ?propia proteccion !de|del|datos', 'su proteccion y la nuestra'] },
    // mejorar sin decir qué: "para ayudarnos a mejorar", "para seguir mejorando" (docs/notice-reading.md R95)
    { id: 'quality-assurance', vague: true, phrases: ['ayudarnos|ayudar a mejorar !nuestro|nuestros|nuestra|nuestras|el|la|los|las|su|sus|tu|tus', 'seguir mejorando !nuestro|nuestros|nuestra|nuestras|el|la|los|las|su|sus|tu|tus'] },
    // los fines empresariales dicen de quién, el análisis y el seguimiento sin objeto nada: vagos, sin fin (docs/notice-reading.md R96, R97, R14)
    { vague: true, phrases: ['fines|motivos|temas|cuestiones|razones|propositos ..2 empresariales|corporativos|profesionales', 'para su analisis !de|del', 'para ?hacer ?un seguimiento !de|del|a|al|su|sus|tu|tus'] },
    // mejorar el reconocimiento de voz es mejorar un sistema de IA (§3 ai-training)
    { id: 'ai-training', phrases: ['mejorar|perfeccionar|optimizar|entrenar ..3 reconocimiento ..2 voz|habla'] },
];
