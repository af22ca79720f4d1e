import type { GraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { needsPurpose, purposeRequired } from '@credit/authz';
import { DISCLOSED_SUBJECTS_EXTENSION, GATEWAY_SERVICE_CALLER, signedCallerHeaders, type Caller } from '@credit/http';
import { TypeInfo, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from './context';
import { currentScope } from './requestScope';

/**
 * Audit of subject reads: one entry per client operation that touched subjects, with the caller,
 * department, roles, purpose, operation name, time and the subjects' ids.
 *
 * Where it is kept: the subjects subgraph owns the log (table `subjects.subject_access`, append-only
 * by trigger, and the `Subject.accessLog` field), because it is information about subjects and is
 * read next to them. The gateway writes it, because only the gateway sees a whole operation across
 * subgraphs. It calls the subjects subgraph directly (not through the supergraph) on the internal
 * `recordSubjectAccess` mutation, `@inaccessible` in the public API and refused to any caller but
 * the gateway's signed service identity. No subgraph reads another's tables.
 *
 * Which subjects: every Subject representation the gateway sent to any subgraph (the entities it
 * resolved: records of subject X, etc.), plus the subjects any subgraph reports it disclosed at its
 * root fields (`extensions.subjectsDisclosed`, see @credit/http; the subjects subgraph reports every
 * subject of which a field beyond `id` was read).
 *
 * When the write fails: the read fails. The entry is written before the response leaves the
 * gateway (with a few quick retries); if it still cannot be written, the client gets no data,
 * only `AUDIT_UNAVAILABLE` (503). So no subject data is ever disclosed without its record: at
 * worst an entry exists for a response the client never got, or twice after a retry whose first
 * attempt did land (at-least-once; a duplicate is harmless in an access log, a gap is not).
 */

const trails = new WeakMap<object, Set<string>>();

/** Wraps a subgraph data source so that it notes which subjects each client operation touched. */
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
    const response = await process(options);
    const disclosed = response.extensions?.[DISCLOSED_SUBJECTS_EXTENSION];
    if (Array.isArray(disclosed)) for (const id of disclosed) if (typeof id === 'string') trail.add(id);
    return response;
  };
  return source;
}

export interface AccessEntry {
  at: string;
  callerId: string;
  department: string | null;
  roles: string[];
  purpose: string | null;
  operationName: string | null;
  subjectIds: string[];
}

export interface AccessRecorder {
  record(entry: AccessEntry): Promise<void>;
}

const RECORD = `mutation RecordSubjectAccess($input: SubjectAccessInput!) { recordSubjectAccess(input: $input) }`;

/** Writes entries to the subjects subgraph as the gateway's service identity, retrying briefly. */
export function subjectsAccessRecorder(options: {
  /** The subjects subgraph's GraphQL URL, once the supergraph names it. */
  url: () => string | undefined;
  secret: string;
  timeoutMs: number;
  retryDelaysMs?: number[];
}): AccessRecorder {
  const delays = options.retryDelaysMs ?? [50, 250];
  async function attempt(entry: AccessEntry): Promise<void> {
    const url = options.url();
    if (!url) throw new Error('the subjects subgraph is not known yet');
    const operation = { query: RECORD, variables: { input: entry } };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedCallerHeaders(options.secret, GATEWAY_SERVICE_CALLER, operation) },
      body: JSON.stringify(operation),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: { recordSubjectAccess?: boolean }; errors?: { message: string }[] };
    if (body.data?.recordSubjectAccess !== true) {
      throw new Error(`subjects refused the access entry (HTTP ${response.status}): ${body.errors?.[0]?.message ?? 'no answer'}`);
    }
  }
  return {
    async record(entry) {
      for (let i = 0; ; i++) {
        try {
          return await attempt(entry);
        } catch (error) {
          if (i >= delays.length) throw error;
          await new Promise((resolve) => setTimeout(resolve, delays[i]));
        }
      }
    },
  };
}

/** Whether the operation selects anything of, or through, a Subject. */
function touchesSubjects(schema: GraphQLSchema, document: DocumentNode): boolean {
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
      const trail = new Set<string>();
      trails.set(contextValue, trail);
      return {
        async didResolveOperation({ schema, document, contextValue: { caller } }) {
          if (needsPurpose(caller) && touchesSubjects(schema, document)) {
            throw purposeRequired(caller, { http: { status: 400 } });
          }
        },
        async willSendResponse({ response, operationName, contextValue: { caller } }) {
          if (trail.size === 0) return;
          try {
            await recorder.record({
              at,
              callerId: caller.id,
              department: caller.department,
              roles: caller.roles,
              purpose: caller.purpose,
              operationName: operationName ?? null,
              subjectIds: [...trail],
            });
          } catch (error) {
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
