import { containerBootstrap, type Container } from '@nlpjs/core';
import { Nlp, type NlpClassification } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en';
import type { Program } from '../core/catalog-schema.js';
import { CURRENT_PROGRAM_ID, loadCatalog, programOf } from '../core/catalog.js';
import type { Locale } from '../core/types.js';
import { entityExtractor, type Entities } from './entities.js';
import { matchError, type ErrorMatch } from './error-matcher.js';
import { INTENT_BY_MESSAGE_MEANING, isIntentId, type IntentId, type RecognizedIntent } from './intents.js';
import { KoreanFeaturizer } from './korean-features.js';
import { detectLocale, textLocale } from './locale.js';
import { latinWords, normalizeText, TypoCorrector } from './normalize.js';
import { createRetriever, type Retrieved } from './retrieval.js';
import { NEEDS_SIGNAL, outOfScope, signalBoosts } from './signals.js';
import { outOfScopeData, trainingData } from './training-data.js';

/** Characters of a message recognition reads (after the door's cap). */
export const RECOGNITION_CHARS = 1_000;

/** Below this classifier score the intent is 'none' (the dialogs then ask or offer alternatives). */
export const CONFIDENCE_THRESHOLD = 0.6;
/** Top two intents closer than this are reported as ambiguous ("did you mean ...?"). */
export const AMBIGUITY_MARGIN = 0.2;
/** Runner-ups below this score are not worth offering. */
export const ALTERNATIVE_MIN_SCORE = 0.15;
/** Below this share of known content words an utterance is out of scope ("what's the weather in seattle"). */
export const MIN_KNOWN_WORD_SHARE = 0.5;
/** With a classifier this sure of its pick, a message may hold more unknown words (names of companies and people). */
const SURE_SCORE = 0.85;
const MIN_SURE_KNOWN_SHARE = 0.34;

export interface ScoredIntent {
  intent: IntentId;
  score: number;
}

export interface Recognition {
  /** Language to answer in (a supported hint wins over the text). */
  locale: Locale;
  intent: RecognizedIntent;
  /** 0..1: the best classifier score (also when intent is 'none'); for a matched known error, the match score. */
  score: number;
  /**
   * Candidates worth offering as "did you mean" choices, best first, at most 3, never the
   * returned intent (so when intent is 'none' the best guesses are all here).
   */
  alternatives: ScoredIntent[];
  /** The top two intents are within {@link AMBIGUITY_MARGIN} (intent is then 'none'); never when a known error decided. */
  ambiguous: boolean;
  entities: Entities;
  /** A known portal message found in the text; it decides the intent. */
  error?: ErrorMatch;
}

export interface Recognizer {
  /** Classifies one utterance; `localeHint` is the channel's or user's locale ("ko-KR"). */
  recognize(text: string, localeHint?: string): Promise<Recognition>;
}

/** The trained recognizer; `preparedTexts` is how many message texts NLP.js holds prepared (bounded, see `nluClassifier`). */
export interface TrainedRecognizer extends Recognizer {
  preparedTexts(): number;
}

/** NLP.js's English stopword list: never "corrected", never counted as content. */
function englishStopwords(container: Container): Set<string> {
  const remover = container.get('stopwords-en') as { dictionary?: Record<string, boolean> } | undefined;
  return new Set(Object.keys(remover?.dictionary ?? {}));
}

/** English vocabulary for typo correction: training words plus catalog names and message wordings. */
/**
 * Everyday words of a first message that no training sentence needs ("hi, I'm new at Fabrikam, what support stuff do
 * we have?"): known, so that they neither count against the message as unknown words nor get "corrected" ("stuff" → "staff").
 */
const CHAT_VOCABULARY = ['hi', 'hey', 'hello', 'thanks', 'new', 'just', 'joined', 'join', 'started', 'starting', 'onboarding', 'stuff', 'tech', 'techie', 'guy', 'folks', 'team', 'boss', 'manager', 'colleague', 'coworker', 'newbie', 'week', 'today', 'anyway', 'btw', 'quick', 'question'];

