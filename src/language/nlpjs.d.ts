/**
 * The small part of NLP.js (CommonJS, ships no types) that the recognizer uses. Declared here
 * rather than silenced so a wrong call still fails type-checking.
 */
declare module '@nlpjs/core' {
  export interface Container {
    use(item: unknown): string;
    register(name: string, item: unknown, isSingleton?: boolean): void;
    get(name: string): unknown;
  }
  export function containerBootstrap(): Container;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';

  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export interface NlpResult {
    locale: string;
    intent: string;
    score: number;
    classifications: NlpClassification[];
  }
  export interface NlpSettings {
    container: Container;
    autoSave?: boolean;
    log?: boolean;
    nlu?: Record<string, unknown>;
    [key: string]: unknown;
  }
  export class Nlp {
    constructor(settings: NlpSettings);
    settings: NlpSettings;
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    /** The classifier alone: `process` also runs NER, sentiment, answers and actions, which the bot does not use. */
    nluManager: NluManager;
  }
  /** What the classifier of one language keeps: its NLU per domain, each caching the texts it prepared (tokens by text, for an hour). */
  export interface NluManager {
    process(input: { locale: string; utterance: string; settings: unknown }): Promise<NlpResult>;
    domainManagers: Record<string, { domains: Record<string, { cache?: { results: Record<string, Record<string, unknown>> } }> }>;
  }
}

declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
