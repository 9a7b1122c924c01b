import type { Catalog } from '../core/catalog.js';
import type { ImportData } from '../store/schema.js';

/**
 * What the JSON schema cannot know: every program, offer (also the `alsoHolds` ones, only in a
 * program that allows several), competency and ledger line a record names must exist in the
 * catalog of the org's program, or the bot would fail on that org at run time.
 */
export function catalogProblems(data: Pick<ImportData, 'orgs' | 'ledger'>, catalog: Catalog): string[] {
  const problems: string[] = [];
  const programOf = new Map<string, string>();
  data.orgs.forEach((org, i) => {
    const m = org.membership;
    if (!m) return;
    const program = catalog.programs.get(m.program);
    if (!program) return void problems.push(`orgs[${i}].membership.program: unknown program "${m.program}"`);
    programOf.set(org.id, m.program);
    if (!program.offers.some((o) => o.id === m.offer)) problems.push(`orgs[${i}].membership.offer: unknown offer "${m.offer}" in ${program.id}`);
    if (m.alsoHolds?.length && !program.multipleOffers) problems.push(`orgs[${i}].membership.alsoHolds: ${program.id} allows one offer only`);
    m.alsoHolds?.forEach((o, j) => {
      if (!program.offers.some((x) => x.id === o)) problems.push(`orgs[${i}].membership.alsoHolds[${j}]: unknown offer "${o}" in ${program.id}`);
    });
    m.competencies.forEach((c, j) => {
      if (!program.competencies.some((x) => x.id === c)) problems.push(`orgs[${i}].membership.competencies[${j}]: unknown competency "${c}" in ${program.id}`);
    });
  });
  data.ledger.forEach((entry, i) => {
    const program = catalog.programs.get(programOf.get(entry.orgId) ?? catalog.defaultProgram.id);
    if (program && !program.entitlements.some((e) => e.line === entry.benefit)) problems.push(`ledger[${i}].benefit: unknown entitlement line "${entry.benefit}" in ${program.id}`);
  });
  return problems;
}
