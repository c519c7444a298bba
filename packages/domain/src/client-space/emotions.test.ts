import { describe, expect, it } from 'vitest';
import { EMOTION_INTENSITY_MAX, EMOTION_INTENSITY_MIN } from '../session.js';
import { EMOTION_CHOICES, type EmotionChoice, emotionLabel, JOURNAL_INTENSITY_MAX, JOURNAL_INTENSITY_MIN } from './emotions.js';

const FAMILIES: EmotionChoice['family'][] = ['joy', 'sadness', 'anger', 'fear', 'surprise', 'disgust', 'calm', 'shame'];
const byId = (id: string) => EMOTION_CHOICES.find((e) => e.id === id);

describe('the emotions she can pick', () => {
  it('offers about thirty', () => {
    expect(EMOTION_CHOICES.length).toBeGreaterThanOrEqual(28);
    expect(EMOTION_CHOICES.length).toBeLessThanOrEqual(32);
  });

  it('includes every emotion the web and server were written against', () => {
    const ids = EMOTION_CHOICES.map((e) => e.id);
    for (const id of [
      'joy', 'relief', 'pride', 'gratitude', 'hope', 'calm', 'confidence', 'sadness', 'disappointment', 'loneliness',
      'anger', 'frustration', 'irritation', 'resentment', 'fear', 'anxiety', 'worry', 'overwhelm', 'surprise', 'confusion',
      'disgust', 'shame', 'guilt', 'embarrassment', 'tiredness', 'doubt', 'powerlessness', 'enthusiasm',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('includes the emotions the seeds name: irritation, sadness, anger, empathy, pleasure, pressure', () => {
    for (const id of ['irritation', 'sadness', 'anger', 'empathy', 'pleasure', 'pressure']) expect(byId(id)).toBeDefined();
  });

  it('has unique, stable lowercase ascii ids', () => {
    const ids = EMOTION_CHOICES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z_]+$/);
  });

  it('has unique, non-empty labels in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const labels = EMOTION_CHOICES.map((e) => e[lang]);
      expect(new Set(labels).size).toBe(labels.length);
      for (const l of labels) expect(l.trim()).toBe(l);
      for (const l of labels) expect(l).not.toBe('');
    }
  });

  it('writes French labels in lowercase with their accents, in composed form', () => {
    for (const e of EMOTION_CHOICES) {
      expect(e.fr).toBe(e.fr.toLocaleLowerCase('fr'));
      expect(e.fr).toBe(e.fr.normalize('NFC'));
    }
    expect(byId('joy')?.fr).toBe('joie');
    expect(byId('relief')?.fr).toBe('soulagement');
    expect(byId('pride')?.fr).toBe('fierté');
    expect(byId('anxiety')?.fr).toBe('anxiété');
    expect(byId('overwhelm')?.fr).toBe('débordement');
    expect(byId('powerlessness')?.fr).toBe('impuissance');
    expect(byId('disappointment')?.fr).toBe('déception');
    expect(byId('anger')?.fr).toBe('colère');
    expect(byId('worry')?.fr).toBe('inquiétude');
    expect(byId('disgust')?.fr).toBe('dégoût');
    expect(byId('guilt')?.fr).toBe('culpabilité');
    expect(byId('embarrassment')?.fr).toBe('gêne');
  });

  it('puts every emotion in one of the eight families, and every family has at least one', () => {
    for (const e of EMOTION_CHOICES) expect(FAMILIES).toContain(e.family);
    for (const f of FAMILIES) expect(EMOTION_CHOICES.some((e) => e.family === f)).toBe(true);
  });

  it('files emotions where a coach would look for them', () => {
    expect(byId('relief')?.family).toBe('joy');
    expect(byId('irritation')?.family).toBe('anger');
    expect(byId('resentment')?.family).toBe('anger');
    expect(byId('anxiety')?.family).toBe('fear');
    expect(byId('overwhelm')?.family).toBe('fear');
    expect(byId('guilt')?.family).toBe('shame');
    expect(byId('embarrassment')?.family).toBe('shame');
    expect(byId('confidence')?.family).toBe('calm');
    expect(byId('loneliness')?.family).toBe('sadness');
    expect(byId('confusion')?.family).toBe('surprise');
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(EMOTION_CHOICES)).toBe(true);
    for (const e of EMOTION_CHOICES) expect(Object.isFrozen(e)).toBe(true);
    expect(() => (EMOTION_CHOICES as EmotionChoice[]).push({ id: 'x', fr: 'x', en: 'x', family: 'joy' })).toThrow();
  });
});

describe('emotionLabel', () => {
  it('gives a chosen emotion its label in French or English', () => {
    expect(emotionLabel('anxiety', 'fr')).toBe('anxiété');
    expect(emotionLabel('anxiety', 'en')).toBe('anxiety');
    expect(emotionLabel('embarrassment', 'fr')).toBe('gêne');
    expect(emotionLabel('embarrassment', 'en')).toBe('embarrassment');
  });

  it('labels every choice, in both languages', () => {
    for (const e of EMOTION_CHOICES) {
      expect(emotionLabel(e.id, 'fr')).toBe(e.fr);
      expect(emotionLabel(e.id, 'en')).toBe(e.en);
    }
  });

  it('gives her own words back unchanged, in either language', () => {
    expect(emotionLabel('une boule au ventre', 'fr')).toBe('une boule au ventre');
    expect(emotionLabel('une boule au ventre', 'en')).toBe('une boule au ventre');
    expect(emotionLabel('', 'fr')).toBe('');
  });

  it('matches ids exactly: a French label, other case or padding is her own word', () => {
    expect(emotionLabel('joie', 'en')).toBe('joie');
    expect(emotionLabel('Joy', 'fr')).toBe('Joy');
    expect(emotionLabel(' joy', 'fr')).toBe(' joy');
  });

  it('is not fooled by words that are names on every JavaScript object', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(emotionLabel(w, 'fr')).toBe(w);
      expect(emotionLabel(w, 'en')).toBe(w);
    }
  });
});

describe('the journal’s intensity scale', () => {
  it('runs from 0 to 10, like emotions in session notes', () => {
    expect(JOURNAL_INTENSITY_MIN).toBe(0);
    expect(JOURNAL_INTENSITY_MAX).toBe(10);
    expect(JOURNAL_INTENSITY_MIN).toBe(EMOTION_INTENSITY_MIN);
    expect(JOURNAL_INTENSITY_MAX).toBe(EMOTION_INTENSITY_MAX);
  });
});
