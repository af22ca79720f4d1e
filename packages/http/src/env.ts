import type { z } from 'zod';

/**
 * A service's environment, read once at start-up: the parsed settings, or an error naming every
 * bad variable (`records: bad configuration: RECORDS_PORT: …`).
 */
export function parseEnv<TSchema extends z.ZodType>(service: string, schema: TSchema, env: NodeJS.ProcessEnv): z.infer<TSchema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${service}: bad configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
