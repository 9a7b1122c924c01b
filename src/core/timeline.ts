import type { LocalizedText } from './types.js';

/**
 * What changed in the partner program since the 2021 article (facts.md §4.1), as data: the
 * "when did it change?" answers and the dates quoted in "now called …" lines come from here.
 * `status` says how sure the date is: read in a Microsoft page, taken from the research dossier,
 * or only announced.
 */
export interface TimelineEntry {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  status: 'verified' | 'dossier' | 'announced';
  /** facts.md §0 source codes. */
  sources: string[];
  change: LocalizedText;
}

export const TIMELINE: readonly TimelineEntry[] = [
  { id: 'n-1-policy', date: '2017-07-22', status: 'verified', sources: ['S8'], change: { en: 'On-premises partner incidents limited to the current and previous product version in mainstream support (N / N-1).', ko: '온-프레미스 파트너 인시던트가 메인스트림 지원 중인 현재 버전과 이전 버전(N / N-1)으로 제한되었습니다.' } },
  { id: 'competencies-end', date: '2022-09-30', status: 'verified', sources: ['S4'], change: { en: 'Last day of the Gold and Silver competencies and their badges.', ko: '골드·실버 역량과 배지가 종료된 마지막 날입니다.' } },
  { id: 'cloud-partner-program', date: '2022-10-03', status: 'verified', sources: ['S4', 'S13'], change: { en: 'Microsoft Partner Network became the Microsoft Cloud Partner Program; Solutions Partner designations replaced competencies (legacy Gold/Silver benefit packs could still be kept at each anniversary).', ko: 'Microsoft 파트너 네트워크(MPN)가 Microsoft 클라우드 파트너 프로그램(Microsoft Cloud Partner Program)으로 바뀌고, 역량 대신 Solutions Partner 지정이 도입되었습니다(기존 골드/실버 혜택 팩은 기념일마다 유지 가능).' } },
  { id: 'article-2023', date: '2023-03-27', status: 'verified', sources: ['S4'], change: { en: 'The article lists Action Pack 10 on-premises incidents and, for a Solutions Partner designation, 20 on-premises incidents plus unlimited Signature cloud support.', ko: '문서에 Action Pack은 온-프레미스 10건, Solutions Partner 지정은 온-프레미스 20건과 무제한 시그니처 클라우드 지원으로 안내되었습니다.' } },
  { id: 'maicpp-rename', date: '2023-07', status: 'dossier', sources: ['S4', 'D'], change: { en: 'Renamed the Microsoft AI Cloud Partner Program.', ko: 'Microsoft AI 클라우드 파트너 프로그램(Microsoft AI Cloud Partner Program)으로 이름이 바뀌었습니다.' } },
  { id: 'azure-manual-add', date: '2024-07', status: 'verified', sources: ['S12'], change: { en: 'A Partner Signature support change requires adding the partner contract in Azure by hand (details not documented).', ko: '파트너 시그니처 지원 변경으로 Azure에서 파트너 계약을 수동으로 추가해야 합니다(자세한 내용은 문서화되지 않음).' } },
  { id: 'action-pack-retired', date: '2025-01-22', status: 'dossier', sources: ['D'], change: { en: 'Microsoft Action Pack and the legacy Gold/Silver benefit renewals retired; their successors are Partner Launch, Partner Success Core and Partner Success Expanded.', ko: 'Microsoft Action Pack과 기존 골드/실버 혜택 갱신이 종료되고 Partner Launch, Partner Success Core, Partner Success Expanded로 대체되었습니다.' } },
  { id: 'benefit-rename', date: '2025-06-23', status: 'verified', sources: ['S11', 'S10'], change: { en: 'Signature Cloud Support became Partner Cloud Support and Microsoft Product Support became Partner On-premises Support; Partner Center started to show remaining incidents and the end date.', ko: '시그니처 클라우드 지원은 Partner Cloud Support로, Microsoft 제품 지원은 Partner On-premises Support로 이름이 바뀌었고, 파트너 센터에 남은 인시던트와 종료일이 표시되기 시작했습니다.' } },
  { id: 'designation-badges', date: '2026-08', status: 'dossier', sources: ['D'], change: { en: 'The six Solutions Partner designations are shown as three customer-facing badges; requirements and benefits are unchanged.', ko: '6개의 Solutions Partner 지정이 고객용 배지 3개로 표시되며, 요건과 혜택은 그대로입니다.' } },
  { id: 'billing-alignment', date: '2026-11-01', status: 'announced', sources: ['D'], change: { en: 'Announced: benefit expiry aligned to the offer purchase date, and benefits redeemable only on tenants under the purchasing billing account. Whether this applies to support incidents is not documented.', ko: '발표됨: 혜택 만료일을 오퍼 구매일에 맞추고, 구매한 청구 계정의 테넌트에서만 혜택을 사용할 수 있습니다. 지원 인시던트에도 적용되는지는 문서화되어 있지 않습니다.' } },
];

export function timelineEntry(id: string): TimelineEntry | undefined {
  return TIMELINE.find((e) => e.id === id);
}