function englishVocabulary(program: Program, stopwords: Set<string>, current?: Program): Set<string> {
  const texts = [
    ...(current?.offers.flatMap((o) => [...o.aliases, o.name.en]) ?? []),
    ...(current?.benefits.map((b) => b.name) ?? []),
    ...Object.values(trainingData.en).flat(),
    ...Object.values(trainingData.ko).flat(),
    ...program.offers.flatMap((o) => [...o.aliases, o.name.en]),
    ...program.competencies.flatMap((c) => [...c.aliases, c.name.en]),
    ...program.messages.flatMap((m) => [...m.variants.en, ...m.shortForms.en]),
    ...program.paidPlans.map((p) => p.name),
  ];
  return new Set([...stopwords, ...CHAT_VOCABULARY, ...texts.flatMap((t) => latinWords(normalizeText(t)))]);
}

/**
 * NLP.js's own Korean stemmer is dictionary-based and maps loanwords to unrelated words
 * ("인시던트" -> "흥이나", "던지"); our featurizer replaces its normalizer, tokenizer and stemmer.
 */
function useKoreanFeatures(container: Container, featurizer: KoreanFeaturizer): void {
  container.register('normalizer-ko', { normalize: (text: string) => text }, true);
  container.register('tokenizer-ko', { tokenize: (text: string) => featurizer.features(text) }, true);
  container.register('stemmer-ko', { stem: (tokens: string[]) => tokens }, true);
}

async function trainNlp(container: Container, prepareEn: (text: string) => string): Promise<Nlp> {
  const nlp = new Nlp({ container, autoSave: false, log: false, nlu: { log: false, useNoneFeature: true } });
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.addLanguage(['en', 'ko']);
  for (const locale of ['en', 'ko'] as const) {
    const prepare = locale === 'en' ? prepareEn : (t: string) => t;
    for (const [intent, utterances] of Object.entries(trainingData[locale])) {
      for (const u of utterances) nlp.addDocument(locale, prepare(u), intent);
    }
    for (const u of outOfScopeData[locale]) nlp.addDocument(locale, prepare(u), 'None');
  }
  await nlp.train();
  return nlp;
}

function ranked(classifications: readonly NlpClassification[]): ScoredIntent[] {
  const out: ScoredIntent[] = [];
  for (const c of classifications) if (isIntentId(c.intent)) out.push({ intent: c.intent, score: c.score });
  return out.sort((a, b) => b.score - a.score);
}

const topScore = (scores: ScoredIntent[]) => scores[0]?.score ?? 0;

/** Ranks the intents for `utterance` with the model of `lang`. */
type Classify = (lang: Locale, utterance: string) => Promise<ScoredIntent[]>;

/** Classifications NLP.js's NLU may hold prepared before its caches are dropped (see `nluClassifier`). */
export const NLU_CACHE_RUNS = 1_000;

/**
 * NLP.js's classifier, called alone: `Nlp.process` would also run NER, sentiment, answers and
 * actions on every message, none of which the bot reads. Each NLU caches every text it has
 * prepared for an hour; the caches are dropped every NLU_CACHE_RUNS classifications, so distinct
 * messages cannot grow memory without bound. `preparedTexts` counts what they hold.
 */
function nluClassifier(nlp: Nlp): { run: Classify; preparedTexts: () => number } {
  const nlus = Object.values(nlp.nluManager.domainManagers).flatMap((manager) => Object.values(manager.domains));
  let runs = 0;
  return {
    async run(lang, utterance) {
      if (utterance.trim() === '') return [];
      if (++runs > NLU_CACHE_RUNS) {
        runs = 1;
        for (const nlu of nlus) delete nlu.cache;
      }
      return ranked((await nlp.nluManager.process({ locale: lang, utterance, settings: { ...nlp.settings.nlu } })).classifications);
    },
    preparedTexts: () => nlus.reduce((sum, nlu) => sum + Object.values(nlu.cache?.results ?? {}).reduce((n, texts) => n + Object.keys(texts).length, 0), 0),
  };
}

