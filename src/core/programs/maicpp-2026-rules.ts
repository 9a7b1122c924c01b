/**
 * The documented rules of the current program (facts.md §4.2–§4.4) and the points the sources
 * leave open (facts.md §5), as data. Every rule keeps its facts.md id and sources; an open point
 * is answered "not documented" with what *is* known, never with a guess.
 */

/**
 * Section keys. Topics the 2021 article also has keep its anchor names, so a dialog citing a
 * section by key works for either program (anchors are not emitted for this program); topics
 * new since then have their own keys.
 */
export const S26 = {
  page: 'technical-support-for-on-premises-or-cloud-products',
  offers: 'technical-support-entitlement-and-supported-products',
  activate: 'view-and-activate-your-technical-support-benefits',
  onPrem: 'microsoft-product-support-on-premises',
  cloud: 'signature-cloud-support-cloud-only',
  remaining: 'how-many-partner-support-incidents-are-remaining',
  errors: 'azure-portal-error-access-id-is-already-associated-',
  plans: 'partner-support-plans',
  redeem: 'redeem',
  consumption: 'consumption',
  validity: 'validity',
  refunds: 'membership-refunds',
} as const;

export const maicppRules = [
  { id: 'R26-E1', sources: ['D'], basis: 'dossier', section: S26.offers, text: { en: 'Only the Solutions Partner designation carries Partner On-premises Support incidents (20).', ko: 'Partner On-premises Support 인시던트(20건)는 Solutions Partner 지정에만 포함됩니다.' } },
  { id: 'R26-E2', sources: ['D'], basis: 'dossier', section: S26.offers, text: { en: 'Offers can be held together (e.g. a designation plus Success Core), but the same offer cannot be bought twice.', ko: '여러 오퍼를 함께 보유할 수 있지만(예: Solutions Partner 지정 + Success Core), 같은 오퍼를 두 번 구매할 수 없습니다.' } },
  { id: 'R26-E3', sources: ['D'], basis: 'dossier', section: S26.offers, text: { en: 'Prices (USD a year, 2026): Launch 350, Success Core 925, Success Expanded 4,125, Solutions Partner designation fee 4,875 (one fee covers all the designations you hold).', ko: '가격(연간 USD, 2026년): Launch 350, Success Core 925, Success Expanded 4,125, Solutions Partner 지정 수수료 4,875(지정을 여러 개 받아도 수수료는 한 번).' } },
  { id: 'R26-E4', sources: ['S11'], basis: 'verified', section: S26.onPrem, text: { en: 'Partner On-premises Support covers recent on-premises products in mainstream support; Partner Cloud Support covers cloud products only.', ko: 'Partner On-premises Support는 메인스트림 지원 중인 최근 온-프레미스 제품만, Partner Cloud Support는 클라우드 제품만 지원합니다.' } },
  { id: 'R26-V1', sources: ['S11', 'D'], basis: 'dossier', section: S26.activate, text: { en: 'The page lists "Microsoft AI Cloud Partner Program partner admin | Admin agent", but activating needs the Partner admin role (Microsoft AI Cloud Partner Program) or Global admin; a dimmed Activate button means the role is missing.', ko: '페이지에는 "Microsoft AI Cloud Partner Program partner admin | Admin agent"(Microsoft AI 클라우드 파트너 프로그램 파트너 관리자 | 관리 에이전트)가 표시되지만, 활성화에는 파트너 관리자(Microsoft AI 클라우드 파트너 프로그램) 또는 전역 관리자 역할이 필요합니다. 활성화 단추가 흐리게 보이면 역할이 없는 것입니다.' } },
  { id: 'R26-V2', sources: ['D'], basis: 'dossier', section: S26.activate, text: { en: 'Partner Center → Benefits → Technical support & consultation → the benefit → Activate; the IDs appear within about 1–2 minutes.', ko: '파트너 센터 → 혜택 → Technical support & consultation → 해당 혜택 → 활성화. ID는 약 1~2분 안에 표시됩니다.' } },
  { id: 'R26-V3', sources: ['D'], basis: 'dossier', section: S26.activate, text: { en: 'After activation every user in the membership tenant sees the shared IDs; they may be e-mailed to people without access to that tenant.', ko: '활성화 후에는 멤버십 테넌트의 모든 사용자가 공유 ID를 볼 수 있으며, 그 테넌트에 접근할 수 없는 사람에게 이메일로 전달해도 됩니다.' } },
  { id: 'R26-V4', sources: ['D'], basis: 'dossier', section: S26.redeem, text: { en: 'Link once per user account, per year, per offer; a link made in one cloud portal (e.g. Dynamics) also serves Azure and the others, so there is no need to link again there.', ko: '사용자 계정마다, 연도마다, 오퍼마다 한 번 연결합니다. 한 클라우드 포털(예: Dynamics)에서 만든 연결은 Azure 등 다른 포털에도 그대로 적용되므로 다시 연결할 필요가 없습니다.' } },
  { id: 'R26-V5', sources: ['D', 'S10'], basis: 'dossier', section: S26.redeem, text: { en: 'Redeem in the Azure portal (Link support benefits), the Power Platform admin center, Dynamics 365 finance & operations (Manage support plans → Add contract), and on-premises through engagecenter.microsoft.com (Add/Purchase plan → Add Contract ID; the plan then shows as "Partner On-premises support 20"); Support for Business is still documented for balances.', ko: 'Azure Portal(지원 혜택 연결), Power Platform 관리 센터, Dynamics 365 finance & operations(Manage support plans → Add contract)에서 사용하고, 온-프레미스는 engagecenter.microsoft.com에서 사용합니다(Add/Purchase plan → Add Contract ID, 그러면 플랜이 "Partner On-premises support 20"으로 표시됩니다). 잔여 수량 확인용으로 Support for Business도 여전히 안내됩니다.' } },
  { id: 'R26-V6', sources: ['D'], basis: 'dossier', section: S26.redeem, text: { en: 'The Microsoft 365 admin center cannot link the IDs, so the cloud benefit cannot be used for Microsoft 365 tickets.', ko: 'Microsoft 365 관리 센터에서는 ID를 연결할 수 없으므로 Microsoft 365 요청에는 클라우드 혜택을 쓸 수 없습니다.' } },
  { id: 'R26-V7', sources: ['D'], basis: 'dossier', section: S26.redeem, text: { en: "Customer Azure tickets (CSP) are for Direct-bill partners and Indirect providers; indirect resellers ask their provider. Partner Cloud Support outside CSP is for the partner's own Azure tenant.", ko: '고객 Azure 요청(CSP)은 직접 청구 파트너와 간접 공급자만 열 수 있고, 간접 리셀러는 공급자에게 요청합니다. CSP 밖에서 Partner Cloud Support는 파트너 자신의 Azure 테넌트용입니다.' } },
  { id: 'R26-C1', sources: ['D'], basis: 'dossier', section: S26.consumption, text: { en: 'Opening a technical request uses one incident; a request closed as a duplicate or a bug is refunded.', ko: '기술 지원 요청을 열면 인시던트 1건이 차감되고, 중복 또는 버그로 종료된 요청은 환불(차감 취소)됩니다.' } },
  { id: 'R26-C2', sources: ['D'], basis: 'dossier', section: S26.consumption, text: { en: 'Billing, quota or subscription requests filed under Partner Cloud Support are deducted when created and may be refunded when closed.', ko: 'Partner Cloud Support로 연 청구·할당량·구독 요청은 생성 시 차감되며, 종료 시 환불될 수도 있습니다.' } },
  { id: 'R26-C3', sources: ['D'], basis: 'dossier', section: S26.consumption, text: { en: 'Requests handled by the Partner Center frontline team are free: they don\'t use any incident.', ko: '파트너 센터 일선 지원팀이 처리하는 요청은 무료입니다. 인시던트가 차감되지 않습니다.' } },
  { id: 'R26-C4', sources: ['D', 'S7'], basis: 'dossier', section: S26.validity, text: { en: 'Benefits must be redeemed within 13 months of the membership start; support benefits last 12 months from the day they are unlocked.', ko: '혜택은 멤버십 시작일로부터 13개월 안에 사용(활성화)해야 하며, 지원 혜택은 활성화한 날부터 12개월간 유효합니다.' } },
  { id: 'R26-C5', sources: ['S10', 'S11'], basis: 'verified', section: S26.remaining, text: { en: 'Remaining incidents and the end date are shown on the Partner Center benefits page (Benefits → Technical support & consultation, since 2025-06-23) and in Support for Business; cloud portals such as Azure never show balances.', ko: '남은 인시던트와 종료일은 파트너 센터 혜택 페이지(혜택(Benefits) → 기술 지원 및 상담(Technical support & consultation), 2025-06-23부터)와 Support for Business에서 확인합니다. Azure 같은 클라우드 포털에는 잔여 수량이 표시되지 않습니다.' } },
  { id: 'R26-C6', sources: ['S13'], basis: 'verified', section: S26.refunds, text: { en: 'A membership offer can be refunded within 30 days of purchase, only if no benefit was activated or used and no product key was viewed; an offer bought by credit card can be cancelled by yourself (self-cancel).', ko: '멤버십 오퍼는 구매 후 30일 이내에, 어떤 혜택도 활성화·사용하지 않았고 제품 키도 조회하지 않은 경우에만 환불됩니다. 신용카드로 구매한 오퍼는 직접 취소(셀프 취소)할 수 있습니다.' } },
  { id: 'R26-C7', sources: ['S13'], basis: 'verified', section: S26.refunds, text: { en: 'Renewal window: 30 days starting the day after the anniversary; benefits are still usable during it.', ko: '갱신 기간은 기념일 다음 날부터 30일이며, 이 기간에도 혜택을 계속 사용할 수 있습니다.' } },
  // facts.md §4.1 (timeline) and §4.5 (paid support) carry no rule ids; these ids are ours (D = designation, P = paid, T = TPD).
  { id: 'R26-D1', sources: ['S4', 'S13'], basis: 'verified', section: S26.offers, text: { en: 'A Solutions Partner designation (since 2022-10-03, replacing Gold and Silver competencies) needs a partner capability score of at least 70 out of 100, with points in every category.', ko: 'Solutions Partner 지정(2022-10-03부터 골드·실버 역량을 대체)을 받으려면 파트너 역량 점수(partner capability score)가 100점 만점에 70점 이상이고 모든 범주에서 점수가 있어야 합니다.' } },
  { id: 'R26-D2', sources: ['D'], basis: 'dossier', section: S26.offers, text: { en: 'Since 2026-08 the six Solutions Partner designations are shown to customers as three badges: Cloud & AI Platforms, AI Business Solutions and Security; requirements and benefits are unchanged.', ko: '2026-08부터 6개 Solutions Partner 지정은 고객에게 3개 배지(Cloud & AI Platforms, AI Business Solutions, Security)로 표시됩니다. 요건과 혜택은 그대로입니다.' } },
  { id: 'R26-P1', sources: ['D'], basis: 'dossier', section: S26.plans, text: { en: 'Paid support today: Premier Support for Partners (all products) and Advanced Support for Partners (cloud only) still exist; Unified for Partners is being piloted for CSP direct-bill partners and distributors (general availability planned for the second half of FY27), and the press reports Advanced Support for Partners retiring in January 2027.', ko: '현재 유료 지원: Premier Support for Partners(모든 제품)와 Advanced Support for Partners(클라우드 전용)가 여전히 있습니다. Unified for Partners는 CSP 직접 청구(direct-bill) 파트너와 총판(distributor)을 대상으로 파일럿 중이며(FY27 하반기 정식 출시 예정), 언론 보도에 따르면 Advanced Support for Partners는 2027년 1월 종료될 예정입니다.' } },
  { id: 'R26-P2', sources: ['S13'], basis: 'verified', section: S26.plans, text: { en: 'The Support Services designation requires a Solutions Partner designation, CSP Direct-bill or Distributor status, and an Advanced or Premier Support for Partners plan.', ko: 'Support Services 지정을 받으려면 Solutions Partner 지정, CSP 직접 청구(Direct-bill) 또는 총판(Distributor) 자격, 그리고 Advanced 또는 Premier Support for Partners 플랜이 필요합니다.' } },
  { id: 'R26-T1', sources: ['D'], basis: 'dossier', section: S26.offers, text: { en: 'Technical Presales & Deployment (TPD) advisory hours: 50 with the Solutions Partner designation, 10 with Partner Success Expanded, 5 with Partner Success Core, none with Partner Launch; technical sales prep is unlimited, except that with Success Core it uses advisory hours.', ko: 'TPD(Technical Presales & Deployment) 자문 시간: Solutions Partner 지정 50시간, Partner Success Expanded 10시간, Partner Success Core 5시간, Partner Launch 없음. 기술 영업 준비(technical sales prep)는 무제한이며, Success Core에서는 자문 시간에서 차감됩니다.' } },
] as const;

