/** portal texts, in French (the reference: English must match its shape). */
export const portalFr = {
  title: 'portal',
};
