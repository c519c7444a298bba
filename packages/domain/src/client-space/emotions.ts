/**
 * The emotions a client can pick in her journal. She may also write her own
 * words: a choice is stored by its stable id, her words as she wrote them.
 */
export interface EmotionChoice {
  id: string;
  fr: string;
  en: string;
  family: 'joy' | 'sadness' | 'anger' | 'fear' | 'surprise' | 'disgust' | 'calm' | 'shame';
}

// Ids are English and never change: the label may be reworded, stored entries keep their meaning.
// Seed 000 names irritation, sadness, anger, empathy and pleasure; seed 003, pressure.
export const EMOTION_CHOICES: readonly EmotionChoice[] = Object.freeze(
  (
    [
      { id: 'joy', fr: 'joie', en: 'joy', family: 'joy' },
      { id: 'relief', fr: 'soulagement', en: 'relief', family: 'joy' },
      { id: 'pride', fr: 'fierté', en: 'pride', family: 'joy' },
      { id: 'gratitude', fr: 'gratitude', en: 'gratitude', family: 'joy' },
      { id: 'hope', fr: 'espoir', en: 'hope', family: 'joy' },
      { id: 'enthusiasm', fr: 'enthousiasme', en: 'enthusiasm', family: 'joy' },
      { id: 'pleasure', fr: 'plaisir', en: 'pleasure', family: 'joy' },
      { id: 'calm', fr: 'calme', en: 'calm', family: 'calm' },
      { id: 'confidence', fr: 'confiance', en: 'confidence', family: 'calm' },
      { id: 'empathy', fr: 'empathie', en: 'empathy', family: 'calm' },
      { id: 'sadness', fr: 'tristesse', en: 'sadness', family: 'sadness' },
      { id: 'disappointment', fr: 'déception', en: 'disappointment', family: 'sadness' },
      { id: 'loneliness', fr: 'solitude', en: 'loneliness', family: 'sadness' },
      { id: 'tiredness', fr: 'fatigue', en: 'tiredness', family: 'sadness' },
      { id: 'powerlessness', fr: 'impuissance', en: 'powerlessness', family: 'sadness' },
      { id: 'anger', fr: 'colère', en: 'anger', family: 'anger' },
      { id: 'frustration', fr: 'frustration', en: 'frustration', family: 'anger' },
      { id: 'irritation', fr: 'irritation', en: 'irritation', family: 'anger' },
      { id: 'resentment', fr: 'ressentiment', en: 'resentment', family: 'anger' },
      { id: 'fear', fr: 'peur', en: 'fear', family: 'fear' },
      { id: 'anxiety', fr: 'anxiété', en: 'anxiety', family: 'fear' },
      { id: 'worry', fr: 'inquiétude', en: 'worry', family: 'fear' },
      { id: 'overwhelm', fr: 'débordement', en: 'overwhelm', family: 'fear' },
      { id: 'pressure', fr: 'pression', en: 'pressure', family: 'fear' },
      { id: 'doubt', fr: 'doute', en: 'doubt', family: 'fear' },
      { id: 'surprise', fr: 'surprise', en: 'surprise', family: 'surprise' },
      { id: 'confusion', fr: 'confusion', en: 'confusion', family: 'surprise' },
      { id: 'disgust', fr: 'dégoût', en: 'disgust', family: 'disgust' },
      { id: 'shame', fr: 'honte', en: 'shame', family: 'shame' },
      { id: 'guilt', fr: 'culpabilité', en: 'guilt', family: 'shame' },
      { id: 'embarrassment', fr: 'gêne', en: 'embarrassment', family: 'shame' },
    ] satisfies EmotionChoice[]
  ).map((e) => Object.freeze(e)),
);

// A Map, not an object: her own words may be "constructor" or "__proto__".
const BY_ID = new Map(EMOTION_CHOICES.map((e) => [e.id, e]));

/** A chosen id gives its label in that language; anything else (her own words) comes back unchanged. */
export function emotionLabel(name: string, language: 'fr' | 'en'): string {
  const choice = BY_ID.get(name);
  return choice ? choice[language] : name;
}

/** Same scale as the emotions named in session notes (session.ts). */
export const JOURNAL_INTENSITY_MIN = 0;
export const JOURNAL_INTENSITY_MAX = 10;
