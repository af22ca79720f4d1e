/**
 * The 双随机 draw, deterministic from its published seed (algorithm `SHA256-STRATIFIED-1`). Anyone
 * holding the plan's published inputs can re-run it in a few lines of any language (a shell with
 * `sha256sum` will do):
 *
 * 1. Candidates are the subjects in scope with their grade from the plan's evaluation run, grouped
 *    into one stratum per grade.
 * 2. In a stratum of n subjects whose grade's sampling ratio is r, k = ceil(n × r) subjects are drawn
 *    (at most n).
 * 3. Each subject's key is SHA-256 of the UTF-8 text `seed + ":" + subjectId`, as lowercase hex. The
 *    stratum is ordered by (key, subjectId) ascending; the first k are drawn.
 * 4. Inspectors, for each drawn subject: list the pool's inspector ids that declared no conflict with
 *    the subject, sorted ascending; H = SHA-256 of `seed + ":" + subjectId + ":inspectors"`. For
 *    j = 0 .. m-1 (m = inspectors per subject, at most 8): r = the big-endian unsigned 32-bit integer
 *    at bytes 4j..4j+3 of H; take (and remove) the inspector at position r mod (number left).
 *    Fewer than m eligible inspectors is a shortfall: all of them are assigned.
 * 5. The plan is the drawn subjects ordered by subjectId; its digest is SHA-256 (hex) over one line
 *    per subject, `subjectId|grade|inspector1,inspector2` followed by a newline.
 */
import * as crypto from 'node:crypto';
import type { Grade, InspectorView } from '../db/schema';

export const DRAW_ALGORITHM = 'SHA256-STRATIFIED-1';
export const MAX_INSPECTORS_PER_SUBJECT = 8;

/** One-shot SHA-256 (Node's `crypto.hash` where present, three times faster than a Hash object). */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash;
function sha256(text: string): Buffer {
  return oneShot ? oneShot('sha256', text, 'buffer') : crypto.createHash('sha256').update(text).digest();
}

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

export interface DrawInput {
  seed: string;
  /** Candidate subject ids per grade stratum. */
  strata: Readonly<Partial<Record<Grade, readonly string[]>>>;
  ratios: Readonly<Partial<Record<Grade, number>>>;
  inspectors: readonly InspectorView[];
  inspectorsPerSubject: number;
}

export interface DrawnItem {
  subjectId: string;
  grade: Grade;
  inspectors: string[];
}

export interface DrawResult {
  items: DrawnItem[];
  /** Subjects with fewer eligible inspectors than asked. */
  shortfalls: string[];
  /** Per grade: candidates and drawn. */
  strata: { grade: Grade; candidates: number; drawn: number }[];
  digest: string;
}

export function subjectKey(seed: string, subjectId: string): string {
  return sha256(`${seed}:${subjectId}`).toString('hex');
}

/** How many subjects of a stratum of `n` the ratio draws. */
export function drawCount(n: number, ratio: number): number {
  return Math.max(0, Math.min(n, Math.ceil(n * ratio - 1e-9)));
}

/** The k smallest ids of a stratum by (HMAC key, id). */
function drawStratum(seed: string, ids: readonly string[], k: number): string[] {
  if (k <= 0) return [];
  const n = ids.length;
  // The first 48 bits of each key as a number order almost everything; ties fall back to the full key and id.
  const prefix = new Float64Array(n);
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    prefix[i] = sha256(`${seed}:${ids[i]}`).readUIntBE(0, 6);
    keys[i] = '';
  }
  // Only the k smallest are needed: find the k-th smallest prefix, then order the few at or below it.
  const threshold = prefix.slice().sort()[k - 1]!;
  const chosen: number[] = [];
  for (let i = 0; i < n; i++) if (prefix[i]! <= threshold) chosen.push(i);
  const full = (i: number) => (keys[i] ||= subjectKey(seed, ids[i]!));
  const order = chosen.sort((a, b) => {
    const d = prefix[a]! - prefix[b]!;
    if (d !== 0) return d;
    const ka = full(a);
    const kb = full(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0;
  });
  const drawn: string[] = new Array(k);
  for (let i = 0; i < k; i++) drawn[i] = ids[order[i]!]!;
  return drawn;
}

/** The inspectors for one subject (step 4): eligible ids sorted, picked by the words of H. */
export function assignInspectors(seed: string, subjectId: string, eligibleIds: readonly string[], m: number, sorted = false): string[] {
  const left = sorted ? [...eligibleIds] : [...eligibleIds].sort(byText);
  if (left.length <= m) return left;
  const h = sha256(`${seed}:${subjectId}:inspectors`);
  const picked: string[] = [];
  for (let j = 0; j < m; j++) picked.push(left.splice(h.readUInt32BE(4 * j) % left.length, 1)[0]!);
  return picked;
}

export function planDigest(items: readonly DrawnItem[]): string {
  const hash = crypto.createHash('sha256');
  for (const item of items) hash.update(`${item.subjectId}|${item.grade}|${item.inspectors.join(',')}\n`);
  return hash.digest('hex');
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: DrawnItem, b: DrawnItem) => (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0);

export function draw(input: DrawInput): DrawResult {
  const drawn: { subjectId: string; grade: Grade }[] = [];
  const strata: DrawResult['strata'] = [];
  for (const grade of GRADES) {
    const ids = input.strata[grade] ?? [];
    const k = drawCount(ids.length, input.ratios[grade] ?? 0);
    for (const subjectId of drawStratum(input.seed, ids, k)) drawn.push({ subjectId, grade });
    strata.push({ grade, candidates: ids.length, drawn: k });
  }
  return assign(input.seed, drawn, strata, input.inspectors, input.inspectorsPerSubject);
}

/** Steps 4 and 5: inspectors for each drawn subject (in subjectId order), shortfalls and digest. */
export function assign(
  seed: string,
  drawn: readonly { subjectId: string; grade: Grade }[],
  strata: DrawResult['strata'],
  inspectors: readonly InspectorView[],
  inspectorsPerSubject: number,
): DrawResult {
  const items: DrawnItem[] = drawn.map((d) => ({ subjectId: d.subjectId, grade: d.grade, inspectors: [] }));
  items.sort(byId);
  const shortfalls: string[] = [];
  // Conflicts are looked up per subject: index them once.
  const conflicted = new Map<string, Set<string>>();
  for (const inspector of inspectors) {
    for (const subjectId of inspector.conflicts) conflicted.set(subjectId, (conflicted.get(subjectId) ?? new Set()).add(inspector.id));
  }
  const pool = inspectors.map((inspector) => inspector.id).sort(byText);
  for (const item of items) {
    const excluded = conflicted.get(item.subjectId);
    const eligible = excluded ? pool.filter((id) => !excluded.has(id)) : pool;
    item.inspectors = assignInspectors(seed, item.subjectId, eligible, inspectorsPerSubject, true);
    if (item.inspectors.length < inspectorsPerSubject) shortfalls.push(item.subjectId);
  }
  return { items, shortfalls, strata, digest: planDigest(items) };
}
