/** French notice lexicon. Notation: see ../lexicon-types.ts. */
import type { NoticeLexicon } from '../lexicon-types';
import { purposes } from './purposes';

export const fr: NoticeLexicon = {
  recording: ['enregistrement*'],
  // "enregistrer" also means to save or register ("un fichier enregistré sur votre appareil"): it records only beside a call
  // a negative pronoun stands for everything said: "nothing is recorded" denies (lexicon-types)
  // the subject of a passive recording verb (docs/notice-reading.md R222): "Chaque match est enregistré"
  passiveSubject: {
    passive: ['est', 'sont', 'sera', 'seront', 'etait', 'etaient', 'ete', 'etre'],
    auxiliaries: ['est', 'sont', 'sera', 'seront', 'etait', 'etaient', 'ete', 'etre', 'peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'doit', 'doivent', 'aussi', 'egalement', 'toujours', 'automatiquement', 'systematiquement'],
    determiners: ['le', 'la', 'les', 'l', 'un', 'une', 'chaque', 'certains', 'certaines'],
  },
  negativePronouns: ['rien'],
  recordingParties: ['nous', 'on'],
  callPronouns: ['il', 'cela', 'ceci', 'ce'],
  // the caller's pronouns among the call nouns, and the caller told: the reader addressed, not the call recorded (R247)
  callerPronouns: ['vous'],
  // "Nous vous informons qu'un cookie est enregistré"
  addressees: ['vous informons|informe|informerons|prevenons|avertissons|rappelons|signalons|precisons|indiquons|signale|rappelle|precise', 'vous informer|prevenir|avertir|rappeler|signaler|preciser|indiquer'],
  objectPrepositions: ['sur'],
  callRouting: ['transfere', 'transferee', 'transferes', 'transferees', 'redirige', 'redirigee', 'achemine', 'acheminee', 'oriente', 'orientee', 'mis|mise en relation'],
  recordingSenses: ['enregistre', 'enregistree', 'enregistres', 'enregistrees', 'enregistrer', 'enregistrons', 'enregistrent', 'enregistr*'],
  // the call used for a purpose its sentence names is a call kept: "vos appels peuvent être utilisés à des fins de formation" (lexicon-types)
  callUse: ['appel|appels|conversation|conversations ...4 utilise|utilises|utilisee|utilisees',
    // a call retrieved or reviewed afterwards is a call kept (§2; docs/notice-reading.md R50): "un appel n'est consulté que si : …"
    'appel|appels|conversation|conversations ...4 consulte|consultes|consultee|consultees|revu|revus|revue|revues|reecoute|reecoutes|reecoutee|reecoutees'],
  // The participle and the noun, or the verb with the call as its object: not the caller told to listen ("Veuillez écouter
  // attentivement les options suivantes", "Écoutez ce message") nor an agent "à votre écoute" (R220).
  listening: ['=ecoute', '=ecoutes', '=ecoutee', '=ecoutees', 'double ecoute', 'double-ecoute',
    'ecouter|ecoutent|ecoutons|ecoute ..2 appel|appels|conversation|conversations|communication*|echange|echanges',
    // someone who may listen: "Un superviseur peut écouter pour vérifier …" (not "vous pouvez écouter vos messages")
    'peut|peuvent|pourra|pourront|pourrait|pourraient|susceptible|susceptibles ..2 ecouter'],
  recordingWeak: ['retranscrivons', 'transcrivons', 'retranscrire', 'transcrire', 'conservons', 'conserver', 'conservent', 'conservera', 'transcrit', 'transcrits', 'transcrite', 'transcrites', 'retranscrit*',
    // the noun: "l'appel peut faire l'objet d'une retranscription" (§2 a transcript is a kept form of the call)
    'transcription', 'transcriptions', 'retranscription', 'retranscriptions', 'conserve', 'conservee', 'conserves', 'conservees', 'archive', 'archivee', 'archives', 'stocke', 'stockee', 'reecout*',
    // "nous gardons une trace de cet appel": keeping a trace of the call keeps it
    'garder|gardons|gardera|garde|conserver|conservons|conserve ..2 trace|traces'],
  notRecording: [
    // le message de l'appelant dans un menu de messagerie (R289) : "Appuyez sur 1 pour sauvegarder votre enregistrement"
    'appuyez|tapez|composez ..4 pour ..1 sauvegarder|enregistrer|ecouter|reecouter|effacer|supprimer|conserver|envoyer|valider ..2 votre|l|cet ..1 enregistrement|message|annonce',
    'commencez|debutez ..2 enregistrement|enregistrer ..2 apres|au|des ..2 bip|signal|tonalite',
    'enregistrez ..2 votre|un ..1 message|annonce|nom ..3 apres|au|des ..2 bip|signal|tonalite',
    // saisir une demande dans un système est l'enregistrer comme donnée, pas enregistrer l'appel (comme en « recorded in our
    // system » ; docs/notice-reading.md R270) : « notre Service Client enregistre vos questions dans notre base de données »
    'enregistr* ...5 dans|sur ..2 notre|nos|votre|vos|le|la|les|une ..1 base|bases de donnees', 'enregistr* ...5 dans|sur ..2 notre|nos|votre|le|la|un ..1 crm|fichier client',
    // l'enregistrement que fait l'utilisateur ou le client est le sien, pas celui de l'organisation (R257) : « les
    // enregistrements effectués par l'utilisateur »
    'enregistrement|enregistrements effectue|effectues|realise|realises|fait|faits|cree|crees par ..2 utilisateur|utilisateurs|client|clients|vous|abonne|abonnes',
    // enregistrer des cas, une hausse : constater, compter (R249) : « l'on enregistre aussi des cas de violence »
    'enregistre|enregistrent|enregistrons|enregistrer|enregistrait|enregistraient|enregistre* ..2 des|une|un|plusieurs|nombreux|quelques|davantage cas|hausse|baisse|augmentation|diminution|progression|croissance|recul|chute|record|pertes|benefice*',
    'hausse|baisse|augmentation|diminution|progression|recul ..1 enregistre*',
    // "Restez à l'écoute", "nos conseillers sont à votre écoute": staying on the line, an agent ready to help, not listening in (R220)
    'a l|votre|vos|ton|son|leur ecoute',
    'restez|rester|reste|restons ..2 ecoute',
    // an appointment taken is registered, not recorded: "Votre rendez-vous est enregistré"
    'rendez vous ...4 enregistre|enregistree|enregistres|enregistrees',
    'message|annonce|information*|repondeur|menu|accueil ..2 enregistre*|preenregistre*',
    'preenregistre*',
    'pre enregistre*',
    'enregistre* ..2 message|annonce',
    'votre ..3 demande|reclamation|commande|signalement|dossier|rendez|paiement|releve|reponse|choix|adresse ..3 bien|a bien ete ..2 enregistre*',
    'bien ete ..2 enregistre*',
    // recordings offered to watch or replay ("here are the recordings"): past events, not this call (§1; docs/notice-reading.md R64)
    'voici|voila ..2 l|les enregistrement|enregistrements',
    'retrouvez|retrouver|trouverez|revoir|revoyez|regardez ?ici ..2 l|les enregistrement|enregistrements',
    'bien enregistre*',
    // "enregistrer" as to register or to save, set by its frame (docs/notice-reading.md R121): registered AS a body, a member, a
    // draft ("enregistrée en tant qu'organisme de formation", "enregistré comme intermédiaire"), in a register or under a number;
    // "enregistré comme / en tant que preuve" stays a recording kept as proof
    'enregistr* en tant que|qu !preuve*|justificatif*|trace*|reference*|element*|elements',
    'enregistr* comme|qu organisme*|entreprise*|societe*|association*|prestataire*|intermediaire*|courtier*|mandataire*|fournisseur*|membre*|utilisateur*|adherent*|brouillon*|modele*|favori*|marque*|autoentrepreneur*|etablissement*',
    'enregistr* ..3 registre|registres|rcs|repertoire',
    'enregistr* sous le ?seul numero|n|nom',
    'enregistr* ..2 brouillon|brouillons',
    // saved but not yet shown, as a document is: "l'appel sera enregistré mais ne sera pas visible"
    'enregistre|enregistree|enregistres|enregistrees ..3 pas|non|plus ?encore|immediatement visible|visibles',
    // a roll call counted in a school report or in the absences: "l'appel sera enregistré mais ne comptera dans aucun bulletin"
    'enregistre* ...6 bulletin|bulletins|absences|absents|presences',
    // saved WITH a status or AS a state of a workflow, as a record is: "l'entretien est enregistré avec le statut Confirmé",
    // "enregistré à l'état de brouillon", "enregistré comme validé" (docs/notice-reading.md R121, R133)
    'enregistr* avec|sous|a ?le|un|son|l|au statut|etat|statuts',
    'enregistr* au statut',
    'enregistr* comme|en confirme*|valide*|termine*|cloture*|traite*|annule*|planifie*|acheve*|complete*|finalise*|effectue*|manque*|abandonne*|lu|lue|lus|lues|nouveau|nouvelle|actif|active|inactif|inactive|ouvert|ouverte|ferme|fermee|attente',
    // the caller's own recording (an announcement, a message, a name) confirmed as saved, deleted or sent, and the recorder
    // starting at the beep: a voicemail interaction, not this call recorded (docs/notice-reading.md R150)
    'votre|ton ?nouvel|nouveau|nouvelle enregistrement|enregistrements a|ont ?bien ete ?bien sauvegarde*|supprime*|efface*|envoye*|transmis|enregistre*|valide*|annule*',
    'enregistrement commence|commencera|debute|debutera|demarre|demarrera ..4 bip|signal|tonalite',
    // a ban on the caller recording is a rule for the caller, no notice nor denial (docs/notice-reading.md R142, R210): "Vous n'êtes pas
    // autorisé à enregistrer la consultation", "Merci de ne pas enregistrer cet appel"; the participle ("vous ne serez pas enregistré") is not taken
    'vous|appelants|appelant|patients|patient|clients|client|visiteurs|parents|membres ...4 pas|jamais ...3 autorise*|permis ..2 a|d ...4 =enregistrer',
    'vous|appelants|appelant|patients|patient|clients|client|visiteurs|parents|membres ...3 pouvez|peuvent|peut|devez|doivent|doit ..1 pas|jamais ...4 =enregistrer',
    'vous|appelants|appelant|patients|patient|clients|client|visiteurs|parents|membres ...6 pas|jamais|aucun ...3 faire|realiser|effectuer ...3 enregistrement|enregistrements',
    // the organisation permitting or forbidding the caller or the public to record (R232): "nous n'autorisons pas les appelants à enregistrer"
    'autorisons|autorise|permettons|permet|interdisons|interdit ...3 appelants|appelant|clients|client|patients|usagers|visiteurs|public|tiers ..3 a|d ...4 =enregistrer',
    // l'appelant qui peut enregistrer enregistre lui-même, pas l'organisation (R244): "Vous pouvez enregistrer vos appels avec l'application"
    'vous pouvez|pourrez ?aussi|egalement|meme =enregistrer',
    'merci|priere de|d ne pas|jamais ...4 =enregistrer', 'veuillez ne pas|jamais ...4 =enregistrer',
  ],
  // the noun, not its adjective ("l'historique conversationnel" is a chat's); what is said and the voice are the call's
  // a software call or an event logged, not a conversation: "chaque appel est enregistré dans les logs" (lexicon-types)
  loggedEvents: ['=logs', 'historique', 'historiques', '=log', 'table', 'timestamp*', 'assertion*', 'mock*', 'stub*', 'endpoint*', 'requete|requetes http|https|api|sql|ajax|get|post|reseau|serveur|graphql', 'api', 'journal', 'journaux', 'horodatage*', 'appel|appels de|a ..2 fonction|fonctions|methode|methodes|api'],
  // camera surveillance, an ECG, a screen: another thing recorded; a bare recording word then refers to it (docs/notice-reading.md R81)
  otherRecorded: ['cctv', 'videosurveillance', 'videoprotection', 'camera', 'cameras', 'ecg', 'electrocardiogramme*', 'frequence cardiaque', 'ecran',
    // the caller's name taken for a greeting or a directory, an online step logged with its IP address and browser (docs/notice-reading.md R122)
    'enregistr* ..2 votre|ton|son nom', 'adresse|adresses ip', 'navigateur', 'horodate|horodatee|horodates|horodatees',
    // a voicemail or a recorder the caller speaks into: the beep, the answering machine, the message recorded (docs/notice-reading.md R150)
    'bip', 'signal sonore', 'repondeur*', 'messagerie|boite vocale', 'enregistr* ..2 votre|ton|un|une message|messages|annonce|annonces|accueil'],
  // recording switched off is recording negated: "Recording is turned off for this call" (lexicon-types)
  recordingOff: ['desactive', 'desactivee', 'desactives', 'desactivees', 'inactif', 'inactive'],
  // switching off that can be done is an option, no denial (lexicon-types, R250)
  possibilityModals: ['peut', 'peuvent', 'pouvez', 'pourra', 'pourront', 'pourrait'],
  // a negation of the telling is no denial of what is told (lexicon-types, R251)
  tellingVerbs: ['informe', 'informes', 'informee', 'informees', 'informer', 'prevenu*', 'prevenir', 'averti*', 'avertir', 'signale', 'signaler', 'dit'],
  // a noun after one is in a prepositional phrase, no object of the recording word (lexicon-types)
  phrasePrepositions: ['avec', 'sans', 'selon', 'malgre'],
  // the caller's data in general: the recording is among them (lexicon-types)
  // a later sentence that refers back to the recording is a purpose clause of it (lexicon-types, docs/notice-reading.md R22)
  recordingRefs: ['nous le faisons|ferons', 'nous faisons|ferons cela|ceci', 'cela|ceci|ce|c est|sera fait', 'cela|ceci se fait|a lieu', 'c est pour|afin',
    // excerpts of the recording, and an automated system at work on it, in a later sentence (docs/notice-reading.md R188)
    'extraits|extrait', 'logiciel|systeme|ia|intelligence|outil|algorithme ..2 repere|reperent|detecte|detectent|analyse|analysent|evalue|evaluent|identifie|mesure|reconnait'],
  dataNouns: ['donnees ..2 personnel*|caractere personnel', 'vos ?donnees|informations ?personnel*', 'informations personnel*'],
  dataUses: ['trait*|utilis*|collect*|exploit*|conserv*|partag*'],
  callNouns: ['appel', 'appels', 'conversation', 'communication', 'entretien*', 'echange*', 'vous', 'ligne', 'propos', 'voix',
    // a consultation or session with a person is a call (docs/notice-reading.md R36)
    'votre|vos|cette consultation|consultations', 'consultation|consultations avec', 'seance|seances avec',
    // la conférence, la réunion ou la séance où se trouve l'appelant, maintenant (docs/notice-reading.md R160, R203) : « Cette séance
    // est maintenant enregistrée » ; « l'enregistrement du webinaire » est d'autre chose
    'cette|ce session|seance|conference|reunion|visioconference|audioconference !du|de|des|d', 'session|seance|conference|reunion ..2 maintenant|actuellement|desormais',
    'session|seance|conference|reunion ..2 en cours', 'audioconference*', 'conference telephonique'],
  // the law word as a predicate ("constitue un délit"), not an offence a recording helps prevent ("la prévention des infractions")
  genericLaw: ['interdit*', 'illegal*', 'illicite*', 'est|constitue|sont|etre|serait ..2 delit|infraction',
    // a law that allows, rules or differs, as the subject: recording in general (docs/notice-reading.md R90)
    'loi|lois|legislation|reglementation encadre|encadrent|regit|regissent|reglemente|reglementent|autorise|autorisent|varie|varient',
    // recording in general said to be allowed, with the noun or the infinitive as subject (docs/notice-reading.md R211)
    'enregistrement|enregistrements|=enregistrer ...16 est|sont|etre|soit ...3 autorise*|permis|permise*|legal|legale|legaux|licite*',
    // the impersonal form: "Il n'est pas permis d'enregistrer un appel sans l'accord de l'interlocuteur" (R211)
    'il ?n est ?pas permis|autorise|licite|legal de|d'],
  // lawfulness inside a condition on this recording limits it, it is not the law in general (docs/notice-reading.md R62)
  lawConditions: ['si', 'sauf', 'lorsque', 'dans la mesure', 'pour autant', 'tant que', 'la ou', 'comme'],
  specificMarkers: ['nous', 'nos', 'notre', 'cet appel', 'votre appel', 'cette conversation', 'votre conversation'],
  notCallNouns: [
    // a work recorded for broadcast (an album, a podcast, a film, a show) is a recording of something else (§1)
    'album*', 'chanson*', 'podcast*', 'film', 'films', 'video*', 'episode*', 'emission*', 
    // a user name, an IP address, an opinion or a form field taken is a recording of something else (§1)
    'identifiant*', 'ip', 'avis', 'champ', 'champs', 
    // the caller's name taken at a prompt is a recording of something else (§1): "Après le signal sonore, enregistrez votre nom"
    'nom',
    'message', 'messages', 'annonce', 'demande', 'reclamation', 'commande', 'signalement', 'dossier', 'releve', 'compteur', 'reponse', 'choix',
    'adresse', 'coordonnees', 'numero*', 'carte', 'cartes', 'donnees', 'informations', 'detail', 'details', 'paiement', 'rendez-vous', 'rendez', 'code', 'mot', 'identifiant*',
    'webinaire*', 'reunion*', 'conference*', 'seance* !avec', 'evenement*', 'horodatage', 'navigateur',
    // logins and sign-ins logged are events, not the call (§1; docs/notice-reading.md R16, R21): "Chaque connexion est enregistrée"
    'connexion', 'connexions', 'login*', 'tentative|tentatives de connexion|login|authentification', 'authentification*',
    // a click, a keystroke, an input logged are events of a page, not the call (docs/notice-reading.md R16, R122, R134): "Chaque clic est enregistré"
    'clic', 'clics', 'click', 'clicks', 'frappe', 'frappes', 'saisie', 'saisies', 'telechargement*',
  ],
  ofWords: ['de', 'du', 'des', 'd'],
  useContext: [
    // the active use, as "we use": "Nous n'utilisons pas l'enregistrement pour le marketing" (recording.ts, R23)
    'utilisons', 'utiliserons', 'utiliser', 'exploitons', 'partageons', 'diffusons', 'transmettons',
    'utilise', 'utilises', 'utilisee', 'utilisees', 'conserve', 'conserves', 'supprime', 'supprimes', 'partage', 'partages', 'ecoute', 'ecoutes', 'analyse', 'analyses', 'diffuse', 'diffuses', 'transmis', 'archive', 'archives', 'interrompu', 'suspendu', 'stocke', 'stockes',
    // the assistant adapted in a text that records is adapted from the calls: a use of the recording (docs/notice-reading.md R34, R82)
    'chatbot*|voicebot*|robot* ...4 ajuste*|ameliore*|optimise*|adapte*', 'assistant* ..1 vocal|virtuel|numerique|ia ...4 ajuste*|ameliore*|optimise*|adapte*'],
  // "No," opening the answer to a question about recording: the answer states, it is no opt-out (lexicon-types, docs/notice-reading.md R29)
  answerNo: ['non'],
  negations: ['ne', 'n', 'pas', 'non', 'jamais', 'aucun', 'aucune', 'nullement', 'ni', 'rien', 'personne'],
  nounNegations: ['aucun', 'aucune'],
  negationPreCancellers: ['tous', 'toutes'],
  // "ne … que" is "only": "Nous n'enregistrons les appels qu'à des fins de formation" records
  // a part of the call left unrecorded: the rest is recorded, no denial (lexicon-types)
  partialObjects: ['la|les partie|parties ..2 de|du|ou|pendant|durant'],
  negationDurations: [
    // "pas enregistrés par défaut": a default negated, not the recording (docs/notice-reading.md R29)
    'par defaut', 'plus de ..2 jour|jours|mois|an|ans|annee|annees|semaine|semaines|heures', 'au dela', 'plus longtemps'],
  restrictiveNegation: { heads: ['ne', 'n'], restrictives: ['que', 'qu'], partners: ['pas', 'jamais', 'plus', 'rien', 'aucun', 'aucune', 'personne', 'nullement', 'ni', 'guere', 'point'] },
  negationCancellers: ['tous', 'toutes', 'toujours', 'seulement', 'uniquement', 'souhaitez', 'souhaite', 'voulez', 'desirez', 'acceptez', 'que', 'hesitez', 'necessairement', 'systematiquement', 'automatiquement', 'forcement'],
  scopeEnders: ['mais', 'que', 'sauf', 'hormis', 'excepte', 'uniquement', 'seulement', 'exclusivement', 'car', 'afin', 'lorsque', 'si', 'toutefois', 'cependant', 'plutot'],
  // a wish, a norm or an imagined case states no fact (docs/notice-reading.md R123): "Chacun devrait être sûr que ses appels ne sont pas
  // enregistrés", "Imaginez une facture : … aucun enregistrement"; "Vous pouvez être sûr que" stays an assurance
  hypotheticals: [
    'devrait|devraient|doit|doivent|faudrait ...4 sur|sure|surs|sures|certain|certaine|certains|confiance|compter', 'esperons', 'j espere', 'imaginez', 'imaginons', 'imagine', 'supposons', 'comme si'],
  conditionals: ['si', 'sans !doute|probleme|problemes|cesse|aucun|frais|delai', 'souhaitez', 'souhaite', 'voulez', 'desirez', 'acceptez', 'accepter', 'accord', 'consentement', 'opposer', 'opposez', 'refuser', 'refusez', 'preferez', 'sauf', 'demander', 'demandez'],
  introductions: ['ici', 'je suis', 'je m appelle', 'vous etes en ligne avec', 'vous parlez a|avec'],
  // le nom de la ligne, du service ou de l'équipe joint, jusqu'à la fin de la proposition : pas une finalité de l'enregistrement (lexicon-types)
  welcomes: ['bienvenue', 'merci ..3 appele|appeler|contacte|contacter|appel', 'vous etes ..2 en relation|communication|ligne avec', 'vous etes ..2 bien ..2 au|a|chez|sur', 'vous avez ..2 joint|appele|contacte', 'nous vous mettons ..2 en relation|communication', 'nous transferons votre appel', 
    // a hold message: an agent will answer the caller soon (§1, as a menu: no goal of the recording; docs/notice-reading.md R237)
    'conseiller|conseillere|conseillers|conseilleres|agent|agents|collaborateur|collaboratrice|collaborateurs|operateur|operatrice|interlocuteur ..3 va|vont|pourra ..2 vous ..1 repondre|rappeler|recontacter'],
  menuVerbs: ['appuyez', 'tapez', 'composez', 'dites'],
  menuKeys: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'zéro', 'étoile', 'dièse'],
  // abbreviations whose full stops end no sentence (lexicon-types)
  abbreviations: ['p ex', 'ex', 'cf', 'env', 'mme', 'mlle', 'dr', 'c a d'],
  coordinators: ['et', 'ou', 'ainsi', 'voire'],
  clauseSubjects: ['nous', 'vous', 'je', 'ils', 'on', 'les appels', 'cet appel', 'votre appel', 'tous les appels', 'les enregistrements', 'nos conseillers'],
  // a goal opens here: outside a sentence about recording, purposes are read only after one (lexicon-types)
  // a request to the caller: its goal is the request's, not the recording's (lexicon-types)
  callerRequests: ['veuillez',
    // un conseil à l'appelant : son but est le sien (R284) : "Pour votre sécurité, ne communiquez jamais votre code"
    'ne communiquez|donnez|divulguez|transmettez|partagez|revelez ..3 jamais|pas', 'ne ..2 jamais ..1 votre|vos|de', 'munissez', 'merci de', 's il vous plait', 'tenez ..3 pret|prete|disposition',
    // an invitation to the caller to act (click, rate, leave a comment): its goal is the caller's, not the recording's (docs/notice-reading.md R136)
    'vous pouvez|pourrez|pouvez ?egalement|aussi cliquer|appuyer|noter|evaluer|laisser|donner|fournir|envoyer|partager|cocher',
    // another act of the speaker (checking the caller's identity, transferring, asking questions): its goal is that act's, not the
    // recording's (docs/notice-reading.md R152): "Pour votre sécurité, nous allons vérifier votre identité."
    'verifi*|valid*|confirm*|control*|authentifi*|identifi* ..3 identite|titulaire|coordonnees',
    'identite ..2 verifiee|validee|confirmee|controlee|authentifiee',
    'vous transferer|transfere|transferons|transfererai|transfererons|passer|passe|passons|mettre|mets|mettons',
    'poser|pose|poserai|poserons|posons ..3 questions|question'],
  goalMarkers: ['afin', 'pour', 'dans le but', 'en vue', 'a des fins', 'aux fins', 'finalite|finalites', 'dans l objectif', 'dans le souci', 'de maniere a', 'de facon a',
    // un verbe qui rend possible ouvre un but : "Cela nous permet de former nos conseillers"
    'permet|permettent|permettra|permettre|aide|aident ..2 nous|de|d', 'nous permet|permettent|aide|aident', 'sert|servent a'],
  purposeMarkers: ['afin', 'pour'],
  subordinators: ['que', 'qu', 'afin', 'pour', 'si', 'lorsque', 'quand', 'car', 'parce', 'et', 'ou', 'mais', 'qui', 'dont', 'puisque', 'tandis'],
  relativePronouns: ['qui', 'que', 'qu', 'lesquels', 'lesquelles'],
  fillers: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'd', 'du', 'a', 'au', 'aux', 'en', 'pour', 'par', 'nos', 'notre', 'vos', 'votre', 'sa', 'son', 'ses',
    'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'eventuel', 'eventuelle', 'eventuels', 'eventuelles', 'dans', 'sur', 'avec', 'nous', 'vous', 'afin', 'cadre',
    'titre', 'meilleure', 'meilleur', 'bonne', 'plus', 'toujours', 'mieux', 'etre', 'pouvoir', 'permettre', 'propre', 'propres',
  ],
  purposeHeads: [],
  // a head before its list: "à des fins de qualité et de service" (docs/notice-reading.md R201)
  purposeHeadsBefore: ['fins|raisons|motifs de|d|du'],
  compoundHeads: [],
  purposes,
  canonical: {
    'quality-assurance': "l'amélioration de la qualité de nos services",
    'staff-training': 'la formation de nos conseillers',
    'employee-evaluation': "l'évaluation de nos conseillers",
    evidence: 'preuve de votre accord',
    'complaint-handling': 'le traitement de vos réclamations',
    'legal-compliance': 'le respect de nos obligations légales',
    'fraud-prevention': 'la prévention de la fraude',
    'staff-safety': 'la sécurité de nos collaborateurs',
    troubleshooting: 'la résolution des problèmes techniques',
    'speech-analytics': "l'analyse vocale",
    'emotion-recognition': 'la reconnaissance des émotions',
    'ai-training': "l'entraînement de modèles d'IA",
    // after the fix's "pour": "pour des fins de" is a calque ("à des fins de" needs its own preposition)
    marketing: 'le marketing',
    'service-provision': 'le traitement de votre demande',
    publication: 'la publication',
    'personal-use': 'un usage strictement personnel',
  },
};
