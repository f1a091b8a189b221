/**
 * Spanish notice lexicon. Notation: see ../lexicon-types.ts. Read by notice-reading.md: means
 * (grabar, transcribir, analizar, "con inteligencia artificial") name no purpose; a statement that
 * recording is lawful ("de acuerdo con la normativa de protección de datos") and a duty to inform
 * ("estamos obligados a informarle") name no legal duty to record.
 */
import type { NoticeLexicon } from '../lexicon-types';
import { purposes } from './purposes';

export const es: NoticeLexicon = {
  // grabar and its forms; "monitorizada", "escuchada por" (listened in on) are listening, not recording.
  // a negative pronoun stands for everything said: "no se graba nada" denies (lexicon-types)
  // the subject of a passive recording verb (docs/notice-reading.md R222): "Cada partida es grabada", "Cada partida se graba"
  passiveSubject: {
    passive: ['es', 'son', 'sera', 'seran', 'fue', 'fueron', 'ser', 'sido', 'se', 'esta', 'estan', 'siendo'],
    auxiliaries: ['es', 'son', 'sera', 'seran', 'fue', 'fueron', 'ser', 'sido', 'esta', 'estan', 'siendo', 'puede', 'pueden', 'podra', 'podran', 'debe', 'deben', 'se', 'tambien', 'siempre', 'automaticamente'],
    determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'cada', 'algunos', 'algunas'],
  },
  callPronouns: ['esta', 'este', 'esto', 'ella'],
  objectPrepositions: ['sobre'],
  callRouting: ['transferida', 'transferido', 'transferidas', 'desviada', 'desviado', 'redirigida', 'redirigido', 'atendida', 'atendido', 'canalizada'],
  negativePronouns: ['nada'],
  recording: ['grab*',
    // "Grabación en curso": recording in progress, not a course recorded ("curso" is among notCallNouns)
    'grabacion en curso'],
  // the call used for a purpose its sentence names is a call kept: "sus llamadas podrán ser utilizadas con fines de formación" (lexicon-types)
  callUse: ['llamada|llamadas|conversacion|conversaciones ...4 utilizada|utilizadas|utilizado|utilizados|usada|usadas',
    // the reflexive passive: "su llamada se utiliza para formar a nuestros agentes"
    'llamada|llamadas|conversacion|conversaciones ...3 se utiliza|utilizan|utilizara|utilizaran|usa|usan|usara|usaran|emplea|emplean',
    // a call retrieved or reviewed afterwards is a call kept (§2; docs/notice-reading.md R50): "una llamada no se revisa salvo que: …"
    'llamada|llamadas|conversacion|conversaciones ...4 revisada|revisadas|consultada|consultadas|recuperada|recuperadas',
    'llamada|llamadas|conversacion|conversaciones ...3 se revisa|revisan|consulta|consultan|recupera|recuperan|escucha|escuchan'],
  listening: ['monitoriz*', 'monitoread*', 'escuchad*', 'escuchar ..2 la|esta|su ..2 llamada|conversacion'],
  recordingWeak: ['registrad*', 'registrar', 'registramos', 'registra', 'registran', 'conservad*', 'conservar', 'conservamos', 'almacenad*', 'almacenar', 'almacenamos', 'guardad*', 'guardar', 'guardamos', 'archivad*', 'transcrit*', 'transcribir', 'transcribimos', 'almacena', 'almacenan', 'almacenara', 'almacenaran', 'guarda', 'guardan', 'guardara', 'guardaran', 'conserva', 'conservan', 'conservara', 'conservaran', 'archiva', 'archivan', 'transcribe', 'transcriben'],
  notRecording: [
    // el mensaje propio de quien llama en un menú de buzón (R289): "Pulse 1 para guardar su grabación", "Empiece a grabar"
    'pulse|marque|oprima|presione ..4 para ..1 guardar|escuchar|borrar|eliminar|revisar|enviar|conservar|grabar ..2 su|la|esta ..1 grabacion|mensaje|saludo',
    'volver a grabar',
    'empiece|empieze|comience|empiecen|comiencen ..1 a ..1 grabar',
    'grabe ..2 su|un ..1 mensaje|saludo|nombre',
    // la grabación que hace el usuario o el cliente es suya, no de la organización (R257): "las grabaciones hechas por cada usuario"
    'grabacion|grabaciones|llamadas|llamada hecha|hechas|realizada|realizadas|efectuada|efectuadas|grabada|grabadas por ..2 usuario|usuarios|cliente|clientes|usted|abonado|abonados',
    'al grabar ..4 el|la|los|las usuario|usuarios|cliente|clientes|abonado|abonados',
    'mensaje|locucion|informacion|contestador|menu ..2 grabad*|pregrabad*',
    'pregrabad*',
    'grabad* ..2 mensaje|locucion',
    'su ..3 solicitud|reclamacion|pedido|peticion|cita|pago|lectura|respuesta|eleccion|direccion ..3 ha|han|queda|quedado ..2 ?sido|correctamente registrad*',
    // recordings offered to watch or replay ("here are the recordings"): past events, not this call (§1; docs/notice-reading.md R64)
    'aqui|aca tienes|tiene|teneis|tienen|encontraras|encontrara|encontrareis|encontraran|estan|esta|dejamos|te|les|os ..2 la|las grabacion|grabaciones',
    'aqui|aca te|le|les|os dejamos ..2 la|las grabacion|grabaciones',
    'correctamente registrad*',
    // "registrar" as to register, set by its frame (docs/notice-reading.md R121): registered AS a body or in a register
    'registrad* como|en calidad de !prueba*|respaldo*|evidencia*|constancia',
    'registrad* ..3 registro mercantil', 'registrad* ..3 registro oficial', 'registrad* ..3 registro de', 'registrad* ..3 registros oficiales',
    'registrad* con el ?numero|n',
    // saved WITH a status or AS a state of a workflow, as a record is: "guardado con el estado Pendiente", "registrada como completada" (docs/notice-reading.md R121, R133)
    'guardad*|registrad*|grabad*|almacenad*|archivad* con|en el|un|su estado|estatus',
    'guardad*|registrad*|grabad*|almacenad*|archivad* como completad*|pendiente*|confirmad*|finalizad*|cerrad*|cancelad*|borrador*|leid*|validad*|atendid*|resuelt*|terminad*|realizad*|perdid*|abiert*|activ*|inactiv*|nuev*',
    // the caller's own recording (a greeting, a message, a name) confirmed as saved, deleted or sent, and the recorder starting at
    // the tone: a voicemail interaction, not this call recorded (docs/notice-reading.md R150): "su grabación ha sido guardada"
    'su|tu ?nueva|nuevo grabacion|grabaciones|saludo ?ha|han|se|fue|fueron ?sido|ha|han guardad*|borrad*|eliminad*|enviad*|grabad*|almacenad*|descartad*|cancelad*',
    'grabacion comenzara|comienza|empieza|empezara|iniciara|inicia ..4 tono|senal|pitido',
    // a ban on the caller recording is a rule for the caller, no notice nor denial (docs/notice-reading.md R142, R210): "Usted no puede
    // grabar esta llamada", "Por favor, no grabe la conversación"; the participle ("no puede ser grabada") is not taken
    'usted|ustedes|paciente|pacientes|cliente|clientes|visitantes|llama ...3 no ...3 puede|pueden|debe|deben|esta|estan ..2 ?permitido|autorizado|autorizada|autorizados ...4 grabar*',
    'usted|ustedes|paciente|pacientes|cliente|clientes|visitantes|llama ...3 no ...4 hacer|realizar ...3 grabacion|grabaciones',
    'no grabe|grabes|graben|grabeis', 'permitido|autorizado|prohibido ..2 que ...4 grabe|graben',
    // the organisation permitting or forbidding the caller or the public to record (R232): "no permitimos que los usuarios graben"
    'permitimos|permite|autorizamos|autoriza|prohibimos|prohibe ..3 que ...5 grabe|graben',
    // quien puede grabar graba por sí mismo, no la organización (R244): "Usted puede grabar sus llamadas con la aplicación"
    '=usted|=tu =puede|=puedes ..1 =grabar', '=puedes ..1 =grabar',
    'permitimos|permite|autorizamos|autoriza|prohibimos|prohibe ..3 a ..2 usuarios|clientes|pacientes|terceros|llamantes ...4 grabar*',
  ],
  // a compound's head is the call: "la videollamada"
  // a software call or an event logged, not a conversation: "chaque appel est enregistré dans les logs" (lexicon-types)
  loggedEvents: ['=logs', 'historial', 'historiales', 'tabla', 'timestamp*', 'assertion*', 'mock*', 'stub*', 'endpoint*', '=log', 'api', 'registro de eventos', 'llamada|llamadas a|de ..2 funcion|funciones|metodo|metodos|api'],
  // camera surveillance, an ECG, a screen: another thing recorded; a bare recording word then refers to it (docs/notice-reading.md R81)
  otherRecorded: ['cctv', 'videovigilancia', 'videovigilad*', 'camara', 'camaras', 'ecg', 'electrocardiograma*', 'frecuencia cardiaca', 'pantalla',
    // the caller's name taken for a greeting or a directory, an online step logged with its IP address and browser (docs/notice-reading.md R122)
    'grab* ..2 su|tu nombre', 'direccion|direcciones ip', 'navegador',
    // a voicemail or a recorder the caller speaks into: the tone, the mailbox, the message recorded (docs/notice-reading.md R150)
    'despues|tras ..2 tono|pitido|senal', 'pitido', 'buzon*', 'contestador*', 'grab* ..2 su|tu|un mensaje|mensajes|saludo|saludos'],
  // recording switched off is recording negated: "Recording is turned off for this call" (lexicon-types)
  recordingOff: ['desactivad*', 'apagad*', 'inactiv*'],
  // switching off that can be done is an option, no denial (lexicon-types, R250)
  possibilityModals: ['puede', 'pueden', 'podra', 'podran', 'podria'],
  // a negation of the telling is no denial of what is told (lexicon-types, R251)
  tellingVerbs: ['informad*', 'informar', 'avisad*', 'avisar', 'notificad*', 'notificar', 'advertid*', 'advertir', 'dicho', 'decir'],
  // a noun after one is in a prepositional phrase, no object of the recording word (lexicon-types)
  phrasePrepositions: ['con', 'sin', 'segun', 'pese'],
  // the caller's data in general: the recording is among them (lexicon-types)
  // a later sentence that refers back to the recording is a purpose clause of it (lexicon-types, docs/notice-reading.md R22)
  recordingRefs: ['lo hacemos|haremos|hacen', 'hacemos|haremos esto|eso', 'esto|eso se hace', 'esto|eso es para', 'esto|eso lo hacemos',
    // excerpts of the recording, and an automated system at work on it, in a later sentence (docs/notice-reading.md R188)
    'fragmentos|fragmento|extractos|extracto', 'sistema|software|asistente|ia|programa|herramienta|algoritmo ..4 detecta|detectan|analiza|analizan|identifica|reconoce|evalua|mide|estudia'],
  dataNouns: ['datos ..2 personales|caracter personal', 'sus|tus ?datos|informacion ?personal*', 'informacion personal'],
  dataUses: ['trat*|utiliz*|usad*|usamos|usan|recab*|recopil*|conserv*|almacen*'],
  callNouns: ['llamada*', '*llamada', '*llamadas', 'conversacion*', 'comunicacion*', 'entrevista*', 'usted', 'ustedes', 'linea',
    // a consultation or session with a person is a call (docs/notice-reading.md R36)
    'sesion|sesiones con',
    'consulta|consultas con', 'la|las consulta|consultas ..3 graba|graban|grabada|grabadas|grabara|grabaran',
    // la conferencia, reunión o sesión en la que está quien llama, ahora (docs/notice-reading.md R160, R203): "Esta sesión está siendo
    // grabada"; "la grabación del seminario web" es de otra cosa
    'esta|este sesion|conferencia|reunion|videollamada|videoconferencia|audioconferencia !del|de', 'sesion|conferencia|reunion ..2 ahora|actualmente',
    'sesion|conferencia|reunion ..2 en curso', 'videollamada*', 'audioconferencia*'],
  // the law word as a predicate ("es delito grabar"), not a crime a recording helps prevent ("la prevención de delitos")
  genericLaw: ['es|ser|sea|son|constituye|constituir ..2 delito', 'delito ..2 grabar', 'ilegal', 'ilicit*', 'prohibid*',
    // a law that allows, rules or differs, as the subject: recording in general (docs/notice-reading.md R90)
    'ley|leyes|legislacion|normativa regula|regulan|permite|permiten|varia|varian',
    // recording in general said to be allowed, with the noun or the infinitive as subject (docs/notice-reading.md R211)
    'grabacion|grabaciones|=grabar ...16 es|son|esta|estan|sea|ser ...3 legal|legales|licit*|permitid*|autorizad*',
    // the impersonal form: "No está permitido grabar una conversación sin el consentimiento de las partes" (R211)
    'esta|es ?legalmente permitido|autorizado|licito|legal =grabar', 'se permite|autoriza =grabar'],
  // lawfulness inside a condition on this recording limits it, it is not the law in general (docs/notice-reading.md R62)
  lawConditions: ['si', 'salvo', 'siempre que', 'cuando', 'en la medida', 'excepto', 'donde', 'como'],
  specificMarkers: ['nosotros', 'nuestro*', 'nuestra*', 'grabamos', 'esta llamada', 'su llamada', 'esta conversacion', 'su conversacion'],
  notCallNouns: [
    // a work recorded for broadcast (an album, a podcast, a film, a show) is a recording of something else (§1)
    'album*', 'disco', 'discos', 'cancion*', 'podcast*', 'pelicula*', 'video*', 'episodio*', 
    // a user name, an IP address, an opinion or a form field taken is a recording of something else (§1)
    'usuario', 'ip', 'opinion', 'opiniones', 'campo', 'campos', 
    // the caller's name taken at a prompt is a recording of something else (§1): "Diga su nombre para grabarlo"
    'nombre',
    'mensaje', 'mensajes', 'locucion', 'saludo', 'saludos', 'buzon', 'solicitud', 'reclamacion', 'pedido', 'peticion', 'cita', 'lectura', 'contador', 'respuesta', 'eleccion', 'direccion',
    'datos', 'numero*', 'tarjeta*', 'pago', 'codigo', 'contrasena', 'clave', 'incidencia', 'expediente',
    'webinar*', 'reunion*', 'seminario*', 'evento*', 'video*', 'curso*', 'conferencia*', 'jornada*', 'programa*',
    // a session with no person named is a session of an event, not the call (docs/notice-reading.md R36)
    'sesion* !con',
    // logins and sign-ins logged are events, not the call (§1; docs/notice-reading.md R16, R21): "Cada inicio de sesión queda registrado"
    'login*', 'inicio|inicios de sesion', 'intento|intentos de acceso|login|inicio', 'acceso|accesos al|a la ..2 cuenta|sistema|plataforma|aplicacion',
    // a click, a keystroke logged are events of a page, not the call (docs/notice-reading.md R16, R122, R134): "Cada clic queda registrado"
    'clic', 'clics', 'click', 'clicks', 'pulsacion', 'pulsaciones', 'tecleo*', 'descarga', 'descargas',
    // a game or an action taken in an application, recorded, is an event, not the call (docs/notice-reading.md R190, R212): "La partida está siendo grabada"
    'partida', 'partidas', 'juego', 'juegos', 'jugada', 'jugadas', 'accion', 'acciones',
    // "grabar" as to save a record in a program, set by its object (docs/notice-reading.md R121): "La operación no podrá ser grabada",
    // "pulse Aceptar para grabar los cambios"
    'operacion', 'operaciones', 'transaccion', 'transacciones', 'cambios', 'modificaciones', 'formulario*', 'ficha', 'fichas', 'fichero*', 'asiento', 'asientos', 'movimiento', 'movimientos',
  ],
  ofWords: ['de', 'del'],
  useContext: ['utiliz*', 'usad*', 'usar', 'usaremos', 'conservad*', 'almacenad*', 'eliminad*', 'borrad*', 'compartid*', 'cedid*', 'cederemos', 'analizad*', 'escuchad*', 'difundid*', 'interrumpid*', 'detenid*', 'destinad*', 'emplead*', 'emplearemos',
    // the assistant adapted in a text that records is adapted from the calls: a use of the recording (docs/notice-reading.md R34, R82)
    'chatbot*|voicebot*|bot ...4 ajusta*|mejora*|optimiza*|adapta*', 'asistente* ..1 virtual|voz|ia|digital ...4 ajusta*|mejora*|optimiza*|adapta*'],
  // "No," opening the answer to a question about recording: the answer states, it is no opt-out (lexicon-types, docs/notice-reading.md R29)
  answerNo: ['no'],
  negations: ['no', 'nunca', 'jamas', 'ningun', 'ninguna', 'ninguno', 'ni', 'nada', 'tampoco'],
  nounNegations: ['ningun', 'ninguna', 'ninguno'],
  // "no todas las llamadas", "no dude en", "no obstante", "si no desea": the negation is undone.
  negationCancellers: ['todas', 'todos', 'siempre', 'solo', 'solamente', 'unicamente', 'necesariamente', 'sistematicamente', 'automaticamente', 'forzosamente', 'dude', 'obstante', 'desea', 'desean', 'quiere', 'quieren', 'acepta', 'autoriza', 'solo'],
  // "no grabamos todas las llamadas", "no se graban todas las llamadas"
  // the adverb follows the verb in Spanish: "no se graban automáticamente" is a "not all" (some are)
  // a part of the call left unrecorded: the rest is recorded, no denial (lexicon-types)
  partialObjects: ['la|las parte|partes ..2 de|del|en|donde|durante'],
  negationDurations: [
    // "no se graban por defecto": a default negated, not the recording (docs/notice-reading.md R29)
    'por defecto', 'de forma predeterminada', 'mas de ..2 dia|dias|mes|meses|ano|anos|semana|semanas|horas', 'mas tiempo', 'mas alla'],
  // "antes de nada", "antes que nada" (first of all) negate nothing: "y, antes de nada, te recuerdo que esta llamada se graba para …"
  negationPreCancellers: ['antes'],
  negationQuantifiers: ['todas', 'todos', 'siempre', 'automaticamente', 'necesariamente', 'sistematicamente', 'forzosamente'],
  introductions: ['le habla', 'le atiende', 'mi nombre es', 'soy', 'habla con'],
  // el nombre de la línea, el servicio o el equipo, hasta el fin de la oración o cláusula: no es un fin de la grabación (lexicon-types)
  welcomes: ['bienvenid*', 'gracias por ..2 llamar|comunicarse|contactar|contactarnos|llamarnos|su llamada', 'ha|has|usted ha ..2 llamado|contactado|comunicado|marcado', 'se ha comunicado con', 'esta ..2 hablando con', 'esta ..2 en comunicacion|contacto con', 'le transferimos|pasamos ..2 con|a|al', 
    // a hold message: an agent will answer the caller soon (§1, as a menu: no goal of the recording; docs/notice-reading.md R237)
    'un|una|el|la|nuestro|nuestra|nuestros agente|agentes|asesor|asesora|asesores|operador|operadora|ejecutivo|ejecutiva ..3 le|lo|la|te ..1 atendera|atenderan|atiende|ayudara|contactara|llamara'],
  menuVerbs: ['pulse', 'pulsa', 'marque', 'marca', 'presione', 'oprima', 'diga'],
  menuKeys: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'cero', 'asterisco', 'almohadilla'],
  scopeEnders: ['pero', 'sino', 'salvo', 'excepto', 'solo', 'solamente', 'unicamente', 'exclusivamente', 'porque', 'cuando', 'si', 'aunque', 'embargo', 'mientras'],
  // a wish, a norm or an imagined case states no fact (docs/notice-reading.md R123): "Todos deberían estar seguros de que sus llamadas no se
  // graban", "Imagina una factura: … ninguna grabación"; "Puede estar seguro de que" stays an assurance
  hypotheticals: [
    'deberia|deberian|debe|deben|habria ...4 seguro|segura|seguros|seguras|tranquilo|tranquila|confiar|confianza', 'ojala', 'esperemos', 'imagina', 'imagine', 'imaginemos', 'imaginate', 'supongamos', 'como si'],
  conditionals: ['si', 'sin !embargo|problema|problemas|duda|falta|costo|coste', 'desea', 'desean', 'quiere', 'quieren', 'prefiere', 'prefieren', 'acepta', 'aceptar', 'consentimiento', 'consiente', 'oponerse', 'oponer', 'oposicion', 'salvo', 'autoriza', 'autorizacion', 'optar', 'solicitar', 'pedir'],
  // abbreviations whose full stops end no sentence (lexicon-types)
  abbreviations: ['p ej', 'ej', 'p e', 'sr', 'sra', 'srta', 'dr', 'dra', 'ud', 'uds', 'vd', 'vds', 'aprox', 'num'],
  coordinators: ['y', 'e', 'o', 'u', 'asi'],
  clauseSubjects: ['nosotros', 'usted', 'las llamadas', 'esta llamada', 'su llamada', 'todas las llamadas', 'las conversaciones', 'esta conversacion', 'las grabaciones', 'nuestros agentes'],
  // a goal opens here: outside a sentence about recording, purposes are read only after one (lexicon-types)
  // a request to the caller: its goal is the request's, not the recording's (lexicon-types)
  callerRequests: ['por favor',
    // un consejo a quien llama: su finalidad es la de quien llama (R284): "Por su seguridad, nunca comparta su clave"
    'nunca|jamas ..2 comparta|facilite|revele|de|diga|proporcione|envie', 'no comparta|facilite|revele|proporcione', 'tenga ..3 mano', 'indique', 'le rogamos',
    // an invitation to the caller to act (click, rate, leave a comment): its goal is the caller's, not the recording's (docs/notice-reading.md R136)
    'puede|podra|puedes|podras ?tambien hacer|pulsar|valorar|puntuar|dejar|dar|enviar|compartir|marcar|clic|click',
    // another act of the speaker (checking the caller's identity, transferring, asking questions): its goal is that act's, not the
    // recording's (docs/notice-reading.md R152): "Para seguridad, necesito validar al titular."
    'valid*|verific*|comprob*|confirm*|autentic*|identific* ..3 identidad|titular|titularidad|datos|usuario|cliente',
    'le|te transfiero|transferimos|transferiremos|transferire|paso|pasamos|pasaremos|comunico|comunicamos',
    'transferir|transferirle|pasarle|comunicarle ..2 con|a|al',
    'hacer|hacerle|hacerte|formular|formularle|haremos|hare|haga ..3 preguntas'],
  goalMarkers: ['para', 'con el fin', 'con fines', 'a fin de', 'con objeto', 'con el objetivo', 'finalidad|finalidades', 'con el proposito', 'con la intencion',
    // un verbo que hace posible abre un fin: "Esto nos permite formar a nuestro personal"
    'nos permite|permiten|permitira|ayuda|ayudan', 'permite|permiten|ayuda|ayudan a', 'sirve|sirven para'],
  purposeMarkers: ['para'],
  subordinators: ['que', 'para', 'si', 'cuando', 'porque', 'y', 'o', 'pero', 'sino', 'quien', 'donde', 'aunque', 'mientras', 'cual', 'cuyo', 'cuya'],
  relativePronouns: ['que', 'cuales'],
  fillers: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'por', 'para', 'con', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros',
    'nuestras', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'le', 'les', 'nos', 'posible', 'posibles', 'eventual', 'eventuales', 'mejor', 'buen', 'buena',
    'mas', 'poder', 'podamos', 'pueda', 'cualquier', 'fin', 'fines',
  ],
  purposeHeads: [],
  // a head before its list: "con fines de calidad y servicio" (docs/notice-reading.md R201)
  purposeHeadsBefore: ['fines|motivos|temas|cuestiones|razones|propositos|efectos|objetivos de|del'],
  compoundHeads: [],
  purposes,
  canonical: {
    'quality-assurance': 'la mejora de la calidad de nuestros servicios',
    'staff-training': 'la formación de nuestros agentes',
    'employee-evaluation': 'la evaluación del desempeño de nuestros agentes',
    evidence: 'dejar constancia de lo acordado',
    'complaint-handling': 'la gestión de sus reclamaciones',
    'legal-compliance': 'el cumplimiento de nuestras obligaciones legales',
    'fraud-prevention': 'la prevención del fraude',
    'staff-safety': 'la protección de nuestros empleados',
    troubleshooting: 'la resolución de problemas técnicos',
    'speech-analytics': 'el análisis automático del habla',
    'emotion-recognition': 'el reconocimiento de emociones',
    'ai-training': 'el entrenamiento de modelos de inteligencia artificial',
    marketing: 'fines de marketing',
    'service-provision': 'la gestión de su solicitud',
    publication: 'su publicación',
    'personal-use': 'uso exclusivamente personal',
  },
};
