import type { GraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { needsPurpose, purposeRequired } from '@credit/authz';
import { DISCLOSED_SUBJECTS_EXTENSION } from '@credit/http';
import { TypeInfo, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { AccessRecorder } from './audit';
import type { GatewayContext } from './context';
import { currentScope, startStep } from './requestScope';

/**
 * Which subjects a client operation touched, and when their access entry is written (the entry
 * itself, and what happens when it cannot be written: audit.ts).
 *
 * Which subjects: every Subject representation the gateway sent to any subgraph (the entities it
 * resolved: records of subject X, etc.), plus the subjects any subgraph reports it disclosed at its
 * root fields (`extensions.subjectsDisclosed`, see @credit/http; the subjects subgraph reports every
 * subject of which a field beyond `id` was read).
 *
 * When it is written: as soon as a subgraph's answer names subjects, while the rest of the
 * operation runs (`AccessTrail`), so the response seldom waits for it; subjects that a later fetch
 * names go in another entry of the same operation, so each subject has one entry per operation.
 * The response leaves only once every entry of the operation is stored (`auditPlugin`).
 */

/**
 * The subjects one client operation touched, written to the access log as they become known: each
 * `flush` starts an entry for the subjects noted since the last one, and `settled` waits for every
 * entry (failing if any was not written).
 */
export class AccessTrail {
  private readonly seen = new Set<string>();
  private fresh: string[] = [];
  /** Each entry's write, settled to its error (or null), so that none is an unhandled rejection. */
  private readonly writes: Promise<unknown>[] = [];

  constructor(private readonly write: (subjectIds: string[]) => Promise<void>) {}

  add(subjectId: string): void {
    if (this.seen.has(subjectId)) return;
    this.seen.add(subjectId);
    this.fresh.push(subjectId);
  }

  /** Starts writing an entry for the subjects noted since the last flush, if any. */
  flush(): void {
    if (this.fresh.length === 0) return;
    const subjectIds = this.fresh;
    this.fresh = [];
    this.writes.push(this.write(subjectIds).then(() => null, (error: unknown) => error ?? new Error('the access entry was not written')));
  }

  /** Whether the operation touched no subject. */
  get empty(): boolean {
    return this.seen.size === 0;
  }

  /** Writes what is left, then resolves once every entry is written; rejects with the first failure. */
  async settled(): Promise<void> {
    this.flush();
    const failure = (await Promise.all(this.writes)).find((error) => error !== null);
    if (failure !== undefined) throw failure;
  }
}

const trails = new WeakMap<object, AccessTrail>();

/**
 * Wraps a subgraph data source so that it notes which subjects each client operation touched, and
 * starts their access entry as soon as the subgraph has answered.
 */
export function auditing<T extends GraphQLDataSource<GatewayContext>>(source: T): T {
  const process = source.process.bind(source);
  source.process = async (options) => {
    const trail = 'context' in options && options.context ? trails.get(options.context) : undefined;
    if (!trail) return process(options);
    const representations = options.request.variables?.representations;
    if (Array.isArray(representations)) {
      for (const rep of representations as { __typename?: unknown; id?: unknown }[]) {
        if (rep?.__typename === 'Subject' && typeof rep.id === 'string') trail.add(rep.id);
      }
    }
    try {
      const response = await process(options);
      const disclosed = response.extensions?.[DISCLOSED_SUBJECTS_EXTENSION];
      if (Array.isArray(disclosed)) for (const id of disclosed) if (typeof id === 'string') trail.add(id);
      return response;
    } finally {
      trail.flush();
    }
  };
  return source;
}

/**
 * Whether the operation selects anything of, or through, a Subject. Apollo Server keeps one parsed
 * document per query text, so the answer is remembered per (schema, document): a repeated operation
 * is not walked again.
 */
const touching = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, boolean>>();
export function touchesSubjects(schema: GraphQLSchema, document: DocumentNode): boolean {
  let bySchema = touching.get(schema);
  if (!bySchema) touching.set(schema, (bySchema = new WeakMap()));
  let found = bySchema.get(document);
  if (found === undefined) bySchema.set(document, (found = walkForSubjects(schema, document)));
  return found;
}

function walkForSubjects(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = typeInfo.getType();
        if (typeInfo.getParentType()?.name === 'Subject' || (type && getNamedType(type).name === 'Subject')) found = true;
      },
    }),
  );
  return found;
}

export function auditPlugin(
  recorder: AccessRecorder,
  log: (message: string, error: unknown, requestId: string | undefined) => void,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const at = new Date().toISOString();
      const { caller } = contextValue;
      let operationName: string | null = null;
      const trail = new AccessTrail((subjectIds) =>
        recorder.record({
          at,
          callerId: caller.id,
          department: caller.department,
          roles: caller.roles,
          purpose: caller.purpose,
          operationName,
          subjectIds,
        }),
      );
      trails.set(contextValue, trail);
      return {
        async didResolveOperation({ schema, document, operationName: name }) {
          operationName = name ?? null;
          if (needsPurpose(caller) && touchesSubjects(schema, document)) {
            throw purposeRequired(caller, { http: { status: 400 } });
          }
        },
        async willSendResponse({ response }) {
          if (trail.empty) return;
          const written = startStep('access log');
          try {
            await trail.settled();
            written();
          } catch (error) {
            written('failed');
            const requestId = currentScope()?.requestId;
            log('access not recorded: the response is withheld', error, requestId);
            if (response.http) response.http.status = 503;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The read could not be recorded in the access log, so its data is withheld; please try again',
                    extensions: { code: 'AUDIT_UNAVAILABLE', ...(requestId ? { requestId } : {}) },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
