/**
 * The heading and introduction a coach writes for her public page: plain text, short
 * enough for a page header, a <title> and a link preview. Empty means the usual heading.
 */
export const PAGE_HEADING_MAX = 120;
export const PAGE_INTRO_MAX = 600;
