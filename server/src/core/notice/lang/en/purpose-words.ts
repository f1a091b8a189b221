/** English word classes the purpose phrases share: who works for the organisation, and what counts as AI. */
export const STAFF =
  'staff|agent*|employee*|colleague*|adviser*|advisor*|team*|handler*|operator*|representative*|rep|reps|personnel|people|member*|worker*|consultant*|officer*|advocate*|associate*|nurse*|clinician*|*staff|trainee*|recruit*|starter*|specialist*|coach*|supervisor*';
export const AI_STRICT =
  'ai|artificial|machine|model*|algorithm*|chatbot*|bot|bots|neural|transcription|llm*|automated|virtual|robot*';