/** Ranks the intents for `text` with the model of its language (`model`); `input` is the text as that model reads it. */
async function classify(run: Classify, prepareEn: (text: string) => string, model: Locale, text: string, input: string): Promise<ScoredIntent[]> {
  const scores = await run(model, input);
  // A Korean question about English product names ("Advanced Support for Partners가 뭐예요") that
  // the Korean model cannot place: the English model knows those words, so it may place it.
  if (model === 'ko' && topScore(scores) < CONFIDENCE_THRESHOLD && /[a-z]{3}/i.test(text)) {
    const fromEnglish = await run('en', prepareEn(text));
    if (topScore(fromEnglish) > topScore(scores)) return fromEnglish;
  }
  return scores;
}

/** Chat and function words NLP.js's English stopword list lacks ("will we get…", "quick question pls"): they say nothing about scope. */
const CHAT_WORDS: ReadonlySet<string> = new Set('will shall may gonna wanna please pls plz hi hello hey thanks thank ok okay yes yeah just really actually guys team lol um uh hmm anyway maybe perhaps quick question wondering wonder know tell us'.split(' '));

/** Share (0..1) of the content words of a prepared English text that training has seen. */
function englishKnownShare(prepared: string, english: TypoCorrector, isStopword: (w: string) => boolean): number {
  const content = prepared.split(' ').filter((w) => w.length >= 2 && !isStopword(w) && !CHAT_WORDS.has(w) && !/^\d+$/.test(w));
  if (content.length === 0) return 1;
  return content.filter((w) => english.has(w)).length / content.length;
}

/**
 * Combines classifier ranking, error match and vocabulary coverage into the decision. A known
 * error decides outright; two close candidates (ambiguous) decide nothing, so the dialogs can
 * ask "did you mean ...?" with `alternatives`.
 */
function decide(scores: ScoredIntent[], error: ErrorMatch | undefined, knownShare: number, boosts: Map<IntentId, number>): Pick<Recognition, 'intent' | 'score' | 'alternatives' | 'ambiguous'> {
  // A message with names the vocabulary can't know ("어드벤처웍스 신입인데 우리 ID 아직 쓸수있나요?") still counts when the classifier is sure of it.
  const sure = knownShare >= MIN_SURE_KNOWN_SHARE && (scores[0]?.score ?? 0) >= SURE_SCORE;
  const candidates = knownShare >= MIN_KNOWN_WORD_SHARE || boosts.size > 0 || sure ? boosted(scores, boosts).filter((s) => s.score >= ALTERNATIVE_MIN_SCORE) : [];
  const errorIntent = error ? INTENT_BY_MESSAGE_MEANING[error.meaning] : undefined;
  if (error && errorIntent) {
    const score = Math.max(error.score, scores.find((s) => s.intent === errorIntent)?.score ?? 0);
    return { intent: errorIntent, score, alternatives: candidates.filter((c) => c.intent !== errorIntent).slice(0, 3).map(({ intent: i, score: sc }) => ({ intent: i, score: sc })), ambiguous: false };
  }
  const [first, second] = candidates;
  // Judged before capping: a topic its own words name outright (TPD) is not a tie with one that merely also reaches the cap.
  const ambiguous = first !== undefined && second !== undefined && first.raw - second.raw < AMBIGUITY_MARGIN;
  const intent: RecognizedIntent = first && !ambiguous && first.score >= CONFIDENCE_THRESHOLD ? first.intent : 'none';
  const alternatives = candidates.filter((c) => c.intent !== intent).slice(0, 3).map(({ intent: i, score }) => ({ intent: i, score }));
  return { intent, score: first?.score ?? 0, alternatives, ambiguous };
}

/** What the classifier's pick of a topic that needs its own words counts without them: never enough for a guess. */
const UNSIGNALLED = 0.5;
/** Classifier scores plus concept signals, capped at 1 (`raw`: before the cap), best first. */
function boosted(scores: ScoredIntent[], boosts: Map<IntentId, number>): (ScoredIntent & { raw: number })[] {
  const all = new Map(scores.map((s) => [s.intent, NEEDS_SIGNAL.has(s.intent) && !boosts.has(s.intent) ? s.score * UNSIGNALLED : s.score]));
  for (const [intent, boost] of boosts) all.set(intent, (all.get(intent) ?? 0) + boost);
  // Ranked before capping, so a topic its own words name outright beats one that merely also reaches the cap.
  return [...all].sort((a, b) => b[1] - a[1]).map(([intent, score]) => ({ intent, score: Math.min(1, score), raw: score }));
}

