import type { ProgramInput } from '../catalog-schema.js';
import { mpn2021 } from './mpn-2021.js';
import { accessIdWalk, mpn2021Trees } from './mpn-2021-trees.js';
import { maicppOpenPoints, maicppRules, S26 } from './maicpp-2026-rules.js';

/**
 * The current Microsoft AI Cloud Partner Program technical-support rules (facts.md §4, as of the
 * 2026-08 documentation), as data. Only the opening of the current page could be read, so its
 * section anchors are unknown: citations link the page itself (`anchors: false`); shared topics
 * keep the 2021 section keys (see S26). Rows carry the
 * facts.md rule id they rest on; open points (facts.md §5) are data too, answered "not documented".
 */

const page = (path: string) => ({ en: `https://learn.microsoft.com/en-us/partner-center/${path}`, ko: `https://learn.microsoft.com/ko-kr/partner-center/${path}` });

/** Korean UI labels of the current portals are unknown (facts.md §5.2): unknown ones stay English. */
const same = (labels: string[]) => ({ en: labels, ko: labels });

const offer = (id: string, en: string, ko: string, aliases: string[], priceUsd: number) => ({ id, name: { en, ko }, aliases, requiresCompetency: false, priceUsd, section: S26.offers, rule: 'R26-E2' });
const line = (o: string, benefit: 'partner-cloud-support' | 'partner-on-premises-support', count: number) => ({
  line: `${benefit === 'partner-cloud-support' ? 'cloud' : 'on-premises'}-${o}`,
  offer: o,
  benefit,
  when: 'any' as const,
  allowance: { kind: 'count' as const, count },
  packName: `${benefit === 'partner-cloud-support' ? 'Partner Cloud Support' : 'Partner On-premises Support'} ${count}`,
  section: S26.offers,
  rule: benefit === 'partner-cloud-support' ? 'R26-E2' : 'R26-E1',
});

export const MAICPP_2026 = 'maicpp-2026';

/** The staff-triage trees: this program's Access-ID tree, and the 2021 ones that hold for any offer (see `messages`). */
const { diagnosisTrees } = mpn2021Trees({ activate: S26.activate, onPrem: S26.onPrem, remaining: S26.remaining, cloud: S26.cloud, azureError: S26.errors }, [
  'partner-launch',
  'partner-success-core',
  'partner-success-expanded',
  'solutions-partner',
]);
const { 'access-id': _own, 'link-benefits': _linkBy2021Offers, ...anyOfferTrees } = diagnosisTrees;

/** The Access-ID message's tree in today's program (facts.md §3, 2025+ branches): the partner's answer and staff triage. */
const accessIdTree: ProgramInput['triage'] = {
  start: 'node:location',
  nodes: {
    location: { ask: 'location', branches: { 'azure-link': 'node:offer', other: 'leaf:other-portal' }, assume: 'azure-link' },
    // Partner Launch alone carries no cloud incidents (facts.md §3 Q1, 2025+).
    offer: {
      ask: 'offer',
      branches: { 'partner-launch': 'leaf:no-cloud-benefit', none: 'leaf:no-cloud-benefit', 'solutions-partner': 'node:customer', 'partner-success-expanded': 'node:customer', 'partner-success-core': 'node:customer' },
      assume: 'solutions-partner',
    },
    ...accessIdWalk,
  },
  leaves: {
    'already-linked': { scenario: 1, confidence: 'high', section: S26.errors, basis: 'seed-2023' },
    'contract-invalid': { scenario: 2, confidence: 'high', section: S26.errors, basis: 'seed-2023' },
    'no-cloud-benefit': { confidence: 'high', section: S26.offers, basis: 'inferred' },
    'csp-customer': { confidence: 'medium', section: S26.redeem, basis: 'inferred' },
    'activate-first': { confidence: 'high', section: S26.activate, basis: 'inferred' },
    'other-portal': { confidence: 'low', section: S26.redeem, basis: 'inferred' },
    escalate: { confidence: 'medium', section: S26.errors, basis: 'inferred' },
    'add-contract': { confidence: 'medium', section: S26.errors, basis: 'inferred' },
  },
};

const trees: ProgramInput['trees'] = { ...anyOfferTrees, 'access-id': accessIdTree };

