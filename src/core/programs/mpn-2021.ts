import type { ProgramInput } from '../catalog-schema.js';
import { label, mpn2021Trees } from './mpn-2021-trees.js';

/**
 * The 2021 Microsoft Partner Network technical-support rules (facts.md §1–§3), as data.
 * Source: "MPN 혜택 - 온-프레미스 또는 클라우드 제품에 대한 기술 지원" (ms.date 2021-03-04).
 * Section keys are the article's anchors. Only UI/error strings are verbatim.
 */
/** The article's section anchors (every answer cites one). */
export const SECTIONS_2021 = {
  top: 'technical-support-for-on-premises-or-cloud-products',
  activate: 'view-and-activate-your-technical-support-benefits',
  entitlement: 'technical-support-entitlement-and-supported-products',
  onPrem: 'microsoft-product-support-on-premises',
  remaining: 'how-many-partner-support-incidents-are-remaining',
  cloud: 'signature-cloud-support-cloud-only',
  azureError: 'azure-portal-error-access-id-is-already-associated-',
  plans: 'partner-support-plans',
} as const;
const S = SECTIONS_2021;

const { accessIdTree, diagnosisTrees } = mpn2021Trees(S);

const cloudCompetency = (id: string, en: string, ko: string, aliases: string[]) => ({ id, name: { en, ko }, cloud: true, aliases });
const otherCompetency = (id: string, en: string, ko: string, aliases: string[]) => ({ id, name: { en, ko }, cloud: false, aliases });

