import type { EntitlementService } from '../src/core/service.js';
import type { Send } from './ask.dialog.js';

/** What the recognizer gives the router and dialogs (src/language/recognizer.ts). */
export interface Recognition {
  locale: 'en' | 'ko';
  intent: string;
  score: number;
  alternatives: { intent: string; score: number }[];
  ambiguous: boolean;
  entities: { offer?: string; competencies: string[] };
  error?: { messageId: string; meaning: string; score: number; exact: boolean };
}

export interface IntentRecognizer {
  recognize(text: string, localeHint?: string): Promise<Recognition>;
}

/** Everything a dialog may use: the one entitlement core, the recognizer for entities, and `send`. */
export interface DialogDeps {
  service: EntitlementService;
  recognizer: IntentRecognizer;
  send: Send;
}
