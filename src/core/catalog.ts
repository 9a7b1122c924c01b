import { CoreError } from './errors.js';
import { programSchema, type Program, type ProgramInput, type TriageTree } from './catalog-schema.js';
import type { Locale } from './types.js';
import { MAICPP_2026, maicpp2026 } from './programs/maicpp-2026.js';
import { mpn2021 } from './programs/mpn-2021.js';

/** The program in force today (facts.md §4); `defaultProgram` stays whatever the app chose. */
export const CURRENT_PROGRAM_ID = MAICPP_2026;

/** Validated programs by id. A new program (e.g. the current one) is one more data file in ./programs. */
export interface Catalog {
  programs: ReadonlyMap<string, Program>;
  /** The program used when a membership names none and for general questions. */
  defaultProgram: Program;
}

/** Cross-reference checks zod cannot express: every id a rule names must exist in the program. */
function integrityProblems(p: Program): string[] {
  const problems: string[] = [];
  const has = (ids: { id: string }[], x: string) => ids.some((i) => i.id === x);
  const sectionOk = (where: string, s: string) => {
    if (!(s in p.sections)) problems.push(`${where}: unknown section "${s}"`);
  };
  p.offers.forEach((o, i) => sectionOk(`offers[${i}]`, o.section));
  p.benefits.forEach((b, i) => {
    sectionOk(`benefits[${i}]`, b.section);
    if (!has(p.portals, b.portal)) problems.push(`benefits[${i}].portal: unknown portal "${b.portal}"`);
  });
  p.entitlements.forEach((e, i) => {
    sectionOk(`entitlements[${i}]`, e.section);
    if (!has(p.offers, e.offer)) problems.push(`entitlements[${i}].offer: unknown offer "${e.offer}"`);
    if (!has(p.benefits, e.benefit)) problems.push(`entitlements[${i}].benefit: unknown benefit "${e.benefit}"`);
  });
  p.messages.forEach((m, i) => {
    sectionOk(`messages[${i}]`, m.section);
    if (m.tree !== undefined && !(m.tree in p.trees)) problems.push(`messages[${i}].tree: unknown tree "${m.tree}"`);
  });
  p.roles.forEach((r, i) => sectionOk(`roles[${i}]`, r.section));
  problems.push(...triageProblems(p), ...ruleProblems(p), ...lineProblems(p));
  return problems;
}

/** Every rule id a row names is one of the program's documented rules; rules and open points cite known sections. */
function ruleProblems(p: Program): string[] {
  const problems: string[] = [];
  const known = new Set(p.rules.map((r) => r.id));
  const rows: [string, { rule?: string | undefined }[]][] = [
    ['offers', p.offers],
    ['benefits', p.benefits],
    ['entitlements', p.entitlements],
    ['roles', p.roles],
    ['portals', p.portals],
    ['paidPlans', p.paidPlans],
    ['openPoints', p.openPoints],
    ['validity', p.validity ? [p.validity] : []],
  ];
  for (const [where, items] of rows) {
    items.forEach((item, i) => {
      if (item.rule && !known.has(item.rule)) problems.push(`${where}[${i}].rule: unknown rule "${item.rule}"`);
    });
  }
  if (known.size !== p.rules.length) problems.push('rules: duplicate rule id');
  for (const [where, items] of [['rules', p.rules], ['openPoints', p.openPoints]] as const) {
    items.forEach((x, i) => {
      if (!(x.section in p.sections)) problems.push(`${where}[${i}]: unknown section "${x.section}"`);
    });
  }
  return problems;
}

/** With several offers held at once, each offer's lines need their own ids, or one ledger entry would count against two offers. */
function lineProblems(p: Program): string[] {
  if (!p.multipleOffers) return [];
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const e of p.entitlements) {
    const first = owner.get(e.line);
    if (first !== undefined && first !== e.offer) problems.push(`entitlements: line "${e.line}" is granted by both "${first}" and "${e.offer}"`);
    owner.set(e.line, first ?? e.offer);
  }
  return problems;
}

function triageProblems(p: Program): string[] {
  return [treeProblems(p, 'triage', p.triage), ...Object.entries(p.trees).map(([name, tree]) => treeProblems(p, `trees.${name}`, tree))].flat();
}

function treeProblems(p: Program, at: string, tree: TriageTree): string[] {
  const problems: string[] = [];
  const refOk = (where: string, ref: string) => {
    const [kind, name = ''] = ref.split(':');
    const pool = kind === 'leaf' ? tree.leaves : tree.nodes;
    if (!(name in pool)) problems.push(`${where}: unknown ${kind} "${name}"`);
  };
  refOk(`${at}.start`, tree.start);
  for (const [name, node] of Object.entries(tree.nodes)) {
    for (const [value, ref] of Object.entries(node.branches)) refOk(`${at}.nodes.${name}.branches.${value}`, ref);
    if (!(node.assume in node.branches)) problems.push(`${at}.nodes.${name}.assume: "${node.assume}" is not one of its branches`);
  }
  for (const [name, leaf] of Object.entries(tree.leaves)) {
    if (!(leaf.section in p.sections)) problems.push(`${at}.leaves.${name}: unknown section "${leaf.section}"`);
  }
  return problems;
}

/** Validates one program (shape with zod, then cross-references); throws CATALOG_INVALID naming the first bad field. */
export function loadProgram(input: ProgramInput | unknown): Program {
  const parsed = programSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    throw new CoreError('CATALOG_INVALID', `program catalog invalid at ${path || '(root)'}: ${issue?.message ?? 'unknown'}`);
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length > 0) throw new CoreError('CATALOG_INVALID', `program ${parsed.data.id}: ${problems.join('; ')}`);
  return parsed.data;
}

/** Loads and validates the given programs (default: every program shipped in ./programs). */
export function loadCatalog(inputs: readonly unknown[] = [mpn2021, maicpp2026], defaultId = 'mpn-2021'): Catalog {
  const programs = new Map<string, Program>();
  for (const input of inputs) {
    const p = loadProgram(input);
    programs.set(p.id, p);
  }
  const defaultProgram = programs.get(defaultId);
  if (!defaultProgram) throw new CoreError('UNKNOWN_PROGRAM', `default program "${defaultId}" is not in the catalog`);
  return { programs, defaultProgram };
}

/** The program a membership belongs to; throws UNKNOWN_PROGRAM for an id the catalog lacks. */
export function programOf(catalog: Catalog, programId: string | undefined): Program {
  if (!programId) return catalog.defaultProgram;
  const p = catalog.programs.get(programId);
  if (!p) throw new CoreError('UNKNOWN_PROGRAM', `unknown program "${programId}"`);
  return p;
}

/** The program in force today; throws UNKNOWN_PROGRAM when the catalog was loaded without it. */
export function currentProgram(catalog: Catalog): Program {
  return programOf(catalog, CURRENT_PROGRAM_ID);
}

/**
 * The address to cite for a section, in the reader's language: the section's own page if it
 * has one, else the source page, with `#section` only when the source's anchors are known.
 */
export function citationUrl(program: Program, section: string, locale: Locale): string {
  const own = program.sections[section]?.url;
  if (own) return own[locale];
  const url = program.source.url;
  const base = typeof url === 'string' ? url : url[locale];
  return program.anchors && section in program.sections ? `${base}#${section}` : base;
}
