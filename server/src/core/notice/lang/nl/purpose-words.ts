/** Dutch word classes the purpose phrases share: who works for the organisation, and what counts as AI. */
export const STAFF = 'medewerker*|*medewerker*|personeel*|collega*|werknemer*|agent*|adviseur*|*adviseur*|klantenservicemedewerker*|telefonist*|callcenteragent*|servicemedewerker*|triagist*|assistent*|baliemedewerker*|team*|mensen|ambtena*';
export const AI =
  'ai|ki|kunstmatig*|*model|*modellen|model*|algoritm*|*algoritme*|spraakherkenning|spraaktechnologie|spraakcomputer*|chatbot*|*bot|bot|bots|spraakassistent*|taalmodel*|machine|machinaal|machinale|zelflerend*|neurale|*systeem|*systemen|systeem|systemen|computer*|software';
export const AI_STRICT =
  'ai|ki|kunstmatig*|*model|*modellen|model*|algoritm*|*algoritme*|spraakherkenning|spraaktechnologie|spraakcomputer*|voicebot*|chatbot*|*bot|bot|bots|spraakassistent*|taalmodel*|machine|machinaal|machinale|zelflerend*|neurale';
