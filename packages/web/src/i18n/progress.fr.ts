/** progress texts, in French (the reference: English must match its shape). */
export const progressFr = {
  title: 'progress',
};
