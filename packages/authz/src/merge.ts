import type { Caller, Role } from './caller';

/**
 * A policy table (nested objects) has two kinds of leaves: flags (any of the caller's roles
 * granting one grants it) and levels on a scale (the most open of the caller's roles wins).
 */
type Node = Record<string, unknown>;

/** The scales a subgraph's levels are on, each from least to most open; a level is on one scale. */
export type Scales = readonly (readonly string[])[];

function scaleOf(scales: Scales, level: string): readonly string[] {
  const scale = scales.find((s) => s.includes(level));
  if (!scale) throw new Error(`policy level \`${level}\` is on no scale`);
  return scale;
}

function mergeTwo(a: Node, b: Node, scales: Scales): Node {
  const out: Node = {};
  for (const key of Object.keys(a)) {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'boolean') out[key] = x || y === true;
    else if (typeof x === 'string') {
      const scale = scaleOf(scales, x);
      out[key] = scale.indexOf(y as string) > scale.indexOf(x) ? y : x;
    } else out[key] = mergeTwo(x as Node, y as Node, scales);
  }
  return out;
}

/** The same table with every leaf at its least open: false, and the bottom of its scale. */
function closed(table: Node, scales: Scales): Node {
  const out: Node = {};
  for (const [key, value] of Object.entries(table)) {
    out[key] = typeof value === 'boolean' ? false : typeof value === 'string' ? scaleOf(scales, value)[0] : closed(value as Node, scales);
  }
  return out;
}

/**
 * The policy of a caller from one table per role: the most open of its roles' tables, leaf by
 * leaf. The no-role rule: a caller with no role (the gateway's service identity, say) reads
 * nothing, every leaf at the bottom of its scale.
 */
export function policyOf<P extends object>(caller: Pick<Caller, 'roles'>, tables: Readonly<Record<Role, P>>, scales: Scales): P {
  const policies = caller.roles.map((role) => tables[role] as unknown as Node);
  if (policies.length === 0) return closed(tables.PUBLIC as unknown as Node, scales) as P;
  return policies.reduce((a, b) => mergeTwo(a, b, scales)) as P;
}