/** A retrieval pick must hold this share of the best matches, and agree with a runner-up of the classifier or hold it clearly. */
const RETRIEVAL_SHARE = 0.6;

/** When the classifier decided nothing: the topic retrieval clearly prefers, if any. */
function retrieved(hits: Retrieved[], decision: Pick<Recognition, 'intent' | 'score' | 'alternatives' | 'ambiguous'>, boosts: Map<IntentId, number>): Partial<Recognition> {
  const top = hits[0];
  if (!top || top.share < RETRIEVAL_SHARE || (NEEDS_SIGNAL.has(top.intent) && !boosts.has(top.intent))) return {};
  const backed = decision.alternatives.some((a) => a.intent === top.intent);
  if (!backed && top.share < 0.8) return {};
  return { intent: top.intent, score: Math.max(decision.score, CONFIDENCE_THRESHOLD), alternatives: decision.alternatives.filter((a) => a.intent !== top.intent) };
}

/** A recognizer holds no per-conversation state, so one trained model per program serves everyone. */
const trained = new WeakMap<Program, Promise<TrainedRecognizer>>();

/**
 * Trains the English and Korean intent models for `program` (in memory, well under a second
 * here) and returns a recognizer; later calls with the same program object reuse the model.
 * Recognition normalizes and typo-corrects the text, classifies it with NLP.js, matches known
 * portal messages (which decide the intent) and extracts catalog entities.
 */
export function createRecognizer(program: Program): Promise<TrainedRecognizer> {
  let recognizer = trained.get(program);
  if (!recognizer) {
    recognizer = train(program);
    trained.set(program, recognizer);
    // A failed training must not be cached: the next call tries again.
    recognizer.catch(() => trained.delete(program));
  }
  return recognizer;
}

async function train(program: Program): Promise<TrainedRecognizer> {
  const container = containerBootstrap();
  container.use(LangEn);
  const stopwords = englishStopwords(container);
  const isStopword = (w: string) => stopwords.has(w);
  const current = programOf(loadCatalog(), CURRENT_PROGRAM_ID);
  const english = new TypoCorrector(englishVocabulary(program, stopwords, current));
  const korean = new KoreanFeaturizer(english);
  korean.learn(Object.values(trainingData.ko).flat());
  useKoreanFeatures(container, korean);
  const prepareEn = (text: string) => english.correctText(normalizeText(text));
  const classifier = nluClassifier(await trainNlp(container, prepareEn));
  const extract = entityExtractor(program, current);
  const retrieve = createRetriever(trainingData);

  return {
    async recognize(fullText, localeHint) {
      // What a message asks is in its opening: the classifier, matcher and retrieval read at most
      // this much, which keeps a turn's work small however long the (capped) message is.
      const text = fullText.slice(0, RECOGNITION_CHARS);
      const locale = detectLocale(text, localeHint);
      // The model follows the text, not the hint: Korean typed in an English-locale Teams client is still Korean.
      const model = textLocale(text);
      const input = model === 'en' ? prepareEn(text) : text;
      const scores = await classify(classifier.run, prepareEn, model, text, input);
      const error = matchError(text, program);
      const known = model === 'en' ? englishKnownShare(input, english, isStopword) : korean.knownShare(text, isStopword);
      const entities = extract(model === 'en' ? input : text);
      const boosts = signalBoosts(`${text} ${model === 'en' ? input : ''}`, entities);
      const decision = outOfScope(text) && !error ? { intent: 'none' as const, score: 0, alternatives: [], ambiguous: false } : decide(scores, error, known, boosts);
      if (decision.intent === 'none' && !decision.ambiguous && !outOfScope(text)) Object.assign(decision, retrieved(retrieve(model === 'en' ? input : text), decision, boosts));
      return error ? { locale, ...decision, entities, error } : { locale, ...decision, entities };
    },
    preparedTexts: classifier.preparedTexts,
  };
}
