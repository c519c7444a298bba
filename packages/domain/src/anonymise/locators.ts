import type { Detection } from './types.js';
import { matchesIn, matchesWithin, windowsAround } from './windows.js';

/**
 * What leads straight to one home, one car or one household, though it names no one: a
 * position on the map (decimal or in degrees, minutes and seconds, or three what3words
 * words), a car's number plate after its label or in the British form, and a member's or a
 * claimant's number after the label of the body that gave it ("Numéro CAF : 1234567",
 * "Mutuelle : 00458712"). Read only in `near`, the windows around the text's digits
 * (windows.ts), but for what3words, which holds none.
 */
export function locators(text: string, near: readonly [number, number][]): Detection[] {
  const found: Detection[] = [];
  const add = (start: number, end: number, type: Detection['type'], confidence: number) => found.push({ start, end, type, source: 'pattern', confidence });
  for (const m of matchesWithin(text, near, DECIMAL_POSITION)) if (Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180) add(m.index!, m.index! + m[0].length, 'place', 0.9);
  for (const m of matchesWithin(text, near, DEGREES_POSITION)) add(m.index!, m.index! + m[0].length, 'place', 0.95);
  if (text.includes('///')) for (const m of matchesIn(text, WHAT3WORDS)) add(m.index!, m.index! + m[0].length, 'place', 0.95);
  for (const m of matchesWithin(text, windowsAround(text, PLATE_WORD, 0, 48, near), LABELLED_PLATE)) {
    const plate = m.groups!.plate!;
    // In capitals, with a digit, four signs at least: "la plaque de cuisson 3" names no car.
    if (plate !== plate.toUpperCase() || !/\d/.test(plate) || plate.replace(/[ -]/g, '').length < 4) continue;
    const start = m.index! + m[0].length - plate.length;
    add(start, start + plate.length, 'identifier', 0.9);
  }
  for (const m of matchesWithin(text, near, BRITISH_PLATE)) add(m.index!, m.index! + m[0].length, 'identifier', 0.8);
  for (const m of matchesWithin(text, windowsAround(text, BODY_WORD, 0, 48, near), MEMBER_NUMBER)) {
    if (m.groups!.number!.replace(/ /g, '').length < 5) continue;
    const start = m.index! + m[0].length - m.groups!.number!.length;
    add(start, start + m.groups!.number!.length, 'identifier', 0.9);
  }
  return found;
}

/** "47.6582, -2.7599": a latitude and a longitude of four decimals or more, as a map copies them. */
const DECIMAL_POSITION = /(?<![\d.-])(-?\d{1,2}\.\d{4,})°?\s*[NS]?\s*[,;/ ]\s*(-?\d{1,3}\.\d{4,})°?\s*[EOWe]?(?![\d.])/g;
/** 47°39'29.5"N 2°45'35.6"W. */
const DEGREES_POSITION = /\d{1,3}°\s?\d{1,2}['′’]\s?(?:\d{1,2}(?:[.,]\d+)?["″”]\s?)?[NS][\s,;]*\d{1,3}°\s?\d{1,2}['′’]\s?(?:\d{1,2}(?:[.,]\d+)?["″”]\s?)?[EOW]\b/g;
/** "///table.chair.lamp". */
const WHAT3WORDS = /\/\/\/\p{L}+\.\p{L}+\.\p{L}+/gu;

const PLATE_WORD = /plaque|immatricul|plate|registration|\breg\b/gi;
/** The value after a plate's label: letters and digits in groups, to the end of the line or a sign. */
const LABELLED_PLATE =
  /(?<![\p{L}])(?:plaque(?:\s+d['’]immatriculation)?|immatriculation|immatriculée|(?:number|licen[cs]e|registration)\s+plate|plate|registration|reg\.?)(?:\s+(?:n°|no\.?|number))?\s*[:=]?\s*(?<plate>[A-Z\d]{1,4}(?:[ -][A-Z\d]{1,4}){0,3})(?![\p{L}\d])/giu;
/** "AB12 CDE", "SK19 XYZ": two letters, the year's two digits, three letters. */
const BRITISH_PLATE = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/g;

const BODY_WORD = /caf|msa|mutuelle|allocataire|cpam|france travail|pôle emploi|pole emploi|urssaf|nhs/gi;
/** "Numéro CAF : 1234567", "Mutuelle : 00458712", "NHS number: 485 777 3456". */
const MEMBER_NUMBER =
  /(?<![\p{L}])(?:(?:n°|nº|numéro|numero|number|no\.?)\s+(?:d['’]\s*)?)?(?:CAF|MSA|mutuelle|allocataire|CPAM|France\s+Travail|Pôle\s+emploi|Pole\s+emploi|URSSAF|NHS)(?:\s+(?:n°|nº|no\.?|number|numéro|ID))?\s*[:=]?\s*(?<number>\d+(?: \d+){0,3})(?![\d])/giu;
