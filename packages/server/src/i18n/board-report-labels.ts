/** The words of the constellation report PDF, French first, English complete. */
export const REPORT_LANGUAGES = ['fr', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const fr = {
  title: 'Constellation',
  subtitle: (client: string, date: string) => `${client} · séance du ${date}`,
  confidential: 'Document confidentiel, établi par le coach pour la cliente ou le client. Il retrace les images du tableau, les mouvements entre elles, ce que le tableau montrait et les ressentis notés.',
  noPictures: 'Aucune image n’a été prise sur ce tableau.',
  initial: 'image de départ',
  resolution: 'image de résolution',
  readouts: 'Ce que montre l’image',
  noPairs: 'Un seul élément sur le tableau.',
  faces: (a: string, b: string) => `${a} regarde ${b}`,
  unseen: 'Hors de toute vue',
  unnamed: 'sans nom',
  movementsSince: (name: string) => `Mouvements depuis « ${name} »`,
  noMovement: 'Aucun mouvement enregistré.',
  movement: (by: string, label: string, d: string) => `${by} déplace « ${label} » de ${d}`,
  turn: (deg: number) => `et le tourne de ${deg}°`,
  feltSenses: 'Ressentis',
  noFeltSense: 'Aucun ressenti noté.',
  energy: 'énergie',
};

const en: typeof fr = {
  title: 'Constellation',
  subtitle: (client, date) => `${client} · session of ${date}`,
  confidential: 'Confidential document, prepared by the coach for the client. It traces the board’s pictures, the movements between them, what the board showed and the felt senses recorded.',
  noPictures: 'No picture was taken on this board.',
  initial: 'initial picture',
  resolution: 'resolution picture',
  readouts: 'What the picture shows',
  noPairs: 'Only one element on the board.',
  faces: (a, b) => `${a} faces ${b}`,
  unseen: 'Outside everyone’s view',
  unnamed: 'unnamed',
  movementsSince: (name) => `Movements since “${name}”`,
  noMovement: 'No movement recorded.',
  movement: (by, label, d) => `${by} moves “${label}” by ${d}`,
  turn: (deg) => `and turns it by ${deg}°`,
  feltSenses: 'Felt senses',
  noFeltSense: 'No felt sense recorded.',
  energy: 'energy',
};

export const BOARD_REPORT_LABELS: Record<ReportLanguage, typeof fr> = { fr, en };