export const mpn2021: ProgramInput = {
  id: 'mpn-2021',
  name: { en: 'Microsoft Partner Network (2021)', ko: 'Microsoft 파트너 네트워크(2021)' },
  asOf: '2021-03-04',
  source: {
    title: {
      en: 'MPN Benefits - Technical Support for on-premises or Cloud products',
      ko: 'MPN 혜택 - 온-프레미스 또는 클라우드 제품에 대한 기술 지원',
    },
    url: { en: 'https://docs.microsoft.com/en-us/partner-center/mpn-benefits-technical-support', ko: 'https://docs.microsoft.com/ko-kr/partner-center/mpn-benefits-technical-support' },
  },
  sections: {
    [S.top]: { heading: { en: 'Technical Support for on-premises or Cloud products', ko: '온-프레미스 또는 클라우드 제품에 대한 기술 지원' } },
    [S.activate]: { heading: { en: 'View and activate your technical support benefits', ko: '기술 지원 혜택 보기 및 활성화' } },
    [S.entitlement]: { heading: { en: 'Technical support entitlement and supported products', ko: '기술 지원 자격 및 지원되는 제품' } },
    [S.onPrem]: { heading: { en: 'Microsoft Product Support (on-premises)', ko: 'Microsoft 제품 지원(온-프레미스)' } },
    [S.remaining]: { heading: { en: 'How many partner support incidents are remaining', ko: '남은 파트너 지원 인시던트 수' } },
    [S.cloud]: { heading: { en: 'Signature Cloud Support (cloud-only)', ko: '시그니처 클라우드 지원(클라우드에만 해당)' } },
    [S.azureError]: { heading: { en: 'Azure portal error "Access ID is already associated ..."', ko: 'Azure Portal 오류 "액세스 ID가 이미 연결되어 있습니다..."' } },
    [S.plans]: { heading: { en: 'Partner support plans', ko: '파트너 지원 계획' } },
  },
  offers: [
    { id: 'action-pack', name: { en: 'Microsoft Action Pack', ko: 'Microsoft Action Pack' }, aliases: ['action pack', 'maps', 'map', 'ap', '액션팩', '액션 팩', 'action pack'], requiresCompetency: false, section: S.entitlement },
    { id: 'silver', name: { en: 'Silver competency', ko: '실버 역량' }, aliases: ['silver', '실버'], requiresCompetency: true, section: S.entitlement },
    { id: 'gold', name: { en: 'Gold competency', ko: '골드 역량' }, aliases: ['gold', '골드'], requiresCompetency: true, section: S.entitlement },
  ],
  competencies: [
    cloudCompetency('security', 'Security', '보안', ['security', '보안', '시큐리티']),
    cloudCompetency('cloud-business-applications', 'Cloud Business Applications', '클라우드 비즈니스 애플리케이션', ['cloud business applications', 'business applications', '클라우드 비즈니스 애플리케이션', '클라우드 business applications']),
    cloudCompetency('cloud-platform', 'Cloud Platform', '클라우드 플랫폼', ['cloud platform', '클라우드 플랫폼', '클라우드플랫폼']),
    cloudCompetency('cloud-productivity', 'Cloud Productivity', '클라우드 생산성', ['cloud productivity', '클라우드 생산성']),
    cloudCompetency('enterprise-mobility-management', 'Enterprise Mobility Management', '엔터프라이즈 모빌리티 관리', ['enterprise mobility management', 'enterprise mobility', 'emm', '엔터프라이즈 모빌리티']),
    cloudCompetency('small-and-midmarket-cloud-solutions', 'Small and Midmarket Cloud Solutions', '중소기업 클라우드 솔루션', ['small and midmarket cloud solutions', 'smb cloud', 'small and midmarket', '중소기업 클라우드 솔루션', '소형 및 중간급 클라우드 솔루션']),
    otherCompetency('application-development', 'Application Development', '애플리케이션 개발', ['application development', 'app development', '애플리케이션 개발', '앱 개발']),
    otherCompetency('application-integration', 'Application Integration', '애플리케이션 통합', ['application integration', '애플리케이션 통합']),
    otherCompetency('collaboration-and-content', 'Collaboration and Content', '공동 작업 및 콘텐츠', ['collaboration and content', 'collaboration', '공동 작업']),
    otherCompetency('communications', 'Communications', '커뮤니케이션', ['communications', '커뮤니케이션']),
    otherCompetency('data-analytics', 'Data Analytics', '데이터 분석', ['data analytics', '데이터 분석', '데이터분석', '데이터 애널리틱스']),
    otherCompetency('data-platform', 'Data Platform', '데이터 플랫폼', ['data platform', '데이터 플랫폼']),
    otherCompetency('datacenter', 'Datacenter', '데이터 센터', ['datacenter', 'data center', '데이터 센터', '데이터센터']),
    otherCompetency('devops', 'DevOps', 'DevOps', ['devops', '데브옵스']),
    otherCompetency('enterprise-resource-planning', 'Enterprise Resource Planning', '엔터프라이즈 리소스 플래닝', ['enterprise resource planning', 'erp', '엔터프라이즈 리소스 플래닝']),
    otherCompetency('messaging', 'Messaging', '메시징', ['messaging', '메시징', '메세징']),
    otherCompetency('project-and-portfolio-management', 'Project and Portfolio Management', '프로젝트 및 포트폴리오 관리', ['project and portfolio management', 'ppm', '프로젝트 및 포트폴리오 관리']),
    otherCompetency('windows-and-devices', 'Windows and Devices', 'Windows 및 디바이스', ['windows and devices', 'windows 및 디바이스']),
  ],
  benefits: [
    {
      id: 'product-support',
      name: 'Microsoft Product Support',
      scope: 'on-premises',
      description: { en: 'recent on-premises products only (current and previous version in mainstream support)', ko: '최근 온-프레미스 제품만(현재 버전과 메인스트림 지원 중인 이전 버전)' },
      portal: 'support-for-business',
      section: S.onPrem,
    },
    {
      id: 'signature-cloud',
      name: 'Signature Cloud Support',
      scope: 'cloud',
      description: { en: 'cloud products only', ko: '클라우드 제품 전용' },
      portal: 'azure-portal',
      section: S.cloud,
    },
  ],
  entitlements: [
    { line: 'product-support', offer: 'action-pack', benefit: 'product-support', when: 'any', allowance: { kind: 'count', count: 10 }, packName: 'Partner support MAPS 10pack', section: S.entitlement },
    { line: 'product-support', offer: 'silver', benefit: 'product-support', when: 'any', allowance: { kind: 'count', count: 15 }, packName: 'Partner support Silver 15pack', section: S.entitlement },
    { line: 'product-support', offer: 'gold', benefit: 'product-support', when: 'any', allowance: { kind: 'count', count: 20 }, packName: 'Partner support Gold 20pack', section: S.entitlement },
    { line: 'signature-cloud', offer: 'silver', benefit: 'signature-cloud', when: 'cloud', allowance: { kind: 'unlimited' }, packName: 'Partner Signature (cloud competency)', section: S.entitlement },
    { line: 'signature-hybrid', offer: 'silver', benefit: 'signature-cloud', when: 'other', allowance: { kind: 'count', count: 5 }, packName: 'Partner Signature 5pack', section: S.entitlement },
    { line: 'signature-cloud', offer: 'gold', benefit: 'signature-cloud', when: 'cloud', allowance: { kind: 'unlimited' }, packName: 'Partner Signature (cloud competency)', section: S.entitlement },
    { line: 'signature-hybrid', offer: 'gold', benefit: 'signature-cloud', when: 'other', allowance: { kind: 'count', count: 10 }, packName: 'Partner Signature 10pack', section: S.entitlement },
  ],
  roles: [
    { id: 'global-admin', name: { en: 'Global admin', ko: '전역 관리자' }, may: ['activate', 'view-ids'], section: S.activate },
    { id: 'mpn-partner-admin', name: { en: 'MPN partner admin', ko: 'MPN 파트너 관리자' }, may: ['activate', 'view-ids'], section: S.activate },
    { id: 'admin-agent', name: { en: 'Admin agent', ko: '관리 에이전트' }, may: ['view-ids', 'file-for-csp-customer'], section: S.cloud },
    { id: 'user', name: { en: 'User', ko: '사용자' }, may: ['view-ids'], section: S.activate },
    { id: 'staff', name: { en: 'Support staff', ko: '지원 담당자' }, may: ['staff'], section: S.top },
  ],
  portals: [
    {
      id: 'partner-center',
      name: 'Partner Center',
      url: 'https://partner.microsoft.com/dashboard',
      paths: {
        activate: { en: ['Benefits', 'Technical benefits', 'Activate'], ko: ['혜택', '기술 혜택', '활성화'] },
        switchAccount: { en: ['Account', 'Sign in with another account'], ko: ['계정', '다른 계정으로 로그인'] },
        cspRequest: { en: ['CSP', 'Customers', 'Service management', 'New request'], ko: ['CSP', '고객', '서비스 관리', '새 요청'] },
      },
      section: S.activate,
    },
    {
      id: 'support-for-business',
      name: 'Support for Business',
      url: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
      paths: {
        addContract: { en: ['Do you need to purchase or add more support plans?', 'Add Contract'], ko: ['지원 플랜을 구입하거나 추가해야 합니까?', '계약 추가'] },
        unavailablePlans: { en: ['Want to see unavailable support plans?'], ko: ['사용할 수 없는 지원 플랜을 확인하시겠습니까?'] },
      },
      section: S.remaining,
    },
    {
      id: 'azure-portal',
      name: 'Azure portal',
      url: 'https://portal.azure.com',
      paths: {
        linkBenefits: { en: ['Help + support', 'Support plans', 'Link support benefits'], ko: ['도움말 + 지원', '지원 계획', '지원 혜택 연결'] },
        newRequest: { en: ['+ New support request'], ko: ['+ 새 지원 요청'] },
      },
      section: S.azureError,
    },
  ],
  paidPlans: [
    { id: 'premier', name: 'Premier Support for Partners', scope: 'all-products', url: 'https://partner.microsoft.com/support/microsoft-services-premier-support', section: S.plans },
    { id: 'advanced', name: 'Advanced Support for Partners', scope: 'cloud-only', url: 'https://partner.microsoft.com/support/advanced-cloud-support', section: S.plans },
  ],
  messages: [
    {
      id: 'm1',
      portal: 'partner-center',
      variants: {
        en: ['You are not authorized for this action', "You aren't authorized for this action. You must have a program-associated account."],
        ko: ['이 작업에 대한 권한이 없습니다.', '이 작업에 대 한 권한이 없습니다.'],
      },
      shortForms: { en: ['not authorized for this action', 'not authorized error', 'not authorized message'], ko: ['권한이 없습니다'] },
      meaning: 'not-authorized',
      tree: 'not-authorized',
      section: S.activate,
    },
    {
      id: 'm2',
      portal: 'partner-center',
      variants: { en: ["Looks like you don't have any benefits yet"], ko: ['아직 혜택이 없는 것 같습니다.', '아직 혜택이 없습니다.'] },
      shortForms: { en: ["don't have any benefits yet"], ko: ['혜택이 없는 것 같습니다'] },
      meaning: 'no-benefits',
      tree: 'no-benefits',
      section: S.activate,
    },
    {
      id: 'm3',
      portal: 'azure-portal',
      variants: {
        en: [
          'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.',
          'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
        ],
        ko: [
          '이 액세스 ID는 이미 계정에 연결되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에게 문의하세요.',
          '이 액세스 ID는 이미 계정에 연결 되어 있습니다. 새 액세스 ID를 얻으려면 기술 계정 관리자에 게 문의 하세요.',
        ],
      },
      // Also as people describe it: "the TAM error", "TAM한테 문의하라는 에러".
      shortForms: {
        en: ['Access ID is already associated ...', 'Access ID is already associated', 'already associated message', 'already associated error', 'TAM error', 'TAM message', 'contact your Technical Account Manager'],
        ko: ['액세스 ID가 이미 연결되어 있습니다...', '액세스 ID가 이미 연결되어 있습니다', '액세스 ID 이미 연결됨', 'TAM한테 문의하라는', 'TAM에게 문의하라는', '기술 계정 관리자에게 문의하라는'],
      },
      meaning: 'already-associated',
      tree: 'access-id',
      section: S.azureError,
    },
    {
      id: 'm4',
      portal: 'support-for-business',
      // The Korean Services Hub wording was not retrieved (facts.md §2 M4): these are our own renderings.
      variants: { en: ['Support plan cannot be used for the specified product', 'cannot be used for support of the specified product'], ko: ['지원 플랜을 지정한 제품에 사용할 수 없습니다', '지정된 제품에 대한 지원에 사용할 수 없습니다'] },
      shortForms: { en: ['cannot be used for the specified product'], ko: ['지정한 제품에 사용할 수 없습니다'] },
      meaning: 'plan-not-for-product',
      tree: 'plan-not-for-product',
      section: S.remaining,
    },
    {
      id: 'm5',
      portal: 'support-for-business',
      // The exact Services Hub strings were not retrieved (facts.md §2 M5, §5 item 15): reconstructed from the localized docs.
      variants: {
        en: ['This support plan has expired', 'This support plan has no remaining incidents', 'The support plan has been used up'],
        ko: ['이 지원 플랜은 만료되었습니다', '이 지원 플랜에 남은 인시던트가 없습니다', '지원 플랜을 모두 사용했습니다'],
      },
      shortForms: { en: ['support plan has expired', 'no remaining incidents'], ko: ['지원 플랜이 만료되었습니다', '남은 인시던트가 없습니다'] },
      meaning: 'plan-invalid',
      tree: 'plan-invalid',
      section: S.remaining,
    },
    // UI labels partners quote when they are stuck at a step (facts.md §2 "Other UI labels").
    label('ui-activate', 'partner-center', { en: ['Activate'], ko: ['활성화'] }, 'activate-button', S.activate),
    label('ui-switch-account', 'partner-center', { en: ['Sign in with another account'], ko: ['다른 계정으로 로그인'] }, 'no-benefits', S.activate),
    label('ui-add-contract', 'support-for-business', { en: ['Add Contract', 'Do you need to purchase or add more support plans?'], ko: ['계약 추가', '지원 플랜을 구입하거나 추가해야 합니까?'] }, 'add-contract', S.onPrem),
    label('ui-unavailable-plans', 'support-for-business', { en: ['Want to see unavailable support plans?', 'Unavailable support plans'], ko: ['사용할 수 없는 지원 플랜을 확인하시겠습니까?', '사용할 수 없는 지원 플랜'] }, 'unavailable-plans', S.remaining),
    label('ui-link-benefits', 'azure-portal', { en: ['Link support benefits'], ko: ['지원 혜택 연결', '지원 혜택 링크'] }, 'link-benefits', S.cloud),
    label('ui-csp-plan', 'partner-center', { en: ['Cloud Solution Provider support plan', 'Service management'], ko: ['클라우드 솔루션 공급자 지원 계획', '서비스 관리'] }, 'csp-plan', S.cloud),
  ],
  contractMonths: 12,
  triage: accessIdTree,
  trees: diagnosisTrees,
};