export const maicppOpenPoints = [
  {
    id: 'stacking',
    fact: 11,
    rule: 'R26-E2',
    section: S26.offers,
    question: { en: 'Do incident counts add up across offers held together (e.g. 50 + 2)?', ko: '함께 보유한 오퍼의 인시던트 수가 합산되나요(예: 50 + 2)?' },
    known: { en: 'Offers can be held together and each lists its own Partner Cloud Support count; no source says whether the counts add up.', ko: '오퍼는 함께 보유할 수 있고 오퍼마다 Partner Cloud Support 건수가 따로 안내되지만, 합산되는지는 어떤 자료에도 나와 있지 않습니다.' },
  },
  {
    id: 'billing-alignment',
    fact: 12,
    section: S26.validity,
    question: { en: 'Does the 2026-11-01 alignment (expiry tied to the purchase date, redemption only on tenants of the purchasing billing account) apply to support incidents?', ko: '2026-11-01 변경(만료일을 구매일에 맞추고, 구매한 청구 계정의 테넌트에서만 사용)이 지원 인시던트에도 적용되나요?' },
    known: { en: 'The change was announced for benefits in general; whether it governs support-incident contracts or only licence and credit benefits is not stated.', ko: '혜택 전반에 대해 발표되었지만, 지원 인시던트 계약에도 적용되는지 라이선스·크레딧 혜택에만 적용되는지는 밝혀져 있지 않습니다.' },
  },
  {
    id: 'expired-plan-messages',
    fact: 15,
    section: S26.validity,
    question: { en: 'What exactly do Support for Business / Services Hub say for an expired or used-up plan?', ko: 'Support for Business / Services Hub는 만료되었거나 소진된 플랜에 대해 정확히 어떤 메시지를 표시하나요?' },
    known: { en: 'Expired or used-up plans are listed under the unavailable support plans; the exact English wording of those messages was not found.', ko: '만료되었거나 소진된 플랜은 사용할 수 없는 지원 플랜 목록에 표시되지만, 해당 메시지의 정확한 문구는 확인되지 않았습니다.' },
  },
  {
    id: 'renewal-ids',
    fact: 14,
    rule: 'R26-C7',
    section: S26.validity,
    question: { en: 'Does a renewal issue a new Access ID / Contract ID pair, or extend the old one?', ko: '갱신하면 새 액세스 ID/계약 ID가 발급되나요, 아니면 기존 ID가 연장되나요?' },
    known: { en: 'The current contract expires a year after it is issued (2021; today: 12 months from unlock), so nothing keeps working for ever: the new membership year is activated again and each account links it once (today once per year per offer). Whether the pair itself changes is not stated.', ko: '지금 계약은 발급되고 한 해가 지나면 만료되므로(현재 프로그램: 활성화일부터 12개월) 그대로 계속 쓸 수는 없습니다. 새 멤버십 연도에는 다시 활성화하고 계정마다 한 번 연결합니다(현재 프로그램: 오퍼마다 매년 한 번). ID 자체가 바뀌는지는 나와 있지 않습니다.' },
  },
  {
    id: 'bound-account',
    fact: 7,
    rule: 'R26-V4',
    section: S26.redeem,
    question: { en: 'Is a link bound to the sign-in identity, the tenant or the Azure subscription?', ko: '연결은 로그인 계정, 테넌트, Azure 구독 중 어디에 묶이나요?' },
    known: { en: 'The documents say "your account" / "user account"; the bot treats it as the sign-in identity.', ko: '문서에는 "계정" / "사용자 계정"이라고만 되어 있으며, 봇은 로그인 계정 기준으로 안내합니다.' },
  },
  {
    id: 'azure-error-today',
    fact: 6,
    section: S26.errors,
    question: { en: 'Did Microsoft replace the "Access ID is already associated" message with a clearer one?', ko: 'Microsoft가 "액세스 ID가 이미 연결되어 있습니다" 메시지를 더 명확한 메시지로 바꾸었나요?' },
    known: { en: 'The 2023 article still says to ignore it and open a new support request; how the current page treats it could not be read.', ko: '2023년 문서는 여전히 이 메시지를 무시하고 새 지원 요청을 열라고 안내합니다. 현재 페이지의 안내는 확인하지 못했습니다.' },
  },
  {
    id: 'indirect-reseller-tickets',
    fact: 13,
    rule: 'R26-V7',
    section: S26.redeem,
    question: { en: "Can an indirect reseller open Azure tickets for a customer's subscription?", ko: '간접 리셀러가 고객 구독의 Azure 요청을 직접 열 수 있나요?' },
    known: { en: 'Microsoft pages disagree; Azure customer tickets go through the provider or direct-bill partners, other workloads via GDAP.', ko: 'Microsoft 문서끼리 내용이 다릅니다. 고객 Azure 요청은 공급자나 직접 청구 파트너가, 다른 워크로드는 GDAP로 처리합니다.' },
  },
  {
    id: 'manual-add-2024',
    fact: 10,
    section: S26.redeem,
    question: { en: 'What exactly changed in July 2024 (the contract has to be added in Azure by hand)?', ko: '2024년 7월 변경(Azure에서 계약을 수동으로 추가해야 함)은 정확히 무엇인가요?' },
    known: { en: "Only that a change from July 2024 requires adding the partner contract in Azure manually; its scope and reason aren't documented.", ko: '2024년 7월부터 Azure에서 파트너 계약을 수동으로 추가해야 한다는 것만 알려져 있고, 범위와 이유는 문서화되어 있지 않습니다.' },
  },
  {
    id: 'unlimited-ended',
    fact: 4,
    section: S26.offers,
    question: { en: 'When and how did "unlimited" cloud incidents become a 50-incident cap?', ko: '"무제한" 클라우드 인시던트는 언제, 어떻게 50건 한도로 바뀌었나요?' },
    known: { en: 'In 2021 only a cloud competency gave unlimited Signature Cloud Support (other competencies: 10 with Gold, 5 with Silver); on-premises incidents were always counted (Gold 20, Silver 15, Action Pack 10). The 2023 article still said unlimited (for the designation); the 2026 guide says 50. Nothing read says when the cap started.', ko: '2021년에는 클라우드 역량에만 Signature Cloud Support가 무제한이었습니다(기타 역량은 골드 10건, 실버 5건). 온-프레미스 인시던트는 늘 건수가 정해져 있었습니다(골드 20건, 실버 15건, Action Pack 10건). 2023년 문서에는 (지정 기준) 무제한, 2026년 가이드에는 50건으로 되어 있지만, 한도가 언제 생겼는지는 확인된 자료가 없습니다.' },
  },
] as const;
