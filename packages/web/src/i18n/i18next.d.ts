import 'i18next';
import type { fr } from './fr';

// Typed keys: a missing or misspelt key is a compile error, in both languages.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
    returnNull: false;
  }
}
