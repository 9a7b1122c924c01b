import type { ConversationReference } from 'botbuilder';
import type { Answer } from '../src/core/answer.js';
import type { EntitlementService } from '../src/core/service.js';
import type { StaffService } from '../src/core/staff-service.js';
import type { Locale } from '../src/core/types.js';
import type { Send } from './ask.dialog.js';
import type { Translate } from './turn.js';

/** What the recognizer gives the router and dialogs (src/language/recognizer.ts). */
export interface Recognition {
  locale: 'en' | 'ko';
  intent: string;
  score: number;
  alternatives: { intent: string; score: number }[];
  ambiguous: boolean;
  entities: { offer?: string; offers?: string[]; competencies: string[]; currentOffer?: string; currentOffers?: string[]; renames?: string[] };
  error?: { messageId: string; meaning: string; score: number; exact: boolean };
}

export interface IntentRecognizer {
  recognize(text: string, localeHint?: string): Promise<Recognition>;
}

/** Sends an answer into another conversation (a ticket's partner, the staff channel); false when no channel can. */
export type Deliver = (reference: Partial<ConversationReference>, answer: Answer) => Promise<boolean>;

/** Everything a dialog may use: the entitlement core, staff services, the recognizer for entities, and sending. */
export interface DialogDeps {
  service: EntitlementService;
  staff: StaffService;
  recognizer: IntentRecognizer;
  send: Send;
  deliver: Deliver;
  /** A translate function for another language than the turn's (a ticket's partner). */
  translate: (locale: Locale) => Translate;
}
