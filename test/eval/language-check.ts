/**
 * Is a reply in the language the partner should get? Korean replies must be mostly Hangul and
 * English replies must not be Korean, but both may quote UI strings, error messages and product
 * names in the other language. The rule (also in docs/eval.md):
 *  1. Drop what is legitimately foreign: URLs, quoted text ("…", “…”, ‘…’, `…`, '…'), the names
 *     of products, portals and plans (PRODUCT_NAMES), and "Source:/출처:" citation lines.
 *  2. Korean: of the remaining words that carry letters, at least 60% contain Hangul.
 *  3. English: at most one line still contains Hangul (a bilingual welcome / "한국어로도 됩니다"
 *     hint), and the reply has more English words than Korean ones.
 */
const PRODUCT_NAMES = [
  'Microsoft AI Cloud Partner Program', 'Microsoft Cloud Partner Program', 'Microsoft Partner Network',
  'Partner Center', 'Partner Success Core', 'Partner Success Expanded', 'Partner Success', 'Partner Launch',
  'Solutions Partner', 'Support for Business', 'Services Hub', 'Partner Cloud Support', 'Partner On-premises Support',
  'Signature Cloud Support', 'Signature', 'Microsoft Product Support', 'Premier Support for Partners', 'Advanced Support for Partners',
  'Unified for Partners', 'Cloud Solution Provider', 'Action Pack', 'Microsoft 365', 'Office 365', 'Dynamics 365', 'Dynamics',
  'Power Platform', 'Azure portal', 'Azure AD', 'Azure', 'Windows Server', 'Windows', 'SQL Server', 'Exchange', 'SharePoint',
  'Help + support', 'Support plans', 'Link support benefits', 'New support request', 'Add Contract', 'Service management',
  'Access ID', 'Contract ID', 'Microsoft', 'Gold', 'Silver', 'MPN', 'MAICPP', 'CSP', 'MSA', 'TAM', 'LCS', 'SfB', 'TPD', 'ID',
  'Teams', 'Slack', 'Global admin', 'Admin agent', 'Partner admin', 'Enterprise Mobility Management',
];

const ESCAPED = PRODUCT_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
const NAMES = new RegExp(`(?<![A-Za-z])(?:${ESCAPED.join('|')})(?![A-Za-z])`, 'gi');
const QUOTED = /"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|`[^`\n]*`|(?<![A-Za-z])'[^'\n]{1,200}'(?![A-Za-z])|「[^」\n]*」/g;
const URL_RE = /\bhttps?:\/\/\S+|\b[a-z0-9.-]+\.(?:com|ms|example)(?:\/\S*)?/gi;
const CITATION = /^(?:Source|출처|Sources)\s*:.*$/gim;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

export interface LanguageVerdict {
  ok: boolean;
  /** Share of letter-carrying words that contain Hangul, after the exemptions. */
  hangulShare: number;
  reason?: string;
}

/** The reply with the legitimately foreign parts removed (see the module comment). */
export function ownWords(text: string): string {
  return text.replace(CITATION, ' ').replace(URL_RE, ' ').replace(QUOTED, ' ').replace(NAMES, ' ');
}

function words(text: string): { hangul: number; latin: number } {
  let hangul = 0;
  let latin = 0;
  for (const w of text.split(/\s+/)) {
    if (HANGUL.test(w)) hangul += 1;
    else if (/[A-Za-z]{2,}/.test(w)) latin += 1;
  }
  return { hangul, latin };
}

export function checkLanguage(text: string, lang: 'en' | 'ko'): LanguageVerdict {
  const own = ownWords(text);
  const { hangul, latin } = words(own);
  const share = hangul + latin === 0 ? 0 : hangul / (hangul + latin);
  if (lang === 'ko') {
    if (hangul === 0) return { ok: false, hangulShare: share, reason: 'no Korean in the reply' };
    return share >= 0.6 ? { ok: true, hangulShare: share } : { ok: false, hangulShare: share, reason: `only ${Math.round(share * 100)}% Korean words` };
  }
  const hangulLines = own.split('\n').filter((line) => HANGUL.test(line)).length;
  if (hangulLines > 1) return { ok: false, hangulShare: share, reason: `${hangulLines} lines in Korean` };
  return hangul < latin ? { ok: true, hangulShare: share } : { ok: false, hangulShare: share, reason: `${Math.round(share * 100)}% Korean words` };
}
