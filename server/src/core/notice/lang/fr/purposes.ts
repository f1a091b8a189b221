/**
 * French purpose vocabulary: the phrases that name each purpose, the vague phrases that name none and
 * the goal clauses notice-reading.md §3 names (notation: see ../lexicon-types.ts).
 */
import type { NoticeLexicon } from '../lexicon-types';

const STAFF = 'conseiller*|conseillere*|collaborat*|agent*|equipe*|=personnel|employe*|salarie*|teleconseiller*|operat*|charge*|interlocut*|commerciau*|gestionnaire*|nouveaux|nouvelles';
const AI = 'ia|intelligence|modele*|algorithme*|apprentissage|robot*|chatbot*|voicebot*|callbot*|bot|bots|assistant*|reconnaissance|systeme*|automatique*|vocal*|neuronau*';

export const purposes: NoticeLexicon['purposes'] = [
    // l'enregistrement qui fait partie du contrat en est la preuve (§3 preuve ; R253) : « fait partie intégrante du contrat »
    { id: 'evidence', phrases: ['fait|font|fera|feront partie ..2 contrat|accord|souscription'] },
    // une exception légale à l'effacement, une plainte contre l'enregistrement, sa légalité ne nomment aucune finalité (R259) :
    // « puis supprimées, sauf obligation légale », « plusieurs plaintes relatives à l'enregistrement », « la légalité de ces pratiques »
    { stop: true, phrases: ['sauf|hors|excepte ..2 obligation|obligations|disposition|dispositions|exigence|exigences ..1 legale|legales|reglementaire|reglementaires|contraire|contraires', 'plainte|plaintes|reclamation|reclamations ..2 relative|relatives|concernant|contre|sur ..2 enregistrement*', 'legalite', 'liceite'] },
    // à des fins de vérification, comme "verification purposes" (§3 preuve ; R256)
    { id: 'evidence', phrases: ['fins|raisons de verification !de|du|des|d'] },
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    // legal certainty is the certainty proof gives, not security (docs/notice-reading.md R183)
    { id: 'evidence', outranks: ['fraud-prevention'], phrases: ['securite juridique', 'raisons|motifs|fins de securite juridique'] },
    { id: 'evidence', outranks: ['service-provision'], phrases: ['litige*', 'differend*', 'desaccord*', 'contestation*'] },
    // a legal duty to pass the recording on is the duty of the sharing, no goal of the recording (docs/notice-reading.md R236)
    { stop: true, phrases: ['communique*|transmis|transmise*|transmettre|transmettons|partage*|divulgu*|cede*|remis|remise* ...10 sauf|hormis|excepte ..6 obligation*|exigence*|requis|requise|loi|lois', 'communique*|transmis|transmise*|transmettre|transmettons|partage*|divulgu*|cede*|remis|remise* ...10 sauf|hormis|excepte ..6 obligation*|exigence*|decision* ..2 legal*|legale*|judiciaire*|reglementaire*'] },
    // une entreprise nommée d'après son métier ("les sociétés de marketing", "une agence de télévente") dit qui enregistre, non pourquoi (docs/notice-reading.md R265)
    { stop: true, phrases: ['societe|societes|entreprise|entreprises|agence|agences|cabinet|cabinets|firme|firmes|organisme|organismes|prestataire|prestataires ..2 marketing|telemarketing|televente|prospection|vente|publicite'] },
    // le droit de s'opposer à la prospection est un droit de l'appelant, aucune finalité annoncée (docs/notice-reading.md R243)
    { stop: true, phrases: ['opposer|opposition ...12 prospection|marketing|publicite|profilage ?commerciale|commerciales|ciblee|directe'] },
    // la supervision clinique ou professionnelle est un contrôle du service (§3 quality assurance; docs/notice-reading.md R239)
    { id: 'quality-assurance', phrases: ['supervision ..1 clinique|professionnelle'] },
    // the call-centre names of listening for quality, and the quality of the calls themselves (R249): « l'écoute qualité », « la
    // qualité de leurs conversations » (« la double écoute » may be for coaching: not here)
    { id: 'quality-assurance', phrases: ['ecoute|ecoutes qualite', 'qualite de|des ..2 conversations|appels|echanges|entretiens|communications'] },
    // scheduling an appointment is the service asked (§3; docs/notice-reading.md R76): "pour la prise de rendez-vous"
    { id: 'service-provision', phrases: ['prise|gestion|planification|organisation|fixation ..2 rendez vous', 'prise|gestion|planification|organisation|fixation ..2 rdv', 'prendre|fixer|planifier|organiser|programmer|reserver ..3 rendez vous', 'prendre|fixer|planifier|organiser|programmer|reserver ..3 rdv'] },
    // transcripts delivered are the service the caller gets (R233): "pour fournir des transcriptions"
    { id: 'service-provision', phrases: ['fournir|livrer|fourniture ..3 transcription*|retranscription*'] },
    // checking the caller's instructions (plural: "l'ordre séquentiel" is a sequence) is proof of what was said (§3): "afin de vérifier vos instructions"
    { id: 'evidence', phrases: ['verifier|controler|verification|controle ..3 =instructions|=ordres|=consignes'] },
    // establishing the facts of what was said or done is proof of it (§3 evidence; docs/notice-reading.md R50): "pour établir les faits"
    { id: 'evidence', phrases: ['etablir|etablissement|constater|constatation|determiner|eclaircir|reconstituer ..3 faits', 'savoir|comprendre|determiner|etablir ..2 ce qui ..2 passe|produit'] },
    // les équipes qu'on fait progresser ou à qui l'on fait un retour : formation, comme le coaching (§3 ; R293)
    { id: 'staff-training', phrases: [`faire ..1 progresser ..2 ${STAFF}`, `retour|retours|feedback ..3 a|aux ..2 ${STAFF}`, `developpement ..3 ${STAFF}`] },
    // a trainer who listens is there for training (§3 "a trainer may listen")
    // helping staff improve is training them (§3; docs/notice-reading.md R30)
    { id: 'staff-training', phrases: [`aider|accompagner ..2 ${STAFF} ...4 progresser|ameliorer|apprendre|developper|perfectionner`,
      // le personnel qui progresse, comme en "staff who learn" (R173): "pour permettre à nos conseillers de progresser" (docs/notice-reading.md R275)
      `permettre|permettent|permet ..2 ${STAFF} ...3 progresser|apprendre|perfectionner`, `${STAFF} ..3 progressent|apprennent`] },
    { id: 'staff-training', phrases: ['formateur|formateurs|formatrice|formatrices ...6 ecoute|ecouter|ecoutent|reecouter'] },
    // les enregistrements protégés contre l'utilisation abusive ou l'accès non autorisé : une protection, pas une finalité (R282)
    { stop: true, phrases: [
      '=enregistrement|=enregistrements|=donnees|=informations|=ils|=elles ..4 =protege|=proteges|=protegee|=protegees|=securise|=securises|=securisee|=securisees|conserve*|stocke* ..3 contre|de ..4 acces|utilisation*|usage*|perte|vol|divulgation|alteration|destruction|abus|intrusion*',
      '=enregistrement|=enregistrements|=donnees|=informations ...6 contre ..3 acces|utilisation*|usage* non autorise|autorises|autorisee|autorisees',
      '=enregistrement|=enregistrements|=donnees|=informations ...6 contre ..3 acces|utilisation*|usage* abusif|abusive|abusifs|abusives',
      'securite|protection|confidentialite ..1 des|de|vos ..1 =enregistrement|=enregistrements|=donnees|=informations',
      '=protegeons|=protege|=securisons ..3 =enregistrement|=enregistrements|=donnees|=informations ..2 contre ..4 acces|utilisation*|usage*|perte|vol|divulgation|alteration|destruction|abus'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        // l'accord de l'appelant à l'enregistrement, demandé ou confirmé, est la question de consentement, pas une preuve (§2 ; R248) :
        // « Confirmez-vous votre accord pour l'enregistrement de cet appel ? »
        'confirm*|donner|donnez|acceptez|accepter ..3 accord|consentement ..2 pour|a|au ..3 enregistrement*|enregistrer',
        // a data-protection law however long its name: "conformément à la loi UAE sur la protection des données" (docs/notice-reading.md R28)
        'conformement|conforme ...10 rgpd|informatique|donnees|renseignements|confidentialite',
        'conformement|conforme ...10 vie privee',
        // the boilerplate "conformément à la réglementation en vigueur" (the rules in force, whatever they are) states
        // lawfulness; "Conformément à la réglementation, les appels sont enregistrés" stays a duty
        'conformement|conforme ..4 loi|lois|reglementation*|legislation|dispositions ..2 en vigueur|applicable*',
        // conformity with the rules in force, whatever they are, says the recording is lawful (R281): "conformément aux exigences
        // légales applicables", "sous réserve de la législation locale"; keeping or deleting the recordings by the legal rules is
        // lawful keeping: "stockées pendant 1 an, conformément à la directive légale". "Cet appel est enregistré conformément aux
        // dispositions légales" stays a duty (R223).
        'conformement|conforme|conformite ..3 exigences|regles|directive*|prescriptions|textes|normes|dispositions|loi|lois|reglementation*|legislation|droit ..2 applicable*|vigueur|locale*|nationale*|europeenne*|actuel*',
        'conserve|conserves|conservee|conservees|stocke|stockes|stockee|stockees|archive|archives|archivee|archivees|supprime|supprimes|supprimee|supprimees|detruit|detruits|detruite|detruites|efface|effaces|effacee|effacees|traite|traites|traitee|traitees ...6 conformement|conforme ..3 exigences|regles|directive*|prescriptions|textes|normes|dispositions|loi|lois|reglementation*|legislation|droit|obligations|delais|durees',
        'sous reserve ..3 loi|lois|legislation|reglementation*|droit|dispositions',
        'dans le respect|cadre ..3 loi|lois|legislation|reglementation*|dispositions|regles|exigences ..1 legale*|legaux|applicable*|locale*|vigueur',
        'dans le respect ..4 loi|reglementation*|legislation|rgpd|vie|donnees',
        'obligation*|oblige*|tenu*|tenus ..3 informer|prevenir|signaler',
        // a law that requires the caller's consent or that the caller be told imposes no duty to record (docs/notice-reading.md R151):
        // "La loi nous oblige à vous informer que …", "La loi exige votre consentement", "Conformément à la loi, nous devons vous prévenir"
        'loi|lois|legislation|reglementation*|legal*|legalement ..3 oblige*|exige*|impose*|requiert|requierent|prevoit|prevoient|devons|doit|sommes|tenu*|tenus ..3 informer|informions|prevenir|avertir|aviser|signaler|notifier|consentement|accord|autorisation|information|notification',
        // lawfulness stated by telling the caller: "Conformément à la réglementation, nous vous informons que …"
        'conformement|conforme ..4 loi|lois|reglementation*|legislation|dispositions ..3 informons|informerons|prevenons|avertissons|signalons|precisons|rappelons',
        'conformement|conforme ..4 loi|lois|reglementation*|legislation ..3 devons|doit|sommes|tenu*|tenus|oblige*|obligation* ..3 informer|informions|prevenir|avertir|aviser|signaler|notifier|consentement|accord|autorisation|information|notification',
        // a law that forbids recording imposes no duty to record: "sauf si la loi l'interdit" (docs/notice-reading.md R62)
        'loi|lois|reglementation*|legislation ..3 interdit|interdisent|interdise|interdisait',
      ],
    },
    // an alternative is one word: "contrôle interne" is a phrase of its own
    // vagues, sans finalité : le suivi sans objet, l'information, la protection des données ; la traçabilité est une preuve (docs/notice-reading.md)
    { vague: true, phrases: ['suivi !de|du|des|d|votre|vos|qualite|client*|dossier*|demande*|commande*|reclamation*|optimal|optimale|personnalise|personnalisee|rigoureux|attentif|efficace|adapte|rapide|complet|precis|regulier', 'titre informatif|indicatif', 'fins d information|informatives', 'fins de protection ..2 donnees'] },
    { id: 'quality-assurance', vague: true, phrases: ['fins|raisons|besoins de|d controle !de|du|des|d|qualite',
      // une liste partage « fins » (§4) : « à des fins d'analyse et d'amélioration »
      'et|ou d|de amelioration !de|du|des|d'] },
    { id: 'legal-compliance', vague: true, phrases: ['audit !qualite|reglementaire|reglementaires|legal|legaux'] },
    // l'audit nommé par sa règle n'est plus vague : « à des fins d'audit réglementaire », comme en "regulatory audit" (docs/notice-reading.md R277)
    { id: 'legal-compliance', phrases: ['audit|audits reglementaire|reglementaires|legal|legaux'] },
    { id: 'evidence', phrases: ['tracabilite', 'documenter ..3 votre|vos ..2 demande*|dossier*|sinistre*|declaration*|instructions'] },
    // le service client sans objet est vague, finalité la plus proche service-provision (§3 « service purposes » restent vagues)
    { id: 'service-provision', vague: true, phrases: ['pour le|du service ..2 client|clients|clientele', 'fins de service ..2 client|clientele'] },
    { id: 'evidence', vague: true, phrases: ['titre de reference', 'fins de reference', 'reference ulterieure|future'] },
    { id: 'legal-compliance', vague: true, phrases: ['fins|raisons de|d audit !reglementaire|reglementaires|legal|legaux', 'fins|raisons de|d controle interne',
      // la conformité sans règle nommée est vague, finalité la plus proche legal-compliance (docs/notice-reading.md R4)
      'conformite !a|aux|au|avec|de|des|du|reglementaire*|legale*', 'compliance'] },
    // l'analyse est un moyen : vague, sans finalité (docs/notice-reading.md R5)
    { vague: true, phrases: ['fins|raisons|besoins d analyse|analyses', 'fins analytiques'] },
    {
      id: 'quality-assurance',
      vague: true,
      phrases: ['fins|raisons de|d surveillance|monitoring|supervision', 'fins|raisons|objectifs|but|buts ..2 qualite !de|du|des|d', 'fins|raisons|motifs de|d|du qualite !de|du|des|d', 'qualite !de|du|des|d|et|ou', 'fins d amelioration !de|du|des|d'],
    },
    {
      id: 'quality-assurance',
      phrases: [
        'amelior*|garantir|assurer|controler|verifier|mesurer|suivre|evaluer|maintenir|optimiser|surveiller ...5 qualite|service*|prestation*|accueil|relation*|satisfaction|conseil|conseils|reponse*|offre*|traitement',
        'amelioration*|controle*|suivi|evaluation|mesure|verification|optimisation|demarche|surveillance ..3 qualite|service*|prestation*|accueil|relation*|satisfaction',
        'controle* ..2 qualite',
        'qualite de|du|des ..3 service*|prestation*|accueil|conseil|conseils|reponse*|relation*|echange*|traitement|appel*|nos|notre|vos|votre|l',
        'satisfaction ..2 client*',
        'demarche qualite',
        'assurance qualite',
        'qualite de service',
        'mieux ..3 servir|repondre|accompagner|vous',
        // the comparative adjective of the service: "vous offrir un meilleur service" (docs/notice-reading.md R184)
        'meilleur|meilleure|meilleurs ..1 service*|accueil|qualite|accompagnement|experience|prise|conseil*|reponse*',
        // the service the goal describes by its quality: "vous garantir un service courtois et efficace" (docs/notice-reading.md R263)
        'service|services|accueil|accompagnement|conseil|conseils ..3 courtois*|efficace*|professionnel*|rapide*|personnalise*|irreprochable*|optimal*|optimaux|excellent*|adapte*|fiable*|attentionne*|performant*|reactif*|fluide*|satisfaisant*',
        'bon|bonne|excellent|excellente|parfait|parfaite ..1 service|accueil|accompagnement|experience',
        'service de qualite',
      ],
    },
    // training or coaching words with "of our (new) <people>", whatever the job title, are staff training (§3; docs/notice-reading.md R25); a known staff word is left to the phrases above, which name it:
    // "pour l'accompagnement de nos nouvelles infirmières"; not our customers, patients or AI systems
    { id: 'staff-training', phrases: [`formation|former|accompagnement|accompagner|coaching|coacher|integration|encadrement|encadrer|perfectionnement ..1 nos|notre ?nouveaux|nouvelles|nouvel|nouvelle !client*|clientele|patient*|adherent*|membre*|usager*|utilisat*|visiteur*|eleve*|enfants|service*|produit*|systeme*|ia|modele*|chatbot*|voicebot*|robot*|assistant*|site|application*|processus|qualite|donnees|outils !${STAFF} _ !client*|clientele|patient*|adherent*|membre*|usager*|utilisat*|visiteur*|eleve*|enfants|service*|produit*|systeme*|ia|modele*|chatbot*|voicebot*|robot*|assistant*|site|application*|processus|qualite|donnees|outils`] },
    {
      id: 'staff-training',
      phrases: [
        'formation*',
        'formations',
        // "former un commencement de preuve", "former un recours": to form, no training (R288)
        'former !un|une|partie|recours|opposition|reclamation|contestation',
        'coaching*',
        'perfectionnement',
        `accompagnement ..3 ${STAFF}`,
        // skills of staff built up (§3 "improving staff performance"): "la montée en compétences de nos équipes"
        'montee ..1 en competence*', `ameliorer|perfectionner|developper|renforcer|enrichir|developpement|renforcement ..3 competences|savoir*|connaissances|aptitudes|expertise ..3 ${STAFF}`,
        `former|formons|forme|accompagner|coacher ..4 ${STAFF}`,
        `${STAFF} ...4 former|formes|formees|forme|accompagner|coacher`,
        'apprentissage ..3 conseiller*|collaborat*|equipe*|agent*',
        'fins pedagogiques',
        `integration|integrer ..3 ${STAFF}`,
        'pedagogique*',
      ],
    },
    {
      id: 'employee-evaluation',
      phrases: [
        'evaluation*',
        // "évaluer leurs prestations" is read with its antecedent (R132, below)
        'evaluer !leur|leurs',
        `evaluer|evaluation ..4 ${STAFF}|performance*|travail`,
        'performance*',
        `${STAFF} ...4 evalue*|evaluation`,
        'entretien* annuel*',
        'appreciation ..3 travail|performance*',
        // the quality of an employee's work is the employee assessed (§3): "évaluer la qualité du travail de nos conseillers"
        `evaluer|evaluation ..3 qualite ..2 travail|prestation*|performance* ..3 ${STAFF}`,
      ],
    },
    // the quality, the service or the satisfaction assessed is quality assurance (§3), not an employee assessed: "pour en évaluer la qualité";
    // a request or a file assessed names no employee evaluation; the caller's own ("votre demande") is service provision (R51, below)
    // an employee's performance assessed: "évaluer les performances de nos conseillers", and "leurs prestations" when the staff
    // were just named (§3; docs/notice-reading.md R132); "évaluer nos prestations" (our services) stays quality assurance
    { id: 'employee-evaluation', phrases: [
      `evaluer|evaluation|mesurer|apprecier|juger ?la|les|le|l prestation*|performance*|travail|resultats|efficacite de|d|des|du ?chaque|nos|notre|leurs|leur|ces|ses|l|la|le|les ${STAFF}`,
      `${STAFF} ...12 evaluer|evaluation|mesurer|apprecier|juger leur|leurs|ses|sa prestation*|performance*|travail|resultats|efficacite`] },
    { stop: true, phrases: ['evaluer|evaluation|mesurer|apprecier|juger leur|leurs prestation*|resultats|efficacite'] },
    { stop: true, phrases: ['evaluation|evaluer ..3 besoin*', 'evaluation|evaluer ?de|d|du|des ?la|le|l|une|un|les|cette|ce demande*|situation|dossier'] },
    {
      id: 'evidence',
      phrases: [
        'preuve*',
        // l'enregistrement qui fait foi ou a valeur probante est gardé comme preuve (docs/notice-reading.md R268)
        'fait|font|fera|feront|faire|faisant foi', 'valeur|force probante|probatoire',
        // to prove, as a verb: "pour pouvoir prouver les conseils donnés"
        'prouver', 'prouve',
        'probatoire*',
        'justificatif*',
        'justifier',
        'conserver|garder|conservons|gardons|conserve|garde|conservera|gardera ..3 trace*',
        'trace ..4 accord|souscription|commande|engagement*|echange*|contrat|adhesion|consentement|instruction*|ordre*|vente',
        'confirm*|valider|validation ..4 souscription|commande|contrat|accord|adhesion|vente|engagement*|instruction*|ordre*|achat|abonnement|consentement',
        'litige*',
        'contestation*',
        'differend*',
        'desaccord*',
        'verification ..4 souscription|commande|contrat|accord|adhesion|vente|engagement*|instruction*',
        'ce qui ..3 ete ..2 convenu|dit|decide|accepte',
        'securisation ..3 souscription|vente|contrat|commande',
        'fins probatoires',
        // verbs and phrases of proving: to attest, to be worth a signature (docs/notice-reading.md R181)
        'attester', 'vaut|vaudra|vaudront|valant|vaudrait ..1 signature|preuve',
        'contentieux',
        // tracing later what was done or said is keeping proof of it (§3; docs/notice-reading.md R124): "afin de pouvoir retracer les opérations"
        'retracer',
        'reconstituer ...4 operation*|transaction*|historique|deroulement|echange*|demarche*',
        // capturing the caller's acceptance of an offer or contract is proof of the agreement (§3; docs/notice-reading.md R125);
        // "recueillir votre accord" to the recording is consent, no purpose
        'recueillir|consigner|constater|conserver|garder|verifier|attester|capter ..3 acceptation|acceptations',
        'acceptation ..3 offre|contrat|conditions|devis|proposition ...4 consign*|recueilli*|conserv*|atteste*|verifi*',
      ],
    },
    { id: 'complaint-handling', phrases: ['reclamation*', 'plainte*', 'traitement|gestion|suivi ..3 reclamation*|plainte*|insatisfaction*', 'insatisfaction*', 'mediation'] },
    { id: 'staff-safety', phrases: ['dep* ..2 plainte', 'porter ..2 plainte', 'plainte ..3 police|gendarmerie'] },
    // a public body's tasks or missions name no built-in purpose (docs/notice-reading.md R130)
    { stop: true, phrases: ['accomplissement|exercice|execution ..3 mission|missions|fonction|fonctions|attributions'] },
    { stop: true, phrases: ['service ..2 reclamation*', 'deposer|faire|formuler|adresser ..2 une ..2 reclamation', 'numero|ligne|adresse ..3 reclamation*|fraude|securite'] },
    {
      id: 'legal-compliance',
      phrases: [
        // the law named as what requires the recording, not merely named (R281): "tenus par la loi d'enregistrer", "exigé par la
        // loi", "la loi nous oblige à", "le respect de nos obligations légales", "comme l'exige la réglementation"
        'tenu|tenus|tenue|tenues|oblige|obliges|obligee|obligees|contraint|contraints ..3 loi|lois|legalement|reglementairement|reglementation*|legislation',
        'legalement|reglementairement ..2 tenu|tenus|tenue|tenues|oblige*|contraint*|requis|requise|impose*|exige*',
        'exige|exigee|exiges|exigees|impose|imposee|imposes|imposees|requis|requise|prevu|prevue|prescrit|prescrite ..2 par ..2 loi|lois|reglementation*|legislation|reglement|directive|code',
        'loi|lois|reglementation*|legislation|reglement|directive|legislateur ..3 oblige|obligent|impose|imposent|exige|exigent|requiert|prevoit|prescrit',
        'exige|exigent|impose|imposent|prevoit|requiert|prescrit ..2 loi|lois|reglementation*|legislation',
        'obligation*|exigence* ..2 legale*|legaux|reglementaire*|juridique*|legislative*|imposee*',
        'respect|remplir|satisfaire|repondre|honorer|conformer ..3 obligation*',
        'exigence* ..2 reglementaire*|legale*',
        'conformite reglementaire*|legale*',
        'conformite ..3 loi|lois|reglementation*|legislation|exigences|obligations|dispositions|reglementaire*|legale*|regles',
        'mifid*',
        'autorite ..3 controle|marches',
        // "dispositions" alone are any rules, the organisation's own among them ("conformément aux dispositions de la présente Charte", R223)
        'conformement ..4 loi|reglementation*|legislation|exigences',
        'amf',
        'acpr',
        'impose* ..3 loi|reglementation',
        'dispositions ..3 legales|reglementaires',
      ],
    },
    // l'identité de l'appelant vérifiée est la prévention de la fraude (docs/notice-reading.md R280)
    { id: 'fraud-prevention', outranks: ['evidence'], phrases: ['verification|verifications|controle|controles|confirmation|verifier|controler|confirmer|authentification|authentifier ..3 identite|identites'] },
    {
      id: 'fraud-prevention',
      phrases: [
        // une activité contraire à la loi, à prévenir ou détecter, est de la prévention de la fraude (R283)
        'activite|activites|operation|operations|agissement|agissements|usage|usages|utilisation|utilisations|acte|actes|acces|comportement|comportements ..1 illicite|illicites|illegal|illegale|illegales|illegaux|frauduleux|frauduleuse|frauduleuses|criminel|criminelle|criminels|criminelles',
        // offences prevented or detected are a security purpose (§3): "la prévention des infractions"
        'prevention|detection|lutte|prevenir|detecter ..3 infraction*|delit*|criminalite|malveillance',
        // access or use without authority (docs/notice-reading.md R186)
        'acces|utilisation*|usage*|operation*|transaction*|connexion* non autorise*|autorisee*',
        'fraude*', 'frauduleu*', 'antifraude', 'anti-fraude', 'securite', 'securitaire*', 'votre ..2 securite|protection', 'usurpation*', 'blanchiment', 'escroquerie*', 'abus', 'raisons de securite', 'lutte contre ..2 fraude'],
    },
    {
      id: 'staff-safety',
      phrases: [
        `securite|protection|protéger|proteger ..4 ${STAFF}`,
        `${STAFF} ...4 proteger|protégés|proteges|securite`,
        'agression*',
        'agressi*',
        'menace*',
        'incivilite*',
        'insulte*',
        'violence*',
        'harcelement*',
        'injure*', 'injurieu*', 'insultant*', 'outrage*',
        // the police as a party the recording reaches, not the police recording its own calls (docs/notice-reading.md R33, R130)
        'transmis|transmise|transmises|transmettre|transmettons|remis|remise|remises|remettre|communique|communiquee|communiquees|communiquer|fourni|fournie|fournis|fournies|fournir|disposition|signale|signaler ...5 police|gendarmerie',
        'comportement* ..2 inapproprie*|abusif*|agressif*',
      ],
    },
    {
      id: 'troubleshooting',
      phrases: ['probleme* ..2 technique*', 'incident* ..2 technique*', 'dysfonctionnement*', 'panne*', 'coupure*', 'anomalie*', 'qualite ..2 ligne|son|communication|connexion', 'defaut* ..2 technique*|ligne'],
    },
    {
      id: 'speech-analytics',
      phrases: [
        'analyse vocale',
        'analyse* ..4 automatique*|parole|vocale|contenu|mots|semantique*|thematique*|algorithm*',
        'automatique* ..3 analys*',
        'analys* ..3 automatiquement',
        'speech analytics',
        'mots ..2 cles',
        'mots-cles',
        'analytique',
      ],
    },
    // automated analysis with a goal stated is the means of that goal, not speech analytics (§3; docs/notice-reading.md R60)
    { stop: true, phrases: ['analys* automatiquement ...1 pour|afin', 'automatiquement analys* ...1 pour|afin', 'analyse automatique ...1 pour|afin'] },
    // an analysis of emotion is emotion recognition, not speech analytics, and not nothing (§3; docs/notice-reading.md R189)
    { id: 'emotion-recognition', phrases: ['analyse* ..4 emotion*|sentiment*|humeur'] },
    // emotion in everyday words: "si vous semblez agacé" (§3; docs/notice-reading.md R31)
    { id: 'emotion-recognition', phrases: ['semble|semblez|semblent|paraissez|parait|paraissent|devient|devenez|etes|est|sont ..2 frustre*|agace*|enerve*|irrite*|stresse*|mecontent*', 'semble|semblez|semblent|paraissez|parait|paraissent|etes|est ..2 en colere', 'frustration|agacement|enervement|colere|mecontentement'] },
    { id: 'emotion-recognition', phrases: ['emotion*', 'emotionnel*', 'sentiment*', 'humeur', 'ressenti', 'etat emotionnel', 'reconnaissance ..2 emotion*'] },
    {
      id: 'ai-training',
      phrases: [
        `entrain*|ameliorer|perfectionner|developper|former|formation|apprentissage|optimiser|affiner ..4 ${AI}`,
        `${AI} ...4 entrainer|entraines|former|formes|apprendre`,
        // l'IA comme moyen d'améliorer le service n'est pas une IA entraînée (docs/notice-reading.md R267)
        `${AI} ...4 ameliorer|developper|optimiser !notre|nos|le|la|les|votre|vos|son|sa|ses|l`,
        `${AI} ...4 comprendre|comprenne|reconnaitre|performant*|comprehension`,
        'apprentissage automatique',
        'machine learning',
      ],
    },
    // a virtual or conversational agent is an AI system, not staff (docs/notice-reading.md R180)
    { id: 'ai-training', outranks: ['staff-training'], phrases: [`entrain*|ameliorer|perfectionner|former|formation|apprentissage|optimiser|affiner ..4 agent*|conseiller* ..1 virtuel*|conversationnel*|vocal|vocaux|ia|intelligent*`] },
    { id: 'marketing', phrases: ['offre* ..1 personnalise*|promotionnel*|commercial*|adapte*', 'proposer|envoyer|adresser ..3 offre*', 'marketing', 'prospection*', 'commercia*', 'publicit*', 'etude* ..2 marche', 'promotion*', 'promotionnel*', 'profilage'] },
    // a sales unit or place names where the call is, not a goal (R249): « dans les agences commerciales de … »
    { stop: true, phrases: ['conseiller* ..2 commercia*', 'service* ..2 commercia*', 'agence|agences|direction|departement|equipe|equipes|centre|centres|reseau|boutique|boutiques|site|sites ..1 commercia*', 'geste ..2 commercial', 'appel*|echange*|entretien*|conversation* commercia*'] },
    // an offer or an advertisement sent to the caller is no service to them (docs/notice-reading.md R61, R126)
    { stop: true, phrases: ['offre*|publicit*|promotion*|newsletter*|lettre*|actualite*|sollicitation* ...4 vous|te sera|seront|est|sont'] },
    { id: 'publication', phrases: ['publi*', 'diffus*', 'podcast*', 'reseaux sociaux', 'rendu* public*', 'radio', 'antenne', 'partage* ..4 exterieur|tiers|public'] },
    // les publications de l'utilisateur sur les réseaux sociaux sont une catégorie de données, non une publication de l'appel (docs/notice-reading.md R279)
    { stop: true, phrases: ['publications|publication|posts|messages sur|dans|via ..2 reseaux|reseau sociaux', 'publications|publication|posts|messages sur|dans|via ..2 facebook|instagram|twitter|forum|forums'] },
    // les problèmes ou demandes des clients traités : ce qu'ils ont demandé (docs/notice-reading.md R279)
    { id: 'service-provision', phrases: ['traiter|resoudre|regler|examiner les|leurs ..1 problemes|difficultes|demandes|requetes ..2 des|de|d ..1 utilisateurs|clients|usagers|client|abonnes'] },
    { id: 'personal-use', phrases: ['usage ..2 personnel|prive|strictement', 'utilisation ..2 personnelle|privee', 'fins ..2 personnelles|privees', 'strictement personnel*'] },
    { id: 'service-provision', vague: true, phrases: ['fins|raisons|besoins ..2 service', 'fins de|du|d ?nos|notre|vos|votre|le|la|les service',
      // customer-service purposes are service purposes, vague (§3; docs/notice-reading.md R80): "à des fins de relation client"
      'fins|raisons|besoins ..3 relation|relations|accueil ..2 client|clients|clientele|usager|usagers'] },
    {
      id: 'service-provision',
      phrases: [
        'traitement|traiter|gestion|gerer|execution|executer|suivi|realiser|realisation ..3 demande*|commande*|dossier*|requete*|contrat|operation*|sinistre*|besoin*',
        'demande* ...4 traiter|traitee|traitees|executer|gerer',
        'bonne ..2 execution',
        'evaluation|appreciation|regulation medicale',
        'prise en charge ?medicale',
        // the caller's matter taken in hand or solved (R287): "prendre en charge votre demande", "résoudre votre problème"
        'prendre|prise|prenions en charge ..2 votre|vos|ta|tes demande*|dossier*|commande*|requete*|sinistre*|question*|probleme*|reservation*|besoin*',
        'resoudre|resolution|regler|reglement ..2 votre|vos|ton|ta|tes probleme*|difficulte*|demande*|dossier*|sinistre*',
        'fourniture ..3 service*',
        'repondre ..3 demande*|question*|besoin*',
      ],
    },
    { vague: true, phrases: ['fins|raisons|usage|besoins ..1 internes|interne|administratives|administratif*|gestion', 'gestion interne', 'fins diverses', 'autres fins',
      // internal analysis and administrative management name no purpose (§3 "internal", "administrative"; R5; docs/notice-reading.md R80)
      'analyse|analyses ..1 interne|internes', 'gestion ..1 administrative|administratives !de|du|des|d',
      // reasons left unnamed are purposes left unnamed: "pour diverses raisons"
      'diverses|differentes|plusieurs ..2 raisons|fins', 'raisons diverses'] },
    // améliorer la façon dont l'organisation traite avec les appelants est de l'assurance qualité (R286) : "améliorer nos échanges
    // avec vous", "l'expérience client", "la prise en charge de vos appels" (améliorée, non assurée)
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: [
      'ameliorer|amelioration|optimiser|optimisation|perfectionner ...5 echanges|echange|interactions|interaction|experience|processus|procedures|prise|communication|communications|delais|reactivite|accompagnement|assistance|aide|traitement',
      'ameliorer|amelioration|optimiser ..3 facon|maniere|fonctionnement'] },
    // ── goals notice-reading.md §3 names: a summary for the caller, documentation, feedback, staff performance ──
    // answering or calling back the caller is carrying out what the caller asked (§3; docs/notice-reading.md R27): the goal after "transcribed"
    { id: 'service-provision', phrases: ['vous repondre|rappeler|recontacter', 'aider ..2 repondre|rappeler|recontacter', 'pour|afin ..3 repondre|rappeler|recontacter !a|aux|au|de|d'] },
    // the goal as a resulting state: "pour que les engagements pris soient consignés" (§3 evidence; docs/notice-reading.md R32)
    { id: 'evidence', phrases: ['accord|accords|engagement*|convenu*|promis ...8 consign*|formalis*|documente*', 'accord|accords|engagement*|convenu*|promis ...8 noir sur blanc'] },
    // the assistant adapted after its errors is AI improvement without the word "train" (§3 ai-training; docs/notice-reading.md R34)
    // the capabilities or answers of a name shaped as an AI system (Chat…, …Bot, …GPT) improved is AI improvement (§3; docs/notice-reading.md R34, R135):
    // "afin d'améliorer davantage les capacités de ChatAcadien"
    { id: 'ai-training', phrases: ['ameliorer|perfectionner|optimiser|entrainer|affiner|enrichir|developper ?davantage|encore ?les|la|le|l capacites|capacite|competences|reponses|comprehension|performances|connaissances de|d|du chat*|*bot|*bots|*gpt|gpt*'] },
    { id: 'ai-training', phrases: ['chatbot*|voicebot*|robot* ...4 ajuste*|ameliore*|optimise*|adapte*', 'assistant* ..1 vocal|virtuel|numerique|ia ...4 ajuste*|ameliore*|optimise*|adapte*'] },
    // a service verb with the caller's own matter, whatever its noun, is carrying out what the caller asked (§3; docs/notice-reading.md R24):
    // "pour traiter votre réservation", "pour la gestion de votre contrat"; not the caller's data, call or complaint
    { id: 'service-provision', phrases: [
      'traiter|gerer|traitement|gestion|suivi|suivre|executer|execution|finaliser|organiser|planifier|programmer|resoudre|regler|resolution|reglement ..2 votre|vos|ton|ta|tes !donnees|informations|coordonnees|appel|appels|conversation*|voix|enregistrement*|identite|vie|reclamation*|plainte*|avis|satisfaction|consentement|experience _ !donnees|informations|coordonnees|appel|appels|conversation*|voix|enregistrement*|identite|vie|reclamation*|plainte*|avis|satisfaction|consentement|experience',
    ] },
    { id: 'service-provision', phrases: ['compte* rendu*|resume|synthese ..5 conseils|appel|echange|entretien', 'envoyer|adresser|recevoir ...5 compte* rendu*|resume|synthese',
      // a summary or the minutes of the caller's own meeting made from the recording (§3; docs/notice-reading.md R61): "afin d'en faire le compte rendu"
      'faire|rediger|etablir|produire|preparer|realiser|elaborer|generer ...4 compte* rendu*', 'faire|rediger|etablir|produire|preparer|realiser|elaborer|generer ...4 resume|synthese|proces',
      'compte* rendu* ...4 redige*|etabli*|realise*|prepare*|elabore*|genere*|produit*', 'resume|synthese ...4 redige*|etabli*|realise*|prepare*|elabore*|genere*|produit*',
      // the same goals when "compte rendu" is not the first of the list (Notation: an alternative is one word)
      'resume|synthese ..5 conseils|appel|echange|entretien', 'envoyer|adresser|recevoir ...5 resume|synthese'] },
    { id: 'evidence', phrases: ['documenter', 'documentation', 'malentendu*'] },
    { id: 'quality-assurance', phrases: ['retours ..3 client*|clientele|vous', 'avis ..3 client*|clientele'] },
    { id: 'staff-training', phrases: ['amelior* ..3 performance*'] },
    { id: 'quality-assurance', phrases: ['amelior* ..3 processus'] },
    { id: 'quality-assurance', phrases: ['justesse|exactitude ..3 reponses|informations|conseils|renseignements'] },
    // checking the information staff give (§3 "a supervisor may check the information our advisers give")
    { id: 'quality-assurance', phrases: ['verifi*|control*|evalu* ..3 informations|renseignements|indications|conseils|reponses ...5 donn*|fourni*|communiqu*|transmi*|apport*'] },
    // the same check as a clause: "vérifier que nous vous avons bien conseillé" (§3)
    { id: 'quality-assurance', phrases: ['verifi*|control*|assurer ...6 bien|correctement|exactement ..2 conseille*|informe*|renseigne*|aide*|oriente*|repondu'] },
    // the caller's matter made, completed or passed on, something delivered to the caller, and the goal that is the caller's matter itself are carrying out what the caller asked (§3; docs/notice-reading.md R61)
    { id: 'service-provision', phrases: [
      'creer|ouvrir|preparer|completer|etablir|constituer|finaliser|creation|ouverture|preparation|etablissement ..3 demande*|dossier*|devis|ticket*|commande*|estimation*|intervention*|reservation*|rendez|contrat*|sinistre*|declaration*|requete*',
      'vous|te fournir|donner|envoyer|remettre|transmettre|communiquer un|une|des|le|la|les|votre|vos|l|d !offre*|publicit*|promotion*|newsletter*|lettre*|actualite*|sollicitation* _',
      // the same in the passive, what is sent standing before: "la transcription et l'audio vous seront envoyés" (docs/notice-reading.md R126)
      'vous|te sera|seront|est|sont ?ensuite|alors|automatiquement|directement|ulterieurement envoye|envoyes|envoyee|envoyees|transmis|transmise|transmises|remis|remise|remises|fourni|fournis|fournie|fournies|communique|communiques|communiquee|communiquees|adresse|adresses|adressee|adressees',
      // the caller's matter carried through: "donner suite à", "mener à bien"; the caller's contract ended, changed or opened (docs/notice-reading.md R187)
      'donner|donnons|donnerons suite ..2 votre|vos|ta|tes !reclamation*|plainte*|avis', 'mener a bien ..2 votre|vos|ta|tes !reclamation*|plainte*',
      'resiliation|resilier|annulation|annuler|modification|modifier|souscription|souscrire|renouvellement|renouveler ..3 votre|vos|ton|ta|tes ?_ contrat*|abonnement*|compte*|ligne*|forfait*|commande*|reservation*|police*|assurance*|offre*|option*',
      'pour votre|vos|ton|ta|tes demande*|dossier*|devis|ticket*|commande*|estimation*|intervention*|reservation*|rendez|contrat*|sinistre*|declaration*|requete*|projet*|livraison*|reparation*',
    ] },
    // assessing the caller's own request is carrying it out, not evaluating an employee (§3; docs/notice-reading.md R51)
    { id: 'service-provision', outranks: ['employee-evaluation'], phrases: [
      'evaluer|examiner|etudier|instruire|analyser|apprecier|evaluation|examen|etude|instruction ..3 votre|vos|ta|tes ..2 demande*|dossier*|candidature*|requete*|sinistre*|declaration*|situation',
    ] },
    // le traitement ou les soins du patient sont le service rendu, spécifique (docs/notice-reading.md R70)
    { id: 'service-provision', phrases: ['fins|raisons therapeutiques|medicales', 'fins|raisons de soins|traitement', 'votre|vos|ton|tes ?suivi traitement|soins|therapie|prise en charge medicale', 'votre|vos|ton|tes traitement|traitements|soins|therapie medical|medicaux|medicale'] },
    // le service mesuré aux attentes est sa qualité ; l'amélioration continue sans objet est vague (docs/notice-reading.md R71)
    { id: 'quality-assurance', phrases: ['repond|repondre|repondent|correspond|correspondre|satisfait|satisfaire|depasse|depasser ..3 attentes'] },
    { id: 'quality-assurance', vague: true, phrases: ['amelioration|ameliorations continue|continues|permanente|constante !de|du|des'] },
    // la recherche auprès des clients sur les produits est une étude de marché (docs/notice-reading.md R72)
    { id: 'marketing', phrases: ['recherche*|etude* ..1 produit*|consommateur*', 'recherche*|etude* sur ..2 produit*|consommateur*'] },
    // le dossier de l'organisation est sa trace de l'appel (docs/notice-reading.md R74) : "pour nos dossiers", "pour nos archives"
    { id: 'evidence', phrases: ['pour|dans nos|notre dossiers|dossier|archives|registres'] },
    // les exigences d'une loi, d'une directive ou d'un règlement nommés sont une obligation légale (docs/notice-reading.md R75)
    { id: 'legal-compliance', phrases: ['exigence*|obligation* ..3 directive*|reglement*|loi|lois|code'] },
    // les raisons juridiques nomment la source de l'obligation, comme "legal reasons" (docs/notice-reading.md R4)
    { id: 'legal-compliance', phrases: ['fins|raisons|motifs juridiques|legales|reglementaires'] },
    // s'améliorer sans dire quoi : "pour nous aider à nous améliorer" (docs/notice-reading.md R95)
    { id: 'quality-assurance', vague: true, phrases: ['a|de|d|pour nous ameliorer'] },
    // les fins professionnelles ou opérationnelles disent de qui, les statistiques et l'analyse par quel moyen : vagues, sans finalité (docs/notice-reading.md R96, R97)
    { vague: true, phrases: ['fins d archivage', 'fins|raisons|besoins ..2 professionnelles|professionnels|operationnelles|operationnels|statistiques', 'fins de statistique|statistiques', 'pour analyse',
      // bare analysis as the goal, with nothing named to analyse (docs/notice-reading.md R97, R131): "en vue d'une analyse ultérieure"
      'pour|vue ?d ?une|l ?ulterieure|posterieure analyse !de|du|des|d|automatique|automatisee|vocale|semantique|par|avec', 'pour|vue ?d ?une|l analyse ulterieure|posterieure !de|du|des|d|automatique|automatisee|par|avec'] },
];
