import type { LocalizedText } from './types.js';

/**
 * 2021 names and what they are called now (facts.md §4.6), as data. `from` is an id of the 2021
 * catalog when the term is one (offer, benefit, role), `to` ids of the current catalog; `changedOn`
 * names TIMELINE entries. Aliases are what people type, lower-case, both languages.
 */
export interface Rename {
  id: string;
  kind: 'program' | 'offer' | 'benefit' | 'role' | 'page' | 'portal';
  /** The 2021 catalog id (offers, benefits, roles) or, for plain terms, the rename's own id. */
  from: string;
  was: LocalizedText;
  /** Current catalog ids it maps to (offers, benefits, roles), in the order to mention them. */
  to: string[];
  now: LocalizedText;
  changedOn: string[];
  aliases: string[];
}

export const RENAMES: readonly Rename[] = [
  {
    id: 'program', kind: 'program', from: 'program', to: [],
    was: { en: 'Microsoft Partner Network (MPN)', ko: 'Microsoft 파트너 네트워크(MPN)' },
    now: { en: 'Microsoft AI Cloud Partner Program (MAICPP)', ko: 'Microsoft AI 클라우드 파트너 프로그램(MAICPP)' },
    changedOn: ['cloud-partner-program', 'maicpp-rename'],
    aliases: ['mpn', 'microsoft partner network', 'partner network', '파트너 네트워크'],
  },
  {
    id: 'partner-admin', kind: 'role', from: 'mpn-partner-admin', to: ['mpn-partner-admin'],
    was: { en: 'MPN partner admin', ko: 'MPN 파트너 관리자' },
    now: { en: 'Partner admin (Microsoft AI Cloud Partner Program)', ko: '파트너 관리자(Microsoft AI 클라우드 파트너 프로그램)' },
    changedOn: ['maicpp-rename'],
    aliases: ['mpn partner admin', 'mpn admin', 'mpn 파트너 관리자', 'mpn 관리자'],
  },
  {
    id: 'gold', kind: 'offer', from: 'gold', to: ['solutions-partner'],
    was: { en: 'Gold competency', ko: '골드 역량' },
    now: { en: 'Solutions Partner designation', ko: 'Solutions Partner 지정' },
    changedOn: ['competencies-end', 'action-pack-retired'],
    aliases: ['gold', 'gold competency', '골드', '골드 역량'],
  },
  {
    id: 'silver', kind: 'offer', from: 'silver', to: ['solutions-partner'],
    was: { en: 'Silver competency', ko: '실버 역량' },
    now: { en: 'Solutions Partner designation', ko: 'Solutions Partner 지정' },
    changedOn: ['competencies-end', 'action-pack-retired'],
    aliases: ['silver', 'silver competency', '실버', '실버 역량'],
  },
  {
    id: 'action-pack', kind: 'offer', from: 'action-pack', to: ['partner-success-core', 'partner-success-expanded', 'partner-launch'],
    was: { en: 'Microsoft Action Pack', ko: 'Microsoft Action Pack' },
    now: { en: 'Partner Success Core or Expanded (Partner Launch for new partners)', ko: 'Partner Success Core 또는 Expanded(신규 파트너는 Partner Launch)' },
    changedOn: ['action-pack-retired'],
    aliases: ['action pack', 'maps', '액션팩', '액션 팩'],
  },
  {
    id: 'signature', kind: 'benefit', from: 'signature-cloud', to: ['partner-cloud-support'],
    was: { en: 'Signature Cloud Support', ko: '시그니처 클라우드 지원' },
    now: { en: 'Partner Cloud Support', ko: 'Partner Cloud Support' },
    changedOn: ['benefit-rename'],
    aliases: ['signature', 'signature cloud support', 'signature support', 'partner signature', '시그니처', '서명 클라우드 지원', '서명 제품 지원'],
  },
  {
    id: 'product-support', kind: 'benefit', from: 'product-support', to: ['partner-on-premises-support'],
    was: { en: 'Microsoft Product Support', ko: 'Microsoft 제품 지원' },
    now: { en: 'Partner On-premises Support', ko: 'Partner On-premises Support' },
    changedOn: ['benefit-rename'],
    aliases: ['microsoft product support', 'product support', 'partner support gold 20pack', 'maps 10pack', 'microsoft 제품 지원', '제품 지원'],
  },
  {
    id: 'technical-benefits', kind: 'page', from: 'technical-benefits', to: [],
    was: { en: 'Technical benefits (Partner Center page)', ko: '기술 혜택(파트너 센터 페이지)' },
    now: { en: 'Technical support & consultation', ko: 'Technical support & consultation(기술 지원 및 상담)' },
    // The sources give no date for the page's new name.
    changedOn: [],
    aliases: ['technical benefits', '기술 혜택', 'activation menu', 'activate menu', 'benefits menu', '활성화 메뉴', '혜택 메뉴'],
  },
  {
    id: 'support-for-business', kind: 'portal', from: 'support-for-business', to: [],
    was: { en: 'Support for Business (Services Hub)', ko: 'Support for Business(Services Hub)' },
    now: { en: 'Support for Business (still documented for balances), and engagecenter.microsoft.com for on-premises incidents', ko: 'Support for Business(잔여 수량 확인용으로 계속 안내됨) 및 온-프레미스 인시던트용 engagecenter.microsoft.com' },
    changedOn: [],
    aliases: ['support for business', 'sfb', 'services hub', '서비스 허브'],
  },
];

/** The rename for a 2021 catalog id or rename id. */
export function renameOf(idOrFrom: string): Rename | undefined {
  return RENAMES.find((r) => r.id === idOrFrom || r.from === idOrFrom);
}

/** Renames whose alias occurs in `text` as a whole word (lower-cased), longest alias first wins per rename. */
export function renamesIn(text: string): Rename[] {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ')} `;
  const found: { r: Rename; n: number }[] = [];
  for (const { rename, aliases } of ALIASES) {
    // The most specific term first: "MPN partner admin" is about the role, not the network.
    let n = 0;
    for (const a of aliases) if (a.text.length > n && (t.includes(a.spaced) || (a.hangul && t.includes(a.text)) || a.particle?.test(t))) n = a.text.length;
    if (n > 0) found.push({ r: rename, n });
  }
  return found.sort((a, b) => b.n - a.n).map((x) => x.r);
}

/** Each rename's aliases as `renamesIn` looks for them (a whole word; Korean also inside a word), prepared once. */
// A Latin alias with a Korean particle attached ("MPN도", "골드는" is Hangul already) is that word too.
const ALIASES = RENAMES.map((rename) => ({
  rename,
  aliases: rename.aliases.map((text) => {
    const hangul = /[가-힣]/.test(text);
    return { text, spaced: ` ${text} `, hangul, particle: hangul ? undefined : new RegExp(` ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[가-힣])`) };
  }),
}));