export const maicpp2026: ProgramInput = {
  id: MAICPP_2026,
  name: { en: 'Microsoft AI Cloud Partner Program', ko: 'Microsoft AI 클라우드 파트너 프로그램' },
  asOf: '2026-08-28',
  source: {
    title: { en: 'Partner Center: technical support benefits', ko: '파트너 센터: 기술 지원 혜택' },
    url: page('benefits/mpn-benefits-technical-support'),
  },
  anchors: false,
  sections: {
    [S26.page]: { heading: { en: 'Technical support for on-premises or cloud products', ko: '온-프레미스 또는 클라우드 제품에 대한 기술 지원' } },
    [S26.offers]: { heading: { en: 'Incidents by offer (Benefits Guide 2026)', ko: '오퍼별 인시던트(2026 혜택 가이드)' } },
    [S26.activate]: { heading: { en: 'Activate your benefits', ko: '혜택 활성화' } },
    [S26.onPrem]: { heading: { en: 'Partner On-premises Support (on-premises)', ko: 'Partner On-premises Support(온-프레미스)' } },
    [S26.cloud]: { heading: { en: 'Partner Cloud Support (cloud only)', ko: 'Partner Cloud Support(클라우드 전용)' } },
    [S26.remaining]: { heading: { en: 'Remaining incidents and end date', ko: '남은 인시던트와 종료일' } },
    [S26.redeem]: { heading: { en: 'Where to use the Access ID and Contract ID', ko: '액세스 ID와 계약 ID를 사용하는 곳' } },
    [S26.consumption]: { heading: { en: 'What uses an incident', ko: '인시던트 차감 기준' } },
    [S26.validity]: { heading: { en: 'How long benefits last', ko: '혜택 유효 기간' } },
    [S26.refunds]: { heading: { en: 'Membership refunds and renewal', ko: '멤버십 환불 및 갱신' } },
    [S26.errors]: { heading: { en: 'Azure portal error "Access ID is already associated ..."', ko: 'Azure Portal 오류 "액세스 ID가 이미 연결되어 있습니다..."' } },
    [S26.plans]: { heading: { en: 'Paid partner support', ko: '유료 파트너 지원' } },
  },
  multipleOffers: true,
  offers: [
    offer('solutions-partner', 'Solutions Partner designation', 'Solutions Partner 지정', [
      'solutions partner designation',
      'solutions partner',
      'designation',
      'solutions partner for security',
      'solutions partner for data & ai',
      'solutions partner for infrastructure',
      'solutions partner for digital & app innovation',
      'solutions partner for business applications',
      'solutions partner for modern work',
      '솔루션 파트너',
      '솔루션 파트너 지정',
      '파트너 지정',
      '솔루션파트너',
      '솔루션스 파트너',
      '디자인네이션',
      '디자이네이션',
    ], 4875),
    offer('partner-success-expanded', 'Partner Success Expanded', 'Partner Success Expanded', ['partner success expanded', 'success expanded', '파트너 석세스 익스팬디드', '석세스 익스팬디드', 'expanded', '익스팬디드'], 4125),
    offer('partner-success-core', 'Partner Success Core', 'Partner Success Core', ['partner success core', 'success core', '파트너 석세스 코어', '석세스 코어', 'core', '코어'], 925),
    offer('partner-launch', 'Partner Launch', 'Partner Launch', ['partner launch', '파트너 런치', '파트너 론치', 'launch', '런치', '론치'], 350),
  ],
  competencies: [],
  benefits: [
    {
      id: 'partner-cloud-support',
      name: 'Partner Cloud Support',
      scope: 'cloud',
      description: { en: 'cloud products only', ko: '클라우드 제품 전용' },
      portal: 'azure-portal',
      section: S26.cloud,
      rule: 'R26-E4',
    },
    {
      id: 'partner-on-premises-support',
      name: 'Partner On-premises Support',
      scope: 'on-premises',
      description: { en: 'recent on-premises products in mainstream support only', ko: '메인스트림 지원 중인 최근 온-프레미스 제품만' },
      portal: 'engage-center',
      section: S26.onPrem,
      rule: 'R26-E4',
    },
  ],
  // Listed per offer, never summed: whether counts add up across held offers is open (facts.md §5.11).
  entitlements: [
    line('solutions-partner', 'partner-cloud-support', 50),
    line('solutions-partner', 'partner-on-premises-support', 20),
    line('partner-success-expanded', 'partner-cloud-support', 5),
    line('partner-success-core', 'partner-cloud-support', 2),
  ],
  roles: [
    { id: 'global-admin', name: { en: 'Global admin', ko: '전역 관리자' }, may: ['activate', 'view-ids'], section: S26.activate, rule: 'R26-V1' },
    { id: 'mpn-partner-admin', name: { en: 'Partner admin (Microsoft AI Cloud Partner Program)', ko: '파트너 관리자(Microsoft AI 클라우드 파트너 프로그램)' }, may: ['activate', 'view-ids'], section: S26.activate, rule: 'R26-V1' },
    // Listed in the page's role header but cannot activate (facts.md §5.9).
    { id: 'admin-agent', name: { en: 'Admin agent', ko: '관리 에이전트' }, may: ['view-ids', 'file-for-csp-customer'], section: S26.activate, rule: 'R26-V1' },
    { id: 'user', name: { en: 'User', ko: '사용자' }, may: ['view-ids'], section: S26.activate, rule: 'R26-V3' },
    { id: 'staff', name: { en: 'Support staff', ko: '지원 담당자' }, may: ['staff'], section: S26.page },
  ],
  portals: [
    {
      id: 'partner-center',
      name: 'Partner Center',
      url: 'https://partner.microsoft.com/dashboard',
      paths: {
        activate: { en: ['Benefits', 'Technical support & consultation', 'Activate'], ko: ['혜택', 'Technical support & consultation', '활성화'] },
        switchAccount: { en: ['Account', 'Sign in with another account'], ko: ['계정', '다른 계정으로 로그인'] },
        cspRequest: { en: ['CSP', 'Customers', 'Service management', 'New request'], ko: ['CSP', '고객', '서비스 관리', '새 요청'] },
      },
      use: 'activate',
      section: S26.activate,
      rule: 'R26-V2',
    },
    {
      id: 'azure-portal',
      name: 'Azure portal',
      url: 'https://portal.azure.com',
      paths: {
        linkBenefits: { en: ['Help + support', 'Support plans', 'Link support benefits'], ko: ['도움말 + 지원', '지원 계획', '지원 혜택 연결'] },
        newRequest: { en: ['+ New support request'], ko: ['+ 새 지원 요청'] },
      },
      use: 'link-ids',
      section: S26.redeem,
      rule: 'R26-V5',
    },
    { id: 'power-platform', name: 'Power Platform admin center', url: 'https://admin.powerplatform.microsoft.com', paths: {}, use: 'link-ids', section: S26.redeem, rule: 'R26-V5' },
    { id: 'dynamics-fo', name: 'Dynamics 365 finance & operations', paths: { addContract: same(['Manage support plans', 'Add contract']) }, use: 'link-ids', section: S26.redeem, rule: 'R26-V5' },
    {
      id: 'engage-center',
      name: 'Engage Center',
      url: 'https://engagecenter.microsoft.com',
      paths: { addContract: same(['Add/Purchase plan', 'Add Contract ID']) },
      use: 'link-ids',
      section: S26.redeem,
      rule: 'R26-V5',
    },
    {
      id: 'support-for-business',
      name: 'Support for Business',
      url: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
      paths: {
        addContract: { en: ['Do you need to purchase or add more support plans?', 'Add Contract'], ko: ['지원 플랜을 구입하거나 추가해야 합니까?', '계약 추가'] },
        unavailablePlans: { en: ['Want to see unavailable support plans?'], ko: ['사용할 수 없는 지원 플랜을 확인하시겠습니까?'] },
      },
      use: 'check-balance',
      section: S26.remaining,
      rule: 'R26-C5',
    },
    { id: 'm365-admin', name: 'Microsoft 365 admin center', url: 'https://admin.microsoft.com', paths: {}, use: 'cannot-link', section: S26.redeem, rule: 'R26-V6' },
  ],
  paidPlans: [
    { id: 'premier', name: 'Premier Support for Partners', scope: 'all-products', url: 'https://partner.microsoft.com/support/microsoft-services-premier-support', section: S26.plans },
    { id: 'advanced', name: 'Advanced Support for Partners', scope: 'cloud-only', url: 'https://partner.microsoft.com/support/advanced-cloud-support', section: S26.plans },
  ],
  // The portal messages are the same strings as in 2021 (facts.md §2); only the citation differs.
  // Staff triage walks the 2021 message trees that only ask whether an offer is held, with today's
  // offers; the Access-ID message has this program's own tree, and the link tree (2021 offers'
  // cloud benefits) is not carried over.
  messages: mpn2021.messages.map(({ tree, ...m }) => ({ ...m, section: m.portal === 'azure-portal' ? S26.errors : S26.activate, ...(tree && tree in trees ? { tree } : {}) })),
  contractMonths: 12,
  validity: { redeemWithinMonths: 13, lastsMonths: 12, rule: 'R26-C4' },
  rules: [...maicppRules].map((r) => ({ ...r, sources: [...r.sources] })),
  openPoints: [...maicppOpenPoints],
  triage: accessIdTree,
  trees,
};
